import Image from "next/image";
import { getFormatter, getTranslations } from "next-intl/server";
import { readSnapshot } from "./statement-fields";

/** The listing as it was when decided (decisions.listing_snapshot). */
export async function ListingSnapshot({ snapshot }: { snapshot: Record<string, unknown> }) {
  const t = await getTranslations("seller.snapshot");
  const format = await getFormatter();
  const s = readSnapshot(snapshot);
  return (
    <section aria-labelledby="snapshot-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="snapshot-heading" className="text-lg font-semibold">{t("heading")}</h2>
      {s.imageUrls.length > 0 ? (
        <div className="mt-3 flex gap-2 overflow-x-auto">
          {s.imageUrls.map((url, i) => (
            <Image key={url} src={url} alt={t("photo", { n: i + 1 })} width={112} height={112} unoptimized className="h-28 w-28 flex-none rounded-md border border-slate-200 object-cover" />
          ))}
        </div>
      ) : null}
      {s.title ? <p className="mt-3 text-base font-semibold break-words">{s.title}</p> : null}
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {s.priceIdr !== null ? (
          <>
            <dt className="text-slate-600">{t("price")}</dt>
            <dd>{format.number(s.priceIdr, { style: "currency", currency: "IDR", maximumFractionDigits: 0 })}</dd>
          </>
        ) : null}
        {s.stock !== null ? (
          <>
            <dt className="text-slate-600">{t("stock")}</dt>
            <dd>{format.number(s.stock)}</dd>
          </>
        ) : null}
        {s.category ? (
          <>
            <dt className="text-slate-600">{t("category")}</dt>
            <dd className="break-words">{s.category}</dd>
          </>
        ) : null}
      </dl>
      <h3 className="mt-3 text-sm font-semibold text-slate-600">{t("description")}</h3>
      <p className="mt-1 text-sm whitespace-pre-line break-words">{s.description ?? t("noDescription")}</p>
      {s.url ? (
        <a href={s.url} rel="noopener noreferrer nofollow" target="_blank" className="mt-2 inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline">
          {t("link")}
        </a>
      ) : null}
    </section>
  );
}
