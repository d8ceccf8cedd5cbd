import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { activePoints } from "@/lib/moderation/ladder";
import { sellerStatus } from "@/lib/moderation/account-actions";
import { createTestDatabase, type TestDatabase } from "../testing";
import { accountActions, appeals, auditEvents, decisions, feedEvents, listings, notifications, strikes } from "../schema";
import { buildAppealWorld, insertAccountAction, type AppealWorld } from "../fixtures/appeal-world";
import { fileAppeal } from "./appeals";
import { claimAppeal } from "./appeal-queue";
import { decideAppeal } from "./appeal-decide";
import { pgConstraint } from "./pg-errors";
import { listSellerShops } from "./seller-portal";

let database: TestDatabase;
let world: AppealWorld;
const now = new Date("2026-03-10T05:00:00Z");
const later = new Date("2026-03-11T02:00:00Z");

async function appealA(subject: "decision" | "account_action" = "decision", subjectId?: string) {
  const r = await fileAppeal(database.db, {
    userId: world.sellerUser.id,
    subject,
    subjectId: subjectId ?? world.a.decisionId,
    explanation: "Barang saya beli dari penjahit lokal di Bandung.",
    references: null,
    files: [],
    now,
  });
  if (!r.ok) throw new Error(`filing failed: ${r.reason}`);
  return r.appealId;
}

async function claimAndDecide(appealId: string, reviewer: { id: string; role: AppealWorld["moderator"]["role"] }, outcome: "grant" | "deny" | "partial", version = 1) {
  const claim = await claimAppeal(database.db, { appealId, reviewer, now: later });
  if (!claim.ok) return { ok: false as const, error: claim.error };
  return decideAppeal(database.db, { appealId, version, outcome, reason: "Nota pembelian lokal diperiksa dan sah.", reviewer, now: later });
}

async function sellerAState() {
  const [shop] = await listSellerShops(database.db, { userId: world.sellerUser.id, now: later });
  if (!shop) throw new Error("shop");
  return { points: activePoints(shop.strikes.map((s) => ({ ...s, revokedAt: null })), later), status: sellerStatus(shop.accountActions, later).status };
}

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  world = await buildAppealWorld(database.db, now);
});

