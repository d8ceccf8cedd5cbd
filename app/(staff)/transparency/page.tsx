import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { FiltersForm } from "@/components/dashboard/filters-client";
import { PrintButton } from "@/components/transparency/print-button-client";
import { ReportTables } from "@/components/transparency/report-tables";
import { getDb } from "@/db/client";
import { listPlatforms } from "@/db/queries/dashboard";
import { getTransparencyReport } from "@/db/queries/transparency";
import { jakartaDay } from "@/lib/dashboard/range";
import { parseDashboardFilters, type SearchParams } from "@/lib/validation/dashboard";
import { requirePage } from "@/server/session";
import "./print.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("transparency");
  return { title: t("title") };
}

export default async function TransparencyPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePage("dashboard:view");
  const t = await getTranslations("transparency");
  const td = await getTranslations("dashboard");
  const format = await getFormatter();
  const { db } = await getDb();
  const platforms = await listPlatforms(db);
  const { filters, issues } = parseDashboardFilters(await searchParams, jakartaDay(new Date()), platforms.map((p) => p.id), { requirePlatform: true });
  const platform = platforms.find((p) => p.id === filters.platformId);
  if (!platform) {
    return (
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-2 text-slate-600">{t("noPlatforms")}</p>
      </div>
    );
  }
  const report = await getTransparencyReport(db, platform, filters.from, filters.to);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00+07:00`), { day: "numeric", month: "long", year: "numeric" });
  const download = new URLSearchParams({ platform: platform.id, from: filters.from, to: filters.to });

  return (
    <article data-print-report className="space-y-4">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("heading", { platform: platform.name })}</h1>
          <p className="text-sm text-slate-700">{t("period", { from: day(filters.from), to: day(filters.to) })}</p>
        </div>
        <FiltersForm path="/transparency" filters={filters} platforms={platforms} allowAll={false} />
      </header>
      {issues.length > 0 ? (
        <div role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 print:hidden">
          {issues.map((issue) => (
            <p key={issue}>{issue === "range" ? td("filters.invalidRange") : td("filters.invalidPlatform")}</p>
          ))}
        </div>
      ) : null}
      <p className="max-w-4xl text-sm text-slate-700">{t("intro", { platform: platform.name })}</p>
      <div className="flex flex-wrap gap-3 print:hidden">
        <PrintButton label={t("print")} />
        <a className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100" href={`/api/transparency?${download.toString()}&format=csv`} download>
          {t("downloadCsv")}
        </a>
        <a className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100" href={`/api/transparency?${download.toString()}&format=json`} download>
          {t("downloadJson")}
        </a>
      </div>
      <ReportTables report={report} />
      <p className="text-xs text-slate-600">{t("generated", { at: format.dateTime(new Date(), { dateStyle: "long", timeStyle: "short" }) })}</p>
    </article>
  );
}
