"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { outcomeShares } from "@/lib/dashboard/insights";
import { OUTCOME_COLORS } from "@/lib/dashboard/palette";
import { OUTCOME_KEYS, type DashboardView } from "@/lib/dashboard/types";
import { ChartFrame, type ChartColumn } from "./chart-frame-client";
import { AXIS_TICK, CHART_HEIGHT, csvFileName, GRID_STROKE , LEGEND_PROPS } from "./chart-utils";

export function OutcomesChart({ view }: { view: DashboardView }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  const shares = outcomeShares(view);
  const columns: ChartColumn[] = [
    { key: "platform", label: t("columns.platform"), format: "text" },
    ...OUTCOME_KEYS.map((k) => ({ key: k, label: t(`outcomes.${k}`), format: "count" as const })),
  ];
  return (
    <ChartFrame
      id="outcomes"
      title={t("charts.outcomes.title")}
      caption={t("charts.outcomes.caption")}
      insight={shares ? t("charts.outcomes.insight", { total: format.number(shares.total), takedown: format.number(shares.takedown), cleared: format.number(shares.cleared) }) : t("charts.outcomes.insightNone")}
      columns={columns}
      rows={view.outcomes}
      fileName={csvFileName("outcomes", view.filters)}
    >
      <BarChart data={view.outcomes} layout="vertical" responsive style={{ width: "100%", height: CHART_HEIGHT }} accessibilityLayer={false} margin={{ top: 4, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
        <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} />
        <YAxis type="category" dataKey="platform" width={84} tick={AXIS_TICK} />
        <Tooltip />
        <Legend {...LEGEND_PROPS} />
        {OUTCOME_KEYS.map((k) => (
          <Bar maxBarSize={56} key={k} dataKey={k} name={t(`outcomes.${k}`)} stackId="outcomes" fill={OUTCOME_COLORS[k]} stroke="#fff" strokeWidth={0.5} isAnimationActive={false} />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
