import type { AccountActionKind, DecisionKind, ListingStatus } from "./constants";
import type { AppealOutcome } from "./appeal-lifecycle";
import type { Ladder } from "./ladder";

// What an appeal outcome undoes, as a plan the database layer applies in one transaction.
// A granted appeal reverses every effect of the appealed decision: the listing is reinstated,
// its strikes are revoked, and any account action that rested on those strikes is lifted. A
// partial outcome keeps the takedown but revokes the points (and what rested on them). A denial
// changes nothing but tells the seller why.

export interface AccountActionView {
  id: string;
  kind: AccountActionKind;
  startsAt: Date;
  endsAt: Date | null;
  liftedAt: Date | null;
  /** Cases the escalation relied on; empty when it relied on the seller's points as a whole. */
  reliedCaseIds: readonly string[];
}

export interface StrikeView {
  id: string;
  points: number;
  expiresAt: Date;
  revokedAt: Date | null;
}

export type AppealedForReversal =
  | {
      subject: "decision";
      decisionId: string;
      caseId: string;
      kind: DecisionKind;
      decidedAt: Date;
      listing: {
        id: string;
        status: ListingStatus;
        /** Another unreversed takedown or warning still holds the listing down. */
        heldByOtherDecision: boolean;
      };
      /** This decision's strikes. */
      strikes: readonly StrikeView[];
      /** The seller's account actions on the same platform. */
      accountActions: readonly AccountActionView[];
      /** Active points of the seller's other strikes (not this decision's), now. */
      otherActivePoints: number;
      ladder: Ladder;
    }
  | {
      subject: "account_action";
      accountAction: AccountActionView;
    };

export type LiftCause = "appeal_granted" | "rested_on_revoked_strikes";

export type ReversalEffect =
  | { type: "reverse_decision"; decisionId: string }
  | { type: "reinstate_listing"; listingId: string; from: ListingStatus }
  | { type: "revoke_strikes"; strikeIds: string[]; points: number }
  | { type: "lift_account_action"; accountActionId: string; kind: AccountActionKind; cause: LiftCause }
  | { type: "notify_seller"; outcome: AppealOutcome };

function inForce(action: AccountActionView, now: Date): boolean {
  return action.liftedAt === null && (action.endsAt === null || action.endsAt.getTime() > now.getTime());
}

/** A partial outcome (keep the takedown, revoke the points) exists only where there are points to revoke. */
export function partialAvailable(appealed: AppealedForReversal): boolean {
  return appealed.subject === "decision" && appealed.kind === "takedown" && appealed.strikes.some((s) => s.revokedAt === null);
}

function lowestStepFor(ladder: Ladder, kind: AccountActionKind): number | null {
  const points = ladder.steps.filter((s) => s.action === kind).map((s) => s.points);
  return points.length > 0 ? Math.min(...points) : null;
}

/**
 * An active account action rests on this decision's strikes when its escalation relied on the
 * decision's case, or — when it named no cases — when the strikes counted at the time the action
 * began and the seller's remaining points no longer reach the ladder step for that action.
 */
function restsOnDecision(action: AccountActionView, appealed: Extract<AppealedForReversal, { subject: "decision" }>): boolean {
  if (action.reliedCaseIds.includes(appealed.caseId)) return true;
  if (action.reliedCaseIds.length > 0) return false;
  if (appealed.decidedAt.getTime() > action.startsAt.getTime()) return false;
  const step = lowestStepFor(appealed.ladder, action.kind);
  return step !== null && appealed.otherActivePoints < step;
}

export function planReversal(appealed: AppealedForReversal, outcome: AppealOutcome, now: Date): ReversalEffect[] {
  if (outcome === "deny") return [{ type: "notify_seller", outcome }];

  if (appealed.subject === "account_action") {
    if (outcome === "partial") throw new Error("a partial outcome does not apply to an account action");
    const effects: ReversalEffect[] = [];
    const action = appealed.accountAction;
    if (inForce(action, now)) {
      effects.push({ type: "lift_account_action", accountActionId: action.id, kind: action.kind, cause: "appeal_granted" });
    }
    effects.push({ type: "notify_seller", outcome });
    return effects;
  }

  if (outcome === "partial" && !partialAvailable(appealed)) {
    throw new Error("a partial outcome needs a takedown with points to revoke");
  }
  const effects: ReversalEffect[] = [];
  if (outcome === "grant") {
    effects.push({ type: "reverse_decision", decisionId: appealed.decisionId });
    const restricted = appealed.kind === "takedown" || appealed.kind === "warn";
    if (restricted && appealed.listing.status !== "active" && !appealed.listing.heldByOtherDecision) {
      effects.push({ type: "reinstate_listing", listingId: appealed.listing.id, from: appealed.listing.status });
    }
  }
  const toRevoke = appealed.strikes.filter((s) => s.revokedAt === null);
  if (toRevoke.length > 0) {
    effects.push({
      type: "revoke_strikes",
      strikeIds: toRevoke.map((s) => s.id),
      points: toRevoke.reduce((sum, s) => sum + s.points, 0),
    });
    for (const action of appealed.accountActions) {
      if (inForce(action, now) && restsOnDecision(action, appealed)) {
        effects.push({ type: "lift_account_action", accountActionId: action.id, kind: action.kind, cause: "rested_on_revoked_strikes" });
      }
    }
  }
  effects.push({ type: "notify_seller", outcome });
  return effects;
}
