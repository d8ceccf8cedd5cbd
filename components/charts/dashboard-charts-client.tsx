"use client";

import type { DashboardView } from "@/lib/dashboard/types";
import { AccountActionsChart } from "./account-actions-chart-client";
import { AppealsChart } from "./appeals-chart-client";
import { BacklogChart } from "./backlog-chart-client";
import { HandlingChart } from "./handling-chart-client";
import { OutcomesChart } from "./outcomes-chart-client";
import { SourcesChart } from "./sources-chart-client";
import { TakedownsChart } from "./takedowns-chart-client";
import { TierChart } from "./tier-chart-client";

/** Every dashboard chart, in reading order: volume and fairness first, then speed and detail. */
export function DashboardCharts({ view }: { view: DashboardView }) {
  return (
    <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
      <TakedownsChart view={view} />
      <TierChart view={view} />
      <AppealsChart view={view} />
      <OutcomesChart view={view} />
      <HandlingChart view={view} />
      <BacklogChart view={view} />
      <AccountActionsChart view={view} />
      <SourcesChart view={view} />
    </div>
  );
}
