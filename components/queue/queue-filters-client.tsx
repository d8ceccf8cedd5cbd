"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { FLAG_SOURCES, POLICIES, POLICY_CODES, UMKM_TIERS, type Locale } from "@/lib/moderation";
import { QUEUE_SORTS, QUEUE_STATES, queueSearch, type QueueFilters } from "@/lib/validation/queue";

/** Filters and sort; every change becomes the URL, so a view can be shared. */
export function QueueFiltersBar({ filters, platforms }: { filters: QueueFilters; platforms: { id: string; name: string }[] }) {
  const t = useTranslations("queue");
  const locale = useLocale() as Locale;
  const router = useRouter();

  function apply(form: HTMLFormElement) {
    const data = new FormData(form);
    const value = (name: string) => (data.get(name) as string | null) || null;
    router.push(
      `/queue${queueSearch({
        platform: value("platform"),
        source: value("source") as QueueFilters["source"],
        policy: value("policy") as QueueFilters["policy"],
        tier: value("tier") as QueueFilters["tier"],
        state: (value("state") ?? "active") as QueueFilters["state"],
        sort: (value("sort") ?? "priority") as QueueFilters["sort"],
        mine: data.get("mine") === "1",
        seller: filters.seller,
      })}`,
    );
  }

  const select = "rounded border border-slate-400 bg-white px-2 py-1 text-sm";
  return (
    <form
      method="get"
      action="/queue"
      aria-label={t("filters.label")}
      className="flex flex-wrap items-end gap-2 text-sm"
      onSubmit={(e) => {
        e.preventDefault();
        apply(e.currentTarget);
      }}
      onChange={(e) => apply(e.currentTarget)}
    >
      <label className="flex flex-col">
        <span className="text-xs font-medium text-slate-700">{t("filters.state")}</span>
        <select name="state" defaultValue={filters.state} className={select}>
          {QUEUE_STATES.map((s) => (
            <option key={s} value={s}>
              {t(`states.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col">
        <span className="text-xs font-medium text-slate-700">{t("filters.platform")}</span>
        <select name="platform" defaultValue={filters.platform ?? ""} className={select}>
          <option value="">{t("filters.all")}</option>
          {platforms.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col">
        <span className="text-xs font-medium text-slate-700">{t("filters.source")}</span>
        <select name="source" defaultValue={filters.source ?? ""} className={select}>
          <option value="">{t("filters.all")}</option>
          {FLAG_SOURCES.map((s) => (
            <option key={s} value={s}>
              {t(`sources.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col">
        <span className="text-xs font-medium text-slate-700">{t("filters.policy")}</span>
        <select name="policy" defaultValue={filters.policy ?? ""} className={select}>
          <option value="">{t("filters.all")}</option>
          {POLICY_CODES.map((c) => (
            <option key={c} value={c}>
              {POLICIES[c].title[locale]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col">
        <span className="text-xs font-medium text-slate-700">{t("filters.tier")}</span>
        <select name="tier" defaultValue={filters.tier ?? ""} className={select}>
          <option value="">{t("filters.all")}</option>
          {UMKM_TIERS.map((tier) => (
            <option key={tier} value={tier}>
              {t(`tiers.${tier}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col">
        <span className="text-xs font-medium text-slate-700">{t("filters.sort")}</span>
        <select name="sort" defaultValue={filters.sort} className={select}>
          {QUEUE_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`sorts.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-1.5 self-center pt-4">
        <input type="checkbox" name="mine" value="1" defaultChecked={filters.mine} className="h-4 w-4" />
        <span>{t("filters.mine")}</span>
      </label>
      <noscript>
        <button type="submit" className="rounded border border-slate-400 px-2 py-1">
          {t("filters.apply")}
        </button>
      </noscript>
    </form>
  );
}
