import { and, asc, count, eq, gt, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { AppealState, AppealSubject } from "@/lib/moderation/constants";
import { requiredReviewPermission } from "@/lib/moderation/appeals";
import {
  leaseIsLive,
  reviewerCheck,
  transitionAppeal,
  type AppealActor,
  type AppealTransitionError,
} from "@/lib/moderation/appeal-lifecycle";
import { can } from "@/lib/moderation/permissions";
import type { Db } from "../open";
import { accountActions, appeals, cases, decisions, escalations, listings, platforms, sellers, users } from "../schema";
import { recordAudit } from "./audit";

// The staff appeal queue: pending appeals by due time (the platform's appeal SLA), with the same
// claim lease as cases — taken with FOR UPDATE SKIP LOCKED in a short transaction, about ten
// minutes long, renewed while the reviewer works, released when they leave.

const claimer = alias(users, "claimer");

export interface AppealQueueRow {
  id: string;
  subject: AppealSubject;
  round: number;
  dueAt: Date;
  createdAt: Date;
  shopName: string;
  platformName: string;
  actionKind: string;
  policyCode: string | null;
  listingTitle: string | null;
  caseNumber: number | null;
  claimedBy: string | null;
  claimedByName: string | null;
  claimExpiresAt: Date | null;
  /** Null when this reviewer may take it; otherwise why not. */
  blockedReason: AppealTransitionError | null;
}

export interface QueueCursor {
  dueAt: Date;
  id: string;
}

const conflictedIds = {
  authorId: decisions.authorId,
  proposerId: escalations.proposerId,
  approverId: escalations.reviewerId,
};

function conflicts(row: { authorId: string | null; proposerId: string | null; approverId: string | null }): string[] {
  return [row.authorId, row.proposerId, row.approverId].filter((v): v is string => v !== null);
}

export async function appealQueue(
  db: Db,
  params: { reviewer: AppealActor; now: Date; limit?: number; after?: QueueCursor | null },
): Promise<{ rows: AppealQueueRow[]; next: QueueCursor | null }> {
  const limit = params.limit ?? 50;
  const after = params.after
    ? or(gt(appeals.dueAt, params.after.dueAt), and(eq(appeals.dueAt, params.after.dueAt), gt(appeals.id, params.after.id)))
    : undefined;
  const rows = await db
    .select({
      id: appeals.id,
      subject: appeals.subject,
      round: appeals.round,
      dueAt: appeals.dueAt,
      createdAt: appeals.createdAt,
      shopName: sellers.shopName,
      platformName: platforms.name,
      decisionKind: decisions.kind,
      actionKind: accountActions.kind,
      policyCode: decisions.policyCode,
      listingTitle: listings.title,
      caseNumber: cases.number,
      claimedBy: appeals.claimedBy,
      claimedByName: claimer.name,
      claimExpiresAt: appeals.claimExpiresAt,
      ...conflictedIds,
    })
    .from(appeals)
    .innerJoin(sellers, eq(sellers.id, appeals.sellerId))
    .innerJoin(platforms, eq(platforms.id, appeals.platformId))
    .leftJoin(decisions, eq(decisions.id, appeals.decisionId))
    .leftJoin(cases, eq(cases.id, decisions.caseId))
    .leftJoin(listings, eq(listings.id, cases.listingId))
    .leftJoin(accountActions, eq(accountActions.id, appeals.accountActionId))
    .leftJoin(escalations, eq(escalations.id, accountActions.escalationId))
    .leftJoin(claimer, eq(claimer.id, appeals.claimedBy))
    .where(and(eq(appeals.state, "pending"), after))
    .orderBy(asc(appeals.dueAt), asc(appeals.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit).map((r) => {
    const live = leaseIsLive(r.claimExpiresAt, params.now);
    const blockedReason =
      reviewerCheck({ subject: r.subject, round: r.round, conflictedUserIds: conflicts(r) }, params.reviewer) ??
      (live && r.claimedBy !== params.reviewer.id ? "claimed_by_other" : null);
    return {
      id: r.id,
      subject: r.subject,
      round: r.round,
      dueAt: r.dueAt,
      createdAt: r.createdAt,
      shopName: r.shopName,
      platformName: r.platformName,
      actionKind: r.decisionKind ?? r.actionKind ?? "",
      policyCode: r.policyCode,
      listingTitle: r.listingTitle,
      caseNumber: r.caseNumber,
      claimedBy: live ? r.claimedBy : null,
      claimedByName: live ? r.claimedByName : null,
      claimExpiresAt: live ? r.claimExpiresAt : null,
      blockedReason,
    };
  });
  const last = page.at(-1);
  return { rows: page, next: rows.length > limit && last ? { dueAt: last.dueAt, id: last.id } : null };
}

export interface AppealQueueCounts {
  pending: number;
  inReview: number;
  overdue: number;
}

export async function appealQueueCounts(db: Db, now: Date): Promise<AppealQueueCounts> {
  const [row] = await db
    .select({
      pending: count(),
      inReview: sql<number>`count(*) FILTER (WHERE ${appeals.claimExpiresAt} > ${now.toISOString()}::timestamptz)`.mapWith(Number),
      overdue: sql<number>`count(*) FILTER (WHERE ${appeals.dueAt} < ${now.toISOString()}::timestamptz)`.mapWith(Number),
    })
    .from(appeals)
    .where(eq(appeals.state, "pending"));
  return { pending: row?.pending ?? 0, inReview: row?.inReview ?? 0, overdue: row?.overdue ?? 0 };
}

function reviewableBy(reviewer: AppealActor): SQL {
  const senior = can(reviewer.role, requiredReviewPermission("account_action", 2));
  const notConflicted = and(
    or(isNull(decisions.authorId), sql`${decisions.authorId} <> ${reviewer.id}`),
    or(isNull(escalations.proposerId), sql`${escalations.proposerId} <> ${reviewer.id}`),
    or(isNull(escalations.reviewerId), sql`${escalations.reviewerId} <> ${reviewer.id}`),
  ) as SQL;
  return senior ? notConflicted : (and(notConflicted, eq(appeals.round, 1), eq(appeals.subject, "decision")) as SQL);
}

/** Claims the most urgent appeal this reviewer may take; two reviewers never get the same one. */
export async function claimNextAppeal(db: Db, params: { reviewer: AppealActor; now: Date }): Promise<string | null> {
  if (!can(params.reviewer.role, "appeal:review")) return null;
  return db.transaction(async (tx) => {
    const [next] = await tx
      .select({ id: appeals.id })
      .from(appeals)
      .leftJoin(decisions, eq(decisions.id, appeals.decisionId))
      .leftJoin(accountActions, eq(accountActions.id, appeals.accountActionId))
      .leftJoin(escalations, eq(escalations.id, accountActions.escalationId))
      .where(
        and(
          eq(appeals.state, "pending"),
          or(isNull(appeals.claimExpiresAt), lte(appeals.claimExpiresAt, params.now)),
          reviewableBy(params.reviewer),
        ),
      )
      .orderBy(asc(appeals.dueAt), asc(appeals.id))
      .limit(1)
      .for("update", { of: appeals, skipLocked: true });
    if (!next) return null;
    const result = await applyLease(tx, next.id, params.reviewer, "claim", params.now);
    return result.ok ? next.id : null;
  });
}

export type LeaseResult = { ok: true; claimExpiresAt: Date | null } | { ok: false; error: AppealTransitionError | "not_found" };

/** Loads the appeal's lifecycle view, locked for the caller's transaction. */
export async function lockAppealView(tx: Db, appealId: string) {
  const [row] = await tx
    .select({
      id: appeals.id,
      subject: appeals.subject,
      decisionId: appeals.decisionId,
      accountActionId: appeals.accountActionId,
      state: appeals.state,
      round: appeals.round,
      version: appeals.version,
      claimedBy: appeals.claimedBy,
      claimExpiresAt: appeals.claimExpiresAt,
      ...conflictedIds,
    })
    .from(appeals)
    .leftJoin(decisions, eq(decisions.id, appeals.decisionId))
    .leftJoin(accountActions, eq(accountActions.id, appeals.accountActionId))
    .leftJoin(escalations, eq(escalations.id, accountActions.escalationId))
    .where(eq(appeals.id, appealId))
    .limit(1)
    .for("update", { of: appeals });
  if (!row) return null;
  return { ...row, state: row.state as AppealState, conflictedUserIds: conflicts(row) };
}

async function applyLease(tx: Db, appealId: string, reviewer: AppealActor, event: "claim" | "renew" | "release", now: Date): Promise<LeaseResult> {
  const view = await lockAppealView(tx, appealId);
  if (!view) return { ok: false, error: "not_found" };
  const t = transitionAppeal({ ...view, partialAvailable: false }, { type: event }, reviewer, now);
  if (!t.ok) return { ok: false, error: t.error };
  await tx
    .update(appeals)
    .set({ claimedBy: t.next.claimedBy, claimExpiresAt: t.next.claimExpiresAt })
    .where(eq(appeals.id, appealId));
  if (event !== "renew") {
    await recordAudit(tx, {
      actor: { kind: "user", id: reviewer.id },
      action: event === "claim" ? "appeal.claimed" : "appeal.released",
      subjectType: "appeal",
      subjectId: appealId,
      at: now,
      data: event === "claim" ? { until: t.next.claimExpiresAt?.toISOString() } : {},
    });
  }
  return { ok: true, claimExpiresAt: t.next.claimExpiresAt };
}

export function claimAppeal(db: Db, params: { appealId: string; reviewer: AppealActor; now: Date }): Promise<LeaseResult> {
  return db.transaction((tx) => applyLease(tx, params.appealId, params.reviewer, "claim", params.now));
}

export function renewAppealClaim(db: Db, params: { appealId: string; reviewer: AppealActor; now: Date }): Promise<LeaseResult> {
  return db.transaction((tx) => applyLease(tx, params.appealId, params.reviewer, "renew", params.now));
}

export function releaseAppealClaim(db: Db, params: { appealId: string; reviewer: AppealActor; now: Date }): Promise<LeaseResult> {
  return db.transaction((tx) => applyLease(tx, params.appealId, params.reviewer, "release", params.now));
}