describe("decideAppeal — grant", () => {
  it("reverses listing, strikes and account status together", async () => {
    const { accountActionId } = await insertAccountAction(database.db, {
      platformId: world.platformId,
      sellerId: world.shopA,
      proposerId: world.moderator2.id,
      approverId: world.senior.id,
      reliedCaseIds: [world.a.caseId],
      startsAt: new Date("2026-03-09T00:00:00Z"),
    });
    expect(await sellerAState()).toEqual({ points: 24, status: "suspended" });
    const appealId = await appealA();
    const result = await claimAndDecide(appealId, world.moderator2, "grant");
    expect(result).toMatchObject({ ok: true, state: "granted" });

    const [listing] = await database.db.select({ status: listings.status }).from(listings).where(eq(listings.id, world.a.listingId));
    expect(listing?.status).toBe("active");
    const [strike] = await database.db.select().from(strikes).where(eq(strikes.id, world.a.strikeId));
    expect(strike?.revokedAt).toEqual(later);
    expect(strike?.revokedReason).toContain(appealId);
    const [decision] = await database.db.select({ reversedAt: decisions.reversedAt }).from(decisions).where(eq(decisions.id, world.a.decisionId));
    expect(decision?.reversedAt).toEqual(later);
    const [action] = await database.db.select().from(accountActions).where(eq(accountActions.id, accountActionId));
    expect(action?.liftedAt).toEqual(later);
    expect(await sellerAState()).toEqual({ points: 0, status: "active" });

    const sent = await database.db.select({ kind: notifications.kind, params: notifications.params }).from(notifications).where(eq(notifications.appealId, appealId));
    const kinds = sent.map((n) => n.kind).sort();
    expect(sent.find((n) => n.kind === "appeal_outcome")?.params).toMatchObject({ outcome: "granted", pointsRevoked: 24, listingReinstated: 1, actionsLifted: 1, secondAppealDeadline: null });
    expect(kinds).toEqual(["appeal_outcome", "appeal_received"]);
    const audit = (await database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.actorId, world.moderator2.id))).map((a) => a.action);
    expect(audit).toEqual(expect.arrayContaining(["appeal.claimed", "appeal.granted", "decision.reversed", "listing.reinstated", "strikes.revoked", "account_action.lifted"]));
    const [appeal] = await database.db.select().from(appeals).where(eq(appeals.id, appealId));
    expect(appeal).toMatchObject({ state: "granted", reviewerId: world.moderator2.id, version: 2, claimedBy: null, outcomeReason: "Nota pembelian lokal diperiksa dan sah." });
  });

  it("leaves the other shop untouched", async () => {
    await claimAndDecide(await appealA(), world.moderator2, "grant");
    const [listingB] = await database.db.select({ status: listings.status }).from(listings).where(eq(listings.id, world.b.listingId));
    const [strikeB] = await database.db.select({ revokedAt: strikes.revokedAt }).from(strikes).where(eq(strikes.id, world.b.strikeId));
    expect(listingB?.status).toBe("removed");
    expect(strikeB?.revokedAt).toBeNull();
  });

  it("grants an account action appeal by lifting it at once, reviewed by an uninvolved senior", async () => {
    const { accountActionId } = await insertAccountAction(database.db, {
      platformId: world.platformId, sellerId: world.shopA, proposerId: world.moderator2.id, approverId: world.senior.id, reliedCaseIds: [], startsAt: new Date("2026-03-09T00:00:00Z"),
    });
    const appealId = await appealA("account_action", accountActionId);
    expect(await claimAndDecide(appealId, world.moderator, "grant")).toEqual({ ok: false, error: "senior_required" });
    expect(await claimAndDecide(appealId, world.senior, "grant")).toEqual({ ok: false, error: "conflict_of_interest" });
    expect(await claimAndDecide(appealId, world.senior2, "grant")).toMatchObject({ ok: true, state: "granted" });
    expect((await sellerAState()).status).toBe("active");
    const [strike] = await database.db.select({ revokedAt: strikes.revokedAt }).from(strikes).where(eq(strikes.id, world.a.strikeId));
    expect(strike?.revokedAt).toBeNull();
  });
});

describe("decideAppeal — independence of the reviewer", () => {
  it("refuses the original decider in the application", async () => {
    const appealId = await appealA();
    expect(await claimAndDecide(appealId, world.moderator, "grant")).toEqual({ ok: false, error: "conflict_of_interest" });
  });

  it("is refused by the database when the application check is bypassed", async () => {
    const appealId = await appealA();
    const bypass = database.db
      .update(appeals)
      .set({ state: "granted", reviewerId: world.moderator.id, decidedAt: later, outcomeReason: "bypass" })
      .where(eq(appeals.id, appealId));
    const error = await bypass.then(() => null, (e: unknown) => e);
    expect(error).not.toBeNull();
    expect(pgConstraint(error) ?? String((error as { cause?: unknown }).cause ?? error)).toContain("appeals_independent_reviewer");
    const [appeal] = await database.db.select({ state: appeals.state, reviewerId: appeals.reviewerId }).from(appeals).where(eq(appeals.id, appealId));
    expect(appeal).toEqual({ state: "pending", reviewerId: null });
  });

  it("is refused by the database for the escalation's proposer and approver too", async () => {
    const { accountActionId } = await insertAccountAction(database.db, {
      platformId: world.platformId, sellerId: world.shopA, proposerId: world.moderator2.id, approverId: world.senior.id, reliedCaseIds: [], startsAt: new Date("2026-03-09T00:00:00Z"),
    });
    const appealId = await appealA("account_action", accountActionId);
    for (const who of [world.moderator2.id, world.senior.id]) {
      const error = await database.db.execute(sql`UPDATE appeals SET reviewer_id = ${who}, state = 'denied' WHERE id = ${appealId}`).then(() => null, (e: unknown) => e);
      expect(error).not.toBeNull();
    }
  });
});

