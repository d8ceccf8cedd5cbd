import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/moderation";
import { escalationInputSchema } from "@/lib/validation/escalation";
import { createTestDatabase, type TestDatabase } from "../testing";
import { accountActions, auditEvents, notifications } from "../schema";
import { getAccountAction, liftAccountAction, notifyEndedAccountActions, sellerStatusFor, sellerStatusesFor } from "./account-actions";
import { approveEscalation, proposeEscalation, rejectEscalation, returnEscalation } from "./escalations";
import { T0, suspensionScenario } from "./escalation-test-fixtures";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(async () => {
  await tdb.close();
});

async function suspended(days = 28) {
  const s = await suspensionScenario(tdb.db);
  const input = escalationInputSchema.parse({
    sellerId: s.seller.id,
    action: "suspend",
    durationDays: days,
    rationale: "Two bale takedowns within three weeks, after a ladder warning.",
    reliedCaseIds: s.cases.map((c) => c.caseId),
  });
  const p = await proposeEscalation(tdb.db, input, s.moderator, T0);
  if (!p.ok) throw new Error(p.error);
  const a = await approveEscalation(tdb.db, { escalationId: p.escalationId, version: 1, reviewer: s.senior, overrideReason: null, now: T0 });
  if (!a.ok) throw new Error(a.error);
  return { ...s, escalationId: p.escalationId, accountActionId: a.accountActionId };
}

async function dbError(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    return `${String(error)} ${cause instanceof Error ? cause.message : String(cause)}`;
  }
  return "no error";
}

describe("expiry at the end date", () => {
  it("ends a suspension by itself at its end date", async () => {
    const s = await suspended(28);
    const end = addDays(T0, 28);
    expect(await sellerStatusFor(tdb.db, s.seller.id, new Date(T0.getTime() - 1))).toEqual({ status: "active", until: null });
    expect(await sellerStatusFor(tdb.db, s.seller.id, T0)).toEqual({ status: "suspended", until: end });
    expect(await sellerStatusFor(tdb.db, s.seller.id, new Date(end.getTime() - 1))).toEqual({ status: "suspended", until: end });
    expect(await sellerStatusFor(tdb.db, s.seller.id, end)).toEqual({ status: "active", until: null });
    const many = await sellerStatusesFor(tdb.db, [s.seller.id], addDays(T0, 1));
    expect(many.get(s.seller.id)?.status).toBe("suspended");
  });

  it("tells the seller once that the suspension has ended", async () => {
    const s = await suspended(7);
    const end = addDays(T0, 7);
    const ended = () => tdb.db.select().from(notifications).where(and(eq(notifications.sellerId, s.seller.id), eq(notifications.kind, "account_action_ended")));
    expect(await notifyEndedAccountActions(tdb.db, addDays(T0, 6), [s.seller.id])).toBe(0);
    expect(await ended()).toHaveLength(0);
    expect(await notifyEndedAccountActions(tdb.db, addDays(T0, 8), [s.seller.id])).toBe(1);
    expect(await notifyEndedAccountActions(tdb.db, addDays(T0, 9), [s.seller.id])).toBe(0);
    expect(await notifyEndedAccountActions(tdb.db, addDays(T0, 9))).toBe(0);
    const [note] = await ended();
    expect(note).toMatchObject({ createdAt: end, escalationId: s.escalationId, params: { action: "suspend", endedAt: end.toISOString(), accountActionId: s.accountActionId } });
    const audit = await tdb.db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, s.accountActionId), eq(auditEvents.action, "account_action.ended")));
    expect(audit).toHaveLength(1);
  });

  it("stays idempotent when two portal loads race", async () => {
    const s = await suspended(7);
    const counts = await Promise.all([1, 2, 3].map(() => notifyEndedAccountActions(tdb.db, addDays(T0, 8), [s.seller.id])));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
  });
});

