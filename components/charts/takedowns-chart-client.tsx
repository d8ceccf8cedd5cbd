"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { takedownLeader } from "@/lib/dashboard/insights";
import { platformColor } from "@/lib/dashboard/palette";
import type { DashboardView } from "@/lib/dashboard/types";
import { ChartFrame, type ChartColumn } from "./chart-frame-client";
import { AXIS_TICK, CHART_HEIGHT, csvFileName, dayDate, GRID_STROKE , LEGEND_PROPS } from "./chart-utils";

export function TakedownsChart({ view }: { view: DashboardView }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  const ids = view.platforms.map((p) => p.id);
  const leader = takedownLeader(view);
  // The legend carries each platform's total, so the biggest is readable at a glance.
  const totals = new Map(view.platforms.map((p) => [p.name, view.takedowns.reduce((sum, row) => sum + Number(row[p.id] ?? 0), 0)]));
  const label = (day: string) => format.dateTime(dayDate(day), view.granularity === "month" ? { month: "short", year: "numeric" } : { day: "numeric", month: "short" });
  const columns: ChartColumn[] = [
    { key: "period", label: t("columns.period"), format: "date" },
    ...view.platforms.map((p) => ({ key: p.id, label: p.name, format: "count" as const })),
  ];
  return (
    <ChartFrame
      id="takedowns"
      title={t("charts.takedowns.title")}
      caption={t("charts.takedowns.caption", { granularity: view.granularity })}
      insight={
        !leader
          ? t("charts.takedowns.insightNone")
          : view.platforms.length === 1
            ? t("charts.takedowns.insightOne", { platform: leader.name, n: leader.n })
            : t("charts.takedowns.insight", { platform: leader.name, n: leader.n, total: leader.total, share: format.number(leader.share) })
      }
      columns={columns}
      rows={view.takedowns}
      fileName={csvFileName("takedowns", view.filters)}
    >
      <BarChart data={view.takedowns} responsive style={{ width: "100%", height: CHART_HEIGHT }} accessibilityLayer={false} margin={{ top: 4, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis dataKey="period" tickFormatter={label} tick={AXIS_TICK} minTickGap={12} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} />
        <Tooltip labelFormatter={(value) => label(String(value))} />
        <Legend
          {...LEGEND_PROPS}
          formatter={(value: unknown) => (
            <span style={{ color: "#334155" }}>
              {String(value)} ({format.number(totals.get(String(value)) ?? 0)})
            </span>
          )}
        />
        {view.platforms.map((p) => (
          <Bar maxBarSize={56} key={p.id} dataKey={p.id} name={p.name} stackId="takedowns" fill={platformColor(p.id, ids)} isAnimationActive={false} />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
