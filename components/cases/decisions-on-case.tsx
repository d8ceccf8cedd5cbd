import { useFormatter, useLocale, useTranslations } from "next-intl";
import { POLICIES, renderStatementText, type Locale, type StatementOfReasons } from "@/lib/moderation";
import type { CaseDetailView } from "./types";

/** Decisions already taken on this case, newest first, with their statements. */
export function DecisionsOnCase({ detail }: { detail: CaseDetailView }) {
  const t = useTranslations("cases");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  return (
    <section aria-labelledby="case-decisions-title" className="rounded-md border border-slate-200 bg-white p-3 text-sm">
      <h2 id="case-decisions-title" className="font-semibold">
        {t("decisions.title")}
      </h2>
      <ul className="mt-1 space-y-2">
        {detail.decisions.map((d) => (
          <li key={d.id} className="border-t border-slate-100 pt-1.5 first:border-0 first:pt-0">
            <p>
              <strong>{t(`kinds.${d.kind}`)}</strong>
              {d.policyCode ? ` · ${POLICIES[d.policyCode].title[locale]}` : ""}
              {d.clearReason ? ` · ${t(`clearReasons.${d.clearReason}`)}` : ""}
              {d.points > 0 ? ` · ${t("decisions.points", { points: d.points })}` : ""}
            </p>
            <p className="text-xs text-slate-600">
              {t("decisions.by", { name: d.authorName, at: format.dateTime(d.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
              {d.reversedAt ? ` · ${t("decisions.reversed")}` : ""}
            </p>
            {d.kind === "request_info" && d.infoDeadline ? (
              <p className="text-xs">{t("decisions.awaitingUntil", { at: format.dateTime(d.infoDeadline, { dateStyle: "medium", timeStyle: "short" }) })}</p>
            ) : null}
            {d.statement ? (
              <details className="mt-1">
                <summary className="cursor-pointer text-xs font-semibold">{t("decisions.statement")}</summary>
                <pre tabIndex={0} role="region" aria-label={t("decisions.statement")} className="mt-1 max-h-60 overflow-y-auto whitespace-pre-wrap font-sans text-xs">
                  {renderStatementText(d.statement as unknown as StatementOfReasons)}
                </pre>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
