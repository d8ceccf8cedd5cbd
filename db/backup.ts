// Backups of the embedded database (PGlite): its whole data directory as one gzip tarball, made
// with PGlite's dumpDataDir() and restored with its loadDataDir option. The tarball carries
// everything, the migration journal (drizzle.__drizzle_migrations) included.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Rows per table ("schema.table") in the app's schemas: public and drizzle (the migration journal). */
export type TableCounts = Record<string, number>;

type RunQuery = (text: string) => Promise<Record<string, unknown>[]>;

const COUNTED_SCHEMAS = ["public", "drizzle"];

export async function countTableRows(run: RunQuery): Promise<TableCounts> {
  const tables = await run(
    `select table_schema as s, table_name as t from information_schema.tables
     where table_schema in (${COUNTED_SCHEMAS.map((s) => `'${s}'`).join(", ")}) and table_type = 'BASE TABLE'
     order by 1, 2`,
  );
  const out: TableCounts = {};
  for (const row of tables) {
    const name = `${String(row.s)}.${String(row.t)}`;
    const [count] = await run(`select count(*)::int as n from "${String(row.s)}"."${String(row.t)}"`);
    out[name] = Number(count?.n ?? -1);
  }
  return out;
}

/** The lock file PGlite keeps in its data directory while a process has it open. */
export function looksOpen(dataDir: string): boolean {
  return existsSync(path.join(dataDir, "postmaster.pid"));
}

function isEmptyDir(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

async function openEmbedded(dataDir: string, loadDataDir?: Blob) {
  const { PGlite } = await import("@electric-sql/pglite");
  const client = await PGlite.create(dataDir, loadDataDir ? { loadDataDir } : {});
  const run: RunQuery = async (text) => (await client.query<Record<string, unknown>>(text)).rows;
  return { client, run };
}

export class BackupError extends Error {}

/** Writes the data directory at `dataDir` to `file` (.tar.gz); returns the rows per table it holds. */
export async function backupEmbedded(dataDir: string, file: string): Promise<{ bytes: number; counts: TableCounts }> {
  if (isEmptyDir(dataDir)) throw new BackupError(`There is no embedded database at ${dataDir}.`);
  const { client, run } = await openEmbedded(dataDir);
  try {
    const counts = await countTableRows(run);
    const tarball = await client.dumpDataDir("gzip");
    const bytes = Buffer.from(await tarball.arrayBuffer());
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileSync(file, bytes);
    return { bytes: bytes.length, counts };
  } finally {
    await client.close();
  }
}

/**
 * Creates the data directory `dataDir` from a backup tarball; returns the rows per table it
 * holds. The directory must be empty or absent: see `moveAside` for replacing a database.
 */
export async function restoreEmbedded(file: string, dataDir: string): Promise<TableCounts> {
  if (!existsSync(file)) throw new BackupError(`No backup file at ${file}.`);
  if (!isEmptyDir(dataDir)) throw new BackupError(`${dataDir} already holds a database.`);
  mkdirSync(dataDir, { recursive: true });
  const { client, run } = await openEmbedded(dataDir, new Blob([readFileSync(file)]));
  try {
    return await countTableRows(run);
  } finally {
    await client.close();
  }
}

/** Renames a data directory out of the way (never deletes it); returns where it went. */
export function moveAside(dataDir: string, now = new Date()): string | null {
  if (isEmptyDir(dataDir)) return null;
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  const target = `${dataDir.replace(/\/+$/, "")}.before-restore-${stamp}`;
  renameSync(dataDir, target);
  return target;
}

export function formatCounts(counts: TableCounts): string {
  const width = Math.max(...Object.keys(counts).map((k) => k.length), 10);
  return Object.entries(counts)
    .map(([table, n]) => `  ${table.padEnd(width)} ${n}`)
    .join("\n");
}
