// Claim leases on cases (DESIGN.md convention 5): taken with FOR UPDATE SKIP LOCKED in a short
// transaction, renewed while the moderator works, released on skip or leave. An expired lease is
// claimable by anyone.
import { and, asc, desc, eq, gt, isNull, lte, or } from "drizzle-orm";
import {
  CLAIM_LEASE_MS,
  DomainError,
  isClaimLive,
  isDomainError,
  transitionCase,
  type CaseEvent,
  type CaseView,
  type Role,
} from "@/lib/moderation";
import type { Db } from "../open";
import { cases, users } from "../schema";
import { recordAudit } from "./audit";

export interface StaffActor {
  id: string;
  role: Role;
}

export interface ClaimedCase {
  id: string;
  number: number;
  claimExpiresAt: Date;
}

/**
 * Claims the highest-priority open case nobody holds (or whose lease lapsed) for the user, and
 * returns it; null when the queue is empty. A user who already holds a live claim gets that case
 * back (renewed) instead of a second one, so nobody hoards leases.
 */
export async function claimNext(db: Db, userId: string, now: Date): Promise<ClaimedCase | null> {
  const until = new Date(now.getTime() + CLAIM_LEASE_MS);
  return db.transaction(async (tx) => {
    const [held] = await tx
      .select({ id: cases.id, number: cases.number })
      .from(cases)
      .where(and(eq(cases.state, "open"), eq(cases.claimedBy, userId), gt(cases.claimExpiresAt, now)))
      .orderBy(desc(cases.priority), asc(cases.id))
      .limit(1)
      .for("update", { skipLocked: true });
    if (held) {
      await tx.update(cases).set({ claimExpiresAt: until }).where(eq(cases.id, held.id));
      return { ...held, claimExpiresAt: until };
    }
    const [next] = await tx
      .select({ id: cases.id, number: cases.number })
      .from(cases)
      .where(and(eq(cases.state, "open"), or(isNull(cases.claimedBy), lte(cases.claimExpiresAt, now))))
      .orderBy(desc(cases.priority), asc(cases.id))
      .limit(1)
      .for("update", { skipLocked: true });
    if (!next) return null;
    await tx
      .update(cases)
      .set({ claimedBy: userId, claimExpiresAt: until, updatedAt: now })
      .where(eq(cases.id, next.id));
    await recordAudit(tx, {
      actor: { kind: "user", id: userId },
      action: "case.claimed",
      subjectType: "case",
      subjectId: next.id,
      data: { via: "review_next", until: until.toISOString() },
      at: now,
    });
    return { ...next, claimExpiresAt: until };
  });
}

type ClaimEvent = Extract<CaseEvent, { type: "claim" | "renew" | "release" }>;

/** Claim, renew or release one case through the lifecycle rules. */
async function applyClaimEvent(
  db: Db,
  caseId: string,
  actor: StaffActor,
  event: ClaimEvent,
  now: Date,
): Promise<CaseView | DomainError> {
  return db.transaction(async (tx) => {
    const [row] = await tx
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
    const next = transitionCase(row, event, { kind: "user", id: actor.id, role: actor.role }, now);
    if (isDomainError(next)) return next;
    await tx
      .update(cases)
      .set({ claimedBy: next.claimedBy, claimExpiresAt: next.claimExpiresAt, ...(event.type === "renew" ? {} : { updatedAt: now }) })
      .where(eq(cases.id, caseId));
    const wasMineAndLive = row.claimedBy === actor.id && isClaimLive(row, now);
    if (event.type === "release" || (event.type === "claim" && !wasMineAndLive)) {
      await recordAudit(tx, {
        actor: { kind: "user", id: actor.id },
        action: event.type === "claim" ? "case.claimed" : "case.released",
        subjectType: "case",
        subjectId: caseId,
        data: event.type === "claim" ? { until: next.claimExpiresAt?.toISOString() ?? null } : {},
        at: now,
      });
    }
    return next;
  });
}

export function claimCase(db: Db, caseId: string, actor: StaffActor, now: Date) {
  return applyClaimEvent(db, caseId, actor, { type: "claim" }, now);
}

export function renewClaim(db: Db, caseId: string, actor: StaffActor, now: Date) {
  return applyClaimEvent(db, caseId, actor, { type: "renew" }, now);
}

export function releaseClaim(db: Db, caseId: string, actor: StaffActor, now: Date) {
  return applyClaimEvent(db, caseId, actor, { type: "release" }, now);
}

/** Who holds a case now, for the claim status on the case page; null when the case is unknown. */
export async function getClaimStatus(db: Db, caseId: string, now: Date) {
  const [row] = await db
    .select({ state: cases.state, claimedBy: cases.claimedBy, claimExpiresAt: cases.claimExpiresAt, version: cases.version, name: users.name })
    .from(cases)
    .leftJoin(users, eq(users.id, cases.claimedBy))
    .where(eq(cases.id, caseId));
  if (!row) return null;
  const live = row.state === "open" && isClaimLive(row, now);
  return {
    state: row.state,
    version: row.version,
    reviewer: live && row.claimedBy ? { id: row.claimedBy, name: row.name ?? "" } : null,
    until: live ? row.claimExpiresAt : null,
  };
}
