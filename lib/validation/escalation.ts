import { z } from "zod";
import { ACCOUNT_ACTION_KINDS } from "@/lib/moderation/constants";
import { ACCOUNT_ACTION_MAX_DAYS, ACCOUNT_ACTION_MIN_DAYS } from "@/lib/moderation/account-actions";
import { REVIEW_REASON_MIN_LENGTH } from "@/lib/moderation/escalation-lifecycle";
import { emptyToNullNumber, emptyToNullString } from "./zod-field-errors";

// Escalation inputs: the proposal form, the review actions and a resubmission. Messages are keys
// of the "escalations.errors" catalog.

export const RATIONALE_MIN_LENGTH = 20;
export const TEXT_MAX_LENGTH = 5000;
export const MAX_RELIED_CASES = 50;

const duration = z.preprocess(
  emptyToNullNumber,
  z
    .number({ error: "duration_range" })
    .int({ error: "duration_range" })
    .min(ACCOUNT_ACTION_MIN_DAYS, { error: "duration_range" })
    .max(ACCOUNT_ACTION_MAX_DAYS, { error: "duration_range" })
    .nullable(),
);

const optionalText = z.preprocess(emptyToNullString, z.string().trim().max(TEXT_MAX_LENGTH, { error: "text_too_long" }).nullable());

export const escalationInputSchema = z
  .object({
    sellerId: z.uuid({ error: "seller_unknown" }),
    action: z.enum(ACCOUNT_ACTION_KINDS, { error: "action_unknown" }),
    durationDays: duration,
    rationale: z
      .string({ error: "rationale_too_short" })
      .trim()
      .min(RATIONALE_MIN_LENGTH, { error: "rationale_too_short" })
      .max(TEXT_MAX_LENGTH, { error: "text_too_long" }),
    outreachNote: optionalText,
    reliedCaseIds: z
      .array(z.uuid({ error: "case_unknown" }), { error: "cases_required" })
      .min(1, { error: "cases_required" })
      .max(MAX_RELIED_CASES, { error: "cases_too_many" })
      .transform((ids) => [...new Set(ids)]),
  })
  .superRefine((input, ctx) => {
    if (input.action === "block" && input.durationDays !== null) {
      ctx.addIssue({ code: "custom", path: ["durationDays"], message: "block_has_duration" });
    }
    if (input.action !== "block" && input.durationDays === null) {
      ctx.addIssue({ code: "custom", path: ["durationDays"], message: "duration_required" });
    }
  });
export type EscalationInput = z.infer<typeof escalationInputSchema>;

const reviewTarget = {
  escalationId: z.uuid({ error: "escalation_unknown" }),
  version: z.preprocess(emptyToNullNumber, z.number({ error: "escalation_unknown" }).int().min(1)),
};

const reviewText = z
  .string({ error: "reason_too_short" })
  .trim()
  .min(REVIEW_REASON_MIN_LENGTH, { error: "reason_too_short" })
  .max(TEXT_MAX_LENGTH, { error: "text_too_long" });

export const approveInputSchema = z.object({ ...reviewTarget, overrideReason: optionalText });
export const rejectInputSchema = z.object({ ...reviewTarget, reason: reviewText });
export const returnInputSchema = z.object({ ...reviewTarget, question: reviewText });
export const resubmitInputSchema = z.object({
  ...reviewTarget,
  rationale: escalationInputSchema.shape.rationale,
  outreachNote: optionalText,
});
