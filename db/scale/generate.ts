// The scale load: plans every row in staging tables, writes each table with one INSERT … SELECT,
// then rebuilds deferred indexes, drops the staging schema and analyzes. Run it inside one
// transaction (the staging tables and helper functions live in it, and a failure leaves nothing).
import { sql } from "drizzle-orm";
import type { Db } from "../open";
import { rawRows, ROLLUP_TABLES, ROLLUPS, type RollupTable } from "../queries/rollups";
import { platforms } from "../schema";
import { buildPlatforms } from "../seed/platforms";
import { deferIndexes, restoreIndexes, type Deferred } from "./indexes";
import { buildPools } from "./pools";
import { scaleSizes, type ScaleSizes } from "./sizes";
import { HELPERS_SQL } from "./sql-helpers";
import { splitStatements, type Step } from "./steps";
import { decisionSteps } from "./steps-decisions";
import { escalationSteps } from "./steps-escalations";
import { planSteps } from "./steps-plan";
import { writeSteps } from "./steps-write";

/** Tables whose secondary indexes and foreign keys are built after the load. */
export const DEFERRED_TABLES = ["listings", "cases", "flags", "decisions", "strikes", "notifications", "feed_events"] as const;

export interface ScaleOptions {
  listings: number;
  now: Date;
  /** The password hash every generated account gets (hash once: argon2 is slow on purpose). */
  passwordHash: string;
  /** Build secondary indexes after the load (default true). */
  deferIndexes?: boolean;
  /** "triggers" (default): the rollup triggers aggregate each INSERT; "rebuild": triggers off, one recount at the end. */
  rollups?: "triggers" | "rebuild";
  /** ANALYZE at the end (default true). */
  analyze?: boolean;
  onStep?: (event: StepEvent) => void;
}

export interface StepEvent {
  index: number;
  total: number;
  label: string;
  phase: "start" | "done";
  ms?: number;
  rows?: number;
}

function affected(result: unknown): number {
  const r = result as { count?: number; affectedRows?: number };
  return Number(r.count ?? r.affectedRows ?? 0);
}

const ROLLUP_TRIGGER_TABLES = ["decisions", "flags", "cases", "account_actions", "escalations", "appeals"] as const;

async function setRollupTriggers(db: Db, enabled: boolean): Promise<void> {
  for (const table of ROLLUP_TRIGGER_TABLES) {
    for (const op of ["insert", "update", "delete"]) {
      await db.execute(sql.raw(`ALTER TABLE ${table} ${enabled ? "ENABLE" : "DISABLE"} TRIGGER ${table}_rollup_${op}`));
    }
  }
}

