import { describe, expect, it } from "vitest";
import { POLICY_CODES } from "./constants";
import { DEFAULT_PLATFORMS, reachedStep, type Ladder } from "./ladder";
import { POLICIES } from "./policies";
import { ladderTop, pointsWithinBounds, policyPointsFor, policyPointsTable, REFERENCE_LADDER_TOP } from "./policy-points";

const ladder = (code: string): Ladder => {
  const platform = DEFAULT_PLATFORMS.find((p) => p.code === code);
  if (!platform) throw new Error(code);
  return { ...platform.ladder, steps: [...platform.ladder.steps] };
};
const shopee = ladder("shopee");
const withTop = (...points: number[]): Ladder => ({
  steps: points.map((p) => ({ points: p, action: "suspend", durationDays: 7 })),
  warningMargin: 0,
  pointsExpireDays: 90,
});

describe("policyPointsFor", () => {
  it("keeps each policy's own points on a ladder that tops out at 48", () => {
    expect(REFERENCE_LADDER_TOP).toBe(48);
    for (const code of ["tiktok_shop", "tokopedia", "lazada"]) {
      for (const policy of Object.values(POLICIES)) {
        expect(policyPointsFor(policy, ladder(code))).toEqual({ default: policy.defaultPoints, min: policy.minPoints, max: policy.maxPoints });
      }
    }
  });

  it("scales to Shopee's 15-point ladder, rounding to the nearest point", () => {
    expect(ladderTop(shopee)).toBe(15);
    // 24 × 15/48 = 7.5 → 8; 12 → 3.75 → 4; 48 → 15.
    expect(policyPointsFor(POLICIES.imported_used_clothing_bulk, shopee)).toEqual({ default: 8, min: 4, max: 15 });
    // 12 → 4; 6 → 1.875 → 2; 24 → 8.
    expect(policyPointsFor(POLICIES.imported_used_clothing_retail, shopee)).toEqual({ default: 4, min: 2, max: 8 });
    // 6 → 2; 3 → 0.94 → 1; 12 → 4.
    expect(policyPointsFor(POLICIES.misleading_listing, shopee)).toEqual({ default: 2, min: 1, max: 4 });
  });

  it("never prefills past the platform's top step, and the heaviest policy can reach it", () => {
    for (const policy of Object.values(POLICIES)) {
      const points = policyPointsFor(policy, shopee);
      expect(points.max).toBeLessThanOrEqual(15);
      expect(points.default).toBeLessThan(15);
    }
    expect(policyPointsFor(POLICIES.repeat_or_associated_account, shopee).max).toBe(15);
    // A bulk takedown on Shopee reaches the first step (6), as 24 reaches the second on TikTok Shop.
    expect(reachedStep(shopee, policyPointsFor(POLICIES.imported_used_clothing_bulk, shopee).default)?.points).toBe(6);
  });

  it("keeps min ≥ 1 and min ≤ default ≤ max on any ladder", () => {
    for (const top of [1, 2, 3, 5, 7, 15, 20, 31, 48, 49, 100, 1000]) {
      for (const policy of Object.values(POLICIES)) {
        const { default: def, min, max } = policyPointsFor(policy, withTop(top));
        expect(min).toBeGreaterThanOrEqual(1);
        expect(min).toBeLessThanOrEqual(def);
        expect(def).toBeLessThanOrEqual(max);
        expect([def, min, max].every(Number.isInteger)).toBe(true);
      }
    }
    expect(policyPointsFor(POLICIES.misleading_listing, withTop(1))).toEqual({ default: 1, min: 1, max: 1 });
    expect(policyPointsFor(POLICIES.imported_used_clothing_bulk, withTop(96))).toEqual({ default: 48, min: 24, max: 96 });
  });

  it("uses the highest step, whatever the order, and the reference scale for a ladder without steps", () => {
    expect(ladderTop(withTop(30, 10, 20))).toBe(30);
    expect(policyPointsFor(POLICIES.circumvention, withTop())).toEqual({ default: 12, min: 6, max: 24 });
  });
});

describe("policyPointsTable and pointsWithinBounds", () => {
  it("gives every policy's points on one ladder", () => {
    const table = policyPointsTable(shopee);
    expect(Object.keys(table).sort()).toEqual([...POLICY_CODES].sort());
    expect(table.circumvention).toEqual(policyPointsFor(POLICIES.circumvention, shopee));
  });

  it("accepts whole points inside the bounds only", () => {
    const bounds = { default: 4, min: 2, max: 8 };
    expect([2, 4, 8].map((p) => pointsWithinBounds(bounds, p))).toEqual([true, true, true]);
    expect([1, 9, 4.5, Number.NaN].map((p) => pointsWithinBounds(bounds, p))).toEqual([false, false, false, false]);
  });
});
