import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../open";

// The dashboard's rollup tables (db/schema.ts, daily_*) are maintained by triggers
// (db/migrations/*_dashboard_rollups.sql). This is the full recount: the seed calls it after a
// bulk load that bypassed the triggers (TRUNCATE, COPY), and tests compare it with what the
// triggers maintained. It takes a SHARE lock on the source tables while it runs.
export async function rebuildRollups(db: Db): Promise<void> {
  await db.execute(sql`select rollup_rebuild()`);
}

export const ROLLUP_TABLES = [
  "daily_decision_stats",
  "daily_flag_stats",
  "daily_case_stats",
  "daily_source_outcomes",
  "daily_account_action_stats",
  "daily_escalation_stats",
  "daily_appeal_stats",
  "daily_duration_histogram",
] as const;

/** Rows of a raw query, whichever driver ran it (postgres.js returns an array, PGlite { rows }). */
export async function rawRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}
