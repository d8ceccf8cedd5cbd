import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/moderation";
import { escalationInputSchema, type EscalationInput } from "@/lib/validation/escalation";
import { createTestDatabase, type TestDatabase } from "../testing";
import { accountActions, auditEvents, escalations, notifications, sellers } from "../schema";
import { listSellersAtStep, searchSellers } from "./escalation-sellers";
import { sellerStatusFor } from "./account-actions";
import { approveEscalation, getEscalationDetail, listOpenEscalations, proposeEscalation, rejectEscalation, resubmitEscalation, returnEscalation } from "./escalations";
import { T0, fileAppeal, makeUser, suspensionScenario } from "./escalation-test-fixtures";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(async () => {
  await tdb.close();
});

const proposal = (sellerId: string, caseIds: string[], over: Partial<EscalationInput> = {}): EscalationInput =>
  escalationInputSchema.parse({
    sellerId,
    action: "suspend",
    durationDays: 28,
    rationale: "Two bale takedowns within three weeks, after a ladder warning.",
    outreachNote: null,
    reliedCaseIds: caseIds,
    ...over,
  });

async function proposed(opts: Parameters<typeof suspensionScenario>[1] = {}, over: Partial<EscalationInput> = {}) {
  const s = await suspensionScenario(tdb.db, opts);
  const r = await proposeEscalation(tdb.db, proposal(s.seller.id, s.cases.map((c) => c.caseId), over), s.moderator, T0);
  if (!r.ok) throw new Error(`propose failed: ${r.error}`);
  return { ...s, escalationId: r.escalationId };
}

/** The database error text, whichever driver raised it. */
async function dbError(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    return `${String(error)} ${cause instanceof Error ? cause.message : String(cause)}`;
  }
  return "no error";
}

describe("propose", () => {
  it("writes a pending escalation and an audit event", async () => {
    const s = await proposed();
    const [row] = await tdb.db.select().from(escalations).where(eq(escalations.id, s.escalationId));
    expect(row).toMatchObject({ state: "pending", action: "suspend", durationDays: 28, proposerId: s.moderator.id, version: 1 });
    const audit = await tdb.db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, s.escalationId), eq(auditEvents.action, "escalation.proposed")));
    expect(audit).toHaveLength(1);
  });

  it("refuses a second open proposal for the same seller, a case of another seller, and unknown sellers", async () => {
    const s = await proposed();
    const again = await proposeEscalation(tdb.db, proposal(s.seller.id, [s.cases[0]!.caseId]), s.moderator, T0);
    expect(again).toEqual({ ok: false, error: "already_pending" });
    const other = await suspensionScenario(tdb.db);
    const foreign = await proposeEscalation(tdb.db, proposal(other.seller.id, [s.cases[0]!.caseId]), other.moderator, T0);
    expect(foreign).toEqual({ ok: false, error: "case_not_of_seller" });
    const unknown = await proposeEscalation(tdb.db, proposal(randomUUID(), [s.cases[0]!.caseId]), other.moderator, T0);
    expect(unknown).toEqual({ ok: false, error: "seller_unknown" });
  });

  it("refuses a proposer without the permission", async () => {
    const s = await suspensionScenario(tdb.db);
    const manager = await makeUser(tdb.db, "manager");
    const r = await proposeEscalation(tdb.db, proposal(s.seller.id, [s.cases[0]!.caseId]), manager, T0);
    expect(r).toEqual({ ok: false, error: "forbidden" });
  });

  it("refuses to propose for a seller who is already blocked", async () => {
    const s = await proposed({}, { action: "block", durationDays: null });
    const approved = await approveEscalation(tdb.db, { escalationId: s.escalationId, version: 1, reviewer: s.senior, overrideReason: "Repeat bale importer, block is proportionate.", now: T0 });
    expect(approved.ok).toBe(true);
    const r = await proposeEscalation(tdb.db, proposal(s.seller.id, [s.cases[1]!.caseId]), s.moderator, addDays(T0, 1));
    expect(r).toEqual({ ok: false, error: "seller_blocked" });
    expect(await tdb.db.select().from(escalations).where(eq(escalations.sellerId, s.seller.id))).toHaveLength(1);
  });
});

