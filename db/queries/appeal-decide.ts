import { and, eq, gt, inArray, isNull, ne, sql } from "drizzle-orm";
import type { AppealState } from "@/lib/moderation/constants";
import { secondAppealDeadline } from "@/lib/moderation/appeals";
import {
  OUTCOME_STATE,
  transitionAppeal,
  type AppealActor,
  type AppealOutcome,
  type AppealTransitionError,
} from "@/lib/moderation/appeal-lifecycle";
import { partialAvailable, planReversal, type AppealedForReversal, type ReversalEffect } from "@/lib/moderation/reversal";
import type { Db } from "../open";
import { liftAccountAction } from "./account-actions";
import { accountActions, appeals, cases, decisions, escalations, listings, notifications, platforms, strikes, users } from "../schema";
import { loadAppealSubject, type AppealSubjectRow } from "./appeal-subjects";
import { lockAppealView } from "./appeal-queue";
import { recordAudit } from "./audit";

// Deciding an appeal: one transaction checks the reviewer (lifecycle + database trigger), plans
// what the outcome undoes (lib/moderation/reversal) and applies every effect with its audit
// event and the seller's notifications — all of it, or none.

export interface DecideAppealParams {
  appealId: string;
  version: number;
  outcome: AppealOutcome;
  reason: string;
  reviewer: AppealActor;
  now: Date;
}

export type DecideAppealResult =
  | { ok: true; state: AppealState; effects: ReversalEffect[] }
  | { ok: false; error: AppealTransitionError | "not_found" | "stale"; current?: { state: AppealState; reviewerName: string | null } };

async function loadReversalInput(tx: Db, subject: AppealSubjectRow, now: Date): Promise<AppealedForReversal> {
  if (subject.subject === "account_action") {
    const [action] = await tx
      .select({ id: accountActions.id, kind: accountActions.kind, startsAt: accountActions.startsAt, endsAt: accountActions.endsAt, liftedAt: accountActions.liftedAt })
      .from(accountActions)
      .where(eq(accountActions.id, subject.id));
    if (!action) throw new Error("account action vanished inside its own transaction");
    return { subject: "account_action", accountAction: { ...action, reliedCaseIds: [] } };
  }
  const listingId = subject.listingId;
  const caseId = subject.caseId;
  if (!listingId || !caseId) throw new Error("a decision appeal needs its case and listing");
  const [listing] = await tx.select({ id: listings.id, status: listings.status }).from(listings).where(eq(listings.id, listingId)).for("update");
  if (!listing) throw new Error("listing vanished inside its own transaction");
  const [held] = await tx
    .select({ id: decisions.id })
    .from(decisions)
    .innerJoin(cases, eq(cases.id, decisions.caseId))
    .where(
      and(
        eq(cases.listingId, listingId),
        ne(decisions.id, subject.id),
        inArray(decisions.kind, ["takedown", "warn"]),
        isNull(decisions.reversedAt),
      ),
    )
    .limit(1);
  const ownStrikes = await tx
    .select({ id: strikes.id, points: strikes.points, expiresAt: strikes.expiresAt, revokedAt: strikes.revokedAt })
    .from(strikes)
    .where(eq(strikes.decisionId, subject.id))
    .for("update");
  const actions = await tx
    .select({
      id: accountActions.id,
      kind: accountActions.kind,
      startsAt: accountActions.startsAt,
      endsAt: accountActions.endsAt,
      liftedAt: accountActions.liftedAt,
      reliedCaseIds: escalations.reliedCaseIds,
    })
    .from(accountActions)
    .innerJoin(escalations, eq(escalations.id, accountActions.escalationId))
    .where(and(eq(accountActions.sellerId, subject.sellerId), eq(accountActions.platformId, subject.platformId), isNull(accountActions.liftedAt)))
    .for("update", { of: accountActions });
  const [other] = await tx
    .select({ points: sql<number>`coalesce(sum(${strikes.points}), 0)`.mapWith(Number) })
    .from(strikes)
    .where(
      and(
        eq(strikes.sellerId, subject.sellerId),
        eq(strikes.platformId, subject.platformId),
        ne(strikes.decisionId, subject.id),
        isNull(strikes.revokedAt),
        gt(strikes.expiresAt, now),
      ),
    );
  const [platform] = await tx.select({ ladder: platforms.ladder }).from(platforms).where(eq(platforms.id, subject.platformId));
  if (!platform) throw new Error("platform missing");
  return {
    subject: "decision",
    decisionId: subject.id,
    caseId,
    kind: subject.kind as Extract<AppealedForReversal, { subject: "decision" }>["kind"],
    decidedAt: subject.noticeAt,
    listing: { id: listing.id, status: listing.status, heldByOtherDecision: held !== undefined },
    strikes: ownStrikes,
    accountActions: actions,
    otherActivePoints: other?.points ?? 0,
    ladder: platform.ladder,
  };
}

