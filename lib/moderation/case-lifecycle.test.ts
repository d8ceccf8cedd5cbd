import { describe, expect, it } from "vitest";
import {
  CLAIM_LEASE_MS,
  displayState,
  transitionCase,
  type CaseActor,
  type CaseEvent,
  type CaseView,
} from "./case-lifecycle";
import { ROLES } from "./constants";
import { isDomainError } from "./domain-error";

const now = new Date("2026-01-10T08:00:00Z");
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const ME = "11111111-1111-4111-8111-111111111111";
const OTHER = "22222222-2222-4222-8222-222222222222";

const STATES = {
  open_unclaimed: { state: "open", claimedBy: null, claimExpiresAt: null, awaitingUntil: null, version: 3 },
  open_mine_live: { state: "open", claimedBy: ME, claimExpiresAt: at(5), awaitingUntil: null, version: 3 },
  open_mine_expired: { state: "open", claimedBy: ME, claimExpiresAt: at(-1), awaitingUntil: null, version: 3 },
  open_other_live: { state: "open", claimedBy: OTHER, claimExpiresAt: at(5), awaitingUntil: null, version: 3 },
  open_other_expired: { state: "open", claimedBy: OTHER, claimExpiresAt: at(-1), awaitingUntil: null, version: 3 },
  awaiting_before: { state: "awaiting_seller", claimedBy: null, claimExpiresAt: null, awaitingUntil: at(60), version: 3 },
  awaiting_after: { state: "awaiting_seller", claimedBy: null, claimExpiresAt: null, awaitingUntil: at(-60), version: 3 },
  resolved: { state: "resolved", claimedBy: null, claimExpiresAt: null, awaitingUntil: null, version: 3 },
} satisfies Record<string, CaseView>;
type StateLabel = keyof typeof STATES;

const EVENTS = {
  claim: { type: "claim" },
  renew: { type: "renew" },
  release: { type: "release" },
  decide_clear: { type: "decide", kind: "clear" },
  decide_warn: { type: "decide", kind: "warn" },
  decide_takedown: { type: "decide", kind: "takedown" },
  decide_request_info: { type: "decide", kind: "request_info", infoDeadline: at(3 * 24 * 60) },
  decide_request_info_past: { type: "decide", kind: "request_info", infoDeadline: at(-1) },
  seller_answered: { type: "seller_answered" },
  info_deadline_passed: { type: "info_deadline_passed" },
} satisfies Record<string, CaseEvent>;
type EventLabel = keyof typeof EVENTS;

// Outcomes: "→mine" (claimed by the actor, fresh lease), "→unclaimed" (open, no claim),
// "→resolved", "→awaiting", "→reopened" (open again, version bumped), or an error code.
type Outcome = "→mine" | "→unclaimed" | "→resolved" | "→awaiting" | "→reopened" | string;

const D = (o: Outcome) => ({ decide_clear: o, decide_warn: o, decide_takedown: o });

// What a permitted actor gets, written out in full.
const EXPECTED: Record<StateLabel, Record<EventLabel, Outcome>> = {
  open_unclaimed: {
    claim: "→mine", renew: "not_claimed", release: "not_claimed", ...D("not_claimed"),
    decide_request_info: "not_claimed", decide_request_info_past: "not_claimed",
    seller_answered: "not_awaiting", info_deadline_passed: "not_awaiting",
  },
  open_mine_live: {
    claim: "→mine", renew: "→mine", release: "→unclaimed", ...D("→resolved"),
    decide_request_info: "→awaiting", decide_request_info_past: "deadline_required",
    seller_answered: "not_awaiting", info_deadline_passed: "not_awaiting",
  },
  open_mine_expired: {
    claim: "→mine", renew: "→mine", release: "→unclaimed", ...D("→resolved"),
    decide_request_info: "→awaiting", decide_request_info_past: "deadline_required",
    seller_answered: "not_awaiting", info_deadline_passed: "not_awaiting",
  },
  open_other_live: {
    claim: "claimed_by_other", renew: "claimed_by_other", release: "claimed_by_other", ...D("claimed_by_other"),
    decide_request_info: "claimed_by_other", decide_request_info_past: "claimed_by_other",
    seller_answered: "not_awaiting", info_deadline_passed: "not_awaiting",
  },
  open_other_expired: {
    claim: "→mine", renew: "not_claimed", release: "not_claimed", ...D("not_claimed"),
    decide_request_info: "not_claimed", decide_request_info_past: "not_claimed",
    seller_answered: "not_awaiting", info_deadline_passed: "not_awaiting",
  },
  awaiting_before: {
    claim: "awaiting_seller", renew: "awaiting_seller", release: "not_claimed", ...D("awaiting_seller"),
    decide_request_info: "awaiting_seller", decide_request_info_past: "awaiting_seller",
    seller_answered: "→reopened", info_deadline_passed: "deadline_not_passed",
  },
  awaiting_after: {
    claim: "awaiting_seller", renew: "awaiting_seller", release: "not_claimed", ...D("awaiting_seller"),
    decide_request_info: "awaiting_seller", decide_request_info_past: "awaiting_seller",
    seller_answered: "→reopened", info_deadline_passed: "→reopened",
  },
  resolved: {
    claim: "resolved", renew: "resolved", release: "resolved", ...D("resolved"),
    decide_request_info: "resolved", decide_request_info_past: "resolved",
    seller_answered: "resolved", info_deadline_passed: "resolved",
  },
};

