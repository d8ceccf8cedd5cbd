import { getFormatter, getTranslations } from "next-intl/server";
import { mikroImpact, takedownLeader } from "@/lib/dashboard/insights";
import type { DashboardView } from "@/lib/dashboard/types";

/**
 * The three answers a manager looks for first — which platform takes down most, how often appeals
 * win, whether mikro sellers are hit harder than their share of flags — in the same words as the
 * findings of the charts below, so they are read at a glance on a phone too.
 */
export async function KeyFindings({ view }: { view: DashboardView }) {
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  const leader = takedownLeader(view);
  const impact = mikroImpact(view);
  const { appealsWon: won, appealsDecided: decided, grantRate } = view.headline;
  const findings = [
    {
      key: "takedowns",
      text: !leader
        ? t("charts.takedowns.insightNone")
        : view.platforms.length === 1
          ? t("charts.takedowns.insightOne", { platform: leader.name, n: leader.n })
          : t("charts.takedowns.insight", { platform: leader.name, n: leader.n, total: leader.total, share: format.number(leader.share) }),
    },
    {
      key: "appeals",
      text: grantRate === null ? t("charts.appeals.insightNone") : t("charts.appeals.insight", { rate: format.number(grantRate), won, decided }),
    },
    {
      key: "mikro",
      text: impact
        ? t("charts.tiers.insight", {
            flags: format.number(impact.flags),
            takedowns: format.number(impact.takedowns),
            actions: impact.accountActions === null ? t("chart.notApplicable") : format.number(impact.accountActions),
            verdict: impact.verdict,
          })
        : t("charts.tiers.insightNone"),
    },
  ];
  return (
    <section aria-labelledby="findings-title" className="rounded-lg border border-brand-100 bg-brand-50 px-4 py-3">
      <h2 id="findings-title" className="text-xs font-semibold uppercase tracking-wide text-brand-800">
        {t("findings.heading")}
      </h2>
      <ul className="mt-1 grid gap-x-6 gap-y-2 md:grid-cols-3">
        {findings.map((f) => (
          <li key={f.key} data-finding={f.key} className="text-sm font-semibold leading-snug text-slate-900">
            {f.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
