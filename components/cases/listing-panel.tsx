import Image from "next/image";
import { useTranslations } from "next-intl";
import { formatRupiah } from "@/lib/moderation";
import { HighlightedText, SignalLegend } from "./highlighted-text";
import type { CaseDetailView } from "./types";

export function ListingPanel({ listing, platformName }: { listing: CaseDetailView["listing"]; platformName: string }) {
  const t = useTranslations("cases");
  return (
    <section aria-labelledby="listing-title" className="rounded-md border border-slate-200 bg-white p-3">
      <h2 id="listing-title" className="text-lg font-semibold leading-snug">
        <HighlightedText text={listing.title} />
      </h2>
      <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 text-sm">
        <div className="flex gap-1">
          <dt className="text-slate-600">{t("listing.price")}</dt>
          <dd className="font-semibold tabular-nums">{formatRupiah(listing.priceIdr)}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="text-slate-600">{t("listing.stock")}</dt>
          <dd className="font-semibold tabular-nums">{listing.stock}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="text-slate-600">{t("listing.category")}</dt>
          <dd>{listing.category || "—"}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="text-slate-600">{t("listing.status")}</dt>
          <dd>{t(`listingStatus.${listing.status}`)}</dd>
        </div>
      </dl>
      <a href={listing.url} target="_blank" rel="noopener noreferrer" className="text-sm text-brand-700 underline">
        {t("listing.open", { platform: platformName })}
        <span className="sr-only"> {t("listing.newTab")}</span>
      </a>
      {listing.imageUrls.length > 0 ? (
        <ul className="mt-2 flex gap-2 overflow-x-auto" aria-label={t("listing.images")}>
          {listing.imageUrls.slice(0, 6).map((src, i) => (
            <li key={src}>
              <a href={src} target="_blank" rel="noopener noreferrer">
                <Image
                  src={src}
                  alt={t("listing.imageAlt", { n: i + 1, title: listing.title })}
                  width={112}
                  height={112}
                  unoptimized
                  className="h-28 w-28 rounded border border-slate-200 bg-slate-100 object-cover"
                />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="mt-2">
        <SignalLegend />
      </div>
      <h3 className="mt-2 text-sm font-semibold">{t("listing.description")}</h3>
      <p className="mt-0.5 whitespace-pre-line text-sm leading-relaxed">
        {listing.description ? <HighlightedText text={listing.description} /> : <span className="text-slate-600">{t("listing.noDescription")}</span>}
      </p>
    </section>
  );
}
