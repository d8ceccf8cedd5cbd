"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { leastPreciseSource } from "@/lib/dashboard/insights";
import { MEASURE_COLORS } from "@/lib/dashboard/palette";
import type { DashboardView } from "@/lib/dashboard/types";
import { ChartFrame, type ChartColumn } from "./chart-frame-client";
import { AXIS_TICK, CHART_HEIGHT, csvFileName, GRID_STROKE , LEGEND_PROPS } from "./chart-utils";

const PARTS = ["cleared", "reversed", "actioned"] as const;

export function SourcesChart({ view }: { view: DashboardView }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  const rows = view.sources.map((row) => ({ ...row, sourceLabel: `${t(`sources.${String(row.source)}`)} (n=${row.resolved})` }));
  const worst = leastPreciseSource(view);
  const columns: ChartColumn[] = [
    { key: "sourceLabel", label: t("columns.source"), format: "text" },
    { key: "resolved", label: t("columns.resolved"), format: "count" },
    ...PARTS.map((p) => ({ key: p, label: t(`measures.${p}`), format: "percent" as const })),
  ];
  return (
    <ChartFrame
      id="sources"
      title={t("charts.sources.title")}
      caption={t("charts.sources.caption")}
      insight={
        worst
          ? t("charts.sources.insight", { source: t(`sources.${worst.source}`), share: format.number(worst.share), resolved: worst.resolved })
          : t("charts.sources.insightNone")
      }
      columns={columns}
      rows={rows}
      fileName={csvFileName("flag-sources", view.filters)}
    >
      <BarChart data={rows} layout="vertical" responsive style={{ width: "100%", height: CHART_HEIGHT }} accessibilityLayer={false} margin={{ top: 4, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
        <XAxis type="number" domain={[0, 100]} unit="%" tick={AXIS_TICK} />
        <YAxis type="category" dataKey="sourceLabel" width={150} tick={AXIS_TICK} />
        <Tooltip formatter={(value) => `${format.number(Number(value))}%`} />
        <Legend {...LEGEND_PROPS} />
        {PARTS.map((p) => (
          <Bar maxBarSize={56} key={p} dataKey={p} name={t(`measures.${p}`)} stackId="sources" fill={MEASURE_COLORS[p]} stroke="#fff" strokeWidth={0.5} isAnimationActive={false} />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
