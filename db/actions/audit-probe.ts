// What the audit walk looks at in the database: the audit events written since a mark, a
// fingerprint of every table, and a switch that makes every audit write fail.
import { sql } from "drizzle-orm";
import type { Db } from "../open";
import { rawRows } from "../queries/rollups";

/** Bookkeeping every scenario may write outside the audited transaction: rate-limit hits. */
export const BOOKKEEPING_TABLES = ["rate_limit_hits"];

export async function auditMark(db: Db): Promise<number> {
  const [row] = await rawRows<{ id: string | number | null }>(db, sql`select max(id) as id from audit_events`);
  return Number(row?.id ?? 0);
}

/** The action names of the events written after `mark`, in order. */
export async function auditActionsSince(db: Db, mark: number): Promise<string[]> {
  const rows = await rawRows<{ action: string }>(db, sql`select action from audit_events where id > ${mark} order by id`);
  return rows.map((r) => r.action);
}

/** One md5 per table of the public schema over all its rows, so any insert, update or delete shows. */
export async function tableFingerprints(db: Db, ignore: readonly string[] = []): Promise<Record<string, string>> {
  const tables = await rawRows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    if (ignore.includes(name) || BOOKKEEPING_TABLES.includes(name)) continue;
    const [row] = await rawRows<{ h: string }>(
      db,
      sql.raw(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from public."${name}" t`),
    );
    out[name] = row?.h ?? "";
  }
  return out;
}

/** The tables whose fingerprint differs between two snapshots. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}

/** Installs (once) a trigger that makes every insert into audit_events fail while switched on. */
export async function refuseAuditWrites(db: Db, on: boolean): Promise<void> {
  await db.execute(sql`
    create or replace function audit_walk_refuse() returns trigger language plpgsql as $$
    begin
      raise exception 'audit write refused by the audit walk test';
    end $$`);
  await db.execute(sql`drop trigger if exists audit_walk_refuse on audit_events`);
  if (on) {
    await db.execute(sql`create trigger audit_walk_refuse before insert on audit_events for each row execute function audit_walk_refuse()`);
  }
}
