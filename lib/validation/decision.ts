// Decision input, shared by the decision form, the server actions and the bulk route. Error
// messages are keys under the `cases.errors` namespace; params fill them in ({ min, max }).
// A takedown's points are checked against the policy on the case's platform ladder, so the
// schemas take that ladder (the callers read it from the case's platform).

import { z } from "zod";
import { CLEAR_REASONS, POLICIES, POLICY_CODES, policyPointsFor, type Ladder, type PolicyCode, type PolicyPoints } from "@/lib/moderation";

export const NOTE_MAX = 5_000;
export const FACTS_MAX = 5_000;
export const SELLER_MESSAGE_MAX = 2_000;
export const POINTS_REASON_MAX = 1_000;
export const INFO_DEADLINE_MAX_DAYS = 30;

export const DECISION_ERROR_KEYS = [
  "caseIdInvalid",
  "versionInvalid",
  "kindInvalid",
  "clearReasonRequired",
  "policyRequired",
  "policyUnknown",
  "policyRequiresTakedown",
  "pointsInvalid",
  "pointsOutOfBounds",
  "pointsReasonRequired",
  "pointsReasonTooLong",
  "factsRequired",
  "factsTooLong",
  "messageRequired",
  "messageTooLong",
  "noteTooLong",
  "deadlineInvalid",
  "deadlinePast",
  "deadlineTooFar",
] as const;
export type DecisionErrorKey = (typeof DECISION_ERROR_KEYS)[number];

export interface FieldError {
  key: DecisionErrorKey;
  params: Record<string, string | number>;
}

const optionalText = (max: number, key: DecisionErrorKey) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(max, key).optional());

const requiredText = (max: number, requiredKey: DecisionErrorKey, tooLongKey: DecisionErrorKey) =>
  z.preprocess((v) => (v === undefined || v === null ? "" : v), z.string(requiredKey).trim().min(1, requiredKey).max(max, tooLongKey));

const policyCode = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? undefined : v),
  z.enum(POLICY_CODES, { error: (issue) => (issue.input === undefined ? "policyRequired" : "policyUnknown") }),
);

const JAKARTA_OFFSET = "+07:00";

/** Reads a deadline: ISO with offset, or a datetime-local / date value meant in Asia/Jakarta. */
export function parseJakartaDateTime(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== "string" || value.trim() === "") return null;
  const v = value.trim();
  let iso = v;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) iso = `${v}T23:59:00${JAKARTA_OFFSET}`;
  else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v)) iso = `${v}:00${JAKARTA_OFFSET}`;
  else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(v)) iso = `${v}${JAKARTA_OFFSET}`;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

const common = {
  internalNote: optionalText(NOTE_MAX, "noteTooLong"),
};

