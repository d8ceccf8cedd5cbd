import type { ReactNode } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { TransparencyReport } from "@/lib/dashboard/transparency";
import { POLICIES, type Locale, type PolicyCode } from "@/lib/moderation";

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  return (
    // Wide tables scroll inside their card on a phone (focusable, so the keyboard can scroll them too).
    <section
      tabIndex={0}
      aria-label={caption}
      className="break-inside-avoid overflow-x-auto rounded-lg border border-slate-200 bg-white p-4 print:overflow-visible print:border-0 print:p-0"
    >
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-base font-semibold text-slate-900">{caption}</caption>
        <thead>
          <tr>
            {head.map((h, i) => (
              <th key={h} scope="col" className={`border-b border-slate-300 px-2 py-1 font-semibold text-slate-700 ${i > 0 ? "text-right" : ""}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i} className="border-b border-slate-100">
              {row.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row" className="px-2 py-1 font-medium text-slate-800">
                    {cell}
                  </th>
                ) : (
                  <td key={j} className="px-2 py-1 text-right tabular-nums text-slate-800">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Every table of the transparency report; printable as it is. */
export async function ReportTables({ report }: { report: TransparencyReport }) {
  const t = await getTranslations("transparency");
  const td = await getTranslations("dashboard");
  const locale = (await getLocale()) as Locale;
  const format = await getFormatter();
  const n = (value: number) => format.number(value);
  const pct = (value: number | null) => (value === null ? t("none") : format.number(value / 100, { style: "percent", maximumFractionDigits: 1 }));
  const h = (value: number | null) => (value === null ? t("none") : t("hours", { n: format.number(value, { maximumFractionDigits: 1 }) }));
  const summary = Object.entries(report.totals) as [keyof TransparencyReport["totals"], number][];
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2 print:block print:space-y-4">
      <Table caption={t("summary.heading")} head={[t("summary.measure"), t("summary.count")]} rows={summary.map(([k, v]) => [t(`summary.${k}`), n(v)])} />
      <Table
        caption={t("flags.heading")}
        head={[t("flags.source"), t("flags.count")]}
        rows={report.flagsBySource.map((r) => [td(`sources.${r.source}`), n(r.n)])}
      />
      <Table
        caption={t("outcomes.heading")}
        head={[t("outcomes.outcome"), t("outcomes.count"), t("outcomes.reversed")]}
        rows={report.decisionsByOutcome.map((r) => [td(`outcomes.${r.outcome}`), n(r.n), n(r.reversed)])}
      />
      <Table
        caption={t("policies.heading")}
        head={[t("policies.policy"), t("policies.takedowns"), t("policies.warnings"), t("policies.reversed")]}
        rows={report.decisionsByPolicy.map((r) => [POLICIES[r.policy as PolicyCode].title[locale], n(r.takedowns), n(r.warnings), n(r.reversed)])}
      />
      <section className="break-inside-avoid space-y-2">
        <Table caption={t("actions.heading")} head={[t("actions.kind"), t("actions.count")]} rows={report.accountActions.map((r) => [td(`actions.${r.kind}`), n(r.n)])} />
        <p className="px-1 text-sm text-slate-700">{t("actions.escalations", report.escalations)}</p>
      </section>
      <Table
        caption={t("appeals.heading")}
        head={[t("appeals.subject"), t("appeals.filed"), t("appeals.decided"), t("appeals.granted"), t("appeals.partial"), t("appeals.denied"), t("appeals.grantRate")]}
        rows={report.appeals.map((r) => [t(`appeals.subjects.${r.subject}`), n(r.filed), n(r.decided), n(r.granted), n(r.partial), n(r.denied), pct(r.grantRate)])}
      />
      <section className="break-inside-avoid space-y-2">
        <Table
          caption={t("handling.heading")}
          head={[t("handling.measure"), t("handling.median"), t("handling.p90"), t("handling.sla")]}
          rows={[
            [t("handling.decision"), h(report.handling.decisionMedian), h(report.handling.decisionP90), h(report.handling.decisionSla)],
            [t("handling.appeal"), h(report.handling.appealMedian), h(report.handling.appealP90), h(report.handling.appealSla)],
          ]}
        />
        <p className="px-1 text-xs text-slate-600">{t("handling.note")}</p>
      </section>
      <Table
        caption={t("tiers.heading")}
        head={[t("tiers.tier"), t("tiers.flags"), t("tiers.takedowns"), t("tiers.accountActions")]}
        rows={report.tiers.map((r) => [
          td(`tiers.${r.tier}`),
          `${n(r.flags)} (${pct(r.flagShare)})`,
          `${n(r.takedowns)} (${pct(r.takedownShare)})`,
          `${n(r.accountActions)} (${pct(r.actionShare)})`,
        ])}
      />
    </div>
  );
}
