"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { decideCasesInBulk, ladderOfCases } from "@/db/queries/bulk-decide";
import { claimNext } from "@/db/queries/claims";
import { isDomainError, POLICY_CODES, type PolicyCode } from "@/lib/moderation";
import { fail, ok } from "@/lib/validation/action-result";
import { decisionFromFormData, parseBulkDecision, policyBounds } from "@/lib/validation/decision";
import type { BulkState } from "@/components/queue/bulk-bar-client";
import type { ReviewNextState } from "@/components/queue/review-next-client";
import { caseErrorMessage, decisionFieldMessages } from "@/server/case-messages";
import { authorize } from "@/server/session";
import { failDuringOutage } from "@/server/database-outage";

/** "Review next": claims the highest-priority free case and opens it. */
export async function reviewNextAction(_prev: ReviewNextState, form?: FormData): Promise<ReviewNextState> {
  return failDuringOutage(() => reviewNext(form));
}

async function reviewNext(form?: FormData): Promise<ReviewNextState> {
  const auth = await authorize("case:claim");
  if (!auth.ok) return fail(auth.error);
  if (!(form instanceof FormData)) return fail((await getTranslations("errors"))("invalidInput"));
  const { db } = await getDb();
  const next = await claimNext(db, auth.user.id, new Date());
  if (!next) {
    const t = await getTranslations("queue");
    return fail(t("queueEmpty"));
  }
  redirect(`/cases/${next.id}`);
}

/** One decision applied to several open cases of one seller; reports per case. */
export async function bulkDecideAction(_prev: BulkState, form?: FormData): Promise<BulkState> {
  return failDuringOutage(() => bulkDecide(form));
}

async function bulkDecide(form?: FormData): Promise<BulkState> {
  const auth = await authorize("case:decide");
  if (!auth.ok) return fail(auth.error);
  const t = await getTranslations("queue");
  const tErr = await getTranslations("errors");
  if (!(form instanceof FormData)) return fail(tErr("invalidInput"));
  const raw = decisionFromFormData(form);
  const { db } = await getDb();
  // The cases are one seller's, so on one platform: its ladder gives the takedown's points.
  const ladder = await ladderOfCases(db, Array.isArray(raw.caseIds) ? raw.caseIds : []);
  if (isDomainError(ladder)) return fail(await caseErrorMessage(ladder));
  if (raw.points === "default" && POLICY_CODES.includes(raw.policyCode as PolicyCode)) {
    raw.points = policyBounds(raw.policyCode as PolicyCode, ladder).default;
  }
  const now = new Date();
  const parsed = parseBulkDecision(raw, now, ladder);
  if (!parsed.ok) return fail(tErr("invalidInput"), await decisionFieldMessages(parsed.fieldErrors));
  const outcomes = await decideCasesInBulk(db, parsed.data, { id: auth.user.id, role: auth.user.role }, now);
  if (isDomainError(outcomes)) return fail(await caseErrorMessage(outcomes));
  revalidatePath("/queue");
  return ok({
    outcomes: await Promise.all(
      outcomes.map(async (o) => ({
        caseId: o.caseId,
        caseNumber: o.caseNumber,
        ok: o.ok,
        message: o.ok ? t("bulk.done") : await caseErrorMessage(o.error),
      })),
    ),
  });
}