describe("lifting (appeal grants only)", () => {
  it("lifts at once, records it, and never twice", async () => {
    const s = await suspended();
    const liftAt = addDays(T0, 3);
    const r = await liftAccountAction(tdb.db, { accountActionId: s.accountActionId, actor: { kind: "user", id: s.senior2.id }, reason: "Appeal granted", now: liftAt });
    expect(r).toEqual({ ok: true, sellerId: s.seller.id });
    expect(await sellerStatusFor(tdb.db, s.seller.id, liftAt)).toEqual({ status: "active", until: null });
    expect(await getAccountAction(tdb.db, s.accountActionId)).toMatchObject({ liftedAt: liftAt, liftedReason: "Appeal granted" });
    expect(await liftAccountAction(tdb.db, { accountActionId: s.accountActionId, actor: { kind: "user", id: s.senior2.id }, reason: "again", now: liftAt })).toEqual({ ok: false, error: "already_lifted" });
    const audit = await tdb.db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, s.accountActionId), eq(auditEvents.action, "account_action.lifted")));
    expect(audit).toHaveLength(1);
    // A lifted action is not announced as "ended" later.
    expect(await notifyEndedAccountActions(tdb.db, addDays(T0, 60), [s.seller.id])).toBe(0);
  });

  it("cannot rewrite or delete an account action (database)", async () => {
    const s = await suspended();
    expect(await dbError(() => tdb.db.update(accountActions).set({ endsAt: addDays(T0, 400) }).where(eq(accountActions.id, s.accountActionId)))).toMatch(/cannot be rewritten/);
    expect(await dbError(() => tdb.db.update(accountActions).set({ kind: "restrict_listings" }).where(eq(accountActions.id, s.accountActionId)))).toMatch(/cannot be rewritten/);
    expect(await dbError(() => tdb.db.delete(accountActions).where(eq(accountActions.id, s.accountActionId)))).toMatch(/append-only/);
  });
});

describe("no code path changes account status without an approved escalation", () => {
  it("propose, reject, send back, a refused approval and the end notice leave the status as it was", async () => {
    const s = await suspensionScenario(tdb.db, { warned: false });
    const status = () => sellerStatusFor(tdb.db, s.seller.id, addDays(T0, 1));
    const input = (rationale: string) =>
      escalationInputSchema.parse({ sellerId: s.seller.id, action: "block", durationDays: null, rationale, reliedCaseIds: [s.cases[0]!.caseId] });

    const p1 = await proposeEscalation(tdb.db, input("Bale importer with repeated takedowns this month."), s.moderator, T0);
    if (!p1.ok) throw new Error(p1.error);
    expect(await status()).toEqual({ status: "active", until: null });
    expect(await approveEscalation(tdb.db, { escalationId: p1.escalationId, version: 1, reviewer: s.senior, overrideReason: "Override everything please now", now: T0 })).toMatchObject({ ok: false });
    expect(await status()).toEqual({ status: "active", until: null });
    expect(await returnEscalation(tdb.db, { escalationId: p1.escalationId, version: 1, reviewer: s.senior, question: "Where is the prior warning?", now: T0 })).toEqual({ ok: true });
    expect(await status()).toEqual({ status: "active", until: null });
    expect(await notifyEndedAccountActions(tdb.db, addDays(T0, 400), [s.seller.id])).toBe(0);
    expect(await status()).toEqual({ status: "active", until: null });

    const other = await suspensionScenario(tdb.db);
    const p2 = await proposeEscalation(tdb.db, { ...input("Bale importer with repeated takedowns this month."), sellerId: other.seller.id, reliedCaseIds: [other.cases[0]!.caseId] }, other.moderator, T0);
    if (!p2.ok) throw new Error(p2.error);
    expect(await rejectEscalation(tdb.db, { escalationId: p2.escalationId, version: 1, reviewer: other.senior, reason: "Not proportionate for 36 points.", now: T0 })).toEqual({ ok: true });
    expect(await sellerStatusFor(tdb.db, other.seller.id, addDays(T0, 1))).toEqual({ status: "active", until: null });
    expect(await tdb.db.select().from(accountActions).where(eq(accountActions.sellerId, other.seller.id))).toHaveLength(0);
  });
});
