// A small, hand-countable world for the dashboard's integration tests (dashboard.test.ts spells
// out every expected number). Times are Jakarta wall-clock (WIB, UTC+7).
import { eq } from "drizzle-orm";
import type { ClearReason, DecisionKind, FlagSource, PolicyCode, UmkmTier } from "@/lib/moderation";
import type { Db } from "../../open";
import { accountActions, appeals, cases, decisions, escalations, flags, notifications, platforms, sellers } from "../../schema";
import { insertListing, insertPlatform, insertSeller, insertUser } from "../../test-fixtures";

export const wib = (local: string) => new Date(`${local.replace(" ", "T")}:00+07:00`);
const HOUR = 3_600_000;

export async function seedDashboardFixture(db: Db) {
  await insertPlatform(db, "tokopedia");
  await insertPlatform(db, "shopee");
  await db.update(platforms).set({ caseSlaHours: 48, appealSlaHours: 72 }).where(eq(platforms.id, "tokopedia"));
  await db.update(platforms).set({ caseSlaHours: 24, appealSlaHours: 48 }).where(eq(platforms.id, "shopee"));
  const moderator = await insertUser(db, "moderator");
  const reviewer = await insertUser(db, "moderator");
  const senior = await insertUser(db, "senior_moderator");
  const sellerUser = await insertUser(db, "seller");

  const seller = async (platformId: string, tier: UmkmTier) => {
    const row = await insertSeller(db, platformId);
    await db.update(sellers).set({ umkmTier: tier }).where(eq(sellers.id, row.id));
    return row;
  };
  const s1 = await seller("tokopedia", "mikro");
  const s2 = await seller("shopee", "mikro");
  const s3 = await seller("tokopedia", "kecil");
  const s4 = await seller("shopee", "menengah");

  let ref = 0;
  const openCase = async (sellerRow: { id: string; platformId: string }, sources: FlagSource[], opened: string, due: string) => {
    const listing = await insertListing(db, sellerRow.id, sellerRow.platformId);
    const [row] = await db
      .insert(cases)
      .values({
        listingId: listing.id,
        sellerId: sellerRow.id,
        platformId: sellerRow.platformId,
        openedAt: wib(opened),
        slaDueAt: wib(due),
        flagSources: [...new Set(sources)],
        flagCount: sources.length,
      })
      .returning();
    await db.insert(flags).values(
      sources.map((source) => ({
        platformId: sellerRow.platformId,
        listingId: listing.id,
        caseId: row!.id,
        source,
        sourceReference: `ref-${(ref += 1)}`,
        observedAt: wib(opened),
        receivedAt: wib(opened),
      })),
    );
    return row!;
  };
  const decide = async (
    theCase: { id: string; sellerId: string; platformId: string },
    kind: DecisionKind,
    at: string,
    extra: { clearReason?: ClearReason; policyCode?: PolicyCode } = {},
  ) => {
    const [row] = await db
      .insert(decisions)
      .values({
        caseId: theCase.id,
        sellerId: theCase.sellerId,
        platformId: theCase.platformId,
        kind,
        ...extra,
        points: kind === "takedown" ? 12 : 0,
        infoDeadline: kind === "request_info" ? new Date(wib(at).getTime() + 72 * HOUR) : null,
        listingSnapshot: {},
        authorId: moderator.id,
        createdAt: wib(at),
      })
      .returning();
    await db
      .update(cases)
      .set(kind === "request_info" ? { state: "awaiting_seller" } : { state: "resolved", resolvedAt: wib(at) })
      .where(eq(cases.id, theCase.id));
    return row!;
  };

  // Before the range (1–7 November 2026).
  const c0 = await openCase(s3, ["keyword_rule"], "2026-10-20 10:00", "2026-10-22 10:00");
  await decide(c0, "takedown", "2026-10-21 10:00", { policyCode: "imported_used_clothing_retail" });
  await openCase(s1, ["user_report"], "2026-10-25 10:00", "2026-10-27 10:00"); // c9: still open, overdue
  // Tokopedia.
  const c1 = await openCase(s1, ["ministry_directive", "keyword_rule"], "2026-11-01 10:00", "2026-11-03 10:00");
  const d1 = await decide(c1, "takedown", "2026-11-02 12:00", { policyCode: "imported_used_clothing_bulk" });
  const c2 = await openCase(s3, ["keyword_rule"], "2026-11-02 20:00", "2026-11-04 20:00");
  await decide(c2, "takedown", "2026-11-03 06:00", { policyCode: "imported_used_clothing_retail" });
  const c3 = await openCase(s3, ["user_report"], "2026-11-02 09:00", "2026-11-04 09:00");
  await decide(c3, "clear", "2026-11-02 11:00", { clearReason: "cleared_local_preloved" });
  const c4 = await openCase(s1, ["platform_classifier"], "2026-11-03 09:00", "2026-11-10 09:00");
  await decide(c4, "request_info", "2026-11-03 10:00");
  // Shopee.
  const c5 = await openCase(s2, ["keyword_rule", "keyword_rule"], "2026-11-01 10:00", "2026-11-02 10:00");
  const d5 = await decide(c5, "takedown", "2026-11-02 16:00", { policyCode: "imported_used_clothing_bulk" });
  const c6 = await openCase(s2, ["keyword_rule"], "2026-11-02 10:00", "2026-11-03 10:00");
  await decide(c6, "clear", "2026-11-02 15:00", { clearReason: "cleared_personal_item" });
  const c7 = await openCase(s4, ["trusted_flagger"], "2026-11-03 10:00", "2026-11-04 10:00");
  const d7 = await decide(c7, "warn", "2026-11-04 06:00", { policyCode: "misleading_listing" });
  await openCase(s2, ["keyword_rule"], "2026-11-04 10:00", "2026-11-05 10:00"); // c8: open, overdue from 5 Nov

  // Escalations: one approved over a guardrail (Tokopedia), one approved (Shopee), one rejected.
  const escalate = async (
    sellerRow: { id: string; platformId: string },
    action: "restrict_listings" | "suspend",
    proposed: string,
    reviewed: string,
    outcome: "approved" | "rejected",
    overrideReason: string | null,
  ) => {
    await db.insert(notifications).values({ sellerId: sellerRow.id, kind: "ladder_warning", createdAt: new Date(wib(proposed).getTime() - 24 * HOUR) });
    const [esc] = await db
      .insert(escalations)
      .values({ sellerId: sellerRow.id, platformId: sellerRow.platformId, action, durationDays: 14, rationale: "Tangga poin", proposerId: moderator.id, createdAt: wib(proposed) })
      .returning();
    await db.update(escalations).set({ state: outcome, reviewerId: senior.id, reviewedAt: wib(reviewed), overrideReason }).where(eq(escalations.id, esc!.id));
    if (outcome === "rejected") return null;
    const [action_] = await db
      .insert(accountActions)
      .values({
        escalationId: esc!.id,
        sellerId: sellerRow.id,
        platformId: sellerRow.platformId,
        kind: action,
        startsAt: wib(reviewed),
        endsAt: new Date(wib(reviewed).getTime() + 14 * 24 * HOUR),
        createdAt: wib(reviewed),
      })
      .returning();
    return action_!;
  };
  await escalate(s1, "suspend", "2026-11-04 08:00", "2026-11-04 12:00", "approved", "Bukti bal jelas di foto");
  const a4Action = await escalate(s4, "restrict_listings", "2026-11-05 08:00", "2026-11-05 12:00", "approved", null);
  await escalate(s2, "restrict_listings", "2026-11-05 09:00", "2026-11-05 13:00", "rejected", null);

  // Appeals.
  const appeal = async (
    values: { sellerId: string; platformId: string; decisionId?: string; accountActionId?: string },
    filed: string,
    outcome: "granted" | "denied" | "partial" | "pending",
    decided?: string,
  ) => {
    const [row] = await db
      .insert(appeals)
      .values({
        ...values,
        subject: values.decisionId ? "decision" : "account_action",
        explanation: "Barang lokal",
        goodFaithDeclared: true,
        filedBy: sellerUser.id,
        dueAt: new Date(wib(filed).getTime() + 72 * HOUR),
        createdAt: wib(filed),
      })
      .returning();
    if (outcome !== "pending") {
      await db.update(appeals).set({ state: outcome, reviewerId: reviewer.id, decidedAt: wib(decided!) }).where(eq(appeals.id, row!.id));
    }
    return row!;
  };
  await appeal({ sellerId: s1.id, platformId: "tokopedia", decisionId: d1.id }, "2026-11-03 09:00", "granted", "2026-11-04 15:00");
  await db.update(decisions).set({ reversedAt: wib("2026-11-04 15:00") }).where(eq(decisions.id, d1.id));
  await appeal({ sellerId: s2.id, platformId: "shopee", decisionId: d5.id }, "2026-11-03 10:00", "denied", "2026-11-04 10:00");
  await appeal({ sellerId: s4.id, platformId: "shopee", decisionId: d7.id }, "2026-11-05 09:00", "pending");
  await appeal({ sellerId: s4.id, platformId: "shopee", accountActionId: a4Action!.id }, "2026-11-06 09:00", "partial", "2026-11-06 15:00");

  return { moderator, reviewer, senior, sellers: { s1, s2, s3, s4 } };
}
