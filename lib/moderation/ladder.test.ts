import { describe, expect, it } from "vitest";
import { DEFAULT_PLATFORMS, activePoints, addDays, isStrikeActive, isWithinWarningMargin, nextStep, reachedStep, type Ladder } from "./ladder";

const now = new Date("2026-03-01T03:00:00Z");
const strike = (points: number, expiresInDays: number, revokedDaysAgo: number | null = null) => ({
  points,
  expiresAt: addDays(now, expiresInDays),
  revokedAt: revokedDaysAgo === null ? null : addDays(now, -revokedDaysAgo),
});
const tiktok: Ladder = DEFAULT_PLATFORMS[0].ladder;

describe("points arithmetic", () => {
  it("sums unexpired, unrevoked strikes", () => {
    expect(activePoints([strike(12, 10), strike(24, 80)], now)).toBe(36);
  });

  it("drops a strike at its expiry instant, not before", () => {
    const s = strike(12, 1);
    expect(activePoints([s], addDays(now, 0.999))).toBe(12);
    expect(activePoints([s], addDays(now, 1))).toBe(0);
    expect(isStrikeActive(s, addDays(now, 2))).toBe(false);
  });

  it("drops a revoked strike even before it expires", () => {
    expect(activePoints([strike(24, 80, 1), strike(12, 80)], now)).toBe(12);
  });

  it("is zero with no strikes or only expired and revoked ones", () => {
    expect(activePoints([], now)).toBe(0);
    expect(activePoints([strike(12, -1), strike(6, 30, 0)], now)).toBe(0);
  });

  it("recomputes as strikes expire one by one", () => {
    const strikes = [strike(12, 10), strike(12, 20), strike(24, 30)];
    expect(activePoints(strikes, now)).toBe(48);
    expect(activePoints(strikes, addDays(now, 15))).toBe(36);
    expect(activePoints(strikes, addDays(now, 25))).toBe(24);
    expect(activePoints(strikes, addDays(now, 31))).toBe(0);
  });
});

describe("ladder steps", () => {
  it("finds the reached and the next step", () => {
    expect(reachedStep(tiktok, 11)).toBeNull();
    expect(reachedStep(tiktok, 36)?.action).toBe("suspend");
    expect(nextStep(tiktok, 36)?.points).toBe(48);
    expect(nextStep(tiktok, 48)).toBeNull();
  });

  it("warns within the margin of the next step or past a step", () => {
    expect(isWithinWarningMargin(tiktok, 6)).toBe(false);
    expect(isWithinWarningMargin(tiktok, 7)).toBe(true);
    expect(isWithinWarningMargin(tiktok, 12)).toBe(true);
  });
});
