import Link from "next/link";
import { useTranslations } from "next-intl";
import type { UmkmTier } from "@/lib/moderation/constants";

export interface ProposableSellerView {
  id: string;
  shopName: string;
  platformName: string;
  umkmTier: UmkmTier | null;
  activePoints: number;
  hasOpenEscalation: boolean;
}

function SellerList({ sellers, headingId, heading }: { sellers: readonly ProposableSellerView[]; headingId: string; heading: string }) {
  const t = useTranslations("escalations");
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={headingId} className="text-lg font-semibold">
        {heading}
      </h2>
      {sellers.length === 0 ? <p className="mt-2 text-slate-600">{t("form.noSellers")}</p> : null}
      <ul className="mt-2 divide-y divide-slate-200">
        {sellers.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <span className="font-medium">{s.shopName}</span>
              <span className="block text-sm text-slate-600">
                {s.platformName} · {t(`tiers.${s.umkmTier ?? "none"}`)} · {t("form.sellerPoints", { points: s.activePoints })}
                {s.hasOpenEscalation ? ` · ${t("form.openEscalation")}` : null}
              </span>
            </span>
            <Link href={`/escalations/new?seller=${s.id}`} className="rounded-md border border-brand-700 px-3 py-1 text-sm font-semibold text-brand-800 hover:bg-brand-50">
              {t("form.propose", { shop: s.shopName })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SellerPicker({ query, results, recommended }: { query: string; results: readonly ProposableSellerView[] | null; recommended: readonly ProposableSellerView[] }) {
  const t = useTranslations("escalations.form");
  return (
    <div className="space-y-4">
      <p className="text-slate-700">{t("pickSellerIntro")}</p>
      <form method="get" action="/escalations/new" role="search" className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="seller-search" className="block text-sm font-medium">
            {t("search")}
          </label>
          <input id="seller-search" name="q" type="search" defaultValue={query} className="mt-1 block w-72 max-w-full rounded-md border border-slate-400 px-3 py-2" />
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("searchButton")}
        </button>
      </form>
      {results ? <SellerList sellers={results} headingId="seller-results" heading={t("searchResults")} /> : null}
      <SellerList sellers={recommended} headingId="seller-recommended" heading={t("recommended")} />
    </div>
  );
}
