// Backups of a PostgreSQL database with PostgreSQL's own tools: pg_dump in the custom format,
// pg_restore with --clean --if-exists in one transaction. The connection goes through the
// libpq environment (PGHOST, PGPASSWORD, …), so the password never shows in a process list.
import { spawnSync } from "node:child_process";

export function libpqEnv(databaseUrl: string): NodeJS.ProcessEnv {
  const url = new URL(databaseUrl);
  const env: NodeJS.ProcessEnv = { ...process.env };
  env.PGHOST = decodeURIComponent(url.hostname) || "localhost";
  env.PGPORT = url.port || "5432";
  if (url.username) env.PGUSER = decodeURIComponent(url.username);
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
  env.PGDATABASE = decodeURIComponent(url.pathname.replace(/^\//, "")) || "postgres";
  const sslmode = url.searchParams.get("sslmode");
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}

/** Whether a PostgreSQL client tool is on the PATH; its version line when it is. */
export function pgToolVersion(tool: "pg_dump" | "pg_restore"): string | null {
  const r = spawnSync(tool, ["--version"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

export const PG_DUMP_ARGS = ["--format=custom", "--no-owner", "--no-privileges"];
export const PG_RESTORE_ARGS = ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error"];

function run(tool: string, args: string[], env: NodeJS.ProcessEnv): void {
  const r = spawnSync(tool, args, { env, encoding: "utf8" });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${tool} failed (exit ${r.status}): ${r.stderr.trim()}`);
}

/** pg_dump --format=custom of the whole database at `databaseUrl` into `file`. */
export function pgDump(databaseUrl: string, file: string): void {
  run("pg_dump", [...PG_DUMP_ARGS, `--file=${file}`], libpqEnv(databaseUrl));
}

/** pg_restore of `file` into the database at `databaseUrl`, replacing what the dump holds, all or nothing. */
export function pgRestore(databaseUrl: string, file: string): void {
  const env = libpqEnv(databaseUrl);
  run("pg_restore", [...PG_RESTORE_ARGS, `--dbname=${env.PGDATABASE}`, file], env);
}

export const POSTGRES_HELP = `DATABASE_URL points at PostgreSQL: back it up with PostgreSQL's own tools (the
postgresql-client package), run as the database's owner:

  pg_dump --format=custom --no-owner --no-privileges --file=timbang.dump "$DATABASE_URL"
  createdb timbang_restored        # or restore over the same database: --clean drops first
  pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction \\
    --exit-on-error --dbname="postgres://…/timbang_restored" timbang.dump

The dump holds the schema, every row and the migration journal (schema drizzle), so
\`npm run db:migrate\` afterwards applies only migrations newer than the backup.`;
