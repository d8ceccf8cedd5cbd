// Deferring secondary indexes and foreign keys during a bulk load: building a b-tree once from
// sorted input is far cheaper than a million random insertions into it, and adding a foreign key
// checks all rows in one join instead of one lookup per row. Primary keys and constraint-backed
// unique indexes stay (the triggers and joins of the load use them). Everything dropped is
// recreated from its own definition (pg_get_indexdef / pg_get_constraintdef), so nothing is lost
// and every unique index and foreign key is validated again over the loaded rows.
import { sql } from "drizzle-orm";
import type { Db } from "../open";

export interface Deferred {
  indexes: { name: string; table: string; def: string }[];
  foreignKeys: { name: string; table: string; def: string }[];
}

async function rows<T>(db: Db, query: string): Promise<T[]> {
  const result = (await db.execute(sql.raw(query))) as unknown as { rows?: T[] } | T[];
  return Array.isArray(result) ? result : (result.rows ?? []);
}

const list = (tables: readonly string[]) => tables.map((t) => `'${t.replaceAll("'", "''")}'`).join(", ");

export async function deferIndexes(db: Db, tables: readonly string[]): Promise<Deferred> {
  const indexes = await rows<{ name: string; table: string; def: string }>(
    db,
    `SELECT i.relname AS name, t.relname AS "table", pg_get_indexdef(x.indexrelid) AS def
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = 'public' AND t.relname IN (${list(tables)})
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
     ORDER BY t.relname, i.relname`,
  );
  const foreignKeys = await rows<{ name: string; table: string; def: string }>(
    db,
    `SELECT c.conname AS name, t.relname AS "table", pg_get_constraintdef(c.oid) AS def
     FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = 'public' AND c.contype = 'f' AND t.relname IN (${list(tables)})
     ORDER BY t.relname, c.conname`,
  );
  for (const fk of foreignKeys) await db.execute(sql.raw(`ALTER TABLE "${fk.table}" DROP CONSTRAINT "${fk.name}"`));
  for (const ix of indexes) await db.execute(sql.raw(`DROP INDEX "${ix.name}"`));
  return { indexes, foreignKeys };
}

/** Recreates what deferIndexes dropped; `onEach` reports progress. */
export async function restoreIndexes(db: Db, deferred: Deferred, onEach?: (what: string) => void): Promise<void> {
  for (const ix of deferred.indexes) {
    onEach?.(ix.name);
    await db.execute(sql.raw(ix.def));
  }
  for (const fk of deferred.foreignKeys) {
    onEach?.(fk.name);
    await db.execute(sql.raw(`ALTER TABLE "${fk.table}" ADD CONSTRAINT "${fk.name}" ${fk.def}`));
  }
}
