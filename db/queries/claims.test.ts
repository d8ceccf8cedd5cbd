import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CLAIM_LEASE_MS, isDomainError } from "@/lib/moderation";
import { DEFAULT_QUEUE_FILTERS, type QueueFilters } from "@/lib/validation/queue";
import { makeCase } from "../test-case-fixtures";
import { insertPlatform, insertUser } from "../test-fixtures";
import { auditEvents, cases } from "../schema";
import { createTestDatabase, type TestDatabase } from "../testing";
import { claimCase, claimNext, releaseClaim, renewClaim } from "./claims";
import { listQueue, queueCounts } from "./queue";

let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase();
  await insertPlatform(database.db, "tokopedia");
  await insertPlatform(database.db, "shopee");
});
afterEach(async () => {
  await database.close();
});

const now = new Date("2026-01-10T08:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe("claimNext", () => {
  it("hands out the highest-priority unclaimed case with a 10-minute lease", async () => {
    const { db } = database;
    const low = await makeCase(db, { priority: 10 }, now);
    const high = await makeCase(db, { priority: 90 }, now);
    const mod = await insertUser(db, "moderator");
    const claimed = await claimNext(db, mod.id, now);
    expect(claimed?.id).toBe(high.caseId);
    const [row] = await db.select().from(cases).where(eq(cases.id, high.caseId));
    expect(row?.claimedBy).toBe(mod.id);
    expect(row?.claimExpiresAt?.getTime()).toBe(now.getTime() + CLAIM_LEASE_MS);
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.subjectId, high.caseId));
    expect(audit.map((a) => a.action)).toEqual(["case.claimed"]);
    expect(low.caseId).not.toBe(claimed?.id);
  });

  it("gives a user their live claim back instead of a second case", async () => {
    const { db } = database;
    await makeCase(db, { priority: 10 }, now);
    await makeCase(db, { priority: 90 }, now);
    const mod = await insertUser(db, "moderator");
    const first = await claimNext(db, mod.id, now);
    const again = await claimNext(db, mod.id, later(3));
    expect(again?.id).toBe(first?.id);
    expect(again?.claimExpiresAt.getTime()).toBe(later(3).getTime() + CLAIM_LEASE_MS);
  });

  it("hands out distinct cases one after another, then null; lapsed leases are claimable again", async () => {
    const { db } = database;
    for (let i = 0; i < 5; i++) await makeCase(db, { priority: i * 10 }, now);
    const users = await Promise.all(Array.from({ length: 6 }, () => insertUser(db, "moderator")));
    const got: (string | undefined)[] = [];
    for (const u of users) got.push((await claimNext(db, u.id, now))?.id);
    expect(new Set(got.slice(0, 5)).size).toBe(5);
    expect(got[5]).toBeUndefined();
    const lapsed = await claimNext(db, users[5]!.id, later(11));
    expect(lapsed?.id).toBe(got[0]); // the highest priority, whose lease lapsed
  });

  it("never hands the same case to 20 moderators claiming at the same moment", async () => {
    const { db } = database;
    for (let i = 0; i < 20; i++) await makeCase(db, { priority: 50 }, now);
    const users = await Promise.all(Array.from({ length: 20 }, () => insertUser(db, "moderator")));
    const claimed = await Promise.all(users.map((u) => claimNext(db, u.id, now)));
    const ids = claimed.map((c) => c?.id);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(20);
    const rows = await db.select({ claimedBy: cases.claimedBy }).from(cases);
    expect(new Set(rows.map((r) => r.claimedBy)).size).toBe(20);
  });
});

describe("claim, renew and release", () => {
  it("refuses a case another moderator holds, and shows it as in review", async () => {
    const { db } = database;
    const c = await makeCase(db, {}, now);
    const a = await insertUser(db, "moderator");
    const b = await insertUser(db, "senior_moderator");
    expect(isDomainError(await claimCase(db, c.caseId, { id: a.id, role: "moderator" }, now))).toBe(false);
    const refused = await claimCase(db, c.caseId, { id: b.id, role: "senior_moderator" }, later(1));
    expect(isDomainError(refused) && refused.code).toBe("claimed_by_other");
    const renewed = await renewClaim(db, c.caseId, { id: a.id, role: "moderator" }, later(8));
    expect(!isDomainError(renewed) && renewed.claimExpiresAt?.getTime()).toBe(later(8).getTime() + CLAIM_LEASE_MS);
    // Past the original lease but within the renewed one: still held.
    const still = await claimCase(db, c.caseId, { id: b.id, role: "senior_moderator" }, later(12));
    expect(isDomainError(still) && still.code).toBe("claimed_by_other");
    expect(isDomainError(await releaseClaim(db, c.caseId, { id: a.id, role: "moderator" }, later(13)))).toBe(false);
    expect(isDomainError(await claimCase(db, c.caseId, { id: b.id, role: "senior_moderator" }, later(13)))).toBe(false);
  });

  it("refuses claims by roles that may not claim, and unknown cases", async () => {
    const { db } = database;
    const c = await makeCase(db, {}, now);
    const manager = await insertUser(db, "manager");
    const r = await claimCase(db, c.caseId, { id: manager.id, role: "manager" }, now);
    expect(isDomainError(r) && r.code).toBe("forbidden");
    const missing = await claimCase(db, "00000000-0000-4000-8000-000000000000", { id: manager.id, role: "moderator" }, now);
    expect(isDomainError(missing) && missing.code).toBe("not_found");
  });
});

