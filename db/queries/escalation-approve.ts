import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import {
  accountActionEndsAt,
  accountActionReference,
  addDays,
  buildAccountActionStatement,
  canApprove,
  evaluateGuardrails,
  requiredPointsFor,
  transitionEscalation,
  type EscalationActor,
  type EscalationState,
  type EscalationTransitionError,
  type FlagSource,
  type GuardrailKey,
} from "@/lib/moderation";
import type { Db } from "../open";
import { accountActions, escalations, notifications, platforms, users } from "../schema";
import { recordAudit } from "./audit";
import { sellerStatusFor } from "./account-actions";
import { getReliedCases, getSellerContext, loadGuardrailInput } from "./escalation-context";

export type ReviewConflict = { ok: false; error: "conflict"; current: { state: EscalationState; reviewerName: string | null } };

export type ApproveResult =
  | { ok: true; accountActionId: string; endsAt: Date | null; overridden: GuardrailKey[] }
  | ReviewConflict
  | { ok: false; error: EscalationTransitionError | "not_found" | "seller_blocked" }
  | { ok: false; error: "hard_guardrail_failed" | "override_reason_required"; failed: GuardrailKey[] };

/** What the other reviewer did, for a clear conflict message. */
export async function currentReview(db: Db, escalationId: string): Promise<ReviewConflict["current"]> {
  const [row] = await db
    .select({ state: escalations.state, reviewerName: users.name })
    .from(escalations)
    .leftJoin(users, eq(users.id, escalations.reviewerId))
    .where(eq(escalations.id, escalationId));
  return { state: row?.state ?? "pending", reviewerName: row?.reviewerName ?? null };
}

/**
 * Approves a pending escalation and applies its account action, all in one transaction: the
 * escalation (optimistic on `version`: of two seniors approving at once exactly one wins, the
 * other gets `conflict`), the account_actions row with its end date and statement of reasons,
 * the seller's `account_action` notification, the proposer's `escalation_reviewed` notification
 * and the audit events. Guardrails are evaluated again here; the database re-checks four eyes,
 * the prior warning and the approved escalation behind the account action.
 */
export async function approveEscalation(
  db: Db,
  params: { escalationId: string; version: number; reviewer: EscalationActor; overrideReason: string | null; now: Date },
): Promise<ApproveResult> {
  const { escalationId, version, reviewer, now } = params;
  return db.transaction(async (tx): Promise<ApproveResult> => {
    const [esc] = await tx.select().from(escalations).where(eq(escalations.id, escalationId));
    if (!esc) return { ok: false, error: "not_found" };
    if (esc.version !== version) return { ok: false, error: "conflict", current: await currentReview(tx, escalationId) };
    const t = transitionEscalation({ state: esc.state, proposerId: esc.proposerId }, { type: "approve" }, reviewer, now);
    if (!t.ok) return { ok: false, error: t.error };
    if ((await sellerStatusFor(tx, esc.sellerId, now)).status === "blocked") return { ok: false, error: "seller_blocked" };

    const proposal = { action: esc.action, durationDays: esc.durationDays, proposerId: esc.proposerId, proposedAt: esc.createdAt, outreachNote: esc.outreachNote };
    const input = await loadGuardrailInput(tx, { sellerId: esc.sellerId, proposal, reliedCaseIds: esc.reliedCaseIds, approverId: reviewer.id, now });
    if (!input) return { ok: false, error: "not_found" };
    const guardrails = evaluateGuardrails(input);
    const check = canApprove(guardrails, params.overrideReason);
    if (!check.ok) return check;
    const overrideReason = check.overridden.length > 0 ? (params.overrideReason?.trim() ?? null) : null;

    const updated = await tx
      .update(escalations)
      .set({ state: t.next.state, reviewerId: t.next.reviewerId, reviewedAt: t.next.reviewedAt, guardrails, overrideReason, version: version + 1 })
      .where(and(eq(escalations.id, escalationId), eq(escalations.version, version), eq(escalations.state, "pending"), isNull(escalations.reviewerId)))
      .returning({ id: escalations.id });
    if (updated.length === 0) return { ok: false, error: "conflict", current: await currentReview(tx, escalationId) };

    const [seller, relied, [platform]] = await Promise.all([
      getSellerContext(tx, esc.sellerId, now),
      getReliedCases(tx, esc.reliedCaseIds),
      tx.select({ appealWindowDays: platforms.appealWindowDays }).from(platforms).where(eq(platforms.id, esc.platformId)),
    ]);
    if (!seller || !platform) throw new Error("seller or platform vanished during approval");
    const endsAt = accountActionEndsAt(proposal, now);
    const appealDeadline = addDays(now, platform.appealWindowDays);
    const accountActionId = randomUUID();
    const statement = buildAccountActionStatement({
      reference: accountActionReference(accountActionId),
      locale: seller.locale,
      kind: esc.action,
      durationDays: esc.durationDays,
      startsAt: now,
      endsAt,
      rationale: esc.rationale,
      outreachNote: esc.outreachNote,
      activePoints: input.activePoints,
      ladderStepPoints: requiredPointsFor(input.ladder, proposal),
      cases: relied.flatMap((c) =>
        c.decisions.map((d) => ({ case_number: c.caseNumber, policy_code: d.policyCode, points: d.points, decided_at: d.createdAt.toISOString() })),
      ),
      sourceTypes: [...new Set(relied.flatMap((c) => c.flagSources))] as FlagSource[],
      appealDeadline,
      appealWindowDays: platform.appealWindowDays,
    });
    const [action] = await tx
      .insert(accountActions)
      .values({
        id: accountActionId,
        escalationId,
        sellerId: esc.sellerId,
        platformId: esc.platformId,
        kind: esc.action,
        startsAt: now,
        endsAt,
        statement: { ...statement },
        appealDeadline,
        createdAt: now,
      })
      .returning({ id: accountActions.id });
    if (!action) throw new Error("account action insert returned nothing");

    await tx.insert(notifications).values([
      {
        sellerId: esc.sellerId,
        kind: "account_action",
        params: {
          action: esc.action,
          durationDays: esc.durationDays,
          startsAt: now.toISOString(),
          endsAt: endsAt?.toISOString() ?? null,
          appealDeadline: appealDeadline.toISOString(),
          accountActionId: action.id,
          reference: statement.reference,
        },
        escalationId,
        createdAt: now,
      },
      {
        userId: esc.proposerId,
        kind: "escalation_reviewed",
        params: { outcome: "approved", shopName: seller.shopName, action: esc.action, durationDays: esc.durationDays, reason: null },
        escalationId,
        createdAt: now,
      },
    ]);
    const actor = { kind: "user" as const, id: reviewer.id };
    await recordAudit(tx, {
      actor,
      action: "escalation.approved",
      subjectType: "escalation",
      subjectId: escalationId,
      data: { guardrails, overridden: check.overridden, overrideReason },
      at: now,
    });
    await recordAudit(tx, {
      actor,
      action: "account_action.applied",
      subjectType: "account_action",
      subjectId: action.id,
      data: { escalationId, sellerId: esc.sellerId, kind: esc.action, endsAt: endsAt?.toISOString() ?? null },
      at: now,
    });
    return { ok: true, accountActionId: action.id, endsAt, overridden: check.overridden };
  });
}

