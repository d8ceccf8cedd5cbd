import { and, asc, count, desc, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Ladder } from "@/lib/moderation/ladder";
import type { Db } from "../open";
import { accountActions, appeals, cases, decisions, escalations, flags, infoResponses, listings, platforms, sellers, strikes, users } from "../schema";
import { loadAppealHistory, loadAppealSubject, type AppealSubjectRow } from "./appeal-subjects";
import { listAppealEvidence, listInfoResponseEvidence, type EvidenceMeta } from "./evidence";

// Everything a reviewer weighs on /appeals/[id]: the appeal and its evidence, what was appealed
// (decision with its statement and listing snapshot, or account action with its escalation), the
// listing and its flags, the seller panel and the case history.

const author = alias(users, "author");
const claimer = alias(users, "claimer");
const reviewer = alias(users, "reviewer");
const proposer = alias(users, "proposer");
const approver = alias(users, "approver");

export async function getAppealForReview(db: Db, params: { appealId: string; viewerId: string; now: Date }) {
  const [appeal] = await db
    .select({
      id: appeals.id,
      subject: appeals.subject,
      decisionId: appeals.decisionId,
      accountActionId: appeals.accountActionId,
      round: appeals.round,
      state: appeals.state,
      version: appeals.version,
      explanation: appeals.explanation,
      references: appeals.references,
      createdAt: appeals.createdAt,
      dueAt: appeals.dueAt,
      decidedAt: appeals.decidedAt,
      outcomeReason: appeals.outcomeReason,
      reviewerName: reviewer.name,
      claimedBy: appeals.claimedBy,
      claimedByName: claimer.name,
      claimExpiresAt: appeals.claimExpiresAt,
    })
    .from(appeals)
    .leftJoin(claimer, eq(claimer.id, appeals.claimedBy))
    .leftJoin(reviewer, eq(reviewer.id, appeals.reviewerId))
    .where(eq(appeals.id, params.appealId))
    .limit(1);
  if (!appeal) return null;
  const subjectId = appeal.decisionId ?? appeal.accountActionId;
  if (!subjectId) return null;
  const appealed = await loadAppealSubject(db, { subject: appeal.subject, id: subjectId, viewer: { kind: "staff", userId: params.viewerId } });
  if (!appealed) return null;
  const staff = { kind: "staff", userId: params.viewerId } as const;
  const [history, evidence, seller, decision, action] = await Promise.all([
    loadAppealHistory(db, appeal.subject, subjectId),
    listAppealEvidence(db, { appealId: appeal.id, viewer: staff }),
    sellerPanel(db, appealed, params.now),
    appeal.decisionId ? decisionDetail(db, appeal.decisionId) : Promise.resolve(null),
    appeal.accountActionId ? actionDetail(db, appeal.accountActionId) : Promise.resolve(null),
  ]);
  const caseHistory = appealed.caseId ? await caseDetail(db, appealed.caseId, staff) : null;
  const [live] = appeal.decisionId
    ? await db.select({ n: count() }).from(strikes).where(and(eq(strikes.decisionId, appeal.decisionId), isNull(strikes.revokedAt)))
    : [];
  const partialAvailable = decision?.kind === "takedown" && (live?.n ?? 0) > 0;
  return { appeal, appealed, history, evidence, seller, decision, action, caseHistory, partialAvailable };
}
export type AppealReview = NonNullable<Awaited<ReturnType<typeof getAppealForReview>>>;

async function decisionDetail(db: Db, decisionId: string) {
  const [row] = await db
    .select({
      id: decisions.id,
      kind: decisions.kind,
      clearReason: decisions.clearReason,
      policyCode: decisions.policyCode,
      points: decisions.points,
      pointsAdjustmentReason: decisions.pointsAdjustmentReason,
      sellerMessage: decisions.sellerMessage,
      internalNote: decisions.internalNote,
      statement: decisions.statement,
      statementLocale: decisions.statementLocale,
      listingSnapshot: decisions.listingSnapshot,
      authorName: author.name,
      appealDeadline: decisions.appealDeadline,
      reversedAt: decisions.reversedAt,
      createdAt: decisions.createdAt,
    })
    .from(decisions)
    .innerJoin(author, eq(author.id, decisions.authorId))
    .where(eq(decisions.id, decisionId));
  return row ?? null;
}

async function actionDetail(db: Db, accountActionId: string) {
  const [row] = await db
    .select({
      id: accountActions.id,
      kind: accountActions.kind,
      startsAt: accountActions.startsAt,
      endsAt: accountActions.endsAt,
      liftedAt: accountActions.liftedAt,
      statement: accountActions.statement,
      rationale: escalations.rationale,
      reliedCaseIds: escalations.reliedCaseIds,
      proposerName: proposer.name,
      approverName: approver.name,
    })
    .from(accountActions)
    .innerJoin(escalations, eq(escalations.id, accountActions.escalationId))
    .innerJoin(proposer, eq(proposer.id, escalations.proposerId))
    .leftJoin(approver, eq(approver.id, escalations.reviewerId))
    .where(eq(accountActions.id, accountActionId));
  return row ?? null;
}