describe("decideAppeal — deny, partial, stale", () => {
  it("deny keeps everything and offers the second appeal to a senior", async () => {
    const appealId = await appealA();
    expect(await claimAndDecide(appealId, world.moderator2, "deny")).toMatchObject({ ok: true, state: "denied" });
    const [listing] = await database.db.select({ status: listings.status }).from(listings).where(eq(listings.id, world.a.listingId));
    expect(listing?.status).toBe("removed");
    expect((await sellerAState()).points).toBe(24);
    const [note] = await database.db.select({ params: notifications.params }).from(notifications).where(and(eq(notifications.appealId, appealId), eq(notifications.kind, "appeal_outcome")));
    expect(note?.params).toMatchObject({ outcome: "denied", round: 1, secondAppealDeadline: "2026-03-26T02:00:00.000Z" });

    const second = await fileAppeal(database.db, { userId: world.sellerUser.id, subject: "decision", subjectId: world.a.decisionId, explanation: "Saya lampirkan faktur.", references: null, files: [], now: later });
    expect(second).toMatchObject({ ok: true, round: 2 });
    if (!second.ok) return;
    expect(await claimAndDecide(second.appealId, world.moderator2, "grant")).toEqual({ ok: false, error: "senior_required" });
    expect(await claimAndDecide(second.appealId, world.senior, "grant")).toMatchObject({ ok: true, state: "granted" });
    expect((await sellerAState()).points).toBe(0);
  });

  it("partial keeps the takedown and revokes the points", async () => {
    const appealId = await appealA();
    expect(await claimAndDecide(appealId, world.moderator2, "partial")).toMatchObject({ ok: true, state: "partial" });
    const [listing] = await database.db.select({ status: listings.status }).from(listings).where(eq(listings.id, world.a.listingId));
    expect(listing?.status).toBe("removed");
    const [decision] = await database.db.select({ reversedAt: decisions.reversedAt }).from(decisions).where(eq(decisions.id, world.a.decisionId));
    expect(decision?.reversedAt).toBeNull();
    expect((await sellerAState()).points).toBe(0);
    // The platform hears that the points went, and that the listing stays down (no reinstatement).
    const feed = await database.db.select({ kind: feedEvents.kind }).from(feedEvents).where(eq(feedEvents.decisionId, world.a.decisionId));
    expect(feed.map((f) => f.kind).sort()).toEqual(["decision", "points_revoked"]);
  });

  it("refuses a stale version and one that is not held", async () => {
    const appealId = await appealA();
    expect(await decideAppeal(database.db, { appealId, version: 1, outcome: "grant", reason: "Nota lokal sah sekali.", reviewer: world.moderator2, now: later })).toEqual({ ok: false, error: "not_claimed" });
    expect(await claimAndDecide(appealId, world.moderator2, "deny")).toMatchObject({ ok: true });
    const again = await decideAppeal(database.db, { appealId, version: 1, outcome: "grant", reason: "Nota lokal sah sekali.", reviewer: world.senior, now: later });
    expect(again).toEqual({ ok: false, error: "stale", current: { state: "denied", reviewerName: "Moderator Dua" } });
  });
});

describe("getAppealForReview", () => {
  it("gathers the appeal, the decision with its author, the seller panel and the case history", async () => {
    const { getAppealForReview } = await import("./appeal-review");
    const appealId = await appealA();
    const review = await getAppealForReview(database.db, { appealId, viewerId: world.moderator2.id, now: later });
    expect(review?.appeal).toMatchObject({ id: appealId, state: "pending", version: 1 });
    expect(review?.decision).toMatchObject({ kind: "takedown", authorName: "Moderator Satu", points: 24 });
    expect(review?.seller).toMatchObject({ shopName: "Toko Ani", activePoints: 24, appealsFiled: 1, appealsGranted: 0 });
    expect(review?.caseHistory?.decisions).toHaveLength(1);
    expect(review?.caseHistory?.listing.status).toBe("removed");
    expect(await getAppealForReview(database.db, { appealId: world.a.caseId, viewerId: world.moderator2.id, now: later })).toBeNull();
  });
});
