import path from "node:path";
import { mkdirSync } from "node:fs";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

/** A database or a transaction: queries take either, so they compose inside one transaction. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: "postgres" | "pglite";
  /** Applies pending migrations from db/migrations. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

export function embeddedDataDir(): string {
  return process.env.TIMBANG_DATA_DIR ?? path.join(process.cwd(), ".data", "pglite");
}

/** Opens PostgreSQL when DATABASE_URL is set, the embedded PGlite otherwise. */
export async function openDatabase(url = process.env.DATABASE_URL): Promise<Database> {
  if (url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    // After a database restart the pool reconnects by itself (docs/RELIABILITY.md). A lost
    // connection is retried after at most 0.5 s: postgres.js's default backoff grows to 20 s
    // while the database is down, so queries would wait that long after it is back. The driver's
    // own recovery bugs are patched at install (scripts/patch-postgres.mjs).
    const client = postgres(url, {
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      onnotice: () => {},
      connect_timeout: 5,
      backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 0.5),
    });
    const db = drizzle(client, { schema });
    return {
      db: db as unknown as Db,
      kind: "postgres",
      migrate: () => migrate(db, { migrationsFolder: MIGRATIONS_FOLDER }),
      close: () => client.end({ timeout: 5 }),
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const dir = embeddedDataDir();
  mkdirSync(dir, { recursive: true });
  const client = await PGlite.create(dir);
  const db = drizzle(client, { schema });
  return {
    db: db as unknown as Db,
    kind: "pglite",
    migrate: () => migrate(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: () => client.close(),
  };
}
