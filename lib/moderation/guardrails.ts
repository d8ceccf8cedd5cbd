import { actionSeverity, type ProposedAction } from "./account-actions";
import type { UmkmTier } from "./constants";
import type { Ladder } from "./ladder";

// The guardrails shown on the proposal and approval screens of an escalation (issue 5). Hard
// guardrails (a, b) can never be overridden; a failing soft one (c–e) blocks approval unless the
// senior moderator writes an override reason. Details are codes with parameters, rendered through
// the message catalogs (escalations.guardrails.<key>.<code>).

export const GUARDRAIL_KEYS = ["a", "b", "c", "d", "e"] as const;
export type GuardrailKey = (typeof GUARDRAIL_KEYS)[number];
export const HARD_GUARDRAILS: readonly GuardrailKey[] = ["a", "b"];

/** The shortest override reason accepted, after trimming. */
export const OVERRIDE_REASON_MIN_LENGTH = 10;

export interface GuardrailDetail {
  code: string;
  params: Record<string, string | number | null>;
}

export interface Guardrail {
  key: GuardrailKey;
  hard: boolean;
  passed: boolean;
  detail: GuardrailDetail;
}

export interface ReliedDecision {
  caseId: string;
  caseNumber: number;
  appealPending: boolean;
}

export interface GuardrailInput {
  proposal: ProposedAction & {
    proposerId: string;
    /** When the proposal was made (now, while it is being written). */
    proposedAt: Date;
    outreachNote: string | null;
  };
  /** The senior moderator reviewing; null while the proposal is being written. */
  approverId: string | null;
  /** When the seller was sent ladder warnings. */
  warningTimes: readonly Date[];
  ladder: Ladder;
  activePoints: number;
  /** The restricting decisions on the cases the proposal relies on. */
  reliedDecisions: readonly ReliedDecision[];
  seller: { umkmTier: UmkmTier | null; earlierAccountActions: number };
}

const result = (key: GuardrailKey, passed: boolean, code: string, params: GuardrailDetail["params"] = {}): Guardrail => ({
  key,
  hard: HARD_GUARDRAILS.includes(key),
  passed,
  detail: { code, params },
});

function priorWarning(input: GuardrailInput): Guardrail {
  const before = input.warningTimes
    .filter((t) => t.getTime() < input.proposal.proposedAt.getTime())
    .sort((x, y) => y.getTime() - x.getTime());
  const latest = before[0];
  return latest
    ? result("a", true, "warned", { warnedAt: latest.toISOString(), count: before.length })
    : result("a", false, "not_warned");
}

function fourEyes(input: GuardrailInput): Guardrail {
  if (input.approverId === null) return result("b", true, "approver_pending");
  return input.approverId === input.proposal.proposerId
    ? result("b", false, "same_person")
    : result("b", true, "different_person");
}

/** The points of the lowest ladder step at least as severe as the proposal, or null. */
export function requiredPointsFor(ladder: Ladder, proposal: ProposedAction): number | null {
  const severity = actionSeverity(proposal);
  const steps = ladder.steps.filter((step) => actionSeverity({ action: step.action, durationDays: step.durationDays }) >= severity);
  return steps.length === 0 ? null : Math.min(...steps.map((s) => s.points));
}

function ladderStep(input: GuardrailInput): Guardrail {
  const required = requiredPointsFor(input.ladder, input.proposal);
  const points = input.activePoints;
  if (required === null) return result("c", false, "beyond_ladder", { points });
  return points >= required
    ? result("c", true, "reached", { points, requiredPoints: required })
    : result("c", false, "below_step", { points, requiredPoints: required });
}

function noPendingAppeal(input: GuardrailInput): Guardrail {
  const pending = input.reliedDecisions.filter((d) => d.appealPending);
  if (pending.length === 0) return result("d", true, "none_pending", { count: input.reliedDecisions.length });
  const cases = [...new Set(pending.map((d) => `#${d.caseNumber}`))].join(", ");
  return result("d", false, "appeal_pending", { cases, count: pending.length });
}

/** The mildest action the ladder knows (its least severe step). */
export function isMildestAction(ladder: Ladder, proposal: ProposedAction): boolean {
  if (ladder.steps.length === 0) return proposal.action === "restrict_listings";
  const mildest = Math.min(...ladder.steps.map((s) => actionSeverity({ action: s.action, durationDays: s.durationDays })));
  return actionSeverity(proposal) <= mildest;
}

function firstActionOnMikro(input: GuardrailInput): Guardrail {
  if (input.seller.umkmTier !== "mikro") return result("e", true, "not_mikro", { tier: input.seller.umkmTier });
  if (input.seller.earlierAccountActions > 0) {
    return result("e", true, "earlier_action", { count: input.seller.earlierAccountActions });
  }
  if ((input.proposal.outreachNote ?? "").trim().length > 0) return result("e", true, "outreach_note");
  if (isMildestAction(input.ladder, input.proposal)) return result("e", true, "mildest_action");
  return result("e", false, "outreach_missing");
}

export function evaluateGuardrails(input: GuardrailInput): Guardrail[] {
  return [priorWarning(input), fourEyes(input), ladderStep(input), noPendingAppeal(input), firstActionOnMikro(input)];
}

export type ApprovalCheck =
  | { ok: true; overridden: GuardrailKey[] }
  | { ok: false; error: "hard_guardrail_failed" | "override_reason_required"; failed: GuardrailKey[] };

/**
 * Whether an approval may go ahead: never with a failing hard guardrail; with failing soft ones
 * only when an override reason of at least OVERRIDE_REASON_MIN_LENGTH characters is given.
 */
export function canApprove(guardrails: readonly Guardrail[], overrideReason: string | null | undefined): ApprovalCheck {
  const hard = guardrails.filter((g) => g.hard && !g.passed).map((g) => g.key);
  if (hard.length > 0) return { ok: false, error: "hard_guardrail_failed", failed: hard };
  const soft = guardrails.filter((g) => !g.hard && !g.passed).map((g) => g.key);
  if (soft.length === 0) return { ok: true, overridden: [] };
  if ((overrideReason ?? "").trim().length < OVERRIDE_REASON_MIN_LENGTH) {
    return { ok: false, error: "override_reason_required", failed: soft };
  }
  return { ok: true, overridden: soft };
}