async function sellerPanel(db: Db, appealed: AppealSubjectRow, now: Date) {
  const [shop] = await db
    .select({
      id: sellers.id,
      shopName: sellers.shopName,
      platformName: platforms.name,
      ladder: platforms.ladder,
      umkmTier: sellers.umkmTier,
      nib: sellers.nib,
      nibVerified: sellers.nibVerified,
      province: sellers.province,
      joinedAt: sellers.joinedAt,
    })
    .from(sellers)
    .innerJoin(platforms, eq(platforms.id, sellers.platformId))
    .where(eq(sellers.id, appealed.sellerId));
  const [points] = await db
    .select({ total: sql<number>`coalesce(sum(${strikes.points}), 0)`.mapWith(Number), firstExpiry: sql<Date | null>`min(${strikes.expiresAt})` })
    .from(strikes)
    .where(and(eq(strikes.sellerId, appealed.sellerId), isNull(strikes.revokedAt), gt(strikes.expiresAt, now)));
  const decisionCounts = await db
    .select({ kind: decisions.kind, n: count() })
    .from(decisions)
    .where(eq(decisions.sellerId, appealed.sellerId))
    .groupBy(decisions.kind);
  const [appealCounts] = await db
    .select({ filed: count(), granted: sql<number>`count(*) FILTER (WHERE ${appeals.state} = 'granted')`.mapWith(Number) })
    .from(appeals)
    .where(eq(appeals.sellerId, appealed.sellerId));
  const openCases = await db
    .select({ id: cases.id, number: cases.number })
    .from(cases)
    .where(and(eq(cases.sellerId, appealed.sellerId), ne(cases.state, "resolved")))
    .orderBy(asc(cases.openedAt))
    .limit(10);
  if (!shop) return null;
  return {
    ...shop,
    ladder: shop.ladder as Ladder,
    activePoints: points?.total ?? 0,
    firstExpiry: points?.firstExpiry ? new Date(points.firstExpiry) : null,
    decisionCounts: Object.fromEntries(decisionCounts.map((d) => [d.kind, d.n])) as Record<string, number>,
    appealsFiled: appealCounts?.filed ?? 0,
    appealsGranted: appealCounts?.granted ?? 0,
    openCases,
  };
}

async function caseDetail(db: Db, caseId: string, staff: { kind: "staff"; userId: string }) {
  const [kase] = await db
    .select({
      id: cases.id,
      number: cases.number,
      state: cases.state,
      openedAt: cases.openedAt,
      listing: {
        id: listings.id,
        title: listings.title,
        description: listings.description,
        priceIdr: listings.priceIdr,
        stock: listings.stock,
        category: listings.category,
        url: listings.url,
        imageUrls: listings.imageUrls,
        status: listings.status,
      },
    })
    .from(cases)
    .innerJoin(listings, eq(listings.id, cases.listingId))
    .where(eq(cases.id, caseId));
  if (!kase) return null;
  const caseFlags = await db
    .select({ id: flags.id, source: flags.source, sourceReference: flags.sourceReference, reason: flags.reason, confidence: flags.confidence, note: flags.note, receivedAt: flags.receivedAt })
    .from(flags)
    .where(eq(flags.caseId, caseId))
    .orderBy(asc(flags.receivedAt));
  const caseDecisions = await db
    .select({ id: decisions.id, kind: decisions.kind, policyCode: decisions.policyCode, points: decisions.points, authorName: author.name, createdAt: decisions.createdAt, reversedAt: decisions.reversedAt })
    .from(decisions)
    .innerJoin(author, eq(author.id, decisions.authorId))
    .where(eq(decisions.caseId, caseId))
    .orderBy(asc(decisions.createdAt));
  const responses = await db
    .select({ id: infoResponses.id, body: infoResponses.body, createdAt: infoResponses.createdAt })
    .from(infoResponses)
    .where(eq(infoResponses.caseId, caseId))
    .orderBy(desc(infoResponses.createdAt));
  const withEvidence: { id: string; body: string; createdAt: Date; evidence: EvidenceMeta[] }[] = await Promise.all(
    responses.map(async (r) => ({ ...r, evidence: await listInfoResponseEvidence(db, { infoResponseId: r.id, viewer: staff }) })),
  );
  return { ...kase, flags: caseFlags, decisions: caseDecisions, infoResponses: withEvidence };
}

