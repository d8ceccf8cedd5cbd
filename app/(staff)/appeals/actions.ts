"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { claimAppeal, claimNextAppeal, releaseAppealClaim, renewAppealClaim, type LeaseResult } from "@/db/queries/appeal-queue";
import { decideAppeal } from "@/db/queries/appeal-decide";
import { pgConstraint } from "@/db/queries/pg-errors";
import { appealOutcomeSchema, fieldErrorKeys } from "@/lib/validation/appeal";
import { fail, ok, type ActionResult } from "@/lib/validation/action-result";
import { authorize } from "@/server/session";

// Reviewer actions on appeals: claim leases and the outcome. The lifecycle (lib/moderation) and
// the database trigger both refuse a reviewer who took part in what is appealed.

const appealId = z.uuid();

async function leaseAction(
  id: unknown,
  run: typeof claimAppeal,
): Promise<ActionResult<{ claimExpiresAt: string | null }>> {
  const auth = await authorize("appeal:review");
  if (!auth.ok) return fail(auth.error);
  const parsed = appealId.safeParse(id);
  const t = await getTranslations("appeals.review.errors");
  if (!parsed.success) return fail(t("not_found"));
  const { db } = await getDb();
  const result: LeaseResult = await run(db, { appealId: parsed.data, reviewer: { id: auth.user.id, role: auth.user.role }, now: new Date() });
  if (!result.ok) return fail(t(result.error));
  return ok({ claimExpiresAt: result.claimExpiresAt?.toISOString() ?? null });
}

export async function claimAppealAction(id: unknown) {
  const result = await leaseAction(id, claimAppeal);
  if (result.ok) revalidatePath("/appeals");
  return result;
}

export async function renewAppealClaimAction(id: unknown) {
  return leaseAction(id, renewAppealClaim);
}

export async function releaseAppealClaimAction(id: unknown) {
  const result = await leaseAction(id, releaseAppealClaim);
  if (result.ok) revalidatePath("/appeals");
  return result;
}

/** Claims the most urgent appeal this reviewer may take; the client then opens it. */
export async function claimNextAppealAction(): Promise<ActionResult<{ appealId: string }>> {
  const auth = await authorize("appeal:review");
  if (!auth.ok) return fail(auth.error);
  const { db } = await getDb();
  const id = await claimNextAppeal(db, { reviewer: { id: auth.user.id, role: auth.user.role }, now: new Date() });
  if (!id) return fail((await getTranslations("appeals.queue"))("nothingToClaim"));
  // No revalidatePath here: the client opens the claimed appeal, and the queue is read fresh
  // on the next visit (dynamic page).
  return ok({ appealId: id });
}

export async function decideAppealAction(input: unknown): Promise<ActionResult<{ state: string }>> {
  const auth = await authorize("appeal:review");
  if (!auth.ok) return fail(auth.error);
  const te = await getTranslations("appeals.errors");
  const tr = await getTranslations("appeals.review");
  const parsed = appealOutcomeSchema.safeParse(input ?? {});
  if (!parsed.success) {
    const keys = fieldErrorKeys(parsed.error);
    return fail(te(keys.appealId ? "subjectInvalid" : Object.values(keys)[0] ?? "subjectInvalid"), Object.fromEntries(Object.entries(keys).map(([f, k]) => [f, te(k)])));
  }
  const { db } = await getDb();
  let result: Awaited<ReturnType<typeof decideAppeal>>;
  try {
    result = await decideAppeal(db, {
      appealId: parsed.data.appealId,
      version: parsed.data.version,
      outcome: parsed.data.outcome,
      reason: parsed.data.reason,
      reviewer: { id: auth.user.id, role: auth.user.role },
      now: new Date(),
    });
  } catch (error) {
    // The database's own independence rule, should the application check ever be bypassed.
    if (pgConstraint(error) === "appeals_independent_reviewer") return fail(tr("errors.conflict_of_interest"));
    throw error;
  }
  if (!result.ok) {
    if (result.error === "stale" && result.current) {
      const ts = await getTranslations("appeals.status.state");
      return fail(tr("conflict", { name: result.current.reviewerName ?? "?", state: ts(result.current.state) }));
    }
    return fail(tr(`errors.${result.error}`));
  }
  revalidatePath("/appeals");
  revalidatePath(`/appeals/${parsed.data.appealId}`);
  return ok({ state: result.state });
}
