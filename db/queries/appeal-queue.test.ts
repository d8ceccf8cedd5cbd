import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addDays } from "@/lib/moderation/ladder";
import { createTestDatabase, type TestDatabase } from "../testing";
import { openDatabase } from "../open";
import { platforms } from "../schema";
import { buildAppealWorld, insertTakedown, insertUser, type AppealWorld } from "../fixtures/appeal-world";
import { fileAppeal } from "./appeals";
import { appealQueue, appealQueueCounts, claimAppeal, claimNextAppeal, releaseAppealClaim, renewAppealClaim } from "./appeal-queue";
import { eq } from "drizzle-orm";

let database: TestDatabase;
let world: AppealWorld;
const now = new Date("2026-03-10T05:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

async function appealOn(decisionId: string, at = now) {
  const r = await fileAppeal(database.db, { userId: world.sellerUser.id, subject: "decision", subjectId: decisionId, explanation: "Barang lokal.", references: null, files: [], now: at });
  if (!r.ok) throw new Error(r.reason);
  return r.appealId;
}

beforeEach(async () => {
  database = await createTestDatabase();
  world = await buildAppealWorld(database.db, now);
});
afterEach(async () => {
  await database.close();
});

describe("appeal queue", () => {
  it("orders by due time from the platform's appeal SLA and pages by keyset", async () => {
    await database.db.update(platforms).set({ appealSlaHours: 24 }).where(eq(platforms.id, world.platformId));
    const first = await appealOn(world.a.decisionId, minutes(60));
    const t = await insertTakedown(database.db, { platformId: world.platformId, sellerId: world.shopA, authorId: world.moderator.id, decidedAt: addDays(now, -1) });
    const second = await appealOn(t.decisionId, minutes(0));
    const page1 = await appealQueue(database.db, { reviewer: world.moderator2, now: minutes(61), limit: 1 });
    expect(page1.rows.map((r) => r.id)).toEqual([second]);
    expect(page1.rows[0]?.dueAt).toEqual(minutes(24 * 60));
    const page2 = await appealQueue(database.db, { reviewer: world.moderator2, now: minutes(61), limit: 1, after: page1.next });
    expect(page2.rows.map((r) => r.id)).toEqual([first]);
    expect(page2.next).toBeNull();
  });

  it("marks appeals this reviewer may not take, and skips them in claim-next", async () => {
    const id = await appealOn(world.a.decisionId);
    const mine = await appealQueue(database.db, { reviewer: world.moderator, now });
    expect(mine.rows[0]).toMatchObject({ id, blockedReason: "conflict_of_interest" });
    expect(await claimNextAppeal(database.db, { reviewer: world.moderator, now })).toBeNull();
    expect(await claimNextAppeal(database.db, { reviewer: world.moderator2, now })).toBe(id);
    const other = await appealQueue(database.db, { reviewer: world.senior, now: minutes(1) });
    expect(other.rows[0]).toMatchObject({ blockedReason: "claimed_by_other", claimedByName: "Moderator Dua" });
    expect(await appealQueueCounts(database.db, minutes(1))).toEqual({ pending: 1, inReview: 1, overdue: 0 });
    expect(await appealQueueCounts(database.db, minutes(73 * 60))).toEqual({ pending: 1, inReview: 0, overdue: 1 });
  });

  it("gives a ten-minute lease that is renewed, released, and lapses", async () => {
    const id = await appealOn(world.a.decisionId);
    expect(await claimAppeal(database.db, { appealId: id, reviewer: world.moderator2, now })).toEqual({ ok: true, claimExpiresAt: minutes(10) });
    expect(await claimAppeal(database.db, { appealId: id, reviewer: world.senior, now: minutes(5) })).toEqual({ ok: false, error: "claimed_by_other" });
    expect(await renewAppealClaim(database.db, { appealId: id, reviewer: world.moderator2, now: minutes(8) })).toEqual({ ok: true, claimExpiresAt: minutes(18) });
    expect(await claimAppeal(database.db, { appealId: id, reviewer: world.senior, now: minutes(19) })).toMatchObject({ ok: true });
    expect(await releaseAppealClaim(database.db, { appealId: id, reviewer: world.moderator2, now: minutes(20) })).toEqual({ ok: false, error: "claimed_by_other" });
    expect(await releaseAppealClaim(database.db, { appealId: id, reviewer: world.senior, now: minutes(20) })).toEqual({ ok: true, claimExpiresAt: null });
    expect(await claimNextAppeal(database.db, { reviewer: world.moderator2, now: minutes(21) })).toBe(id);
  });

  it("hands out distinct appeals to reviewers claiming at the same moment", async () => {
    const ids = [await appealOn(world.a.decisionId)];
    for (let i = 0; i < 5; i++) {
      const t = await insertTakedown(database.db, { platformId: world.platformId, sellerId: world.shopA, authorId: world.moderator.id, decidedAt: addDays(now, -1) });
      ids.push(await appealOn(t.decisionId));
    }
    const reviewers = await Promise.all(Array.from({ length: 6 }, (_, i) => insertUser(database.db, "moderator", `Reviewer ${i}`)));
    // On PostgreSQL each reviewer claims over its own connection pool, like separate app instances.
    const pools = database.url ? await Promise.all(reviewers.map(() => openDatabase(database.url!))) : [];
    try {
      const claimed = await Promise.all(
        reviewers.map((reviewer, i) => claimNextAppeal(pools[i]?.db ?? database.db, { reviewer, now: minutes(1) })),
      );
      expect(new Set(claimed).size).toBe(6);
      expect([...claimed].sort()).toEqual([...ids].sort());
    } finally {
      await Promise.all(pools.map((p) => p.close()));
    }
  });
});
