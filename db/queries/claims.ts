// Claim leases on cases (DESIGN.md convention 5): taken with FOR UPDATE SKIP LOCKED in a short
// transaction, renewed while the moderator works, released on skip or leave. An expired lease is
// claimable by anyone.
import { and, asc, desc, eq, gt, sql } from "drizzle-orm";
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
import { auditEvents, cases, users } from "../schema";
import { recordAudit } from "./audit";
import { rawRows } from "./rollups";

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
 *
 * One statement, so one round trip and row locks held only while it runs: the held case and the
 * candidate are locked with FOR UPDATE SKIP LOCKED (a concurrent claimer skips a row another is
 * taking; a row whose lease another claimer just took fails the re-check and is skipped too), the
 * lease is written and the audit event recorded in the same statement, hence the same transaction.
 */
export async function claimNext(db: Db, userId: string, now: Date): Promise<ClaimedCase | null> {
  const until = new Date(now.getTime() + CLAIM_LEASE_MS);
  const at = now.toISOString();
  const leaseEnd = until.toISOString();
  const data = JSON.stringify({ via: "review_next", until: leaseEnd });
  const rows = await rawRows<{ id: string; number: string | number }>(
    db,
    sql`with held as (
          select ${cases.id}, ${cases.number} from ${cases}
          where ${cases.state} = 'open' and ${cases.claimedBy} = ${userId}::uuid and ${cases.claimExpiresAt} > ${at}::timestamptz
          order by ${cases.priority} desc, ${cases.id} limit 1
          for update skip locked
        ), renewed as (
          update ${cases} set claim_expires_at = ${leaseEnd}::timestamptz from held where ${cases.id} = held.id
          returning ${cases.id}, ${cases.number}
        ), candidate as (
          select ${cases.id} from ${cases}
          where ${cases.state} = 'open' and (${cases.claimedBy} is null or ${cases.claimExpiresAt} <= ${at}::timestamptz)
            and not exists (select 1 from held)
          order by ${cases.priority} desc, ${cases.id} limit 1
          for update skip locked
        ), claimed as (
          update ${cases} set claimed_by = ${userId}::uuid, claim_expires_at = ${leaseEnd}::timestamptz, updated_at = ${at}::timestamptz
          from candidate where ${cases.id} = candidate.id
          returning ${cases.id}, ${cases.number}
        ), audit as (
          insert into ${auditEvents} (actor_kind, actor_id, action, subject_type, subject_id, data, at)
          select 'user', ${userId}::uuid, 'case.claimed', 'case', claimed.id::text, ${data}::jsonb, ${at}::timestamptz from claimed
        )
        select id, number from renewed union all select id, number from claimed`,
  );
  const row = rows[0];
  return row ? { id: row.id, number: Number(row.number), claimExpiresAt: until } : null;
}

/** The case the user holds a live lease on (the one "review next" would hand back), or null. */
export async function currentClaim(db: Db, userId: string, now: Date): Promise<ClaimedCase | null> {
  const [held] = await db
    .select({ id: cases.id, number: cases.number, claimExpiresAt: cases.claimExpiresAt })
    .from(cases)
    .where(and(eq(cases.state, "open"), eq(cases.claimedBy, userId), gt(cases.claimExpiresAt, now)))
    .orderBy(desc(cases.priority), asc(cases.id))
    .limit(1);
  return held?.claimExpiresAt ? { id: held.id, number: held.number, claimExpiresAt: held.claimExpiresAt } : null;
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
