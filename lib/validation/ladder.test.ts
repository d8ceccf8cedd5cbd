import { describe, expect, it } from "vitest";
import { DEFAULT_PLATFORMS } from "@/lib/moderation/ladder";
import { ladderSchema, platformSettingsSchema, smallestGap } from "./ladder";
import { zodFieldErrors } from "./zod-field-errors";

const steps = (...list: [number, string, number | null | string][]) => list.map(([points, action, durationDays]) => ({ points, action, durationDays }));
const ladder = (over: Record<string, unknown> = {}) => ({
  steps: steps([12, "restrict_listings", 7], [24, "restrict_listings", 28], [36, "suspend", 28], [48, "block", null]),
  warningMargin: 5,
  pointsExpireDays: 90,
  ...over,
});
const errorsOf = (value: unknown) => {
  const r = ladderSchema.safeParse(value);
  return r.success ? {} : zodFieldErrors(r.error);
};

describe("ladder settings validation", () => {
  it("accepts every default platform ladder", () => {
    for (const p of DEFAULT_PLATFORMS) expect(ladderSchema.safeParse(p.ladder).success, p.code).toBe(true);
  });

  it("accepts form strings and turns an empty duration into null", () => {
    const r = ladderSchema.safeParse(ladder({ steps: steps([12, "restrict_listings", "7"], [48, "block", ""]), warningMargin: "5" }));
    expect(r.success && r.data.steps[1]?.durationDays).toBeNull();
    expect(r.success && r.data.warningMargin).toBe(5);
  });

  it("refuses steps that do not strictly increase", () => {
    expect(errorsOf(ladder({ steps: steps([12, "restrict_listings", 7], [12, "suspend", 7]) }))).toMatchObject({ "steps.1.points": "steps_not_increasing" });
    expect(errorsOf(ladder({ steps: steps([24, "restrict_listings", 7], [12, "suspend", 7]) }))).toMatchObject({ "steps.1.points": "steps_not_increasing" });
  });

  it("refuses a margin equal to or above the smallest gap", () => {
    const uneven = steps([12, "restrict_listings", 7], [15, "suspend", 7], [30, "block", null]);
    expect(errorsOf(ladder({ steps: uneven, warningMargin: 3 }))).toEqual({ warningMargin: "margin_not_below_gap" });
    expect(errorsOf(ladder({ steps: uneven, warningMargin: 2 }))).toEqual({});
  });

  it("refuses a margin that reaches the first step (every seller would be warned)", () => {
    expect(errorsOf(ladder({ steps: steps([4, "suspend", 7]), warningMargin: 4 }))).toEqual({ warningMargin: "margin_not_below_first_step" });
  });

  it("needs durations of 1–365 days for restrict and suspend, and none for block", () => {
    expect(errorsOf(ladder({ steps: steps([12, "suspend", 0]) }))).toEqual({ "steps.0.durationDays": "duration_range" });
    expect(errorsOf(ladder({ steps: steps([12, "suspend", 366]) }))).toEqual({ "steps.0.durationDays": "duration_range" });
    expect(errorsOf(ladder({ steps: steps([12, "suspend", ""]) }))).toEqual({ "steps.0.durationDays": "duration_required" });
    expect(errorsOf(ladder({ steps: steps([12, "suspend", 1.5]) }))).toEqual({ "steps.0.durationDays": "duration_range" });
    expect(errorsOf(ladder({ steps: steps([12, "block", 7]) }))).toEqual({ "steps.0.durationDays": "block_has_duration" });
  });

  it("needs positive expiry days, a non-negative margin and at least one step", () => {
    expect(errorsOf(ladder({ pointsExpireDays: 0 }))).toEqual({ pointsExpireDays: "expiry_range" });
    expect(errorsOf(ladder({ pointsExpireDays: "abc" }))).toEqual({ pointsExpireDays: "expiry_range" });
    expect(errorsOf(ladder({ warningMargin: -1 }))).toEqual({ warningMargin: "margin_range" });
    expect(errorsOf(ladder({ steps: [] }))).toEqual({ steps: "steps_required" });
    expect(errorsOf(ladder({ steps: steps([0, "suspend", 7]) }))).toMatchObject({ "steps.0.points": "points_range" });
  });

  it("refuses an unknown action", () => {
    expect(errorsOf(ladder({ steps: steps([12, "delete_shop", null]) }))).toMatchObject({ "steps.0.action": "action_unknown" });
  });

  it("computes the smallest gap", () => {
    expect(smallestGap([12, 24, 30, 48])).toBe(6);
    expect(smallestGap([12])).toBeNull();
  });
});

describe("platform settings validation", () => {
  const settings = (over: Record<string, unknown> = {}) => ({
    platformId: "tiktok_shop",
    ladder: ladder(),
    appealWindowDays: "30",
    secondAppealWindowDays: 15,
    appealSlaHours: 72,
    caseSlaHours: 48,
    ...over,
  });

  it("accepts sane settings", () => {
    expect(platformSettingsSchema.safeParse(settings()).success).toBe(true);
  });

  it("refuses windows and SLAs out of range, with the field path", () => {
    const r = platformSettingsSchema.safeParse(settings({ appealWindowDays: 0, appealSlaHours: 10_000, caseSlaHours: "" }));
    expect(r.success ? {} : zodFieldErrors(r.error)).toEqual({
      appealWindowDays: "appeal_window_range",
      appealSlaHours: "sla_range",
      caseSlaHours: "sla_range",
    });
  });
});
