import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { recordAudit, SYSTEM_ACTOR } from "./queries/audit";
import { auditEvents, escalations, flags, notifications } from "./schema";
import { createTestDatabase, type TestDatabase } from "./testing";
import { insertCase, insertListing, insertPlatform, insertSeller, insertUser } from "./test-fixtures";

let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  await database.close();
});

/** Runs `work` and returns the database error's message (drizzle wraps it as the cause). */
async function rejection(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    return `${(error as Error).message} ${cause?.message ?? ""}`;
  }
  throw new Error("expected the database to refuse");
}

describe("schema and database guards", () => {
  it("applies every migration to an empty database, and again without changes", async () => {
    await database.migrate();
    const result = await database.db.execute(sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`);
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { n: number }[];
    expect(rows[0]?.n).toBeGreaterThanOrEqual(18);
  });

  it("refuses UPDATE and DELETE on audit events", async () => {
    const { db } = database;
    await recordAudit(db, { actor: SYSTEM_ACTOR, action: "test.created", subjectType: "test", subjectId: "1" });
    expect(await rejection(() => db.update(auditEvents).set({ action: "rewritten" }))).toMatch(/append-only/);
    expect(await rejection(() => db.delete(auditEvents))).toMatch(/append-only/);
    const rows = await db.select().from(auditEvents);
    expect(rows.map((r) => r.action)).toEqual(["test.created"]);
  });

  it("refuses a second flag with the same platform, source and reference", async () => {
    const { db } = database;
    await insertPlatform(db);
    const seller = await insertSeller(db);
    const listing = await insertListing(db, seller.id);
    const flag = {
      platformId: "tokopedia",
      listingId: listing.id,
      source: "ministry_directive" as const,
      sourceReference: "KEMENKOP-2025-11-0042",
      observedAt: new Date(),
    };
    await db.insert(flags).values(flag);
    expect(await rejection(() => db.insert(flags).values(flag))).toMatch(/flags_platform_source_reference_key/);
    await db.insert(flags).values({ ...flag, source: "user_report" });
  });

  it("allows at most one unresolved case per listing", async () => {
    const { db } = database;
    await insertPlatform(db);
    const seller = await insertSeller(db);
    const listing = await insertListing(db, seller.id);
    await insertCase(db, listing);
    expect(await rejection(() => insertCase(db, listing))).toMatch(/cases_one_unresolved_per_listing/);
  });

  it("refuses an escalation reviewed by its own proposer", async () => {
    const { db } = database;
    await insertPlatform(db);
    const senior = await insertUser(db, "senior_moderator");
    const seller = await insertSeller(db);
    const [escalation] = await db
      .insert(escalations)
      .values({ sellerId: seller.id, platformId: "tokopedia", action: "suspend", durationDays: 28, rationale: "x".repeat(30), proposerId: senior.id })
      .returning();
    const approveOwn = () =>
      db.update(escalations).set({ state: "rejected", reviewerId: senior.id }).where(sql`id = ${escalation!.id}`);
    expect(await rejection(approveOwn)).toMatch(/escalations_four_eyes/);
  });

  it("refuses approving an escalation when the seller was never warned", async () => {
    const { db } = database;
    await insertPlatform(db);
    const moderator = await insertUser(db, "moderator");
    const senior = await insertUser(db, "senior_moderator");
    const seller = await insertSeller(db);
    const [escalation] = await db
      .insert(escalations)
      .values({ sellerId: seller.id, platformId: "tokopedia", action: "block", rationale: "x".repeat(30), proposerId: moderator.id })
      .returning();
    const approve = () =>
      db.update(escalations).set({ state: "approved", reviewerId: senior.id }).where(sql`id = ${escalation!.id}`);
    expect(await rejection(approve)).toMatch(/prior warning/);
    await db.insert(notifications).values({ sellerId: seller.id, kind: "ladder_warning", createdAt: new Date(Date.now() - 86_400_000) });
    await approve();
  });
});