type ActorLabel = (typeof ROLES)[number] | "system";
const STAFF_EVENTS: EventLabel[] = [
  "claim", "renew", "release", "decide_clear", "decide_warn", "decide_takedown",
  "decide_request_info", "decide_request_info_past",
];
// Who may cause which event at all (everyone else is refused with "forbidden").
const ALLOWED: Record<ActorLabel, EventLabel[]> = {
  moderator: STAFF_EVENTS,
  senior_moderator: STAFF_EVENTS,
  manager: [],
  admin: [],
  seller: ["seller_answered"],
  system: ["seller_answered", "info_deadline_passed"],
};

function actorFor(label: ActorLabel): CaseActor {
  return label === "system" ? { kind: "system" } : { kind: "user", id: ME, role: label };
}

function describeOutcome(before: CaseView, result: CaseView | ReturnType<typeof transitionCase>): Outcome {
  if (isDomainError(result)) return result.code;
  const next = result as CaseView;
  if (next.state === "resolved") {
    expect(next.version).toBe(before.version + 1);
    expect(next.claimedBy).toBeNull();
    return "→resolved";
  }
  if (next.state === "awaiting_seller") {
    expect(next.version).toBe(before.version + 1);
    expect(next.claimedBy).toBeNull();
    expect(next.awaitingUntil).toEqual(EVENTS.decide_request_info.infoDeadline);
    return "→awaiting";
  }
  if (before.state === "awaiting_seller") {
    expect(next).toEqual({ state: "open", claimedBy: null, claimExpiresAt: null, awaitingUntil: null, version: before.version + 1 });
    return "→reopened";
  }
  expect(next.version).toBe(before.version); // claims never change the version
  if (next.claimedBy === null) {
    expect(next.claimExpiresAt).toBeNull();
    return "→unclaimed";
  }
  expect(next.claimedBy).toBe(ME);
  expect(next.claimExpiresAt?.getTime()).toBe(now.getTime() + CLAIM_LEASE_MS);
  return "→mine";
}

describe("transitionCase: state × event × role", () => {
  const actors = Object.keys(ALLOWED) as ActorLabel[];
  for (const stateLabel of Object.keys(STATES) as StateLabel[]) {
    for (const eventLabel of Object.keys(EVENTS) as EventLabel[]) {
      for (const actorLabel of actors) {
        const expected = ALLOWED[actorLabel].includes(eventLabel) ? EXPECTED[stateLabel][eventLabel] : "forbidden";
        it(`${stateLabel} + ${eventLabel} by ${actorLabel} → ${expected}`, () => {
          const before = STATES[stateLabel];
          const result = transitionCase(before, EVENTS[eventLabel], actorFor(actorLabel), now);
          expect(describeOutcome(before, result)).toBe(expected);
        });
      }
    }
  }

  it("covers every role", () => {
    expect(actors.filter((a) => a !== "system").sort()).toEqual([...ROLES].sort());
  });

  it("never mutates its input", () => {
    const before = structuredClone(STATES.open_mine_live);
    transitionCase(STATES.open_mine_live, EVENTS.decide_takedown, actorFor("moderator"), now);
    expect(STATES.open_mine_live).toEqual(before);
  });
});

describe("displayState", () => {
  it("shows a live lease as in review and an expired one as open", () => {
    expect(displayState(STATES.open_other_live, now)).toBe("in_review");
    expect(displayState(STATES.open_other_expired, now)).toBe("open");
    expect(displayState(STATES.awaiting_before, now)).toBe("awaiting_seller");
  });
});
