"use client";

import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { overrideShare } from "@/lib/dashboard/insights";
import { ACTION_COLORS } from "@/lib/dashboard/palette";
import type { DashboardView } from "@/lib/dashboard/types";
import { ChartFrame, type ChartColumn } from "./chart-frame-client";
import { AXIS_TICK, CHART_HEIGHT, csvFileName, GRID_STROKE , LEGEND_PROPS } from "./chart-utils";

const KINDS = ["restrict_listings", "suspend", "block"] as const;

export function AccountActionsChart({ view }: { view: DashboardView }) {
  const t = useTranslations("dashboard");
  const { approvals, overrides } = overrideShare(view);
  const columns: ChartColumn[] = [
    { key: "platform", label: t("columns.platform"), format: "text" },
    ...[...KINDS, "overrides" as const].map((k) => ({ key: k, label: t(`actions.${k}`), format: "count" as const })),
  ];
  return (
    <ChartFrame
      id="account-actions"
      title={t("charts.actions.title")}
      caption={t("charts.actions.caption")}
      insight={approvals > 0 || view.headline.accountActions > 0 ? t("charts.actions.insight", { overrides, approvals }) : t("charts.actions.insightNone")}
      columns={columns}
      rows={view.accountActions}
      fileName={csvFileName("account-actions", view.filters)}
    >
      <BarChart data={view.accountActions} responsive style={{ width: "100%", height: CHART_HEIGHT }} accessibilityLayer={false} margin={{ top: 4, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis dataKey="platform" tick={AXIS_TICK} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} />
        <Tooltip />
        <Legend {...LEGEND_PROPS} />
        {KINDS.map((k) => (
          <Bar maxBarSize={56} key={k} dataKey={k} name={t(`actions.${k}`)} stackId="actions" fill={ACTION_COLORS[k]} stroke="#fff" strokeWidth={0.5} isAnimationActive={false} />
        ))}
        <Bar maxBarSize={56} dataKey="overrides" name={t("actions.overrides")} fill={ACTION_COLORS.overrides} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}
