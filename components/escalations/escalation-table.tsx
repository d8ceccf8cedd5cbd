import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { AccountActionKind } from "@/lib/moderation/constants";

export interface EscalationRowView {
  id: string;
  shopName: string;
  platformName: string;
  action: AccountActionKind;
  durationDays: number | null;
  proposerName: string;
  reliedCaseCount: number;
  createdAt: Date;
  ageHours: number;
  reviewReason: string | null;
}

export function ActionText({ action, durationDays }: { action: AccountActionKind; durationDays: number | null }) {
  const t = useTranslations("escalations");
  return <>{durationDays === null ? t(`actions.${action}`) : t("actionDays", { action: t(`actions.${action}`), days: durationDays })}</>;
}

export function EscalationTable({ rows, caption, empty, showQuestion = false }: { rows: readonly EscalationRowView[]; caption: string; empty: string; showQuestion?: boolean }) {
  const t = useTranslations("escalations");
  if (rows.length === 0) return <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-slate-600">{empty}</p>;
  const age = (row: EscalationRowView) => t("age", { days: Math.floor(row.ageHours / 24), hours: row.ageHours % 24 });
  return (
    <>
      {/* Phones: one card per proposal. */}
      <ul className="space-y-2 sm:hidden">
        {rows.map((row) => (
          <li key={row.id} className="rounded-lg border border-slate-200 bg-white p-3">
            <Link href={`/escalations/${row.id}`} className="font-semibold text-brand-800 underline underline-offset-2">
              {row.shopName}
            </Link>
            <p className="text-sm text-slate-600">{row.platformName}</p>
            <p className="mt-1">
              <ActionText action={row.action} durationDays={row.durationDays} />
            </p>
            {showQuestion && row.reviewReason ? <p className="text-sm text-slate-600">{row.reviewReason}</p> : null}
            <p className="mt-1 text-sm text-slate-700">
              {age(row)} · <bdi>{row.proposerName}</bdi> · {t("caseCount", { count: row.reliedCaseCount })}
            </p>
          </li>
        ))}
      </ul>
      <ActionTable rows={rows} caption={caption} showQuestion={showQuestion} age={age} />
    </>
  );
}

function ActionTable({ rows, caption, showQuestion, age }: { rows: readonly EscalationRowView[]; caption: string; showQuestion: boolean; age: (row: EscalationRowView) => string }) {
  const t = useTranslations("escalations");
  const format = useFormatter();
  return (
    <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white sm:block">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-xs uppercase tracking-wide text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">{t("columns.age")}</th>
            <th scope="col" className="px-3 py-2">{t("columns.shop")}</th>
            <th scope="col" className="px-3 py-2">{t("columns.action")}</th>
            <th scope="col" className="px-3 py-2">{t("columns.proposer")}</th>
            <th scope="col" className="px-3 py-2">{t("columns.cases")}</th>
            <th scope="col" className="px-3 py-2"><span className="sr-only">{t("columns.open")}</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((row) => (
            <tr key={row.id} data-escalation={row.id}>
              <td className="whitespace-nowrap px-3 py-2 tabular-nums">
                <span title={t("proposedAt", { date: format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}>
                  {age(row)}
                </span>
              </td>
              <td className="px-3 py-2">
                <span className="font-medium">{row.shopName}</span>
                <span className="block text-xs text-slate-600">{row.platformName}</span>
              </td>
              <td className="px-3 py-2">
                <ActionText action={row.action} durationDays={row.durationDays} />
                {showQuestion && row.reviewReason ? <span className="block text-xs text-slate-600">{row.reviewReason}</span> : null}
              </td>
              <td className="px-3 py-2">{row.proposerName}</td>
              <td className="px-3 py-2">{t("caseCount", { count: row.reliedCaseCount })}</td>
              <td className="px-3 py-2 text-right">
                <Link href={`/escalations/${row.id}`} className="font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-800">
                  {t("columns.open")}
                  <span className="sr-only"> {t("openLinkRest", { shop: row.shopName })}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
