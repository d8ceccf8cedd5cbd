"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Bar, CartesianGrid, ComposedChart, LabelList, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import { MEASURE_COLORS } from "@/lib/dashboard/palette";
import type { DashboardView } from "@/lib/dashboard/types";
import { ChartFrame, type ChartColumn } from "./chart-frame-client";
import { AXIS_TICK, CHART_HEIGHT, csvFileName, GRID_STROKE , LEGEND_PROPS } from "./chart-utils";

export function AppealsChart({ view }: { view: DashboardView }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  const { appealsWon: won, appealsDecided: decided, grantRate } = view.headline;
  const columns: ChartColumn[] = [
    { key: "platform", label: t("columns.platform"), format: "text" },
    { key: "filed", label: t("measures.filed"), format: "count" },
    { key: "decided", label: t("measures.decided"), format: "count" },
    { key: "won", label: t("measures.won"), format: "count" },
    { key: "grantRate", label: t("measures.grantRate"), format: "percent" },
  ];
  return (
    <ChartFrame
      id="appeals"
      title={t("charts.appeals.title")}
      caption={t("charts.appeals.caption")}
      insight={grantRate === null ? t("charts.appeals.insightNone") : t("charts.appeals.insight", { rate: format.number(grantRate), won, decided })}
      columns={columns}
      rows={view.appeals}
      fileName={csvFileName("appeals", view.filters)}
    >
      <ComposedChart data={view.appeals} responsive style={{ width: "100%", height: CHART_HEIGHT }} accessibilityLayer={false} margin={{ top: 16, right: 0, bottom: 0, left: -16 }}>
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis dataKey="platform" tick={AXIS_TICK} />
        <YAxis yAxisId="count" allowDecimals={false} tick={AXIS_TICK} />
        <YAxis yAxisId="rate" orientation="right" unit="%" domain={[0, 100]} tick={AXIS_TICK} />
        <Tooltip />
        <Legend {...LEGEND_PROPS} />
        <Bar maxBarSize={56} yAxisId="count" dataKey="filed" name={t("measures.filed")} fill={MEASURE_COLORS.filed} isAnimationActive={false} />
        <Bar maxBarSize={56} yAxisId="count" dataKey="decided" name={t("measures.decided")} fill={MEASURE_COLORS.actioned} isAnimationActive={false} />
        <Bar maxBarSize={56} yAxisId="count" dataKey="won" name={t("measures.won")} fill={MEASURE_COLORS.won} isAnimationActive={false} />
        <Line yAxisId="rate" dataKey="grantRate" name={t("measures.grantRate")} stroke={MEASURE_COLORS.rate} strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false}>
          <LabelList dataKey="grantRate" position="top" fontSize={11} fontWeight={600} fill="#0f172a" formatter={(value) => (typeof value === "number" ? `${format.number(value)}%` : "")} />
        </Line>
      </ComposedChart>
    </ChartFrame>
  );
}