describe("list and detail", () => {
  it("lists pending proposals oldest first with their age", async () => {
    const a = await suspensionScenario(tdb.db);
    const b = await suspensionScenario(tdb.db);
    const rb = await proposeEscalation(tdb.db, proposal(b.seller.id, [b.cases[0]!.caseId]), b.moderator, addDays(T0, -2));
    const ra = await proposeEscalation(tdb.db, proposal(a.seller.id, [a.cases[0]!.caseId]), a.moderator, addDays(T0, -1));
    const rows = await listOpenEscalations(tdb.db, T0);
    const ids = rows.map((r) => r.id);
    expect(rb.ok && ra.ok).toBe(true);
    if (!rb.ok || !ra.ok) return;
    expect(ids.indexOf(rb.escalationId)).toBeLessThan(ids.indexOf(ra.escalationId));
    expect(rows.find((r) => r.id === rb.escalationId)).toMatchObject({ ageHours: 48, proposerName: "Mod Satu", reliedCaseCount: 1 });
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.createdAt.getTime()).toBeGreaterThanOrEqual(rows[i - 1]!.createdAt.getTime());
  });

  it("shows seller context, relied cases with statements and live guardrails", async () => {
    const s = await proposed();
    const d = await getEscalationDetail(tdb.db, s.escalationId, s.senior.id, T0);
    expect(d?.seller).toMatchObject({ activePoints: 36, takedowns: 2, status: { status: "active" } });
    expect(d?.reliedCases.map((c) => c.decisions[0]?.statement)).toEqual([{ facts: "Judul menyebut balpres 100 kg." }, { facts: "Judul menyebut balpres 100 kg." }]);
    expect(d?.guardrails.map((g) => [g.key, g.passed])).toEqual([["a", true], ["b", true], ["c", true], ["d", true], ["e", true]]);
    const own = await getEscalationDetail(tdb.db, s.escalationId, s.moderator.id, T0);
    expect(own?.guardrails.find((g) => g.key === "b")?.passed).toBe(false);
  });
});

