// One decision applied to several open cases of one seller. Each case is claimed and decided in
// its own transaction by the same rules as a single decision; a failure on one case is reported
// for that case and does not undo the others.
import { inArray, eq } from "drizzle-orm";
import { DomainError, isDomainError, type Ladder } from "@/lib/moderation";
import type { BulkDecisionInput, DecisionInput } from "@/lib/validation/decision";
import { isUuid } from "@/lib/validation/ids";
import type { Db } from "../open";
import { cases, platforms } from "../schema";
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

/**
 * The ladder of the platform the cases are on, which a takedown's points are validated against.
 * "not_found" when an id is not a case; "bulk_mixed_sellers" when they span platforms (cases of
 * one seller are all on the seller's platform).
 */
export async function ladderOfCases(db: Db, caseIds: readonly unknown[]): Promise<Ladder | DomainError> {
  const ids = [...new Set(caseIds)];
  if (ids.length === 0 || !ids.every(isUuid)) return new DomainError("not_found");
  const rows = await db
    .select({ id: cases.id, platformId: platforms.id, ladder: platforms.ladder })
    .from(cases)
    .innerJoin(platforms, eq(platforms.id, cases.platformId))
    .where(inArray(cases.id, ids));
  const [first] = rows;
  if (!first || rows.length !== ids.length) return new DomainError("not_found");
  if (rows.some((r) => r.platformId !== first.platformId)) return new DomainError("bulk_mixed_sellers");
  return first.ladder;
}
