import { and, asc, eq } from "drizzle-orm";
import type { AccountActionKind, AppealState, AppealSubject, DecisionKind } from "@/lib/moderation/constants";
import type { AppealableAction, AppealHistoryEntry } from "@/lib/moderation/appeals";
import type { Db } from "../open";
import { accountActions, appeals, cases, decisions, escalations, listings, platforms, sellers } from "../schema";
import { viewerScope, type Viewer } from "./seller-scope";

// The "appealable action" behind an appeal: a decision on a listing, or an account action. One
// loader for both, so filing, showing and reviewing an appeal treat them alike.

export interface AppealSubjectRow {
  subject: AppealSubject;
  id: string;
  sellerId: string;
  platformId: string;
  shopName: string;
  platformName: string;
  kind: DecisionKind | AccountActionKind;
  noticeAt: Date;
  appealDeadline: Date | null;
  undoneAt: Date | null;
  caseId: string | null;
  caseNumber: number | null;
  listingId: string | null;
  listingTitle: string | null;
  /** People who took the action: they may never review its appeal. */
  conflictedUserIds: string[];
  settings: { appealWindowDays: number; secondAppealWindowDays: number; appealSlaHours: number };
}

const SETTINGS = {
  appealWindowDays: platforms.appealWindowDays,
  secondAppealWindowDays: platforms.secondAppealWindowDays,
  appealSlaHours: platforms.appealSlaHours,
};

export async function loadAppealSubject(
  db: Db,
  params: { subject: AppealSubject; id: string; viewer: Viewer; lock?: boolean },
): Promise<AppealSubjectRow | null> {
  if (params.subject === "decision") {
    const query = db
      .select({
        id: decisions.id,
        sellerId: decisions.sellerId,
        platformId: decisions.platformId,
        shopName: sellers.shopName,
        platformName: platforms.name,
        kind: decisions.kind,
        noticeAt: decisions.createdAt,
        appealDeadline: decisions.appealDeadline,
        undoneAt: decisions.reversedAt,
        caseId: decisions.caseId,
        caseNumber: cases.number,
        listingId: cases.listingId,
        listingTitle: listings.title,
        authorId: decisions.authorId,
        settings: SETTINGS,
      })
      .from(decisions)
      .innerJoin(cases, eq(cases.id, decisions.caseId))
      .innerJoin(listings, eq(listings.id, cases.listingId))
      .innerJoin(sellers, eq(sellers.id, decisions.sellerId))
      .innerJoin(platforms, eq(platforms.id, decisions.platformId))
      .where(and(eq(decisions.id, params.id), viewerScope(decisions.sellerId, params.viewer)))
      .limit(1);
    const [row] = params.lock ? await query.for("update", { of: decisions }) : await query;
    if (!row) return null;
    const { authorId, ...rest } = row;
    return { subject: "decision", ...rest, conflictedUserIds: [authorId] };
  }
  const query = db
    .select({
      id: accountActions.id,
      sellerId: accountActions.sellerId,
      platformId: accountActions.platformId,
      shopName: sellers.shopName,
      platformName: platforms.name,
      kind: accountActions.kind,
      noticeAt: accountActions.startsAt,
      appealDeadline: accountActions.appealDeadline,
      undoneAt: accountActions.liftedAt,
      proposerId: escalations.proposerId,
      approverId: escalations.reviewerId,
      settings: SETTINGS,
    })
    .from(accountActions)
    .innerJoin(escalations, eq(escalations.id, accountActions.escalationId))
    .innerJoin(sellers, eq(sellers.id, accountActions.sellerId))
    .innerJoin(platforms, eq(platforms.id, accountActions.platformId))
    .where(and(eq(accountActions.id, params.id), viewerScope(accountActions.sellerId, params.viewer)))
    .limit(1);
  const [row] = params.lock ? await query.for("update", { of: accountActions }) : await query;
  if (!row) return null;
  const { proposerId, approverId, ...rest } = row;
  return {
    subject: "account_action",
    ...rest,
    caseId: null,
    caseNumber: null,
    listingId: null,
    listingTitle: null,
    conflictedUserIds: approverId ? [proposerId, approverId] : [proposerId],
  };
}

export function toAppealable(row: AppealSubjectRow): AppealableAction {
  const base = { id: row.id, noticeAt: row.noticeAt, appealDeadline: row.appealDeadline };
  return row.subject === "decision"
    ? { subject: "decision", ...base, kind: row.kind as DecisionKind, reversedAt: row.undoneAt }
    : { subject: "account_action", ...base, kind: row.kind as AccountActionKind, liftedAt: row.undoneAt };
}

export interface AppealHistoryRow extends AppealHistoryEntry {
  id: string;
  state: AppealState;
  createdAt: Date;
}

export async function loadAppealHistory(db: Db, subject: AppealSubject, id: string): Promise<AppealHistoryRow[]> {
  return db
    .select({ id: appeals.id, round: appeals.round, state: appeals.state, decidedAt: appeals.decidedAt, createdAt: appeals.createdAt })
    .from(appeals)
    .where(subject === "decision" ? eq(appeals.decisionId, id) : eq(appeals.accountActionId, id))
    .orderBy(asc(appeals.round));
}
