// Shared bits of the dashboard charts (plain module: no React state, importable from client leaves).
import type { DashboardFilters } from "@/lib/dashboard/types";

export const CHART_HEIGHT = 240;
export const AXIS_TICK = { fontSize: 11, fill: "#475569" } as const;
export const GRID_STROKE = "#e2e8f0";

/** "timbang-takedowns_2026-11-01_2026-11-30_shopee.csv" */
export function csvFileName(chart: string, filters: DashboardFilters): string {
  return `timbang-${chart}_${filters.from}_${filters.to}${filters.platformId ? `_${filters.platformId}` : ""}.csv`;
}

/** A Jakarta calendar day as a Date at its local midnight, for formatting. */
export function dayDate(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`);
}

/** Legend in the series' own order, with dark text (coloured text fails contrast on white). */
export const LEGEND_PROPS = {
  wrapperStyle: { fontSize: 12 },
  itemSorter: null,
  formatter: (value: unknown) => <span style={{ color: "#334155" }}>{String(value)}</span>,
} as const;
