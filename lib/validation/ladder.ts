import { z } from "zod";
import { ACCOUNT_ACTION_KINDS } from "@/lib/moderation/constants";
import { ACCOUNT_ACTION_MAX_DAYS, ACCOUNT_ACTION_MIN_DAYS } from "@/lib/moderation/account-actions";
import { emptyToNullNumber } from "./zod-field-errors";

// Platform settings edited at /admin/platforms. Messages are keys of the "platforms.errors"
// catalog, so the form shows them translated next to the field.

export const LADDER_LIMITS = {
  maxSteps: 10,
  maxPoints: 1000,
  maxExpiryDays: 3650,
  maxAppealWindowDays: 365,
  maxSlaHours: 720,
} as const;

const int = (min: number, max: number, message: string) =>
  z.preprocess(emptyToNullNumber, z.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message }));

export const ladderStepSchema = z
  .object({
    points: int(1, LADDER_LIMITS.maxPoints, "points_range"),
    action: z.enum(ACCOUNT_ACTION_KINDS, { error: "action_unknown" }),
    durationDays: z.preprocess(
      emptyToNullNumber,
      z
        .number({ error: "duration_range" })
        .int({ error: "duration_range" })
        .min(ACCOUNT_ACTION_MIN_DAYS, { error: "duration_range" })
        .max(ACCOUNT_ACTION_MAX_DAYS, { error: "duration_range" })
        .nullable(),
    ),
  })
  .superRefine((step, ctx) => {
    if (step.action === "block" && step.durationDays !== null) {
      ctx.addIssue({ code: "custom", path: ["durationDays"], message: "block_has_duration" });
    }
    if (step.action !== "block" && step.durationDays === null) {
      ctx.addIssue({ code: "custom", path: ["durationDays"], message: "duration_required" });
    }
  });

export const ladderSchema = z
  .object({
    steps: z.array(ladderStepSchema).min(1, { error: "steps_required" }).max(LADDER_LIMITS.maxSteps, { error: "steps_too_many" }),
    warningMargin: int(0, LADDER_LIMITS.maxPoints, "margin_range"),
    pointsExpireDays: int(1, LADDER_LIMITS.maxExpiryDays, "expiry_range"),
  })
  .superRefine((ladder, ctx) => {
    const { steps, warningMargin } = ladder;
    for (let i = 1; i < steps.length; i++) {
      const prev = steps[i - 1];
      const step = steps[i];
      if (prev && step && step.points <= prev.points) {
        ctx.addIssue({ code: "custom", path: ["steps", i, "points"], message: "steps_not_increasing" });
      }
    }
    const first = steps[0];
    if (first && warningMargin >= first.points) {
      ctx.addIssue({ code: "custom", path: ["warningMargin"], message: "margin_not_below_first_step" });
      return;
    }
    const gap = smallestGap(steps.map((s) => s.points));
    if (gap !== null && gap > 0 && warningMargin >= gap) {
      ctx.addIssue({ code: "custom", path: ["warningMargin"], message: "margin_not_below_gap" });
    }
  });

/** The smallest difference between consecutive steps, or null with fewer than two steps. */
export function smallestGap(points: readonly number[]): number | null {
  let gap: number | null = null;
  for (let i = 1; i < points.length; i++) {
    const d = (points[i] ?? 0) - (points[i - 1] ?? 0);
    gap = gap === null ? d : Math.min(gap, d);
  }
  return gap;
}

export const platformSettingsSchema = z.object({
  platformId: z.string().min(1, { error: "platform_unknown" }),
  ladder: ladderSchema,
  appealWindowDays: int(1, LADDER_LIMITS.maxAppealWindowDays, "appeal_window_range"),
  secondAppealWindowDays: int(1, LADDER_LIMITS.maxAppealWindowDays, "appeal_window_range"),
  appealSlaHours: int(1, LADDER_LIMITS.maxSlaHours, "sla_range"),
  caseSlaHours: int(1, LADDER_LIMITS.maxSlaHours, "sla_range"),
});

export type PlatformSettingsInput = z.infer<typeof platformSettingsSchema>;
