import { and, eq } from "drizzle-orm";
import { evaluateGuardrails, transitionEscalation, type EscalationActor, type EscalationEvent, type EscalationTransitionError } from "@/lib/moderation";
import type { Db } from "../open";
import { escalations, notifications, sellers } from "../schema";
import { recordAudit } from "./audit";
import { currentReview, type ReviewConflict } from "./escalation-approve";
import { loadGuardrailInput } from "./escalation-context";

// Reject (reason required), send back with a question, and the proposer's resubmission.

export type ReviewResult = { ok: true } | ReviewConflict | { ok: false; error: EscalationTransitionError | "not_found" };

async function review(
  db: Db,
  params: { escalationId: string; version: number; reviewer: EscalationActor; now: Date },
  event: Extract<EscalationEvent, { type: "reject" | "return" }>,
): Promise<ReviewResult> {
  const { escalationId, version, reviewer, now } = params;
  return db.transaction(async (tx): Promise<ReviewResult> => {
    const [esc] = await tx
      .select({ id: escalations.id, state: escalations.state, version: escalations.version, proposerId: escalations.proposerId, sellerId: escalations.sellerId, action: escalations.action, durationDays: escalations.durationDays, reliedCaseIds: escalations.reliedCaseIds, outreachNote: escalations.outreachNote, createdAt: escalations.createdAt, shopName: sellers.shopName })
      .from(escalations)
      .innerJoin(sellers, eq(sellers.id, escalations.sellerId))
      .where(eq(escalations.id, escalationId));
    if (!esc) return { ok: false, error: "not_found" };
    if (esc.version !== version) return { ok: false, error: "conflict", current: await currentReview(tx, escalationId) };
    const t = transitionEscalation({ state: esc.state, proposerId: esc.proposerId }, event, reviewer, now);
    if (!t.ok) return { ok: false, error: t.error };
    const text = (event.type === "reject" ? event.reason : event.question).trim();
    const input = await loadGuardrailInput(tx, {
      sellerId: esc.sellerId,
      proposal: { action: esc.action, durationDays: esc.durationDays, proposerId: esc.proposerId, proposedAt: esc.createdAt, outreachNote: esc.outreachNote },
      reliedCaseIds: esc.reliedCaseIds,
      approverId: reviewer.id,
      now,
    });
    const updated = await tx
      .update(escalations)
      .set({
        state: t.next.state,
        reviewerId: t.next.reviewerId,
        reviewedAt: t.next.reviewedAt,
        reviewReason: text,
        guardrails: input ? evaluateGuardrails(input) : null,
        version: version + 1,
      })
      .where(and(eq(escalations.id, escalationId), eq(escalations.version, version), eq(escalations.state, "pending")))
      .returning({ id: escalations.id });
    if (updated.length === 0) return { ok: false, error: "conflict", current: await currentReview(tx, escalationId) };
    const outcome = event.type === "reject" ? "rejected" : "returned";
    await tx.insert(notifications).values({
      userId: esc.proposerId,
      kind: "escalation_reviewed",
      params: { outcome, shopName: esc.shopName, action: esc.action, durationDays: esc.durationDays, reason: text },
      escalationId,
      createdAt: now,
    });
    await recordAudit(tx, {
      actor: { kind: "user", id: reviewer.id },
      action: `escalation.${outcome}`,
      subjectType: "escalation",
      subjectId: escalationId,
      data: { reason: text },
      at: now,
    });
    return { ok: true };
  });
}

export function rejectEscalation(db: Db, params: { escalationId: string; version: number; reviewer: EscalationActor; reason: string; now: Date }) {
  return review(db, params, { type: "reject", reason: params.reason });
}

/** Sends a proposal back to its proposer with a question (state `returned`). */
export function returnEscalation(db: Db, params: { escalationId: string; version: number; reviewer: EscalationActor; question: string; now: Date }) {
  return review(db, params, { type: "return", question: params.question });
}

/** The proposer answers a returned proposal with a revised rationale; it is pending again. */
export async function resubmitEscalation(
  db: Db,
  params: { escalationId: string; version: number; proposer: EscalationActor; rationale: string; outreachNote: string | null; now: Date },
): Promise<ReviewResult> {
  const { escalationId, version, proposer, now } = params;
  return db.transaction(async (tx): Promise<ReviewResult> => {
    const [esc] = await tx
      .select({ state: escalations.state, version: escalations.version, proposerId: escalations.proposerId, reviewReason: escalations.reviewReason })
      .from(escalations)
      .where(eq(escalations.id, escalationId));
    if (!esc) return { ok: false, error: "not_found" };
    if (esc.version !== version) return { ok: false, error: "conflict", current: await currentReview(tx, escalationId) };
    const t = transitionEscalation({ state: esc.state, proposerId: esc.proposerId }, { type: "resubmit" }, proposer, now);
    if (!t.ok) return { ok: false, error: t.error };
    const updated = await tx
      .update(escalations)
      .set({ state: t.next.state, reviewerId: null, reviewedAt: null, rationale: params.rationale, outreachNote: params.outreachNote, guardrails: null, version: version + 1 })
      .where(and(eq(escalations.id, escalationId), eq(escalations.version, version), eq(escalations.state, "returned")))
      .returning({ id: escalations.id });
    if (updated.length === 0) return { ok: false, error: "conflict", current: await currentReview(tx, escalationId) };
    await recordAudit(tx, {
      actor: { kind: "user", id: proposer.id },
      action: "escalation.resubmitted",
      subjectType: "escalation",
      subjectId: escalationId,
      data: { question: esc.reviewReason, rationale: params.rationale, outreachNote: params.outreachNote },
      at: now,
    });
    return { ok: true };
  });
}
