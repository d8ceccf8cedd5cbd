import { describe, expect, it } from "vitest";
import { ESCALATION_STATES, ROLES, type EscalationState, type Role } from "./constants";
import { ESCALATION_EVENTS, transitionEscalation, type EscalationEvent, type EscalationEventType } from "./escalation-lifecycle";

const now = new Date("2026-03-01T03:00:00Z");
const PROPOSER = "user-proposer";
const OTHER = "user-other";
const REASON = "Please attach the bale photos";

const eventOf = (type: EscalationEventType): EscalationEvent => {
  switch (type) {
    case "reject":
      return { type, reason: REASON };
    case "return":
      return { type, question: REASON };
    default:
      return { type };
  }
};

// Written out as rules, apart from the implementation: who may do what from which state.
const PROPOSERS: Role[] = ["moderator", "senior_moderator"];
const REVIEWERS: Role[] = ["senior_moderator"];
function expected(state: EscalationState | null, type: EscalationEventType, role: Role, isProposer: boolean): string {
  if (type === "propose") return !PROPOSERS.includes(role) ? "forbidden" : state === null ? "pending" : "already_proposed";
  if (type === "resubmit") {
    if (!PROPOSERS.includes(role)) return "forbidden";
    if (state !== "returned") return "not_returned";
    return isProposer ? "pending" : "not_proposer";
  }
  if (!REVIEWERS.includes(role)) return "forbidden";
  if (state !== "pending") return "not_pending";
  if (isProposer) return "own_proposal";
  return { approve: "approved", reject: "rejected", return: "returned" }[type];
}

const states: (EscalationState | null)[] = [null, ...ESCALATION_STATES];
const rows = states.flatMap((state) =>
  ESCALATION_EVENTS.flatMap((type) =>
    ROLES.flatMap((role) => [true, false].map((isProposer) => [String(state), type, role, isProposer, state] as const)),
  ),
);

describe("escalation lifecycle: state × event × role × proposer", () => {
  it.each(rows)("%s --%s--> by %s (proposer: %s)", (_s, type, role, isProposer, state) => {
    const actor = { id: isProposer ? PROPOSER : OTHER, role };
    const result = transitionEscalation({ state, proposerId: PROPOSER }, eventOf(type), actor, now);
    const want = expected(state, type, role, isProposer);
    if (result.ok) {
      expect(result.next.state).toBe(want);
      const reviewed = type === "approve" || type === "reject" || type === "return";
      expect(result.next.reviewerId).toBe(reviewed ? actor.id : null);
      expect(result.next.reviewedAt).toEqual(reviewed ? now : null);
    } else {
      expect(result.error).toBe(want);
    }
  });

  it("covers every state, event and role", () => {
    expect(rows).toHaveLength(5 * 5 * 5 * 2);
  });
});

describe("review texts", () => {
  const senior = { id: OTHER, role: "senior_moderator" as const };
  it("requires a reason to reject and a question to send back", () => {
    const view = { state: "pending" as const, proposerId: PROPOSER };
    expect(transitionEscalation(view, { type: "reject", reason: "  no  " }, senior, now)).toEqual({ ok: false, error: "reason_required" });
    expect(transitionEscalation(view, { type: "return", question: "" }, senior, now)).toEqual({ ok: false, error: "reason_required" });
  });
});
