"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Area, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import { backlogChange } from "@/lib/dashboard/insights";
import { MEASURE_COLORS, platformColor } from "@/lib/dashboard/palette";
import type { DashboardView } from "@/lib/dashboard/types";
import { ChartFrame, type ChartColumn } from "./chart-frame-client";
import { AXIS_TICK, CHART_HEIGHT, csvFileName, dayDate, GRID_STROKE , LEGEND_PROPS } from "./chart-utils";

export function BacklogChart({ view }: { view: DashboardView }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  const ids = view.platforms.map((p) => p.id);
  const change = backlogChange(view);
  const label = (day: string) => format.dateTime(dayDate(day), { day: "numeric", month: "short" });
  const columns: ChartColumn[] = [
    { key: "day", label: t("columns.day"), format: "date" },
    ...view.platforms.map((p) => ({ key: p.id, label: p.name, format: "count" as const })),
    { key: "overdue", label: t("columns.overdue"), format: "count" },
  ];
  return (
    <ChartFrame
      id="backlog"
      title={t("charts.backlog.title")}
      caption={t("charts.backlog.caption")}
      insight={change ? t("charts.backlog.insight", change) : ""}
      columns={columns}
      rows={view.backlog}
      fileName={csvFileName("backlog", view.filters)}
    >
      <ComposedChart data={view.backlog} responsive style={{ width: "100%", height: CHART_HEIGHT }} accessibilityLayer={false} margin={{ top: 4, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis dataKey="day" tickFormatter={label} tick={AXIS_TICK} minTickGap={16} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} />
        <Tooltip labelFormatter={(value) => label(String(value))} />
        <Legend {...LEGEND_PROPS} />
        {view.platforms.map((p) => (
          <Area
            key={p.id}
            type="stepAfter"
            dataKey={p.id}
            name={p.name}
            stackId="backlog"
            stroke={platformColor(p.id, ids)}
            fill={platformColor(p.id, ids)}
            fillOpacity={0.35}
            isAnimationActive={false}
          />
        ))}
        <Line type="stepAfter" dataKey="overdue" name={t("measures.overdue")} stroke={MEASURE_COLORS.overdue} strokeWidth={2} strokeDasharray="5 3" dot={false} isAnimationActive={false} />
      </ComposedChart>
    </ChartFrame>
  );
}
