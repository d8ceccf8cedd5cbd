"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { mikroImpact } from "@/lib/dashboard/insights";
import { MEASURE_COLORS } from "@/lib/dashboard/palette";
import type { DashboardView } from "@/lib/dashboard/types";
import { ChartFrame, type ChartColumn } from "./chart-frame-client";
import { AXIS_TICK, CHART_HEIGHT, csvFileName, GRID_STROKE , LEGEND_PROPS } from "./chart-utils";

const MEASURES = ["flags", "takedowns", "accountActions"] as const;

export function TierChart({ view }: { view: DashboardView }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  const rows = view.tiers.map((row) => ({ ...row, tierLabel: t(`tiers.${String(row.tier)}`) }));
  const impact = mikroImpact(view);
  const pct = (n: number) => format.number(n);
  const columns: ChartColumn[] = [
    { key: "tierLabel", label: t("columns.tier"), format: "text" },
    ...MEASURES.map((m) => ({ key: m, label: t(`measures.${m}`), format: "percent" as const })),
  ];
  return (
    <ChartFrame
      id="tiers"
      title={t("charts.tiers.title")}
      caption={t("charts.tiers.caption", { flags: view.tierTotals.flags, takedowns: view.tierTotals.takedowns, actions: view.tierTotals.accountActions })}
      insight={
        impact
          ? t("charts.tiers.insight", { flags: pct(impact.flags), takedowns: pct(impact.takedowns), actions: impact.accountActions === null ? t("chart.notApplicable") : pct(impact.accountActions), verdict: impact.verdict })
          : t("charts.tiers.insightNone")
      }
      columns={columns}
      rows={rows}
      fileName={csvFileName("umkm-tiers", view.filters)}
    >
      <BarChart data={rows} responsive style={{ width: "100%", height: CHART_HEIGHT }} accessibilityLayer={false} margin={{ top: 16, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis dataKey="tierLabel" tick={AXIS_TICK} />
        <YAxis unit="%" domain={[0, 100]} tick={AXIS_TICK} />
        <Tooltip formatter={(value) => `${format.number(Number(value))}%`} />
        <Legend {...LEGEND_PROPS} />
        {MEASURES.map((m) => (
          <Bar maxBarSize={56} key={m} dataKey={m} name={t(`measures.${m}`)} fill={MEASURE_COLORS[m]} isAnimationActive={false}>
            <LabelList dataKey={m} position="top" fontSize={10} fill="#334155" formatter={(value) => (typeof value === "number" ? `${Math.round(value)}%` : "")} />
          </Bar>
        ))}
      </BarChart>
    </ChartFrame>
  );
}
