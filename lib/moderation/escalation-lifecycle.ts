import type { EscalationState, Role } from "./constants";
import { can } from "./permissions";

// The escalation lifecycle as a pure transition function (DESIGN.md convention 3).
//
//   (none) --propose--> pending --approve--> approved      (terminal; the account action applies)
//                               --reject---> rejected      (terminal; reason required)
//                               --return---> returned --resubmit--> pending   (a question to answer)
//
// Proposing needs escalation:propose; approve, reject and return need escalation:review and are
// never done by the proposer (four eyes); only the proposer resubmits a returned proposal.

export const ESCALATION_EVENTS = ["propose", "approve", "reject", "return", "resubmit"] as const;
export type EscalationEventType = (typeof ESCALATION_EVENTS)[number];

export type EscalationEvent =
  | { type: "propose" }
  | { type: "approve" }
  | { type: "reject"; reason: string }
  | { type: "return"; question: string }
  | { type: "resubmit" };

export interface EscalationActor {
  id: string;
  role: Role;
}

export interface EscalationView {
  /** null before the proposal exists. */
  state: EscalationState | null;
  proposerId: string;
}

export const ESCALATION_TRANSITION_ERRORS = [
  "forbidden",
  "own_proposal",
  "not_proposer",
  "already_proposed",
  "not_pending",
  "not_returned",
  "reason_required",
] as const;
export type EscalationTransitionError = (typeof ESCALATION_TRANSITION_ERRORS)[number];

/** The shortest reject reason or return question accepted, after trimming. */
export const REVIEW_REASON_MIN_LENGTH = 10;

export interface EscalationNext {
  state: EscalationState;
  reviewerId: string | null;
  reviewedAt: Date | null;
}

export type EscalationTransition = { ok: true; next: EscalationNext } | { ok: false; error: EscalationTransitionError };

const fail = (error: EscalationTransitionError): EscalationTransition => ({ ok: false, error });

function review(view: EscalationView, actor: EscalationActor): EscalationTransitionError | null {
  if (!can(actor.role, "escalation:review")) return "forbidden";
  if (view.state !== "pending") return "not_pending";
  if (actor.id === view.proposerId) return "own_proposal";
  return null;
}

export function transitionEscalation(
  view: EscalationView,
  event: EscalationEvent,
  actor: EscalationActor,
  now: Date,
): EscalationTransition {
  switch (event.type) {
    case "propose":
      if (!can(actor.role, "escalation:propose")) return fail("forbidden");
      if (view.state !== null) return fail("already_proposed");
      return { ok: true, next: { state: "pending", reviewerId: null, reviewedAt: null } };
    case "resubmit":
      if (!can(actor.role, "escalation:propose")) return fail("forbidden");
      if (view.state !== "returned") return fail("not_returned");
      if (actor.id !== view.proposerId) return fail("not_proposer");
      return { ok: true, next: { state: "pending", reviewerId: null, reviewedAt: null } };
    case "approve": {
      const error = review(view, actor);
      return error ? fail(error) : { ok: true, next: { state: "approved", reviewerId: actor.id, reviewedAt: now } };
    }
    case "reject":
    case "return": {
      const error = review(view, actor);
      if (error) return fail(error);
      const text = event.type === "reject" ? event.reason : event.question;
      if (text.trim().length < REVIEW_REASON_MIN_LENGTH) return fail("reason_required");
      const state: EscalationState = event.type === "reject" ? "rejected" : "returned";
      return { ok: true, next: { state, reviewerId: actor.id, reviewedAt: now } };
    }
  }
}
