// Capturing the SQL a query function runs, and reading its plan: the EXPLAIN test and the
// benchmark's "floor" (the same SQL without the app around it) both start from here.
import type { Database } from "../open";
import type { Db } from "../open";
import * as schema from "../schema";

export interface CapturedQuery {
  sql: string;
  params: unknown[];
}

interface RawClient {
  run(text: string, params: unknown[]): Promise<unknown[]>;
}

type Driver = Pick<Database, "db" | "kind">;

/** The driver under a drizzle database, for raw statements with parameters. */
export function rawClient(database: Driver): RawClient {
  const client = (database.db as unknown as { $client: unknown }).$client;
  if (database.kind === "postgres") {
    const pg = client as { unsafe(text: string, params: unknown[]): Promise<unknown[]> };
    return { run: async (text, params) => [...(await pg.unsafe(text, params as never[]))] };
  }
  const lite = client as { query(text: string, params: unknown[]): Promise<{ rows: unknown[] }> };
  return { run: async (text, params) => (await lite.query(text, params)).rows };
}

/** A second drizzle database over the same connection(s) that records every statement it runs. */
export async function capturingDb(database: Driver): Promise<{ db: Db; captured: CapturedQuery[] }> {
  const captured: CapturedQuery[] = [];
  const logger = { logQuery: (query: string, params: unknown[]) => captured.push({ sql: query, params }) };
  const client = (database.db as unknown as { $client: unknown }).$client;
  if (database.kind === "postgres") {
    const { drizzle } = await import("drizzle-orm/postgres-js");
    return { db: drizzle(client as never, { schema, logger }) as unknown as Db, captured };
  }
  const { drizzle } = await import("drizzle-orm/pglite");
  return { db: drizzle(client as never, { schema, logger }) as unknown as Db, captured };
}

const ROLLBACK = new Error("capture rollback");

/**
 * Runs `fn` inside a transaction that is rolled back, and returns the statements it ran (without
 * the transaction's own BEGIN/SAVEPOINT noise). Claims and other writes leave nothing behind.
 */
export async function captureQueries(database: Driver, fn: (db: Db) => Promise<unknown>): Promise<CapturedQuery[]> {
  const { db, captured } = await capturingDb(database);
  await db
    .transaction(async (tx) => {
      await fn(tx);
      throw ROLLBACK;
    })
    .catch((error: unknown) => {
      if (error !== ROLLBACK) throw error;
    });
  return captured.filter((q) => !/^(begin|commit|rollback|savepoint|release savepoint)/i.test(q.sql.trim()));
}

export interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
  [key: string]: unknown;
}

/** EXPLAIN (FORMAT JSON) of one captured statement; `analyze` runs it (inside a rolled-back transaction by the caller if it writes). */
export async function explain(database: Driver, query: CapturedQuery, analyze = false): Promise<PlanNode> {
  const raw = rawClient(database);
  const rows = await raw.run(`EXPLAIN (FORMAT JSON${analyze ? ", ANALYZE, BUFFERS" : ""}) ${query.sql}`, query.params);
  const cell = Object.values(rows[0] as Record<string, unknown>)[0];
  const json = (typeof cell === "string" ? JSON.parse(cell) : cell) as { Plan: PlanNode }[];
  return json[0]!.Plan;
}

/** Every plan node, depth first. */
export function planNodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(planNodes)];
}

/** Relations the plan reads with a sequential scan. */
export function seqScannedTables(plan: PlanNode): string[] {
  return planNodes(plan)
    .filter((n) => n["Node Type"] === "Seq Scan" && n["Relation Name"])
    .map((n) => n["Relation Name"]!);
}

/** A one-line-per-node outline of a plan, for messages and the performance notes. */
export function outline(plan: PlanNode, depth = 0): string {
  const what = [plan["Node Type"], plan["Index Name"] ? `using ${plan["Index Name"]}` : "", plan["Relation Name"] ? `on ${plan["Relation Name"]}` : ""]
    .filter(Boolean)
    .join(" ");
  const time = plan["Actual Total Time"] !== undefined ? ` (${String(plan["Actual Total Time"])} ms, rows ${String(plan["Actual Rows"])})` : "";
  return [`${"  ".repeat(depth)}${what}${time}`, ...(plan.Plans ?? []).map((p) => outline(p, depth + 1))].join("\n");
}
