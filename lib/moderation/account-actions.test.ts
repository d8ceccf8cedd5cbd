import { describe, expect, it } from "vitest";
import { accountActionEndsAt, actionSeverity, isAccountActionActive, sellerStatus, type AccountActionLike } from "./account-actions";

const day = 86_400_000;
const t0 = new Date("2026-03-01T03:00:00Z");
const at = (days: number) => new Date(t0.getTime() + days * day);
const action = (kind: AccountActionLike["kind"], start: number, end: number | null, lifted: number | null = null): AccountActionLike => ({
  kind,
  startsAt: at(start),
  endsAt: end === null ? null : at(end),
  liftedAt: lifted === null ? null : at(lifted),
});

describe("sellerStatus", () => {
  it("is active without actions", () => {
    expect(sellerStatus([], t0)).toEqual({ status: "active", until: null });
  });

  it("is suspended until the end date, and active again at the end date", () => {
    const actions = [action("suspend", 0, 28)];
    expect(sellerStatus(actions, at(27.9))).toEqual({ status: "suspended", until: at(28) });
    expect(sellerStatus(actions, at(28))).toEqual({ status: "active", until: null });
  });

  it("does not count an action before it starts", () => {
    expect(sellerStatus([action("restrict_listings", 1, 8)], t0).status).toBe("active");
  });

  it("stops counting a lifted action from the moment it is lifted", () => {
    const actions = [action("suspend", 0, 28, 3)];
    expect(sellerStatus(actions, at(2)).status).toBe("suspended");
    expect(sellerStatus(actions, at(3)).status).toBe("active");
  });

  it("takes the most severe active action, then the next when it ends", () => {
    const actions = [action("restrict_listings", 0, 40), action("suspend", 0, 28)];
    expect(sellerStatus(actions, at(1))).toEqual({ status: "suspended", until: at(28) });
    expect(sellerStatus(actions, at(30))).toEqual({ status: "restricted", until: at(40) });
    expect(sellerStatus(actions, at(41))).toEqual({ status: "active", until: null });
  });

  it("uses the latest end among overlapping actions of the same kind", () => {
    const actions = [action("restrict_listings", 0, 7), action("restrict_listings", 2, 30)];
    expect(sellerStatus(actions, at(3))).toEqual({ status: "restricted", until: at(30) });
  });

  it("is blocked with no end while a block is active, whatever else is active", () => {
    const actions = [action("suspend", 0, 28), action("block", 1, null)];
    expect(sellerStatus(actions, at(2))).toEqual({ status: "blocked", until: null });
    expect(sellerStatus(actions, at(400))).toEqual({ status: "blocked", until: null });
  });

  it("lets a lifted block go", () => {
    expect(sellerStatus([action("block", 0, null, 5)], at(6)).status).toBe("active");
  });
});

describe("account action helpers", () => {
  it("knows when an action is active", () => {
    expect(isAccountActionActive(action("suspend", 0, 1), at(0))).toBe(true);
    expect(isAccountActionActive(action("suspend", 0, 1), at(1))).toBe(false);
  });

  it("orders actions by kind, then duration", () => {
    const r7 = actionSeverity({ action: "restrict_listings", durationDays: 7 });
    const r28 = actionSeverity({ action: "restrict_listings", durationDays: 28 });
    const s1 = actionSeverity({ action: "suspend", durationDays: 1 });
    const s365 = actionSeverity({ action: "suspend", durationDays: 365 });
    const b = actionSeverity({ action: "block", durationDays: null });
    expect(r7 < r28 && r28 < s1 && s1 < s365 && s365 < b).toBe(true);
  });

  it("ends a restriction after its duration and a block never", () => {
    expect(accountActionEndsAt({ action: "suspend", durationDays: 28 }, t0)).toEqual(at(28));
    expect(accountActionEndsAt({ action: "block", durationDays: null }, t0)).toBeNull();
  });
});
