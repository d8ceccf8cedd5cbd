import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DashboardCharts } from "@/components/charts/dashboard-charts-client";
import { FiltersForm } from "@/components/dashboard/filters-client";
import { HeadlineNumbers } from "@/components/dashboard/headline";
import { KeyFindings } from "@/components/dashboard/key-findings";
import { getDb } from "@/db/client";
import { getDashboard, listPlatforms } from "@/db/queries/dashboard";
import { jakartaDay } from "@/lib/dashboard/range";
import { filtersToQuery, parseDashboardFilters, type SearchParams } from "@/lib/validation/dashboard";
import { requirePage } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePage("dashboard:view");
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  const { db } = await getDb();
  const platforms = await listPlatforms(db);
  const { filters, issues } = parseDashboardFilters(await searchParams, jakartaDay(new Date()), platforms.map((p) => p.id));
  const view = await getDashboard(db, filters);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00+07:00`), { day: "numeric", month: "long", year: "numeric" });
  const exportQuery = new URLSearchParams({ from: filters.from, to: filters.to, ...(filters.platformId ? { platform: filters.platformId } : {}) });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-slate-600">
            {t("period", { from: day(filters.from), to: day(filters.to) })}
            {" · "}
            {filters.platformId ? platforms.find((p) => p.id === filters.platformId)?.name : t("filters.allPlatforms")}
          </p>
        </div>
        <FiltersForm path="/dashboard" filters={filters} platforms={platforms} />
      </div>
      {issues.length > 0 ? (
        <div role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {issues.map((issue) => (
            <p key={issue}>{issue === "range" ? t("filters.invalidRange") : t("filters.invalidPlatform")}</p>
          ))}
        </div>
      ) : null}
      <KeyFindings view={view} />
      <HeadlineNumbers headline={view.headline} />
      <DashboardCharts view={view} />
      <section aria-labelledby="exports-title" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <h2 id="exports-title" className="text-base font-semibold">
          {t("exports.heading")}
        </h2>
        <p className="mt-1 text-slate-600">{t("exports.note")}</p>
        <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
          <li>
            <a className="font-medium text-brand-700 underline" href={`/api/exports/statements?${exportQuery.toString()}`} download>
              {t("exports.statementsJsonl")}
            </a>
          </li>
          <li>
            <a className="font-medium text-brand-700 underline" href={`/api/exports/statements?${exportQuery.toString()}&format=csv`} download>
              {t("exports.statementsCsv")}
            </a>
          </li>
          <li>
            <Link className="font-medium text-brand-700 underline" href={`/transparency?${filtersToQuery(filters)}`}>
              {t("exports.transparency")}
            </Link>
          </li>
        </ul>
      </section>
    </div>
  );
}
