// One decision applied to several open cases of one seller. Each case is claimed and decided in
// its own transaction by the same rules as a single decision; a failure on one case is reported
// for that case and does not undo the others.
import { inArray, eq } from "drizzle-orm";
import { DomainError, isDomainError } from "@/lib/moderation";
import type { BulkDecisionInput, DecisionInput } from "@/lib/validation/decision";
import type { Db } from "../open";
import { cases } from "../schema";
import { claimCase, releaseClaim, type StaffActor } from "./claims";
import { decideCase, type DecideResult } from "./decide";

export type BulkCaseOutcome =
  | { caseId: string; caseNumber: number | null; ok: true; result: DecideResult }
  | { caseId: string; caseNumber: number | null; ok: false; error: DomainError };

export async function decideCasesInBulk(
  db: Db,
  input: BulkDecisionInput,
  actor: StaffActor,
  now: Date,
): Promise<BulkCaseOutcome[] | DomainError> {
  const { caseIds, ...body } = input;
  const ids = [...new Set(caseIds)];
  const rows = await db
    .select({ id: cases.id, number: cases.number, sellerId: cases.sellerId })
    .from(cases)
    .where(inArray(cases.id, ids));
  if (rows.length !== ids.length) return new DomainError("not_found");
  if (new Set(rows.map((r) => r.sellerId)).size > 1) return new DomainError("bulk_mixed_sellers");

  const outcomes: BulkCaseOutcome[] = [];
  for (const id of ids) {
    const number = rows.find((r) => r.id === id)?.number ?? null;
    const claimed = await claimCase(db, id, actor, now);
    if (isDomainError(claimed)) {
      outcomes.push({ caseId: id, caseNumber: number, ok: false, error: claimed });
      continue;
    }
    const result = await decideCase(db, { ...body, caseId: id, version: claimed.version } as DecisionInput, actor, now);
    if (isDomainError(result)) {
      await releaseClaim(db, id, actor, now);
      outcomes.push({ caseId: id, caseNumber: number, ok: false, error: result });
    } else outcomes.push({ caseId: id, caseNumber: number, ok: true, result });
  }
  return outcomes;
}

export async function caseSeller(db: Db, caseId: string): Promise<string | null> {
  const [row] = await db.select({ sellerId: cases.sellerId }).from(cases).where(eq(cases.id, caseId));
  return row?.sellerId ?? null;
}
