import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuditEvents } from "@/components/audit/audit-events";
import { AuditFiltersForm } from "@/components/audit/audit-filters";
import { linkableSubjectsFor } from "@/components/audit/linkable";
import { getDb } from "@/db/client";
import { listAuditEvents, listAuditSubjectTypes } from "@/db/queries/audit";
import { auditSearch, parseAuditFilters } from "@/lib/validation/audit";
import { requirePage } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePage("audit:view");
  const t = await getTranslations("audit");
  const filters = parseAuditFilters(await searchParams);
  const { db } = await getDb();
  const [{ rows, nextBefore }, subjectTypes] = await Promise.all([listAuditEvents(db, filters), listAuditSubjectTypes(db)]);
  const pageLink = "font-medium text-brand-800 underline underline-offset-2";
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t("intro")}</p>
      </div>
      <AuditFiltersForm filters={filters} subjectTypes={subjectTypes} />
      <AuditEvents events={rows} linkable={linkableSubjectsFor(user.role)} caption={t("table.caption")} />
      {nextBefore || filters.before ? (
        <nav aria-label={t("table.caption")} className="flex flex-wrap gap-4 text-sm">
          {filters.before ? (
            <Link href={`/audit${auditSearch({ ...filters, before: null })}`} className={pageLink}>
              {t("table.first")}
            </Link>
          ) : null}
          {nextBefore ? (
            <Link href={`/audit${auditSearch({ ...filters, before: nextBefore })}`} className={pageLink}>
              {t("table.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