describe("approve", () => {
  it("applies the account action with its end date, statement, notifications and audit in one go", async () => {
    const s = await proposed();
    const r = await approveEscalation(tdb.db, { escalationId: s.escalationId, version: 1, reviewer: s.senior, overrideReason: null, now: T0 });
    expect(r).toMatchObject({ ok: true, endsAt: addDays(T0, 28), overridden: [] });
    const [action] = await tdb.db.select().from(accountActions).where(eq(accountActions.escalationId, s.escalationId));
    expect(action).toMatchObject({ kind: "suspend", startsAt: T0, endsAt: addDays(T0, 28), appealDeadline: addDays(T0, 30), liftedAt: null });
    expect(action?.statement).toMatchObject({
      decision_kind: "account_action",
      restriction: { decision_account: "SUSPENDED", duration_days: 28, ends_at: addDays(T0, 28).toISOString() },
      facts_detail: { active_points: 36, ladder_step_points: 36 },
      ground: { type: "ILLEGAL_CONTENT" },
      automated_detection: true,
      appeal: { until: addDays(T0, 30).toISOString(), window_days: 30 },
    });
    expect(action?.statement?.reference).toMatch(/^TMB-AA-[0-9A-F]{8}$/);
    const notes = await tdb.db.select().from(notifications).where(eq(notifications.escalationId, s.escalationId));
    expect(notes.map((n) => [n.kind, n.sellerId ?? n.userId]).sort()).toEqual(
      [["account_action", s.seller.id], ["escalation_reviewed", s.moderator.id]].sort(),
    );
    expect(notes.find((n) => n.kind === "account_action")?.params).toMatchObject({ action: "suspend", endsAt: addDays(T0, 28).toISOString() });
    const audit = await tdb.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.actorId, s.senior.id));
    expect(audit.map((a) => a.action).sort()).toEqual(["account_action.applied", "escalation.approved"]);
    expect(await sellerStatusFor(tdb.db, s.seller.id, addDays(T0, 1))).toEqual({ status: "suspended", until: addDays(T0, 28) });
  });

  it("refuses the proposer, a moderator, a stale version and an already decided escalation, writing nothing", async () => {
    const s = await proposed();
    const seniorProposer = await makeUser(tdb.db, "senior_moderator");
    const other = await suspensionScenario(tdb.db);
    const own = await proposeEscalation(tdb.db, proposal(other.seller.id, [other.cases[0]!.caseId]), seniorProposer, T0);
    if (!own.ok) throw new Error(own.error);
    expect(await approveEscalation(tdb.db, { escalationId: own.escalationId, version: 1, reviewer: seniorProposer, overrideReason: null, now: T0 })).toEqual({ ok: false, error: "own_proposal" });
    expect(await approveEscalation(tdb.db, { escalationId: s.escalationId, version: 1, reviewer: s.moderator, overrideReason: null, now: T0 })).toEqual({ ok: false, error: "forbidden" });
    expect(await approveEscalation(tdb.db, { escalationId: s.escalationId, version: 7, reviewer: s.senior, overrideReason: null, now: T0 })).toMatchObject({ ok: false, error: "conflict" });
    expect(await tdb.db.select().from(accountActions).where(eq(accountActions.sellerId, s.seller.id))).toHaveLength(0);
    expect((await approveEscalation(tdb.db, { escalationId: s.escalationId, version: 1, reviewer: s.senior, overrideReason: null, now: T0 })).ok).toBe(true);
    expect(await approveEscalation(tdb.db, { escalationId: s.escalationId, version: 1, reviewer: s.senior2, overrideReason: null, now: T0 })).toEqual({
      ok: false,
      error: "conflict",
      current: { state: "approved", reviewerName: "Senior Satu" },
    });
    expect(await approveEscalation(tdb.db, { escalationId: s.escalationId, version: 2, reviewer: s.senior2, overrideReason: null, now: T0 })).toEqual({ ok: false, error: "not_pending" });
    expect(await tdb.db.select().from(accountActions).where(eq(accountActions.sellerId, s.seller.id))).toHaveLength(1);
  });

  it("refuses approval without a prior warning (hard guardrail), even with an override reason", async () => {
    const s = await proposed({ warned: false });
    const r = await approveEscalation(tdb.db, { escalationId: s.escalationId, version: 1, reviewer: s.senior, overrideReason: "I really want to override this one.", now: T0 });
    expect(r).toEqual({ ok: false, error: "hard_guardrail_failed", failed: ["a"] });
    expect(await tdb.db.select().from(accountActions).where(eq(accountActions.sellerId, s.seller.id))).toHaveLength(0);
  });

  it("needs an override reason for a failing soft guardrail and records it", async () => {
    const s = await proposed({ tier: "mikro" });
    const [first] = s.cases;
    await fileAppeal(tdb.db, { sellerId: s.seller.id, platformId: s.platformId, decisionId: first!.decisionId, filedBy: s.seller.memberId, at: addDays(T0, -1) });
    const without = await approveEscalation(tdb.db, { escalationId: s.escalationId, version: 1, reviewer: s.senior, overrideReason: "  ", now: T0 });
    expect(without).toEqual({ ok: false, error: "override_reason_required", failed: ["d", "e"] });
    const reason = "Appeal is about a different listing; outreach was done by phone.";
    const withReason = await approveEscalation(tdb.db, { escalationId: s.escalationId, version: 1, reviewer: s.senior, overrideReason: reason, now: T0 });
    expect(withReason).toMatchObject({ ok: true, overridden: ["d", "e"] });
    const [row] = await tdb.db.select().from(escalations).where(eq(escalations.id, s.escalationId));
    expect(row).toMatchObject({ state: "approved", overrideReason: reason, reviewerId: s.senior.id, version: 2 });
    expect((row?.guardrails as { key: string; passed: boolean }[]).filter((g) => !g.passed).map((g) => g.key)).toEqual(["d", "e"]);
  });

  it.each([1, 2, 3])("lets exactly one of several seniors approving at once win (round %i)", async () => {
    const s = await proposed();
    const seniors = [s.senior, s.senior2, await makeUser(tdb.db, "senior_moderator"), await makeUser(tdb.db, "senior_moderator")];
    const results = await Promise.all(
      seniors.map((reviewer) => approveEscalation(tdb.db, { escalationId: s.escalationId, version: 1, reviewer, overrideReason: null, now: T0 })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error === "conflict")).toHaveLength(seniors.length - 1);
    expect(await tdb.db.select().from(accountActions).where(eq(accountActions.escalationId, s.escalationId))).toHaveLength(1);
    const sellerNotes = await tdb.db.select().from(notifications).where(and(eq(notifications.sellerId, s.seller.id), eq(notifications.kind, "account_action")));
    expect(sellerNotes).toHaveLength(1);
  });
});

