"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Bar, CartesianGrid, ComposedChart, Legend, Scatter, Tooltip, XAxis, YAxis } from "recharts";
import { overSla } from "@/lib/dashboard/insights";
import { MEASURE_COLORS } from "@/lib/dashboard/palette";
import type { ChartRow, DashboardView } from "@/lib/dashboard/types";
import { ChartFrame, type ChartColumn } from "./chart-frame-client";
import { AXIS_TICK, CHART_HEIGHT, csvFileName, GRID_STROKE , LEGEND_PROPS } from "./chart-utils";

/** The SLA as a short black bar across the platform's column. */
function SlaMark(props: unknown) {
  const { cx, cy } = props as { cx?: number; cy?: number };
  if (cx === undefined || cy === undefined) return <g />;
  return <rect x={cx - 22} y={cy - 1.5} width={44} height={3} fill={MEASURE_COLORS.sla} />;
}

function TimesChart({ rows, metric, title }: { rows: ChartRow[]; metric: "decision" | "appeal"; title: string }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  const hours = (value: unknown) => t("chart.hoursValue", { n: format.number(Number(value), { maximumFractionDigits: 1 }) });
  return (
    <div>
      <h3 className="text-xs font-semibold text-slate-700">{title}</h3>
      <ComposedChart data={rows} responsive style={{ width: "100%", height: CHART_HEIGHT - 20 }} accessibilityLayer={false} margin={{ top: 8, right: 4, bottom: 0, left: -16 }}>
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis dataKey="platform" tick={AXIS_TICK} />
        <YAxis tick={AXIS_TICK} unit={t("chart.hourUnit")} tickFormatter={(v: number) => format.number(v)} />
        <Tooltip formatter={hours} />
        <Legend {...LEGEND_PROPS} />
        <Bar maxBarSize={56} dataKey={`${metric}Median`} name={t("measures.median")} fill={MEASURE_COLORS.median} isAnimationActive={false} />
        <Bar maxBarSize={56} dataKey={`${metric}P90`} name={t("measures.p90")} fill={MEASURE_COLORS.p90} isAnimationActive={false} />
        <Scatter dataKey={`${metric}Sla`} name={t("measures.sla")} fill={MEASURE_COLORS.sla} shape={SlaMark} legendType="rect" isAnimationActive={false} />
      </ComposedChart>
    </div>
  );
}

export function HandlingChart({ view }: { view: DashboardView }) {
  const t = useTranslations("dashboard");
  const late = overSla(view);
  const anyResolved = view.handling.some((row) => row.decisionMedian !== null);
  const columns: ChartColumn[] = [
    { key: "platform", label: t("columns.platform"), format: "text" },
    ...(["decisionMedian", "decisionP90", "decisionSla", "appealMedian", "appealP90", "appealSla"] as const).map((k) => ({
      key: k,
      label: t(`measures.${k}`),
      format: "hours" as const,
    })),
  ];
  const insight = !anyResolved
    ? t("charts.handling.insightNone")
    : late.length > 0
      ? t("charts.handling.insightOver", { platforms: late.join(", ") })
      : t("charts.handling.insightWithin");
  return (
    <ChartFrame
      id="handling"
      title={t("charts.handling.title")}
      caption={t("charts.handling.caption")}
      insight={insight}
      columns={columns}
      rows={view.handling}
      fileName={csvFileName("handling-times", view.filters)}
    >
      <div className="grid grid-cols-2 gap-2">
        <TimesChart rows={view.handling} metric="decision" title={t("charts.handling.decisionTitle")} />
        <TimesChart rows={view.handling} metric="appeal" title={t("charts.handling.appealTitle")} />
      </div>
    </ChartFrame>
  );
}