export async function generateScale(db: Db, options: ScaleOptions): Promise<ScaleSizes> {
  const sizes = scaleSizes(options.listings);
  const now = `'${options.now.toISOString()}'::timestamptz`;
  const pools = buildPools();
  const useRebuild = options.rollups === "rebuild";
  let deferred: Deferred | null = null;

  const steps: (Step | { label: string; run: () => Promise<number | void> })[] = [
    {
      label: "setup",
      run: async () => {
        await db.execute(sql.raw("SET LOCAL work_mem = '256MB'"));
        await db.execute(sql.raw("SET LOCAL maintenance_work_mem = '512MB'"));
        for (const s of splitStatements(HELPERS_SQL)) await db.execute(sql.raw(s));
        // The four platforms with their default ladders, when the database has none yet (the
        // demo seed writes the same rows).
        for (const p of Object.values(buildPlatforms(options.now))) {
          await db
            .insert(platforms)
            .values(p)
            .onConflictDoNothing({ target: platforms.id });
        }
        if (useRebuild) await setRollupTriggers(db, false);
      },
    },
    ...planSteps(sizes, pools, now),
    {
      label: "defer indexes",
      run: async () => {
        if (options.deferIndexes === false) return;
        deferred = await deferIndexes(db, DEFERRED_TABLES);
        return deferred.indexes.length + deferred.foreignKeys.length;
      },
    },
    ...writeSteps(sizes, now, options.passwordHash),
    ...decisionSteps(sizes, now, options.passwordHash),
    {
      label: "rebuild indexes and foreign keys",
      run: async () => {
        if (!deferred) return;
        await restoreIndexes(db, deferred);
        return deferred.indexes.length + deferred.foreignKeys.length;
      },
    },
    ...escalationSteps(sizes, now),
    {
      label: useRebuild ? "rollups (recount)" : "rollups (kept by triggers)",
      run: async () => {
        if (!useRebuild) return;
        await setRollupTriggers(db, true);
        await db.execute(sql`select rollup_rebuild()`);
      },
    },
    {
      label: "clean up",
      run: async () => {
        await db.execute(
          sql`insert into audit_events (actor_kind, action, subject_type, subject_id, data, at)
              values ('system', 'seed.scale_loaded', 'database', 'scale', ${JSON.stringify(sizes)}::jsonb, ${options.now.toISOString()}::timestamptz)`,
        );
        await db.execute(sql.raw("DROP SCHEMA scale_stage CASCADE"));
      },
    },
    {
      label: "analyze",
      run: async () => {
        if (options.analyze === false) return;
        await db.execute(sql.raw("ANALYZE"));
      },
    },
  ];

  for (const [index, step] of steps.entries()) {
    const event = { index: index + 1, total: steps.length, label: step.label };
    options.onStep?.({ ...event, phase: "start" });
    const started = performance.now();
    let rows: number | undefined;
    if ("run" in step) {
      rows = (await step.run()) ?? undefined;
    } else {
      rows = 0;
      for (const statement of splitStatements(step.sql)) {
        const n = affected(await db.execute(sql.raw(statement)));
        if (step.table && statement.startsWith(`INSERT INTO ${step.table} `)) rows += n;
      }
      if (!step.table) rows = undefined;
    }
    options.onStep?.({ ...event, phase: "done", ms: performance.now() - started, rows });
  }
  return sizes;
}

/** The rollups summed per key (over the writers' xid rows), zero sums left out, as JSON rows. */
function rollupTotals(table: RollupTable): string {
  const { keys, measures } = ROLLUPS[table];
  const sums = measures.map((m) => `sum(${m}) AS ${m}`).join(", ");
  const nonzero = measures.map((m) => `sum(${m}) <> 0`).join(" OR ");
  return `SELECT to_jsonb(x) FROM (SELECT ${keys.join(", ")}, ${sums} FROM ${table} GROUP BY ${keys.join(", ")} HAVING ${nonzero}) x`;
}

/** Rollup totals that differ from a full recount (none when the triggers kept them exact). */
export async function rollupDrift(db: Db): Promise<number> {
  await db.execute(sql.raw("CREATE TEMP TABLE IF NOT EXISTS rollup_check (tbl text, row jsonb)"));
  await db.execute(sql.raw("DELETE FROM rollup_check"));
  for (const t of ROLLUP_TABLES) await db.execute(sql.raw(`INSERT INTO rollup_check SELECT '${t}', r FROM (${rollupTotals(t)}) AS q(r)`));
  await db.execute(sql`select rollup_rebuild()`);
  let drift = 0;
  for (const t of ROLLUP_TABLES) {
    const [row] = await rawRows<{ n: number }>(
      db,
      sql.raw(`SELECT count(*)::int AS n FROM (
        (SELECT row FROM rollup_check WHERE tbl = '${t}' EXCEPT ALL SELECT r FROM (${rollupTotals(t)}) AS a(r))
        UNION ALL (SELECT r FROM (${rollupTotals(t)}) AS b(r) EXCEPT ALL SELECT row FROM rollup_check WHERE tbl = '${t}')) d`),
    );
    drift += Number(row?.n ?? 0);
  }
  return drift;
}
