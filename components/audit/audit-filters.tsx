import Link from "next/link";
import { useTranslations } from "next-intl";
import { hasAuditFilters, type AuditFilters } from "@/lib/validation/audit";

const COMMON_ACTIONS = ["case.", "decision.", "escalation.", "appeal.", "account_action.", "user.", "api_key.", "platform.", "flags.ingested"];

/** A plain GET form: every filter is in the URL, so a view can be bookmarked and shared. */
export function AuditFiltersForm({ filters, subjectTypes }: { filters: AuditFilters; subjectTypes: readonly string[] }) {
  const t = useTranslations("audit");
  const field = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";
  const label = "block text-sm font-medium";
  const hint = "text-xs text-slate-600";
  const types = filters.subjectType && !subjectTypes.includes(filters.subjectType) ? [...subjectTypes, filters.subjectType] : subjectTypes;
  return (
    <form method="get" action="/audit" aria-label={t("filters.label")} className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 lg:grid-cols-4">
      <div className="col-span-2 sm:col-span-1">
        <label htmlFor="audit-actor" className={label}>
          {t("filters.actor")}
        </label>
        <input id="audit-actor" name="actor" type="search" defaultValue={filters.actor ?? ""} aria-describedby="audit-actor-hint" className={field} />
        <p id="audit-actor-hint" className={hint}>
          {t("filters.actorHint")}
        </p>
      </div>
      <div className="col-span-2 sm:col-span-1">
        <label htmlFor="audit-action" className={label}>
          {t("filters.action")}
        </label>
        <input id="audit-action" name="action" list="audit-action-list" defaultValue={filters.action ?? ""} aria-describedby="audit-action-hint" className={field} />
        <datalist id="audit-action-list">
          {COMMON_ACTIONS.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
        <p id="audit-action-hint" className={hint}>
          {t("filters.actionHint")}
        </p>
      </div>
      <div>
        <label htmlFor="audit-subject-type" className={label}>
          {t("filters.subjectType")}
        </label>
        <select id="audit-subject-type" name="subjectType" defaultValue={filters.subjectType ?? ""} className={field}>
          <option value="">{t("filters.anySubject")}</option>
          {types.map((type) => (
            <option key={type} value={type}>
              {t.has(`subjects.${type}`) ? t(`subjects.${type}`) : type}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-subject-id" className={label}>
          {t("filters.subjectId")}
        </label>
        <input id="audit-subject-id" name="subjectId" defaultValue={filters.subjectId ?? ""} className={`${field} font-mono`} />
      </div>
      <div>
        <label htmlFor="audit-from" className={label}>
          {t("filters.from")}
        </label>
        <input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ""} className={field} />
      </div>
      <div>
        <label htmlFor="audit-to" className={label}>
          {t("filters.to")}
        </label>
        <input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ""} className={field} />
      </div>
      <div className="col-span-2 flex items-end gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          {t("filters.apply")}
        </button>
        {hasAuditFilters(filters) ? (
          <Link href="/audit" className="py-2 text-sm font-medium text-brand-800 underline underline-offset-2">
            {t("filters.reset")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
