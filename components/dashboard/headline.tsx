import { getFormatter, getTranslations } from "next-intl/server";
import type { Headline } from "@/lib/dashboard/types";

/** The eight numbers on top of the dashboard. */
export async function HeadlineNumbers({ headline }: { headline: Headline }) {
  const t = await getTranslations("dashboard.headline");
  const format = await getFormatter();
  const n = (value: number) => format.number(value);
  const cards: { key: string; label: string; value: string; note: string; tone?: "alert" }[] = [
    { key: "takedowns", label: t("takedowns"), value: n(headline.takedowns), note: t("takedownsNote", { n: headline.takedownsReversed }) },
    { key: "clears", label: t("clears"), value: n(headline.clears), note: t("clearsNote") },
    { key: "account-actions", label: t("accountActions"), value: n(headline.accountActions), note: t("accountActionsNote") },
    { key: "appeals-filed", label: t("appealsFiled"), value: n(headline.appealsFiled), note: t("appealsFiledNote", { decided: headline.appealsDecided }) },
    {
      key: "grant-rate",
      label: t("grantRate"),
      value: headline.grantRate === null ? t("none") : format.number(headline.grantRate / 100, { style: "percent", maximumFractionDigits: 1 }),
      note: t("grantRateNote", { won: headline.appealsWon, decided: headline.appealsDecided }),
    },
    {
      key: "median-decision",
      label: t("medianDecision"),
      value: headline.medianDecisionHours === null ? t("none") : t("hours", { n: format.number(headline.medianDecisionHours, { maximumFractionDigits: 1 }) }),
      note: t("medianDecisionNote"),
    },
    { key: "backlog", label: t("backlog"), value: n(headline.backlog), note: t("backlogNote") },
    { key: "overdue", label: t("overdue"), value: n(headline.overdue), note: t("overdueNote"), tone: headline.overdue > 0 ? "alert" : undefined },
  ];
  return (
    <section aria-label={t("label")}>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4 xl:grid-cols-8">
        {cards.map((card) => (
          <div key={card.key} data-headline={card.key} className="rounded-lg border border-slate-200 bg-white px-3 py-2 shadow-sm">
            <dt className="text-xs font-medium text-slate-600">{card.label}</dt>
            <dd className={`text-2xl font-bold tabular-nums ${card.tone === "alert" ? "text-red-700" : "text-slate-900"}`}>{card.value}</dd>
            <dd className="text-xs leading-tight text-slate-600">{card.note}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
