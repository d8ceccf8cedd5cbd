"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { EscalationFormState } from "@/components/escalations/form-state";
import { getDb } from "@/db/client";
import { approveEscalation, proposeEscalation, rejectEscalation, resubmitEscalation, returnEscalation } from "@/db/queries/escalations";
import type { GuardrailKey, Permission } from "@/lib/moderation";
import { fail, ok } from "@/lib/validation/action-result";
import { approveInputSchema, escalationInputSchema, rejectInputSchema, resubmitInputSchema, returnInputSchema } from "@/lib/validation/escalation";
import { zodFieldErrors } from "@/lib/validation/zod-field-errors";
import { authorize, type CurrentUser } from "@/server/session";

// Server actions of /escalations: guard → zod → domain + queries (one transaction) → revalidate.

type Translate = Awaited<ReturnType<typeof getTranslations<"escalations">>>;
type QueryError =
  | { error: "conflict"; current: { state: string; reviewerName: string | null } }
  | { error: "hard_guardrail_failed" | "override_reason_required"; failed: GuardrailKey[] }
  | { error: string };

function textValues(form: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, String(form.get(n) ?? "")]));
}

function invalid(t: Translate, error: z.ZodError, values: Record<string, string>): EscalationFormState {
  const fieldErrors = Object.fromEntries(Object.entries(zodFieldErrors(error)).map(([k, code]) => [k.split(".")[0] ?? k, t(`errors.${code}`)]));
  return { result: fail(t("errors.invalid"), fieldErrors), values };
}

function queryFailure(t: Translate, r: QueryError, values: Record<string, string>): EscalationFormState {
  if ("current" in r) {
    const message =
      r.current.state === "pending"
        ? t("errors.conflictPending")
        : t("errors.conflict", { state: t(`states.${r.current.state}`), reviewer: r.current.reviewerName ?? "none" });
    return { result: fail(message), values };
  }
  if ("failed" in r) {
    const message = t(`errors.${r.error}`, { keys: r.failed.join(", ") });
    return { result: fail(message, r.error === "override_reason_required" ? { overrideReason: message } : undefined), values };
  }
  return { result: fail(t(`errors.${r.error}`)), values };
}

/** Authorizes, checks the form arrived, and turns a surprise into a clear message. */
async function guarded(
  permission: Permission,
  form: FormData | undefined,
  names: readonly string[],
  run: (user: CurrentUser, form: FormData, values: Record<string, string>, t: Translate) => Promise<EscalationFormState>,
): Promise<EscalationFormState> {
  const auth = await authorize(permission);
  if (!auth.ok) return { result: fail(auth.error), values: {} };
  const t = await getTranslations("escalations");
  if (!(form instanceof FormData)) return { result: fail(t("errors.invalid")), values: {} };
  const values = textValues(form, names);
  try {
    return await run(auth.user, form, values, t);
  } catch (error) {
    console.error("escalation action failed", error);
    const te = await getTranslations("errors");
    return { result: fail(te("unexpected")), values };
  }
}

export async function proposeEscalationAction(_prev: EscalationFormState, form: FormData): Promise<EscalationFormState> {
  let createdId: string | null = null;
  const state = await guarded("escalation:propose", form, ["rationale", "outreachNote", "durationDays", "action"], async (user, f, values, t) => {
    const parsed = escalationInputSchema.safeParse({
      sellerId: f.get("sellerId"),
      action: f.get("action"),
      durationDays: f.get("durationDays") ?? undefined,
      rationale: f.get("rationale") ?? "",
      outreachNote: f.get("outreachNote") ?? undefined,
      reliedCaseIds: f.getAll("reliedCaseIds").map(String),
    });
    if (!parsed.success) return invalid(t, parsed.error, values);
    const { db } = await getDb();
    const r = await proposeEscalation(db, parsed.data, user, new Date());
    if (!r.ok) return queryFailure(t, r, values);
    createdId = r.escalationId;
    revalidatePath("/escalations");
    return { result: ok({ message: "" }), values: {} };
  });
  if (createdId) redirect(`/escalations/${createdId}`);
  return state;
}

export async function approveEscalationAction(_prev: EscalationFormState, form: FormData): Promise<EscalationFormState> {
  return guarded("escalation:review", form, ["overrideReason"], async (user, f, values, t) => {
    const parsed = approveInputSchema.safeParse({ escalationId: f.get("escalationId"), version: f.get("version"), overrideReason: f.get("overrideReason") ?? undefined });
    if (!parsed.success) return invalid(t, parsed.error, values);
    const { db } = await getDb();
    const r = await approveEscalation(db, { ...parsed.data, reviewer: user, now: new Date() });
    if (!r.ok) return queryFailure(t, r, values);
    revalidatePath("/escalations");
    revalidatePath(`/escalations/${parsed.data.escalationId}`);
    return { result: ok({ message: t("review.approved") }), values: {} };
  });
}

export async function rejectEscalationAction(_prev: EscalationFormState, form: FormData): Promise<EscalationFormState> {
  return guarded("escalation:review", form, ["reason"], async (user, f, values, t) => {
    const parsed = rejectInputSchema.safeParse({ escalationId: f.get("escalationId"), version: f.get("version"), reason: f.get("reason") ?? "" });
    if (!parsed.success) return invalid(t, parsed.error, values);
    const { db } = await getDb();
    const r = await rejectEscalation(db, { ...parsed.data, reviewer: user, now: new Date() });
    if (!r.ok) return queryFailure(t, r, values);
    revalidatePath("/escalations");
    revalidatePath(`/escalations/${parsed.data.escalationId}`);
    return { result: ok({ message: t("review.rejected") }), values: {} };
  });
}

export async function returnEscalationAction(_prev: EscalationFormState, form: FormData): Promise<EscalationFormState> {
  return guarded("escalation:review", form, ["question"], async (user, f, values, t) => {
    const parsed = returnInputSchema.safeParse({ escalationId: f.get("escalationId"), version: f.get("version"), question: f.get("question") ?? "" });
    if (!parsed.success) return invalid(t, parsed.error, values);
    const { db } = await getDb();
    const r = await returnEscalation(db, { ...parsed.data, reviewer: user, now: new Date() });
    if (!r.ok) return queryFailure(t, r, values);
    revalidatePath("/escalations");
    revalidatePath(`/escalations/${parsed.data.escalationId}`);
    return { result: ok({ message: t("review.returned") }), values: {} };
  });
}

export async function resubmitEscalationAction(_prev: EscalationFormState, form: FormData): Promise<EscalationFormState> {
  return guarded("escalation:propose", form, ["rationale", "outreachNote"], async (user, f, values, t) => {
    const parsed = resubmitInputSchema.safeParse({
      escalationId: f.get("escalationId"),
      version: f.get("version"),
      rationale: f.get("rationale") ?? "",
      outreachNote: f.get("outreachNote") ?? undefined,
    });
    if (!parsed.success) return invalid(t, parsed.error, values);
    const { db } = await getDb();
    const r = await resubmitEscalation(db, { ...parsed.data, proposer: user, now: new Date() });
    if (!r.ok) return queryFailure(t, r, values);
    revalidatePath("/escalations");
    revalidatePath(`/escalations/${parsed.data.escalationId}`);
    return { result: ok({ message: t("resubmit.done") }), values };
  });
}
