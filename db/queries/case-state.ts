// Cases waiting for the seller return to the queue when the seller answers or the deadline passes.
import { and, eq, lte } from "drizzle-orm";
import { DomainError, isDomainError, transitionCase, type CaseActor } from "@/lib/moderation";
import type { Db } from "../open";
import { cases } from "../schema";
import { recordAudit, SYSTEM_ACTOR } from "./audit";

/** Puts every awaiting case whose info deadline passed back to open; returns their ids. */
export async function returnExpiredInfoRequests(db: Db, now: Date): Promise<string[]> {
  // Every queue load and counts poll asks; nearly always nothing is due. Look first (one indexed
  // read on cases_awaiting_idx) and open the locking transaction only when something is.
  const [anyDue] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.state, "awaiting_seller"), lte(cases.awaitingUntil, now)))
    .limit(1);
  if (!anyDue) return [];
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: cases.id, version: cases.version, awaitingUntil: cases.awaitingUntil })
      .from(cases)
      .where(and(eq(cases.state, "awaiting_seller"), lte(cases.awaitingUntil, now)))
      .for("update", { skipLocked: true });
    for (const row of due) {
      await tx
        .update(cases)
        .set({ state: "open", awaitingUntil: null, claimedBy: null, claimExpiresAt: null, version: row.version + 1, updatedAt: now })
        .where(eq(cases.id, row.id));
      await recordAudit(tx, {
        actor: SYSTEM_ACTOR,
        action: "case.info_deadline_passed",
        subjectType: "case",
        subjectId: row.id,
        data: { deadline: row.awaitingUntil?.toISOString() ?? null },
        at: now,
      });
    }
    return due.map((d) => d.id);
  });
}

/**
 * The seller answered a request for information: the case goes back to open. Call inside the
 * transaction that stores the answer (the seller portal does).
 */
export async function markSellerAnswered(db: Db, caseId: string, actor: CaseActor, now: Date): Promise<DomainError | null> {
  const [row] = await db
    .select({
      state: cases.state,
      claimedBy: cases.claimedBy,
      claimExpiresAt: cases.claimExpiresAt,
      awaitingUntil: cases.awaitingUntil,
      version: cases.version,
    })
    .from(cases)
    .where(eq(cases.id, caseId))
    .for("update");
  if (!row) return new DomainError("not_found");
  const next = transitionCase(row, { type: "seller_answered" }, actor, now);
  if (isDomainError(next)) return next;
  await db
    .update(cases)
    .set({ state: next.state, awaitingUntil: null, claimedBy: null, claimExpiresAt: null, version: next.version, updatedAt: now })
    .where(eq(cases.id, caseId));
  await recordAudit(db, {
    actor: actor.kind === "user" ? { kind: "user", id: actor.id } : SYSTEM_ACTOR,
    action: "case.seller_answered",
    subjectType: "case",
    subjectId: caseId,
    at: now,
  });
  return null;
}