async function applyEffects(
  tx: Db,
  ctx: { effects: ReversalEffect[]; appealId: string; subject: AppealSubjectRow; reviewerId: string; now: Date },
): Promise<void> {
  const actor = { kind: "user" as const, id: ctx.reviewerId };
  const at = ctx.now;
  const because = `appeal ${ctx.appealId}`;
  for (const effect of ctx.effects) {
    switch (effect.type) {
      case "reverse_decision":
        await tx.update(decisions).set({ reversedAt: at }).where(eq(decisions.id, effect.decisionId));
        await recordAudit(tx, { actor, at, action: "decision.reversed", subjectType: "decision", subjectId: effect.decisionId, data: { appealId: ctx.appealId } });
        break;
      case "reinstate_listing":
        await tx.update(listings).set({ status: "active", updatedAt: at }).where(eq(listings.id, effect.listingId));
        await recordAudit(tx, { actor, at, action: "listing.reinstated", subjectType: "listing", subjectId: effect.listingId, data: { from: effect.from, appealId: ctx.appealId } });
        break;
      case "revoke_strikes":
        await tx.update(strikes).set({ revokedAt: at, revokedReason: because }).where(inArray(strikes.id, effect.strikeIds));
        await recordAudit(tx, { actor, at, action: "strikes.revoked", subjectType: "seller", subjectId: ctx.subject.sellerId, data: { strikeIds: effect.strikeIds, points: effect.points, appealId: ctx.appealId } });
        break;
      case "lift_account_action":
        await liftAccountAction(tx, { accountActionId: effect.accountActionId, actor, reason: `${because} (${effect.cause})`, now: at, appealId: ctx.appealId });
        break;
      case "notify_seller":
        // Written by decideAppeal, which knows the reason and the second-appeal route; it also
        // tells the seller about lifted account actions (no separate "ended" notice).
        break;
    }
  }
}

export async function decideAppeal(db: Db, params: DecideAppealParams): Promise<DecideAppealResult> {
  return db.transaction(async (tx) => {
    const view = await lockAppealView(tx, params.appealId);
    if (!view) return { ok: false, error: "not_found" } as const;
    if (view.version !== params.version) {
      const [current] = await tx
        .select({ state: appeals.state, reviewerName: users.name })
        .from(appeals)
        .leftJoin(users, eq(users.id, appeals.reviewerId))
        .where(eq(appeals.id, params.appealId));
      return { ok: false, error: "stale", current: current ? { state: current.state, reviewerName: current.reviewerName } : undefined } as const;
    }
    const subjectId = view.decisionId ?? view.accountActionId;
    if (!subjectId) throw new Error("appeal without a subject");
    const subject = await loadAppealSubject(tx, { subject: view.subject, id: subjectId, viewer: { kind: "staff", userId: params.reviewer.id }, lock: true });
    if (!subject) return { ok: false, error: "not_found" } as const;
    const appealed = await loadReversalInput(tx, subject, params.now);
    const t = transitionAppeal(
      { ...view, partialAvailable: partialAvailable(appealed) },
      { type: params.outcome, reason: params.reason },
      params.reviewer,
      params.now,
    );
    if (!t.ok) return { ok: false, error: t.error } as const;
    const state = OUTCOME_STATE[params.outcome];
    const reason = params.reason.trim();
    // Writing the reviewer first lets the database's independence trigger refuse before anything else changes.
    await tx
      .update(appeals)
      .set({
        state,
        reviewerId: t.next.reviewerId,
        decidedAt: params.now,
        outcomeReason: reason,
        claimedBy: null,
        claimExpiresAt: null,
        version: sql`${appeals.version} + 1`,
      })
      .where(eq(appeals.id, params.appealId));
    const effects = planReversal(appealed, params.outcome, params.now);
    await applyEffects(tx, { effects, appealId: params.appealId, subject, reviewerId: params.reviewer.id, now: params.now });
    const second = secondAppealDeadline(view.round, state, params.now, subject.settings);
    const revoked = effects.find((e) => e.type === "revoke_strikes");
    await tx.insert(notifications).values({
      sellerId: subject.sellerId,
      kind: "appeal_outcome",
      params: {
        outcome: state,
        reason,
        round: view.round,
        subject: subject.subject,
        actionKind: subject.kind,
        listingTitle: subject.listingTitle,
        caseNumber: subject.caseNumber,
        pointsRevoked: revoked?.type === "revoke_strikes" ? revoked.points : 0,
        listingReinstated: effects.some((e) => e.type === "reinstate_listing") ? 1 : 0,
        actionsLifted: effects.filter((e) => e.type === "lift_account_action").length,
        secondAppealDeadline: second ? second.toISOString() : null,
      },
      caseId: subject.caseId,
      decisionId: subject.subject === "decision" ? subject.id : null,
      appealId: params.appealId,
      createdAt: params.now,
    });
    await recordAudit(tx, {
      actor: { kind: "user", id: params.reviewer.id },
      at: params.now,
      action: `appeal.${state}`,
      subjectType: "appeal",
      subjectId: params.appealId,
      data: { reason, round: view.round, effects: effects.map((e) => e.type), secondAppealDeadline: second?.toISOString() ?? null },
    });
    return { ok: true, state, effects } as const;
  });
}

