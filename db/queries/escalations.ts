import { and, asc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import {
  evaluateGuardrails,
  transitionEscalation,
  type AccountActionKind,
  type EscalationActor,
  type EscalationState,
  type EscalationTransitionError,
  type Guardrail,
} from "@/lib/moderation";
import type { EscalationInput } from "@/lib/validation/escalation";
import type { Db } from "../open";
import { cases, escalations, platforms, sellers, users } from "../schema";
import { recordAudit } from "./audit";
import { sellerStatusFor } from "./account-actions";
import { getReliedCases, getSellerContext, loadGuardrailInput, type ReliedCase, type SellerContext } from "./escalation-context";

export { approveEscalation } from "./escalation-approve";
export { rejectEscalation, returnEscalation, resubmitEscalation } from "./escalation-review";

// Escalations: the only way to an account action. Proposals, the pending list, the review detail.
// Approval lives in escalation-approve.ts, reject / send back / resubmit in escalation-review.ts.

export type ProposeError = EscalationTransitionError | "seller_unknown" | "seller_blocked" | "already_pending" | "case_not_of_seller";
export type ProposeResult = { ok: true; escalationId: string } | { ok: false; error: ProposeError };

export async function proposeEscalation(db: Db, input: EscalationInput, proposer: EscalationActor, now: Date): Promise<ProposeResult> {
  const t = transitionEscalation({ state: null, proposerId: proposer.id }, { type: "propose" }, proposer, now);
  if (!t.ok) return { ok: false, error: t.error };
  return db.transaction(async (tx) => {
    // Lock the seller row so two proposals for one seller queue up behind each other.
    const [seller] = await tx.select({ id: sellers.id, platformId: sellers.platformId }).from(sellers).where(eq(sellers.id, input.sellerId)).for("update");
    if (!seller) return { ok: false as const, error: "seller_unknown" as const };
    if ((await sellerStatusFor(tx, seller.id, now)).status === "blocked") return { ok: false as const, error: "seller_blocked" as const };
    const [open] = await tx
      .select({ id: escalations.id })
      .from(escalations)
      .where(and(eq(escalations.sellerId, seller.id), inArray(escalations.state, ["pending", "returned"])))
      .limit(1);
    if (open) return { ok: false as const, error: "already_pending" as const };
    const relied = await tx.select({ id: cases.id, sellerId: cases.sellerId }).from(cases).where(inArray(cases.id, input.reliedCaseIds));
    if (relied.length !== input.reliedCaseIds.length || relied.some((c) => c.sellerId !== seller.id)) {
      return { ok: false as const, error: "case_not_of_seller" as const };
    }
    const [row] = await tx
      .insert(escalations)
      .values({
        sellerId: seller.id,
        platformId: seller.platformId,
        action: input.action,
        durationDays: input.durationDays,
        rationale: input.rationale,
        outreachNote: input.outreachNote,
        reliedCaseIds: input.reliedCaseIds,
        proposerId: proposer.id,
        state: t.next.state,
        createdAt: now,
      })
      .returning({ id: escalations.id });
    if (!row) throw new Error("escalation insert returned nothing");
    await recordAudit(tx, {
      actor: { kind: "user", id: proposer.id },
      action: "escalation.proposed",
      subjectType: "escalation",
      subjectId: row.id,
      data: { sellerId: seller.id, action: input.action, durationDays: input.durationDays, reliedCaseIds: input.reliedCaseIds },
      at: now,
    });
    return { ok: true as const, escalationId: row.id };
  });
}

export interface EscalationListRow {
  id: string;
  state: EscalationState;
  sellerId: string;
  shopName: string;
  platformName: string;
  action: AccountActionKind;
  durationDays: number | null;
  proposerId: string;
  proposerName: string;
  reliedCaseCount: number;
  createdAt: Date;
  ageHours: number;
  reviewReason: string | null;
}

const proposerUser = alias(users, "proposer");

/** Proposals waiting for a senior (pending) or for their proposer (returned), oldest first. */
export async function listOpenEscalations(db: Db, now: Date, states: EscalationState[] = ["pending"], limit = 200): Promise<EscalationListRow[]> {
  const rows = await db
    .select({
      id: escalations.id,
      state: escalations.state,
      sellerId: escalations.sellerId,
      shopName: sellers.shopName,
      platformName: platforms.name,
      action: escalations.action,
      durationDays: escalations.durationDays,
      proposerId: escalations.proposerId,
      proposerName: proposerUser.name,
      reliedCaseIds: escalations.reliedCaseIds,
      createdAt: escalations.createdAt,
      reviewReason: escalations.reviewReason,
    })
    .from(escalations)
    .innerJoin(sellers, eq(sellers.id, escalations.sellerId))
    .innerJoin(platforms, eq(platforms.id, escalations.platformId))
    .innerJoin(proposerUser, eq(proposerUser.id, escalations.proposerId))
    .where(inArray(escalations.state, states))
    .orderBy(asc(escalations.createdAt), asc(escalations.id))
    .limit(limit);
  return rows.map(({ reliedCaseIds, ...r }) => ({
    ...r,
    reliedCaseCount: reliedCaseIds.length,
    ageHours: Math.max(0, Math.floor((now.getTime() - r.createdAt.getTime()) / 3_600_000)),
  }));
}

export interface EscalationDetail {
  id: string;
  sellerId: string;
  state: EscalationState;
  version: number;
  action: AccountActionKind;
  durationDays: number | null;
  rationale: string;
  outreachNote: string | null;
  reliedCaseIds: string[];
  proposerId: string;
  proposerName: string;
  reviewerId: string | null;
  reviewerName: string | null;
  reviewReason: string | null;
  overrideReason: string | null;
  createdAt: Date;
  reviewedAt: Date | null;
  seller: SellerContext;
  reliedCases: ReliedCase[];
  /** Live for a pending proposal (as seen by `viewerId`); as recorded at review time otherwise. */
  guardrails: Guardrail[];
}

const reviewerUser = alias(users, "reviewer");

export async function getEscalationDetail(db: Db, escalationId: string, viewerId: string | null, now: Date): Promise<EscalationDetail | null> {
  const [esc] = await db
    .select({
      id: escalations.id,
      sellerId: escalations.sellerId,
      state: escalations.state,
      version: escalations.version,
      action: escalations.action,
      durationDays: escalations.durationDays,
      rationale: escalations.rationale,
      outreachNote: escalations.outreachNote,
      reliedCaseIds: escalations.reliedCaseIds,
      proposerId: escalations.proposerId,
      proposerName: proposerUser.name,
      reviewerId: escalations.reviewerId,
      reviewerName: reviewerUser.name,
      reviewReason: escalations.reviewReason,
      overrideReason: escalations.overrideReason,
      storedGuardrails: escalations.guardrails,
      createdAt: escalations.createdAt,
      reviewedAt: escalations.reviewedAt,
    })
    .from(escalations)
    .innerJoin(proposerUser, eq(proposerUser.id, escalations.proposerId))
    .leftJoin(reviewerUser, eq(reviewerUser.id, escalations.reviewerId))
    .where(eq(escalations.id, escalationId));
  if (!esc) return null;
  const [seller, reliedCases, input] = await Promise.all([
    getSellerContext(db, esc.sellerId, now),
    getReliedCases(db, esc.reliedCaseIds),
    loadGuardrailInput(db, {
      sellerId: esc.sellerId,
      proposal: { action: esc.action, durationDays: esc.durationDays, proposerId: esc.proposerId, proposedAt: esc.createdAt, outreachNote: esc.outreachNote },
      reliedCaseIds: esc.reliedCaseIds,
      approverId: viewerId,
      now,
    }),
  ]);
  if (!seller || !input) return null;
  const decided = esc.state === "approved" || esc.state === "rejected";
  const { storedGuardrails, ...rest } = esc;
  const guardrails = decided && Array.isArray(storedGuardrails) ? (storedGuardrails as Guardrail[]) : evaluateGuardrails(input);
  return { ...rest, seller, reliedCases, guardrails };
}

/** The seller's open (pending or returned) escalation, if any. */
export async function openEscalationFor(db: Db, sellerId: string): Promise<{ id: string; state: EscalationState } | null> {
  const [row] = await db
    .select({ id: escalations.id, state: escalations.state })
    .from(escalations)
    .where(and(eq(escalations.sellerId, sellerId), inArray(escalations.state, ["pending", "returned"])))
    .limit(1);
  return row ?? null;
}
