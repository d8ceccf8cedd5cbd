import { describe, expect, it } from "vitest";
import { DEFAULT_PLATFORMS, addDays, type Ladder } from "./ladder";
import { partialAvailable, planReversal, type AccountActionView, type AppealedForReversal } from "./reversal";

const now = new Date("2026-03-10T05:00:00Z");
const decidedAt = addDays(now, -5);
const ladder: Ladder = DEFAULT_PLATFORMS[0].ladder; // TikTok Shop: 12 restrict, 24 restrict, 36 suspend, 48 block

const action = (over: Partial<AccountActionView> = {}): AccountActionView => ({
  id: "aa1",
  kind: "suspend",
  startsAt: addDays(now, -2),
  endsAt: addDays(now, 26),
  liftedAt: null,
  reliedCaseIds: ["case1"],
  ...over,
});

const takedown = (over: Partial<Extract<AppealedForReversal, { subject: "decision" }>> = {}): AppealedForReversal => ({
  subject: "decision",
  decisionId: "d1",
  caseId: "case1",
  kind: "takedown",
  decidedAt,
  listing: { id: "l1", status: "removed", heldByOtherDecision: false },
  strikes: [{ id: "s1", points: 24, expiresAt: addDays(now, 85), revokedAt: null }],
  accountActions: [],
  otherActivePoints: 0,
  ladder,
  ...over,
});

const types = (effects: ReturnType<typeof planReversal>) => effects.map((e) => e.type);

describe("planReversal — grant", () => {
  it("reverses a takedown: decision, listing, strikes, notification", () => {
    expect(planReversal(takedown(), "grant", now)).toEqual([
      { type: "reverse_decision", decisionId: "d1" },
      { type: "reinstate_listing", listingId: "l1", from: "removed" },
      { type: "revoke_strikes", strikeIds: ["s1"], points: 24 },
      { type: "notify_seller", outcome: "grant" },
    ]);
  });
  it("reverses a warning: the listing no longer needs fixing, and there are no strikes", () => {
    const warn = takedown({ kind: "warn", listing: { id: "l1", status: "needs_fix", heldByOtherDecision: false }, strikes: [] });
    expect(planReversal(warn, "grant", now)).toEqual([
      { type: "reverse_decision", decisionId: "d1" },
      { type: "reinstate_listing", listingId: "l1", from: "needs_fix" },
      { type: "notify_seller", outcome: "grant" },
    ]);
  });
  it("does not reinstate a listing another decision still holds down", () => {
    const held = takedown({ listing: { id: "l1", status: "removed", heldByOtherDecision: true } });
    expect(types(planReversal(held, "grant", now))).toEqual(["reverse_decision", "revoke_strikes", "notify_seller"]);
  });
  it("revokes only strikes not already revoked, including expired ones", () => {
    const strikes = [
      { id: "s1", points: 12, expiresAt: addDays(now, 10), revokedAt: null },
      { id: "s2", points: 6, expiresAt: addDays(now, -1), revokedAt: null },
      { id: "s3", points: 6, expiresAt: addDays(now, 10), revokedAt: addDays(now, -1) },
    ];
    const effect = planReversal(takedown({ strikes }), "grant", now).find((e) => e.type === "revoke_strikes");
    expect(effect).toEqual({ type: "revoke_strikes", strikeIds: ["s1", "s2"], points: 18 });
  });
  it("lifts an account action that relied on the case", () => {
    const effects = planReversal(takedown({ accountActions: [action()], otherActivePoints: 40 }), "grant", now);
    expect(effects).toContainEqual({ type: "lift_account_action", accountActionId: "aa1", kind: "suspend", cause: "rested_on_revoked_strikes" });
  });
  it("keeps an account action that relied on other cases only", () => {
    const effects = planReversal(takedown({ accountActions: [action({ reliedCaseIds: ["case2"] })] }), "grant", now);
    expect(types(effects)).not.toContain("lift_account_action");
  });
  it("lifts an action that named no cases when the remaining points no longer reach its step", () => {
    const effects = planReversal(takedown({ accountActions: [action({ reliedCaseIds: [] })], otherActivePoints: 20 }), "grant", now);
    expect(types(effects)).toContain("lift_account_action");
  });
  it("keeps an action that named no cases when the remaining points still reach its step", () => {
    const effects = planReversal(takedown({ accountActions: [action({ reliedCaseIds: [] })], otherActivePoints: 36 }), "grant", now);
    expect(types(effects)).not.toContain("lift_account_action");
  });
  it("keeps an action that named no cases and began before the decision", () => {
    const early = action({ reliedCaseIds: [], startsAt: addDays(decidedAt, -1) });
    expect(types(planReversal(takedown({ accountActions: [early] }), "grant", now))).not.toContain("lift_account_action");
  });
  it("leaves lifted or ended actions alone", () => {
    const lifted = action({ id: "a2", liftedAt: addDays(now, -1) });
    const ended = action({ id: "a3", endsAt: addDays(now, -1) });
    expect(types(planReversal(takedown({ accountActions: [lifted, ended] }), "grant", now))).not.toContain("lift_account_action");
  });
  it("lifts a permanent block that relied on the case", () => {
    const block = action({ id: "a4", kind: "block", endsAt: null });
    expect(planReversal(takedown({ accountActions: [block] }), "grant", now)).toContainEqual(
      expect.objectContaining({ type: "lift_account_action", accountActionId: "a4" }),
    );
  });
});

describe("planReversal — partial and deny", () => {
  it("partial keeps the takedown but revokes the points and what rested on them", () => {
    const effects = planReversal(takedown({ accountActions: [action()] }), "partial", now);
    expect(types(effects)).toEqual(["revoke_strikes", "lift_account_action", "notify_seller"]);
  });
  it("partial is available only for a takedown with live strikes", () => {
    expect(partialAvailable(takedown())).toBe(true);
    expect(partialAvailable(takedown({ strikes: [] }))).toBe(false);
    expect(partialAvailable(takedown({ kind: "warn", strikes: [] }))).toBe(false);
    expect(() => planReversal(takedown({ strikes: [] }), "partial", now)).toThrow();
  });
  it("deny only tells the seller", () => {
    expect(planReversal(takedown({ accountActions: [action()] }), "deny", now)).toEqual([{ type: "notify_seller", outcome: "deny" }]);
  });
});

describe("planReversal — account actions", () => {
  const appealed = (over: Partial<AccountActionView> = {}): AppealedForReversal => ({ subject: "account_action", accountAction: action(over) });
  it("grant lifts the action at once", () => {
    expect(planReversal(appealed(), "grant", now)).toEqual([
      { type: "lift_account_action", accountActionId: "aa1", kind: "suspend", cause: "appeal_granted" },
      { type: "notify_seller", outcome: "grant" },
    ]);
  });
  it("grant on an action that already ended only notifies", () => {
    expect(types(planReversal(appealed({ endsAt: addDays(now, -1) }), "grant", now))).toEqual(["notify_seller"]);
  });
  it("has no partial outcome", () => {
    expect(partialAvailable(appealed())).toBe(false);
    expect(() => planReversal(appealed(), "partial", now)).toThrow();
  });
});
