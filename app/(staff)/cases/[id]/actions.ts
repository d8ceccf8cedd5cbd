"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { ladderOfCases } from "@/db/queries/bulk-decide";
import { claimNext } from "@/db/queries/claims";
import { decideCase } from "@/db/queries/decide";
import { isDomainError } from "@/lib/moderation";
import { fail, ok } from "@/lib/validation/action-result";
import { decisionFromFormData, parseDecision } from "@/lib/validation/decision";
import type { DecideState } from "@/components/cases/decision-form-client";
import { caseErrorMessage, decisionFieldMessages } from "@/server/case-messages";
import { authorize } from "@/server/session";
import { failDuringOutage } from "@/server/database-outage";

/**
 * Decides the case the moderator holds; with intent "next", opens the next case afterwards. While
 * the database is unreachable the form stays as typed and says to try again.
 */
export async function decideAction(_prev: DecideState, form?: FormData): Promise<DecideState> {
  return failDuringOutage(() => decide(form));
}

async function decide(form?: FormData): Promise<DecideState> {
  const auth = await authorize("case:decide");
  if (!auth.ok) return fail(auth.error);
  const tErr = await getTranslations("errors");
  if (!(form instanceof FormData)) return fail(tErr("invalidInput"));
  const now = new Date();
  const raw = decisionFromFormData(form);
  const { db } = await getDb();
  // Points are checked on the ladder of the case's platform.
  const ladder = await ladderOfCases(db, [raw.caseId]);
  if (isDomainError(ladder)) return fail(await caseErrorMessage(ladder));
  const parsed = parseDecision(raw, now, ladder);
  if (!parsed.ok) {
    const fieldErrors = await decisionFieldMessages(parsed.fieldErrors);
    // A tampered case id or version has no field on the form: say so at the top.
    const general = fieldErrors.caseId ?? fieldErrors.version;
    return general ? fail(general) : fail(tErr("invalidInput"), fieldErrors);
  }
  const actor = { id: auth.user.id, role: auth.user.role };
  const result = await decideCase(db, parsed.data, actor, now);
  if (isDomainError(result)) return fail(await caseErrorMessage(result));
  revalidatePath(`/cases/${result.caseId}`);
  revalidatePath("/queue");
  if (form.get("intent") === "next") {
    const next = await claimNext(db, auth.user.id, new Date());
    redirect(next ? `/cases/${next.id}` : "/queue?empty=1");
  }
  return ok({
    kind: parsed.data.kind,
    points: result.points,
    activePoints: result.activePoints,
    ladderWarningSent: result.ladderWarningSent,
    recommendation: result.recommendation
      ? { action: result.recommendation.step.action, durationDays: result.recommendation.step.durationDays, points: result.recommendation.points }
      : null,
    sellerId: result.sellerId,
  });
}
