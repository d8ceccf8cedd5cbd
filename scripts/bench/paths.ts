// What a page reads, as the page reads it: groups of query functions, the groups one after the
// other and the functions of a group in parallel. Run through the query layer (drizzle) it is the
// page's database work; the same SQL captured and replayed through postgres.js is the floor.
import type postgres from "postgres";
import type { Database, Db } from "../../db/open";
import { refreshOverduePriorities } from "../../db/queries/case-priority";
import { returnExpiredInfoRequests } from "../../db/queries/case-state";
import { claimNext } from "../../db/queries/claims";
import { getDashboardFacts, listPlatforms } from "../../db/queries/dashboard";
import { listPlatformOptions, listQueue, queueCounts } from "../../db/queries/queue";
import { findActiveUserById } from "../../db/queries/users";
import { captureQueries, type CapturedQuery } from "../../db/scale/explain";
import { jakartaDay, presetRange } from "@/lib/dashboard/range";
import type { QueueFilters } from "@/lib/validation/queue";

export interface PathStep {
  name: string;
  run: (db: Db) => Promise<unknown>;
  /** The function runs its statements in a transaction (the floor replays them in one too). */
  tx?: boolean;
}
export type DataPath = PathStep[][];

export function queuePath(userId: string, filters: QueueFilters, now: () => Date): DataPath {
  return [
    [{ name: "session user", run: (db) => findActiveUserById(db, userId) }],
    [{ name: "info deadlines", run: (db) => returnExpiredInfoRequests(db, now()) }],
    [{ name: "overdue priorities", run: (db) => refreshOverduePriorities(db, now()) }],
    [
      { name: "queue page", run: (db) => listQueue(db, { filters, userId, now: now() }) },
      { name: "queue counts", run: (db) => queueCounts(db, { userId, now: now(), platform: filters.platform }) },
      { name: "platforms", run: (db) => listPlatformOptions(db) },
    ],
  ];
}

export function dashboardPath(userId: string, now: () => Date): DataPath {
  const filters = () => ({ ...presetRange("90", jakartaDay(now())), range: "90" as const, platformId: null });
  return [
    [{ name: "session user", run: (db) => findActiveUserById(db, userId) }],
    [{ name: "platforms", run: (db) => listPlatforms(db) }],
    [{ name: "dashboard facts", run: (db) => getDashboardFacts(db, filters(), now()) }],
  ];
}

/** Runs a path through the query layer. */
export async function runPath(db: Db, path: DataPath): Promise<void> {
  for (const group of path) await Promise.all(group.map((step) => step.run(db)));
}

interface CapturedStep {
  tx: boolean;
  statements: CapturedQuery[];
}

/** The SQL of each step of a path, captured by running it once (reads; writes are rolled back). */
export async function capturePath(database: Pick<Database, "db" | "kind">, path: DataPath): Promise<CapturedStep[][]> {
  const out: CapturedStep[][] = [];
  for (const group of path) {
    const steps: CapturedStep[] = [];
    for (const step of group) steps.push({ tx: step.tx ?? false, statements: await captureQueries(database, step.run) });
    out.push(steps);
  }
  return out;
}

/** Replays captured SQL through postgres.js with the same grouping: the floor of the path. */
export async function replayPath(sql: postgres.Sql, captured: CapturedStep[][]): Promise<void> {
  for (const group of captured) {
    await Promise.all(
      group.map(async (step) => {
        if (step.tx) {
          await sql.begin(async (tx) => {
            for (const q of step.statements) await tx.unsafe(q.sql, q.params as never[]);
          });
        } else {
          for (const q of step.statements) await sql.unsafe(q.sql, q.params as never[]);
        }
      }),
    );
  }
}

/** Replaces captured parameter values (exactly, or inside strings such as JSON) with new ones. */
export function rebind(params: readonly unknown[], map: ReadonlyMap<string, string>): unknown[] {
  return params.map((p) => {
    if (typeof p !== "string") return p;
    if (map.has(p)) return map.get(p);
    let out = p;
    for (const [from, to] of map) if (from.length > 8 && out.includes(from)) out = out.split(from).join(to);
    return out;
  });
}

export interface ClaimTemplate {
  statement: CapturedQuery;
  userId: string;
  nowIso: string;
  untilIso: string;
}

/** claimNext's SQL (one statement) for a user without a lease, and the values bound in it. */
export async function captureClaim(database: Pick<Database, "db" | "kind">, userId: string, now: Date): Promise<ClaimTemplate> {
  let until = "";
  const captured = await captureQueries(database, async (db) => {
    const claim = await claimNext(db, userId, now);
    if (!claim) throw new Error("the queue is empty: nothing to claim");
    until = claim.claimExpiresAt.toISOString();
  });
  if (captured.length !== 1) throw new Error(`claimNext ran ${captured.length} statements, expected 1`);
  return { statement: captured[0]!, userId, nowIso: now.toISOString(), untilIso: until };
}

/** claimNext's SQL through postgres.js: the floor of a claim. Returns the case id, or null. */
export async function floorClaim(sql: postgres.Sql, t: ClaimTemplate, userId: string, now: Date, leaseMs: number): Promise<string | null> {
  const map = new Map([
    [t.userId, userId],
    [t.nowIso, now.toISOString()],
    [t.untilIso, new Date(now.getTime() + leaseMs).toISOString()],
  ]);
  const [row] = await sql.unsafe(t.statement.sql, rebind(t.statement.params, map) as never[]);
  return row ? String((row as Record<string, unknown>).id) : null;
}
