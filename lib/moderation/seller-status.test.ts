import { describe, expect, it } from "vitest";
import { addDays } from "./ladder";
import { deriveSellerStatus, type AccountActionSpan } from "./seller-status";

const now = new Date("2026-03-10T05:00:00Z");
const span = (over: Partial<AccountActionSpan>): AccountActionSpan => ({
  kind: "suspend",
  startsAt: addDays(now, -1),
  endsAt: addDays(now, 27),
  liftedAt: null,
  ...over,
});

describe("deriveSellerStatus", () => {
  it("is active without actions in force", () => {
    expect(deriveSellerStatus([], now)).toEqual({ status: "active", until: null });
    expect(deriveSellerStatus([span({ endsAt: now })], now)).toEqual({ status: "active", until: null });
    expect(deriveSellerStatus([span({ liftedAt: addDays(now, -0.5) })], now)).toEqual({ status: "active", until: null });
    expect(deriveSellerStatus([span({ startsAt: addDays(now, 1) })], now)).toEqual({ status: "active", until: null });
  });
  it("takes the most severe action in force, with its end date", () => {
    const actions = [span({ kind: "restrict_listings", endsAt: addDays(now, 40) }), span({})];
    expect(deriveSellerStatus(actions, now)).toEqual({ status: "suspended", until: addDays(now, 27) });
  });
  it("keeps the latest end of two actions of the same kind", () => {
    const actions = [span({ endsAt: addDays(now, 3) }), span({ endsAt: addDays(now, 9) }), span({ endsAt: addDays(now, 5) })];
    expect(deriveSellerStatus(actions, now).until).toEqual(addDays(now, 9));
  });
  it("reports a block as permanent", () => {
    expect(deriveSellerStatus([span({}), span({ kind: "block", endsAt: null })], now)).toEqual({ status: "blocked", until: null });
  });
});
