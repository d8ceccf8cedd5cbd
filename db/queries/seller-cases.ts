import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../open";
import { appeals, cases, decisions, infoResponses, listings, platforms, sellers } from "../schema";
import { loadAppealHistory, loadAppealSubject, type AppealHistoryRow, type AppealSubjectRow } from "./appeal-subjects";
import { listAppealEvidence, listInfoResponseEvidence, type EvidenceMeta } from "./evidence";
import { ownedBy } from "./seller-scope";

// One case, one appeal, as the owning seller sees them. Never the moderators' names or internal
// notes. Another shop's id gives null, and the page answers 404.

export interface SellerCaseDecision {
  id: string;
  kind: "clear" | "request_info" | "warn" | "takedown";
  clearReason: string | null;
  policyCode: string | null;
  points: number;
  sellerMessage: string | null;
  infoDeadline: Date | null;
  statement: Record<string, unknown> | null;
  statementLocale: "id" | "en" | null;
  listingSnapshot: Record<string, unknown>;
  appealDeadline: Date | null;
  reversedAt: Date | null;
  createdAt: Date;
}

export interface SellerCaseView {
  id: string;
  number: number;
  state: "open" | "awaiting_seller" | "resolved";
  awaitingUntil: Date | null;
  shopName: string;
  platformName: string;
  settings: { appealWindowDays: number; secondAppealWindowDays: number };
  listing: { title: string; status: "active" | "needs_fix" | "removed"; url: string; priceIdr: number };
  decisions: SellerCaseDecision[];
  appeals: {
    id: string;
    decisionId: string | null;
    round: number;
    state: "pending" | "granted" | "denied" | "partial";
    createdAt: Date;
    dueAt: Date;
    decidedAt: Date | null;
    outcomeReason: string | null;
  }[];
  infoResponses: { id: string; body: string; createdAt: Date; evidence: EvidenceMeta[] }[];
}

export async function getSellerCase(db: Db, params: { userId: string; caseId: string }): Promise<SellerCaseView | null> {
  const [found] = await db
    .select({
      id: cases.id,
      number: cases.number,
      state: cases.state,
      awaitingUntil: cases.awaitingUntil,
      shopName: sellers.shopName,
      platformName: platforms.name,
      settings: { appealWindowDays: platforms.appealWindowDays, secondAppealWindowDays: platforms.secondAppealWindowDays },
      listing: { title: listings.title, status: listings.status, url: listings.url, priceIdr: listings.priceIdr },
    })
    .from(cases)
    .innerJoin(sellers, eq(sellers.id, cases.sellerId))
    .innerJoin(platforms, eq(platforms.id, cases.platformId))
    .innerJoin(listings, eq(listings.id, cases.listingId))
    .where(and(eq(cases.id, params.caseId), ownedBy(cases.sellerId, params.userId)))
    .limit(1);
  if (!found) return null;
  const caseDecisions = await db
    .select({
      id: decisions.id,
      kind: decisions.kind,
      clearReason: decisions.clearReason,
      policyCode: decisions.policyCode,
      points: decisions.points,
      sellerMessage: decisions.sellerMessage,
      infoDeadline: decisions.infoDeadline,
      statement: decisions.statement,
      statementLocale: decisions.statementLocale,
      listingSnapshot: decisions.listingSnapshot,
      appealDeadline: decisions.appealDeadline,
      reversedAt: decisions.reversedAt,
      createdAt: decisions.createdAt,
    })
    .from(decisions)
    .where(and(eq(decisions.caseId, found.id), ownedBy(decisions.sellerId, params.userId)))
    .orderBy(desc(decisions.createdAt), desc(decisions.id));
  const decisionIds = caseDecisions.map((d) => d.id);
  const caseAppeals = decisionIds.length
    ? await db
        .select({
          id: appeals.id,
          decisionId: appeals.decisionId,
          round: appeals.round,
          state: appeals.state,
          createdAt: appeals.createdAt,
          dueAt: appeals.dueAt,
          decidedAt: appeals.decidedAt,
          outcomeReason: appeals.outcomeReason,
        })
        .from(appeals)
        .where(and(inArray(appeals.decisionId, decisionIds), ownedBy(appeals.sellerId, params.userId)))
        .orderBy(asc(appeals.createdAt))
    : [];
  const responses = await db
    .select({ id: infoResponses.id, body: infoResponses.body, createdAt: infoResponses.createdAt })
    .from(infoResponses)
    .where(and(eq(infoResponses.caseId, found.id), ownedBy(infoResponses.sellerId, params.userId)))
    .orderBy(asc(infoResponses.createdAt));
  const viewer = { kind: "seller", userId: params.userId } as const;
  const withEvidence = await Promise.all(
    responses.map(async (r) => ({ ...r, evidence: await listInfoResponseEvidence(db, { infoResponseId: r.id, viewer }) })),
  );
  return { ...found, decisions: caseDecisions, appeals: caseAppeals, infoResponses: withEvidence };
}

export interface SellerAppealView {
  id: string;
  subject: "decision" | "account_action";
  round: number;
  state: "pending" | "granted" | "denied" | "partial";
  explanation: string;
  references: string | null;
  createdAt: Date;
  dueAt: Date;
  decidedAt: Date | null;
  outcomeReason: string | null;
  appealed: AppealSubjectRow;
  history: AppealHistoryRow[];
  evidence: EvidenceMeta[];
}

export async function getSellerAppeal(db: Db, params: { userId: string; appealId: string }): Promise<SellerAppealView | null> {
  const [appeal] = await db
    .select({
      id: appeals.id,
      subject: appeals.subject,
      decisionId: appeals.decisionId,
      accountActionId: appeals.accountActionId,
      round: appeals.round,
      state: appeals.state,
      explanation: appeals.explanation,
      references: appeals.references,
      createdAt: appeals.createdAt,
      dueAt: appeals.dueAt,
      decidedAt: appeals.decidedAt,
      outcomeReason: appeals.outcomeReason,
    })
    .from(appeals)
    .where(and(eq(appeals.id, params.appealId), ownedBy(appeals.sellerId, params.userId)))
    .limit(1);
  if (!appeal) return null;
  const viewer = { kind: "seller", userId: params.userId } as const;
  const subjectId = appeal.decisionId ?? appeal.accountActionId;
  if (!subjectId) return null;
  const appealed = await loadAppealSubject(db, { subject: appeal.subject, id: subjectId, viewer });
  if (!appealed) return null;
  const history = await loadAppealHistory(db, appeal.subject, subjectId);
  const evidence = await listAppealEvidence(db, { appealId: appeal.id, viewer });
  return {
    id: appeal.id,
    subject: appeal.subject,
    round: appeal.round,
    state: appeal.state,
    explanation: appeal.explanation,
    references: appeal.references,
    createdAt: appeal.createdAt,
    dueAt: appeal.dueAt,
    decidedAt: appeal.decidedAt,
    outcomeReason: appeal.outcomeReason,
    appealed,
    history,
    evidence,
  };
}

/** The appealable action for the appeal form, scoped to the seller; null when not theirs. */
export async function getSellerAppealable(
  db: Db,
  params: { userId: string; subject: "decision" | "account_action"; id: string },
): Promise<{ appealed: AppealSubjectRow; history: AppealHistoryRow[] } | null> {
  const appealed = await loadAppealSubject(db, { subject: params.subject, id: params.id, viewer: { kind: "seller", userId: params.userId } });
  if (!appealed) return null;
  return { appealed, history: await loadAppealHistory(db, params.subject, params.id) };
}
