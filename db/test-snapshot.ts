// Every row an ingest may touch, for "nothing changed" comparisons in tests.
import { asc, sql } from "drizzle-orm";
import type { Db } from "./open";
import { auditEvents, cases, flags, listings, sellers } from "./schema";

export async function snapshotIngestTables(db: Db) {
  return {
    sellers: await db.select().from(sellers).orderBy(asc(sellers.id)),
    listings: await db.select().from(listings).orderBy(asc(listings.id)),
    cases: await db.select().from(cases).orderBy(asc(cases.id)),
    flags: await db.select().from(flags).orderBy(asc(flags.id)),
    audit: (await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents))[0]!.n,
  };
}