describe("reject, send back, resubmit", () => {
  it("rejects with a reason and tells the proposer; nothing is applied", async () => {
    const s = await proposed();
    expect(await rejectEscalation(tdb.db, { escalationId: s.escalationId, version: 1, reviewer: s.senior, reason: "short", now: T0 })).toEqual({ ok: false, error: "reason_required" });
    const r = await rejectEscalation(tdb.db, { escalationId: s.escalationId, version: 1, reviewer: s.senior, reason: "Points rest on one disputed listing.", now: T0 });
    expect(r).toEqual({ ok: true });
    const [note] = await tdb.db.select().from(notifications).where(and(eq(notifications.userId, s.moderator.id), eq(notifications.kind, "escalation_reviewed")));
    expect(note?.params).toMatchObject({ outcome: "rejected", reason: "Points rest on one disputed listing." });
    expect(await tdb.db.select().from(accountActions).where(eq(accountActions.sellerId, s.seller.id))).toHaveLength(0);
    expect(await approveEscalation(tdb.db, { escalationId: s.escalationId, version: 2, reviewer: s.senior2, overrideReason: null, now: T0 })).toEqual({ ok: false, error: "not_pending" });
  });

  it("sends back with a question, the proposer answers, and a senior approves", async () => {
    const s = await proposed();
    const q = await returnEscalation(tdb.db, { escalationId: s.escalationId, version: 1, reviewer: s.senior, question: "Is the second listing a bale or a single piece?", now: T0 });
    expect(q).toEqual({ ok: true });
    expect(await approveEscalation(tdb.db, { escalationId: s.escalationId, version: 2, reviewer: s.senior2, overrideReason: null, now: T0 })).toEqual({ ok: false, error: "not_pending" });
    const wrong = await resubmitEscalation(tdb.db, { escalationId: s.escalationId, version: 2, proposer: s.senior2, rationale: "x".repeat(30), outreachNote: null, now: T0 });
    expect(wrong).toEqual({ ok: false, error: "not_proposer" });
    const answer = "The second listing is a 50 kg bale sold as 'karungan'; photos attached in case.";
    expect(await resubmitEscalation(tdb.db, { escalationId: s.escalationId, version: 2, proposer: s.moderator, rationale: answer, outreachNote: null, now: T0 })).toEqual({ ok: true });
    const [row] = await tdb.db.select().from(escalations).where(eq(escalations.id, s.escalationId));
    expect(row).toMatchObject({ state: "pending", rationale: answer, reviewerId: null, version: 3 });
    expect((await approveEscalation(tdb.db, { escalationId: s.escalationId, version: 3, reviewer: s.senior, overrideReason: null, now: T0 })).ok).toBe(true);
  });
});

describe("database guards (application checks bypassed)", () => {
  it("rejects an escalation approved by its proposer", async () => {
    const s = await proposed();
    const err = await dbError(() => tdb.db.update(escalations).set({ state: "approved", reviewerId: s.moderator.id, reviewedAt: T0 }).where(eq(escalations.id, s.escalationId)));
    expect(err).toMatch(/escalations_four_eyes/);
  });

  it("rejects an approval without a prior warning", async () => {
    const s = await proposed({ warned: false });
    const err = await dbError(() => tdb.db.update(escalations).set({ state: "approved", reviewerId: s.senior.id, reviewedAt: T0 }).where(eq(escalations.id, s.escalationId)));
    expect(err).toMatch(/prior warning/);
  });

  it("rejects an approval when the only warning came after the proposal", async () => {
    const s = await proposed({ warned: false });
    await tdb.db.insert(notifications).values({ sellerId: s.seller.id, kind: "ladder_warning", params: {}, createdAt: addDays(T0, 1) });
    const err = await dbError(() => tdb.db.update(escalations).set({ state: "approved", reviewerId: s.senior.id, reviewedAt: T0 }).where(eq(escalations.id, s.escalationId)));
    expect(err).toMatch(/prior warning/);
  });

  it("refuses an account action without an approved escalation, or for another action or seller", async () => {
    const s = await proposed();
    const row = { escalationId: s.escalationId, sellerId: s.seller.id, platformId: s.platformId, kind: "suspend" as const, startsAt: T0, endsAt: addDays(T0, 28) };
    expect(await dbError(() => tdb.db.insert(accountActions).values(row))).toMatch(/approved escalation/);
    await tdb.db.update(escalations).set({ state: "approved", reviewerId: s.senior.id, reviewedAt: T0 }).where(eq(escalations.id, s.escalationId));
    expect(await dbError(() => tdb.db.insert(accountActions).values({ ...row, kind: "block", endsAt: null }))).toMatch(/approved escalation/);
    const other = await suspensionScenario(tdb.db);
    expect(await dbError(() => tdb.db.insert(accountActions).values({ ...row, sellerId: other.seller.id }))).toMatch(/approved escalation/);
  });
});

describe("finding a seller to propose for", () => {
  it("lists shops at a ladder step with their points, and finds shops by name", async () => {
    const s = await suspensionScenario(tdb.db);
    const [shopName] = (await tdb.db.select({ n: sellers.shopName }).from(sellers).where(eq(sellers.id, s.seller.id))).map((r) => r.n);
    const atStep = await listSellersAtStep(tdb.db, T0, 500);
    expect(atStep.find((r) => r.id === s.seller.id)).toMatchObject({ activePoints: 36, hasOpenEscalation: false });
    // Points expire: 90 days after the first takedown only the second one is left (12 = the first step).
    const later = await listSellersAtStep(tdb.db, addDays(T0, 71), 500);
    expect(later.find((r) => r.id === s.seller.id)?.activePoints).toBe(12);
    const found = await searchSellers(tdb.db, shopName!.slice(-6).toUpperCase(), T0);
    expect(found.map((r) => r.id)).toContain(s.seller.id);
    expect(found.find((r) => r.id === s.seller.id)?.activePoints).toBe(36);
    expect(await searchSellers(tdb.db, "%", T0)).toEqual([]);
  });
});
