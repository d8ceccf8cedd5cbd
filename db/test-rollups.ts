// The dashboard rollups as plain data, for "maintained equals recounted" comparisons in tests.
import { sql } from "drizzle-orm";
import type { Db } from "./open";
import { rawRows, ROLLUP_TABLES, ROLLUPS } from "./queries/rollups";

/** Every rollup key with its counters summed over writers (xid), non-zero only, as sorted JSON lines. */
export async function rollupSnapshot(db: Db): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of ROLLUP_TABLES) {
    const { keys, measures } = ROLLUPS[table];
    const rows = await rawRows<Record<string, unknown>>(
      db,
      sql.raw(
        `select ${keys.join(", ")}, ${measures.map((m) => `sum(${m})::int as ${m}`).join(", ")} from ${table} ` +
          `group by ${keys.join(", ")} having ${measures.map((m) => `sum(${m}) <> 0`).join(" or ")}`,
      ),
    );
    out[table] = rows
      .map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v instanceof Date ? v.toISOString().slice(0, 10) : String(v)]))))
      .sort();
  }
  return out;
}
