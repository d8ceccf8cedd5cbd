import { z } from "zod";
import { APPEAL_SUBJECTS } from "@/lib/moderation/constants";
import {
  APPEAL_EXPLANATION_MAX,
  APPEAL_OUTCOME_REASON_MAX,
  APPEAL_OUTCOME_REASON_MIN,
  APPEAL_REFERENCES_MAX,
} from "@/lib/moderation/appeals";
import { APPEAL_OUTCOMES } from "@/lib/moderation/appeal-lifecycle";

// Zod schemas for the appeal form, the answer to a request for information and the reviewer's
// outcome. Every message is a key in the `appeals` catalog (errors.*), so the seller reads it in
// their language; translate with t(`errors.${key}`).

export const APPEAL_ERROR_KEYS = [
  "explanationRequired",
  "explanationTooLong",
  "referencesTooLong",
  "declarationRequired",
  "subjectInvalid",
  "reasonTooShort",
  "reasonTooLong",
  "outcomeInvalid",
  "versionInvalid",
  "answerRequired",
  "answerTooLong",
] as const;
export type AppealErrorKey = (typeof APPEAL_ERROR_KEYS)[number];

const optionalText = (max: number, tooLong: AppealErrorKey) =>
  z
    .string()
    .trim()
    .max(max, { error: tooLong })
    .transform((v) => (v.length === 0 ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null);

export const appealFormSchema = z.object({
  subject: z.enum(APPEAL_SUBJECTS, { error: "subjectInvalid" }),
  subjectId: z.uuid({ error: "subjectInvalid" }),
  explanation: z
    .string({ error: "explanationRequired" })
    .trim()
    .min(1, { error: "explanationRequired" })
    .max(APPEAL_EXPLANATION_MAX, { error: "explanationTooLong" }),
  references: optionalText(APPEAL_REFERENCES_MAX, "referencesTooLong"),
  declaration: z.literal(true, { error: "declarationRequired" }),
});
export type AppealFormInput = z.infer<typeof appealFormSchema>;

export const infoResponseSchema = z.object({
  caseId: z.uuid({ error: "subjectInvalid" }),
  body: z
    .string({ error: "answerRequired" })
    .trim()
    .min(1, { error: "answerRequired" })
    .max(APPEAL_EXPLANATION_MAX, { error: "answerTooLong" }),
});
export type InfoResponseInput = z.infer<typeof infoResponseSchema>;

export const appealOutcomeSchema = z.object({
  appealId: z.uuid({ error: "subjectInvalid" }),
  version: z.coerce.number({ error: "versionInvalid" }).int({ error: "versionInvalid" }).positive({ error: "versionInvalid" }),
  outcome: z.enum(APPEAL_OUTCOMES, { error: "outcomeInvalid" }),
  reason: z
    .string({ error: "reasonTooShort" })
    .trim()
    .min(APPEAL_OUTCOME_REASON_MIN, { error: "reasonTooShort" })
    .max(APPEAL_OUTCOME_REASON_MAX, { error: "reasonTooLong" }),
});
export type AppealOutcomeInput = z.infer<typeof appealOutcomeSchema>;

/** The first message key per top-level field, for showing errors next to the fields. */
export function fieldErrorKeys(error: z.ZodError): Record<string, AppealErrorKey> {
  const out: Record<string, AppealErrorKey> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (out[field]) continue;
    out[field] = (APPEAL_ERROR_KEYS as readonly string[]).includes(issue.message)
      ? (issue.message as AppealErrorKey)
      : "subjectInvalid";
  }
  return out;
}
