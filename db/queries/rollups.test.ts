import { eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { accountActions, appeals, cases, decisions, escalations, flags, notifications, sellers, strikes } from "../schema";
import { createTestDatabase, type TestDatabase } from "../testing";
import { insertCase, insertListing, insertPlatform, insertSeller, insertUser } from "../test-fixtures";
import { rollupSnapshot } from "../test-rollups";
import { compactRollups, rawRows, rebuildRollups, ROLLUP_TABLES } from "./rollups";

let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  await database.close();
});

/** The rollups of the test's database (db/test-rollups.ts). */
const snapshot = (db = database.db) => rollupSnapshot(db);

const at = (iso: string) => new Date(iso);

describe("dashboard rollups", () => {
  it("stay equal to a full recount after decisions, grants, expiries, tier changes and deletes", async () => {
    const { db } = database;
    await insertPlatform(db, "tokopedia");
    await insertPlatform(db, "shopee");
    const moderator = await insertUser(db, "moderator");
    const moderator2 = await insertUser(db, "moderator");
    const senior = await insertUser(db, "senior_moderator");
    const sellerUser = await insertUser(db, "seller");
    const mikro = await insertSeller(db, "tokopedia");
    const kecil = await insertSeller(db, "shopee");
    await db.update(sellers).set({ umkmTier: "kecil" }).where(eq(sellers.id, kecil.id));
    const untiered = await insertSeller(db, "tokopedia");
    await db.update(sellers).set({ umkmTier: null }).where(eq(sellers.id, untiered.id));

    const listings = [
      await insertListing(db, mikro.id, "tokopedia"),
      await insertListing(db, mikro.id, "tokopedia"),
      await insertListing(db, kecil.id, "shopee"),
      await insertListing(db, untiered.id, "tokopedia"),
    ];
    const opened = at("2026-11-01T20:00:00Z"); // 2 Nov in Jakarta
    const theCases: Awaited<ReturnType<typeof insertCase>>[] = [];
    for (const l of listings) theCases.push(await insertCase(db, l, opened));
    // Flags in one multi-row statement, as an import would send them.
    await db.insert(flags).values(
      listings.flatMap((l, i) => [
        { platformId: l.platformId, listingId: l.id, caseId: theCases[i]!.id, source: "keyword_rule" as const, sourceReference: `kw-${i}`, observedAt: opened, receivedAt: opened },
        { platformId: l.platformId, listingId: l.id, caseId: theCases[i]!.id, source: "ministry_directive" as const, sourceReference: `md-${i}`, observedAt: opened, receivedAt: at("2026-11-03T02:00:00Z") },
      ]),
    );
    await db.update(cases).set({ flagSources: ["keyword_rule", "ministry_directive"], flagCount: 2 });

    // A claim changes no rollup.
    await db.update(cases).set({ claimedBy: moderator.id, claimExpiresAt: at("2026-11-03T03:00:00Z"), version: 2 }).where(eq(cases.id, theCases[0]!.id));

    const decide = async (i: number, values: Partial<typeof decisions.$inferInsert>, when: Date, resolve = true) => {
      const c = theCases[i]!;
      const [d] = await db
        .insert(decisions)
        .values({ caseId: c.id, sellerId: c.sellerId, platformId: c.platformId, kind: "clear", listingSnapshot: {}, authorId: moderator.id, createdAt: when, ...values })
        .returning();
      if (resolve) await db.update(cases).set({ state: "resolved", resolvedAt: when, claimedBy: null, claimExpiresAt: null }).where(eq(cases.id, c.id));
      return d!;
    };
    const takedown = await decide(0, { kind: "takedown", policyCode: "imported_used_clothing_bulk", points: 24 }, at("2026-11-03T05:00:00Z"));
    await decide(1, { kind: "clear", clearReason: "cleared_local_preloved" }, at("2026-11-05T05:00:00Z"));
    await decide(2, { kind: "warn", policyCode: "misleading_listing" }, at("2026-11-04T05:00:00Z"));
    // Request info, then the seller's deadline expires: the case returns to the queue with a new deadline.
    await decide(3, { kind: "request_info", sellerMessage: "Kirim nota", infoDeadline: at("2026-11-06T00:00:00Z") }, at("2026-11-03T06:00:00Z"), false);
    await db.update(cases).set({ state: "awaiting_seller", awaitingUntil: at("2026-11-06T00:00:00Z") }).where(eq(cases.id, theCases[3]!.id));
    await db.update(cases).set({ state: "open", awaitingUntil: null, slaDueAt: at("2026-11-08T00:00:00Z") }).where(eq(cases.id, theCases[3]!.id));
    await db.insert(strikes).values({ sellerId: mikro.id, platformId: "tokopedia", decisionId: takedown.id, points: 24, expiresAt: at("2026-11-04T00:00:00Z") });

    // Escalation approved with an override, account action written, then appealed and granted.
    await db.insert(notifications).values({ sellerId: mikro.id, kind: "ladder_warning", createdAt: at("2026-11-03T06:00:00Z") });
    const [esc] = await db
      .insert(escalations)
      .values({ sellerId: mikro.id, platformId: "tokopedia", action: "suspend", durationDays: 28, rationale: "Bal", proposerId: moderator.id, createdAt: at("2026-11-03T07:00:00Z") })
      .returning();
    await db
      .update(escalations)
      .set({ state: "approved", reviewerId: senior.id, reviewedAt: at("2026-11-03T09:00:00Z"), overrideReason: "Bukti kuat" })
      .where(eq(escalations.id, esc!.id));
    const [action] = await db
      .insert(accountActions)
      .values({ escalationId: esc!.id, sellerId: mikro.id, platformId: "tokopedia", kind: "suspend", startsAt: at("2026-11-03T09:00:00Z"), endsAt: at("2026-12-01T09:00:00Z"), createdAt: at("2026-11-03T09:00:00Z") })
      .returning();

    const [appeal] = await db
      .insert(appeals)
      .values({ sellerId: mikro.id, platformId: "tokopedia", subject: "decision", decisionId: takedown.id, explanation: "Stok lokal", goodFaithDeclared: true, filedBy: sellerUser.id, dueAt: at("2026-11-07T00:00:00Z"), createdAt: at("2026-11-04T00:00:00Z") })
      .returning();
    // The grant: appeal decided, decision reversed, strike revoked — one transaction.
    await db.transaction(async (tx) => {
      await tx.update(appeals).set({ state: "granted", reviewerId: moderator2.id, decidedAt: at("2026-11-05T12:00:00Z"), outcomeReason: "Nota sah" }).where(eq(appeals.id, appeal!.id));
      await tx.update(decisions).set({ reversedAt: at("2026-11-05T12:00:00Z") }).where(eq(decisions.id, takedown.id));
      await tx.update(strikes).set({ revokedAt: at("2026-11-05T12:00:00Z") }).where(eq(strikes.decisionId, takedown.id));
    });
    const [actionAppeal] = await db
      .insert(appeals)
      .values({ sellerId: mikro.id, platformId: "tokopedia", subject: "account_action", accountActionId: action!.id, explanation: "Salah", goodFaithDeclared: true, filedBy: sellerUser.id, dueAt: at("2026-11-08T00:00:00Z"), createdAt: at("2026-11-05T00:00:00Z") })
      .returning();
    await db.update(appeals).set({ state: "denied", reviewerId: moderator2.id, decidedAt: at("2026-11-06T00:00:00Z") }).where(eq(appeals.id, actionAppeal!.id));
    // A second-round appeal granted: the account action is lifted.
    await db.insert(appeals).values({ sellerId: mikro.id, platformId: "tokopedia", subject: "account_action", accountActionId: action!.id, round: 2, explanation: "Banding kedua", goodFaithDeclared: true, filedBy: sellerUser.id, dueAt: at("2026-11-09T00:00:00Z"), createdAt: at("2026-11-06T01:00:00Z"), state: "granted", reviewerId: moderator2.id, decidedAt: at("2026-11-07T01:00:00Z") });
    await db.update(accountActions).set({ liftedAt: at("2026-11-07T01:00:00Z"), liftedReason: "appeal granted" }).where(eq(accountActions.id, action!.id));

    // The seller's tier is corrected afterwards; a stray flag is deleted.
    await db.update(sellers).set({ umkmTier: "menengah" }).where(eq(sellers.id, mikro.id));
    await db.delete(flags).where(eq(flags.sourceReference, "kw-3"));

    const maintained = await snapshot();
    expect(maintained.daily_decision_stats).toHaveLength(4);
    await compactRollups(db);
    const deltas = await rawRows<{ n: number }>(db, sql.raw(ROLLUP_TABLES.map((t) => `select count(*)::int as n from ${t} where xid <> 0`).join(" union all ")));
    expect(deltas.every((r) => r.n === 0)).toBe(true);
    expect(await snapshot()).toEqual(maintained);
    await rebuildRollups(db);
    expect(await snapshot()).toEqual(maintained);

    // Independent totals straight from the raw tables.
    const totals = await rawRows<Record<string, number>>(
      db,
      sql`select
        (select sum(decisions)::int from daily_decision_stats) as decisions_rollup, (select count(*)::int from decisions) as decisions_raw,
        (select sum(reversed)::int from daily_decision_stats) as reversed_rollup,
        (select sum(flags)::int from daily_flag_stats) as flags_rollup, (select count(*)::int from flags) as flags_raw,
        (select sum(flags)::int from daily_flag_stats where umkm_tier = 'menengah') as menengah_flags,
        (select sum(cases)::int from daily_case_stats where event = 'opened') - (select sum(cases)::int from daily_case_stats where event = 'resolved') as backlog,
        (select sum(appeals)::int from daily_appeal_stats where event = 'decided' and outcome = 'granted') as granted,
        (select sum(escalations)::int from daily_escalation_stats where overridden) as overrides,
        (select sum(lifted)::int from daily_account_action_stats where umkm_tier = 'menengah') as lifted`,
    );
    expect(totals[0]).toEqual({
      decisions_rollup: 4, decisions_raw: 4, reversed_rollup: 1, flags_rollup: 7, flags_raw: 7, menengah_flags: 4,
      backlog: 1, granted: 2, overrides: 1, lifted: 1,
    });
  });

  it.runIf(process.env.DATABASE_URL)("never makes one writer wait for another's uncommitted counts", async () => {
    const { db } = database;
    await insertPlatform(db);
    const moderator = await insertUser(db, "moderator");
    const seller = await insertSeller(db);
    const twoCases = [await insertCase(db, await insertListing(db, seller.id)), await insertCase(db, await insertListing(db, seller.id))];
    const takedown = (tx: typeof db, c: (typeof twoCases)[number]) =>
      tx.insert(decisions).values({ caseId: c.id, sellerId: c.sellerId, platformId: c.platformId, kind: "takedown", policyCode: "circumvention", points: 12, listingSnapshot: {}, authorId: moderator.id });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const holding = new Promise<void>((resolve) => (started = resolve));
    // A takes a takedown (same day, platform, kind, policy and tier as B's) and stays open.
    const slow = db.transaction(async (tx) => {
      await takedown(tx, twoCases[0]!);
      await tx.update(cases).set({ state: "resolved", resolvedAt: new Date() }).where(eq(cases.id, twoCases[0]!.id));
      started();
      await gate;
    });
    await holding;
    const fast = db.transaction(async (tx) => {
      await takedown(tx, twoCases[1]!);
      await tx.update(cases).set({ state: "resolved", resolvedAt: new Date() }).where(eq(cases.id, twoCases[1]!.id));
    });
    const outcome = await Promise.race([fast.then(() => "committed"), new Promise((r) => setTimeout(() => r("blocked"), 5_000))]);
    release();
    await slow;
    await fast;
    expect(outcome).toBe("committed");
    const maintained = await snapshot();
    expect(maintained.daily_decision_stats).toHaveLength(1);
    expect(maintained.daily_decision_stats?.[0]).toContain('"decisions":"2"');
    await rebuildRollups(db);
    expect(await snapshot()).toEqual(maintained);
  });

  it("recounts after a TRUNCATE, which fires no row triggers", async () => {
    const { db } = database;
    await insertPlatform(db);
    const seller = await insertSeller(db);
    const listing = await insertListing(db, seller.id);
    await insertCase(db, listing);
    await db.execute(sql`truncate cases cascade`);
    const rows = await rawRows<{ n: number }>(db, sql`select count(*)::int as n from daily_case_stats where cases <> 0`);
    expect(rows[0]?.n).toBe(0);
  });
});
