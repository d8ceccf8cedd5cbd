import { and, between, eq, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

export interface DashboardScope {
  from: string;
  to: string;
  /** null = every platform. */
  platformId: string | null;
}

/** The day range and platform filter on a rollup table. */
export function inScope(table: { day: PgColumn; platformId: PgColumn }, scope: DashboardScope, ...more: (SQL | undefined)[]): SQL | undefined {
  return and(
    between(table.day, scope.from, scope.to),
    scope.platformId ? eq(table.platformId, scope.platformId) : undefined,
    ...more,
  );
}