function decisionBody(now: Date, ladder: Ladder) {
  const clear = z.object({
    kind: z.literal("clear"),
    clearReason: z.enum(CLEAR_REASONS, "clearReasonRequired"),
    ...common,
  });
  const requestInfo = z.object({
    kind: z.literal("request_info"),
    sellerMessage: requiredText(SELLER_MESSAGE_MAX, "messageRequired", "messageTooLong"),
    infoDeadline: z.preprocess(
      (v) => parseJakartaDateTime(v) ?? undefined,
      z
        .date("deadlineInvalid")
        .refine((d) => d.getTime() > now.getTime(), "deadlinePast")
        .refine((d) => d.getTime() <= now.getTime() + INFO_DEADLINE_MAX_DAYS * 86_400_000, {
          message: "deadlineTooFar",
          params: { days: INFO_DEADLINE_MAX_DAYS },
        }),
    ),
    ...common,
  });
  const restrictive = {
    policyCode,
    facts: requiredText(FACTS_MAX, "factsRequired", "factsTooLong"),
    sellerMessage: optionalText(SELLER_MESSAGE_MAX, "messageTooLong"),
    ...common,
  };
  const warn = z
    .object({ kind: z.literal("warn"), ...restrictive })
    .refine((v) => !POLICIES[v.policyCode].takedownRequired, { message: "policyRequiresTakedown", path: ["policyCode"] });
  const takedown = z
    .object({
      kind: z.literal("takedown"),
      ...restrictive,
      points: z.preprocess(
        (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
        z.number("pointsInvalid").int("pointsInvalid"),
      ),
      pointsReason: optionalText(POINTS_REASON_MAX, "pointsReasonTooLong"),
    })
    .superRefine((v, ctx) => {
      const bounds = policyBounds(v.policyCode, ladder);
      if (v.points < bounds.min || v.points > bounds.max) {
        ctx.addIssue({
          code: "custom",
          path: ["points"],
          message: "pointsOutOfBounds",
          params: { min: bounds.min, max: bounds.max },
        });
      } else if (v.points !== bounds.default && !v.pointsReason) {
        ctx.addIssue({
          code: "custom",
          path: ["pointsReason"],
          message: "pointsReasonRequired",
          params: { default: bounds.default },
        });
      }
    });
  return z.discriminatedUnion("kind", [clear, requestInfo, warn, takedown], { error: () => "kindInvalid" });
}

/** One decision on one case: the body plus the case id and the version the moderator saw. */
export function decisionSchema(now: Date, ladder: Ladder) {
  return z.intersection(
    z.object({
      caseId: z.uuid("caseIdInvalid"),
      version: z.preprocess(
        (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
        z.number("versionInvalid").int("versionInvalid").positive("versionInvalid"),
      ),
    }),
    decisionBody(now, ladder),
  );
}

/** The same decision applied to several cases of one seller (so on one platform's ladder). */
export function bulkDecisionSchema(now: Date, ladder: Ladder) {
  return z.intersection(
    z.object({ caseIds: z.array(z.uuid("caseIdInvalid"), "caseIdInvalid").min(1, "caseIdInvalid").max(50, "caseIdInvalid") }),
    decisionBody(now, ladder),
  );
}

export type DecisionBody = z.infer<ReturnType<typeof decisionBody>>;
export type DecisionInput = z.infer<ReturnType<typeof decisionSchema>>;
export type BulkDecisionInput = z.infer<ReturnType<typeof bulkDecisionSchema>>;

export type Parsed<T> = { ok: true; data: T } | { ok: false; fieldErrors: Record<string, FieldError> };

function toFieldErrors(error: z.ZodError): Record<string, FieldError> {
  const out: Record<string, FieldError> = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : "kind";
    if (out[field]) continue;
    const key = (DECISION_ERROR_KEYS as readonly string[]).includes(issue.message)
      ? (issue.message as DecisionErrorKey)
      : fallbackKey(field);
    const params = "params" in issue && issue.params ? (issue.params as Record<string, string | number>) : {};
    out[field] = { key, params };
  }
  return out;
}

function fallbackKey(field: string): DecisionErrorKey {
  switch (field) {
    case "caseId":
    case "caseIds":
      return "caseIdInvalid";
    case "version":
      return "versionInvalid";
    case "points":
      return "pointsInvalid";
    case "infoDeadline":
      return "deadlineInvalid";
    default:
      return "kindInvalid";
  }
}

export function parseDecision(raw: unknown, now: Date, ladder: Ladder): Parsed<DecisionInput> {
  const result = decisionSchema(now, ladder).safeParse(raw);
  return result.success ? { ok: true, data: result.data } : { ok: false, fieldErrors: toFieldErrors(result.error) };
}

export function parseBulkDecision(raw: unknown, now: Date, ladder: Ladder): Parsed<BulkDecisionInput> {
  const result = bulkDecisionSchema(now, ladder).safeParse(raw);
  return result.success ? { ok: true, data: result.data } : { ok: false, fieldErrors: toFieldErrors(result.error) };
}

/** Reads a decision form into the plain object the schemas expect. */
export function decisionFromFormData(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string") continue;
    if (name === "caseIds") out.caseIds = [...((out.caseIds as string[] | undefined) ?? []), value];
    else out[name] = value;
  }
  return out;
}

/** A policy's default points and bounds on a platform's ladder. */
export function policyBounds(code: PolicyCode, ladder: Ladder): PolicyPoints {
  return policyPointsFor(POLICIES[code], ladder);
}
