import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../open";

// The dashboard's rollup tables (db/schema.ts, daily_*) are maintained by triggers
// (db/migrations/*_dashboard_rollups.sql). A transaction's triggers add deltas to rows keyed by its
// own transaction id, so writers never wait on each other; compaction folds committed deltas into
// the xid = 0 rows (the triggers do it now and then, without waiting). Readers sum over xid.

/** Each rollup with its key columns (besides xid) and its counters. */
export const ROLLUPS = {
  daily_decision_stats: { keys: ["day", "platform_id", "kind", "clear_reason", "policy_code", "umkm_tier"], measures: ["decisions", "reversed"] },
  daily_flag_stats: { keys: ["day", "platform_id", "source", "umkm_tier"], measures: ["flags"] },
  daily_case_stats: { keys: ["day", "platform_id", "event"], measures: ["cases"] },
  daily_source_outcomes: { keys: ["day", "platform_id", "source", "outcome"], measures: ["cases"] },
  daily_account_action_stats: { keys: ["day", "platform_id", "kind", "umkm_tier"], measures: ["actions", "lifted"] },
  daily_escalation_stats: { keys: ["day", "platform_id", "action", "state", "overridden"], measures: ["escalations"] },
  daily_appeal_stats: { keys: ["day", "platform_id", "subject", "round", "event", "outcome"], measures: ["appeals"] },
  daily_duration_histogram: { keys: ["day", "platform_id", "metric", "bucket"], measures: ["n"] },
} as const;
export type RollupTable = keyof typeof ROLLUPS;
export const ROLLUP_TABLES = Object.keys(ROLLUPS) as RollupTable[];

/**
 * The full recount, from the raw tables. Triggers keep the rollups right on every insert, update
 * and delete (TRUNCATE recounts by itself); call this after loading data with triggers disabled
 * (COPY with session_replication_role = replica) or to repair. It blocks writers while it runs.
 */
export async function rebuildRollups(db: Db): Promise<void> {
  await db.execute(sql`select rollup_rebuild()`);
}

/** Folds every committed delta into the xid = 0 rows now, waiting for a running compaction. */
export async function compactRollups(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(rollup_lock_key())`);
    await tx.execute(sql`select rollup_compact()`);
  });
}

/** Rows of a raw query, whichever driver ran it (postgres.js returns an array, PGlite { rows }). */
export async function rawRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}
