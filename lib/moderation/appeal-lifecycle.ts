import type { AppealState, AppealSubject, Role } from "./constants";
import { APPEAL_CLAIM_LEASE_MINUTES, requiredReviewPermission } from "./appeals";
import { can } from "./permissions";

// The appeal lifecycle as a pure transition function (DESIGN.md convention 3). An appeal is
// pending until a reviewer grants, denies or partly grants it; while pending, a reviewer holds a
// claim lease (like cases) that is renewed while they work and released when they leave.

export const APPEAL_OUTCOMES = ["grant", "deny", "partial"] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

export const OUTCOME_STATE: Record<AppealOutcome, AppealState> = {
  grant: "granted",
  deny: "denied",
  partial: "partial",
};

export type AppealEvent =
  | { type: "claim" }
  | { type: "renew" }
  | { type: "release" }
  | { type: AppealOutcome; reason: string };

export interface AppealActor {
  id: string;
  role: Role;
}

export interface AppealLifecycleView {
  subject: AppealSubject;
  state: AppealState;
  round: number;
  claimedBy: string | null;
  claimExpiresAt: Date | null;
  /** Everyone who took the appealed action: the decision's author, or the escalation's proposer and approver. */
  conflictedUserIds: readonly string[];
  /** Whether a partial outcome means something for the appealed action (see planReversal). */
  partialAvailable: boolean;
}

export const APPEAL_TRANSITION_ERRORS = [
  "forbidden",
  "senior_required",
  "conflict_of_interest",
  "not_pending",
  "claimed_by_other",
  "not_claimed",
  "reason_required",
  "partial_not_available",
] as const;
export type AppealTransitionError = (typeof APPEAL_TRANSITION_ERRORS)[number];

export interface AppealNext {
  state: AppealState;
  claimedBy: string | null;
  claimExpiresAt: Date | null;
  reviewerId: string | null;
  decidedAt: Date | null;
}

export type AppealTransition = { ok: true; next: AppealNext } | { ok: false; error: AppealTransitionError };

export function leaseIsLive(claimExpiresAt: Date | null, now: Date): boolean {
  return claimExpiresAt !== null && claimExpiresAt.getTime() > now.getTime();
}

export function leaseUntil(now: Date): Date {
  return new Date(now.getTime() + APPEAL_CLAIM_LEASE_MINUTES * 60_000);
}

/** Who may review this appeal at all (before any lease question). */
export function reviewerCheck(appeal: Pick<AppealLifecycleView, "subject" | "round" | "conflictedUserIds">, actor: AppealActor): AppealTransitionError | null {
  if (!can(actor.role, "appeal:review")) return "forbidden";
  if (!can(actor.role, requiredReviewPermission(appeal.subject, appeal.round))) return "senior_required";
  if (appeal.conflictedUserIds.includes(actor.id)) return "conflict_of_interest";
  return null;
}

const fail = (error: AppealTransitionError): AppealTransition => ({ ok: false, error });

export function transitionAppeal(
  appeal: AppealLifecycleView,
  event: AppealEvent,
  actor: AppealActor,
  now: Date,
): AppealTransition {
  const refused = reviewerCheck(appeal, actor);
  if (refused) return fail(refused);
  if (appeal.state !== "pending") return fail("not_pending");
  const live = leaseIsLive(appeal.claimExpiresAt, now);
  const mine = appeal.claimedBy === actor.id;
  const heldByOther = live && !mine;
  const unchanged = { state: appeal.state, reviewerId: null, decidedAt: null };

  switch (event.type) {
    case "claim":
      if (heldByOther) return fail("claimed_by_other");
      return { ok: true, next: { ...unchanged, claimedBy: actor.id, claimExpiresAt: leaseUntil(now) } };
    case "renew":
      // An expired lease nobody else took may still be renewed by its holder.
      if (heldByOther) return fail("claimed_by_other");
      if (!mine) return fail("not_claimed");
      return { ok: true, next: { ...unchanged, claimedBy: actor.id, claimExpiresAt: leaseUntil(now) } };
    case "release":
      if (!mine) return fail(heldByOther ? "claimed_by_other" : "not_claimed");
      return { ok: true, next: { ...unchanged, claimedBy: null, claimExpiresAt: null } };
    case "grant":
    case "deny":
    case "partial":
      if (heldByOther) return fail("claimed_by_other");
      if (!mine || !live) return fail("not_claimed");
      if (event.reason.trim().length === 0) return fail("reason_required");
      if (event.type === "partial" && !appeal.partialAvailable) return fail("partial_not_available");
      return {
        ok: true,
        next: {
          state: OUTCOME_STATE[event.type],
          claimedBy: null,
          claimExpiresAt: null,
          reviewerId: actor.id,
          decidedAt: now,
        },
      };
  }
}