describe("listQueue", () => {
  const filters = (f: Partial<QueueFilters>): QueueFilters => ({ ...DEFAULT_QUEUE_FILTERS, ...f });

  it("pages through the queue by keyset without gaps or repeats, in every sort", async () => {
    const { db } = database;
    const mod = await insertUser(db, "moderator");
    const priorities = [50, 80, 50, 20, 80, 50, 10];
    for (const [i, p] of priorities.entries()) {
      await makeCase(db, { priority: p, openedAt: later(-100 + i), slaDueAt: later(500 - i * 10) }, now);
    }
    for (const sort of ["priority", "oldest", "due"] as const) {
      const seen: string[] = [];
      const keys: number[] = [];
      let after: string | null = null;
      for (let page = 0; page < 5; page++) {
        const result = await listQueue(db, { filters: filters({ sort, after }), userId: mod.id, now, pageSize: 3 });
        seen.push(...result.rows.map((r) => r.id));
        keys.push(...result.rows.map((r) => (sort === "priority" ? -r.priority : sort === "oldest" ? r.openedAt.getTime() : r.slaDueAt.getTime())));
        after = result.nextCursor;
        if (!after) break;
      }
      expect(seen.length).toBe(7);
      expect(new Set(seen).size).toBe(7);
      expect(keys).toEqual([...keys].sort((a, b) => a - b));
    }
  });

  it("filters by platform, source, policy, state and mine, and counts live", async () => {
    const { db } = database;
    const me = await insertUser(db, "moderator");
    const other = await insertUser(db, "moderator");
    const directive = await makeCase(db, { priority: 100, sources: ["ministry_directive", "keyword_rule"], policy: "imported_used_clothing_bulk" }, now);
    const shopee = await makeCase(db, { platformId: "shopee", priority: 30, sources: ["user_report"] }, now);
    const overdue = await makeCase(db, { priority: 5, slaDueAt: later(-60) }, now);
    await claimCase(db, directive.caseId, { id: me.id, role: "moderator" }, now);
    await claimCase(db, shopee.caseId, { id: other.id, role: "moderator" }, now);

    const ids = async (f: Partial<QueueFilters>) =>
      (await listQueue(db, { filters: filters(f), userId: me.id, now })).rows.map((r) => r.id);
    expect(await ids({})).toEqual([directive.caseId, shopee.caseId, overdue.caseId]);
    expect(await ids({ platform: "shopee" })).toEqual([shopee.caseId]);
    expect(await ids({ source: "ministry_directive" })).toEqual([directive.caseId]);
    expect(await ids({ policy: "imported_used_clothing_bulk" })).toEqual([directive.caseId]);
    expect(await ids({ state: "in_review" })).toEqual([directive.caseId, shopee.caseId]);
    expect(await ids({ state: "open" })).toEqual([overdue.caseId]);
    expect(await ids({ state: "overdue" })).toEqual([overdue.caseId]);
    expect(await ids({ mine: true })).toEqual([directive.caseId]);
    expect(await ids({ tier: "menengah" })).toEqual([]);

    const page = await listQueue(db, { filters: filters({}), userId: me.id, now });
    expect(page.rows[1]?.reviewer?.id).toBe(other.id);
    expect(page.rows[2]?.reviewer).toBeNull();

    expect(await queueCounts(db, { userId: me.id, now })).toEqual({ open: 1, inReview: 2, awaitingSeller: 0, overdue: 1, mine: 1 });
    // After the leases lapse, every case counts as open again.
    expect(await queueCounts(db, { userId: me.id, now: later(11) })).toMatchObject({ open: 3, inReview: 0, mine: 0 });
  });

  it("ignores a tampered cursor", async () => {
    const { db } = database;
    const mod = await insertUser(db, "moderator");
    await makeCase(db, { priority: 1 }, now);
    const result = await listQueue(db, { filters: filters({ after: "not-a-cursor" }), userId: mod.id, now });
    expect(result.rows.length).toBe(1);
  });
});
