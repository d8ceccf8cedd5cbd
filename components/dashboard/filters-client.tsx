"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { RangeKind } from "@/lib/dashboard/range";
import type { DashboardFilters } from "@/lib/dashboard/types";

const RANGES: RangeKind[] = ["7", "30", "90", "custom"];
const RANGE_LABEL = { "7": "range7", "30": "range30", "90": "range90", custom: "rangeCustom" } as const;

/**
 * Period and platform, kept in the URL (?range=&from=&to=&platform=). A plain GET form, so it
 * works before hydration; once hydrated a preset or platform change navigates at once.
 */
export function FiltersForm({
  path,
  filters,
  platforms,
  allowAll = true,
}: {
  path: string;
  filters: DashboardFilters;
  platforms: { id: string; name: string }[];
  allowAll?: boolean;
}) {
  const t = useTranslations("dashboard.filters");
  const router = useRouter();
  const [range, setRange] = useState<RangeKind>(filters.range);

  const navigate = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const params = new URLSearchParams();
    const chosen = String(data.get("range") ?? "30");
    params.set("range", chosen);
    if (chosen === "custom") {
      params.set("from", String(data.get("from") ?? ""));
      params.set("to", String(data.get("to") ?? ""));
    }
    const platform = String(data.get("platform") ?? "all");
    if (platform !== "all") params.set("platform", platform);
    router.push(`${path}?${params.toString()}`);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(event.currentTarget);
  };

  return (
    <form method="get" action={path} onSubmit={onSubmit} aria-label={t("label")} className="flex flex-wrap items-end gap-x-4 gap-y-2 print:hidden">
      <fieldset>
        <legend className="mb-1 text-xs font-medium text-slate-600">{t("range")}</legend>
        <div className="flex overflow-hidden rounded-md border border-slate-300 bg-white text-sm">
          {RANGES.map((value) => (
            <label key={value} className="relative">
              <input
                type="radio"
                name="range"
                value={value}
                checked={range === value}
                onChange={(event) => {
                  setRange(value);
                  if (value !== "custom") navigate(event.currentTarget.form!);
                }}
                className="peer sr-only"
              />
              <span className="block cursor-pointer border-r border-slate-300 px-3 py-1.5 text-slate-700 peer-checked:bg-brand-700 peer-checked:font-semibold peer-checked:text-white peer-focus-visible:outline peer-focus-visible:outline-3 peer-focus-visible:outline-brand-600">
                {t(RANGE_LABEL[value])}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {range === "custom" ? (
        <>
          <label className="text-xs font-medium text-slate-600">
            {t("from")}
            <input type="date" name="from" required defaultValue={filters.from} className="mt-1 block rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-900" />
          </label>
          <label className="text-xs font-medium text-slate-600">
            {t("to")}
            <input type="date" name="to" required defaultValue={filters.to} className="mt-1 block rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-900" />
          </label>
        </>
      ) : null}
      <label className="text-xs font-medium text-slate-600">
        {t("platform")}
        <select
          name="platform"
          defaultValue={filters.platformId ?? "all"}
          onChange={(event) => navigate(event.currentTarget.form!)}
          className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900"
        >
          {allowAll ? <option value="all">{t("allPlatforms")}</option> : null}
          {platforms.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800">
        {t("apply")}
      </button>
    </form>
  );
}
