import "server-only";
import { openDatabase, type Database } from "./open";

// One database per process, opened on first use (never at import or build time).
const globalForDb = globalThis as unknown as { timbangDb?: Promise<Database> };

export function getDb(): Promise<Database> {
  globalForDb.timbangDb ??= openDatabase().catch((error: unknown) => {
    globalForDb.timbangDb = undefined;
    throw error;
  });
  return globalForDb.timbangDb;
}

export type { Database, Db } from "./open";
