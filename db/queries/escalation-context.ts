import { and, asc, count, desc, eq, gt, inArray, isNull, lt, sql } from "drizzle-orm";
import {
  activePoints,
  nextStep,
  reachedStep,
  type FlagSource,
  type GuardrailInput,
  type Ladder,
  type LadderStep,
  type Locale,
  type PolicyCode,
  type ProposedAction,
  type SellerStatusView,
  type UmkmTier,
} from "@/lib/moderation";
import type { Db } from "../open";
import { accountActions, appeals, cases, decisions, listings, notifications, platforms, sellerMembers, sellers, strikes, users } from "../schema";
import { listAccountActions, sellerStatusFor, type AccountActionRow } from "./account-actions";

// What a proposer and a reviewer need to weigh an account action: the seller's context, the
// relied-on cases with their statements of reasons, and the inputs of the guardrails.

export interface SellerContext {
  id: string;
  shopName: string;
  platformId: string;
  platformName: string;
  province: string | null;
  umkmTier: UmkmTier | null;
  nib: string | null;
  nibVerified: boolean;
  joinedAt: Date;
  ladder: Ladder;
  appealWindowDays: number;
  activePoints: number;
  reachedStep: LadderStep | null;
  nextStep: LadderStep | null;
  /** When the earliest active strike expires (points drop then). */
  nextExpiry: Date | null;
  status: SellerStatusView;
  accountActions: AccountActionRow[];
  warnings: { at: Date; params: Record<string, string | number | null> }[];
  takedowns: number;
  appealsFiled: number;
  appealsGranted: number;
  /** The language the seller reads statements in (the first member's), Indonesian by default. */
  locale: Locale;
}

async function activeStrikes(db: Db, sellerId: string, now: Date) {
  return db
    .select({ points: strikes.points, expiresAt: strikes.expiresAt, revokedAt: strikes.revokedAt })
    .from(strikes)
    .where(and(eq(strikes.sellerId, sellerId), isNull(strikes.revokedAt), gt(strikes.expiresAt, now)))
    .orderBy(asc(strikes.expiresAt));
}

export async function getSellerContext(db: Db, sellerId: string, now: Date): Promise<SellerContext | null> {
  const [seller] = await db
    .select({
      id: sellers.id,
      shopName: sellers.shopName,
      platformId: sellers.platformId,
      platformName: platforms.name,
      province: sellers.province,
      umkmTier: sellers.umkmTier,
      nib: sellers.nib,
      nibVerified: sellers.nibVerified,
      joinedAt: sellers.joinedAt,
      ladder: platforms.ladder,
      appealWindowDays: platforms.appealWindowDays,
    })
    .from(sellers)
    .innerJoin(platforms, eq(platforms.id, sellers.platformId))
    .where(eq(sellers.id, sellerId));
  if (!seller) return null;
  const [strikeRows, status, actions, warnings, [takedowns], [appealCounts], [member]] = await Promise.all([
    activeStrikes(db, sellerId, now),
    sellerStatusFor(db, sellerId, now),
    listAccountActions(db, sellerId),
    db
      .select({ at: notifications.createdAt, params: notifications.params })
      .from(notifications)
      .where(and(eq(notifications.sellerId, sellerId), eq(notifications.kind, "ladder_warning")))
      .orderBy(desc(notifications.createdAt))
      .limit(20),
    db.select({ n: count() }).from(decisions).where(and(eq(decisions.sellerId, sellerId), eq(decisions.kind, "takedown"), isNull(decisions.reversedAt))),
    db
      .select({ filed: count(), granted: sql<number>`count(*) FILTER (WHERE ${appeals.state} = 'granted')`.mapWith(Number) })
      .from(appeals)
      .where(eq(appeals.sellerId, sellerId)),
    db
      .select({ locale: users.locale })
      .from(sellerMembers)
      .innerJoin(users, eq(users.id, sellerMembers.userId))
      .where(eq(sellerMembers.sellerId, sellerId))
      .orderBy(asc(sellerMembers.createdAt))
      .limit(1),
  ]);
  const points = activePoints(strikeRows, now);
  return {
    ...seller,
    activePoints: points,
    reachedStep: reachedStep(seller.ladder, points),
    nextStep: nextStep(seller.ladder, points),
    nextExpiry: strikeRows[0]?.expiresAt ?? null,
    status,
    accountActions: actions,
    warnings,
    takedowns: takedowns?.n ?? 0,
    appealsFiled: appealCounts?.filed ?? 0,
    appealsGranted: appealCounts?.granted ?? 0,
    locale: member?.locale ?? "id",
  };
}

export interface ReliedDecisionView {
  id: string;
  kind: "warn" | "takedown";
  policyCode: PolicyCode | null;
  points: number;
  statement: Record<string, unknown> | null;
  statementLocale: Locale | null;
  createdAt: Date;
  authorName: string;
  appealPending: boolean;
}

export interface ReliedCase {
  caseId: string;
  caseNumber: number;
  sellerId: string;
  state: string;
  listingTitle: string;
  listingStatus: string;
  flagSources: FlagSource[];
  decisions: ReliedDecisionView[];
}

const appealPendingSql = sql<boolean>`EXISTS (SELECT 1 FROM ${appeals} a WHERE a.decision_id = ${decisions.id} AND a.state = 'pending')`;

/** The relied-on cases with their restricting decisions (warn, takedown; not reversed). */
export async function getReliedCases(db: Db, caseIds: readonly string[]): Promise<ReliedCase[]> {
  if (caseIds.length === 0) return [];
  const caseRows = await db
    .select({
      caseId: cases.id,
      caseNumber: cases.number,
      sellerId: cases.sellerId,
      state: cases.state,
      listingTitle: listings.title,
      listingStatus: listings.status,
      flagSources: cases.flagSources,
    })
    .from(cases)
    .innerJoin(listings, eq(listings.id, cases.listingId))
    .where(inArray(cases.id, [...caseIds]))
    .orderBy(asc(cases.number));
  const decisionRows = await db
    .select({
      caseId: decisions.caseId,
      id: decisions.id,
      kind: decisions.kind,
      policyCode: decisions.policyCode,
      points: decisions.points,
      statement: decisions.statement,
      statementLocale: decisions.statementLocale,
      createdAt: decisions.createdAt,
      authorName: users.name,
      appealPending: appealPendingSql.mapWith(Boolean),
    })
    .from(decisions)
    .innerJoin(users, eq(users.id, decisions.authorId))
    .where(and(inArray(decisions.caseId, [...caseIds]), inArray(decisions.kind, ["warn", "takedown"]), isNull(decisions.reversedAt)))
    .orderBy(asc(decisions.createdAt));
  return caseRows.map((c) => ({
    ...c,
    decisions: decisionRows
      .filter((d) => d.caseId === c.caseId)
      .map((d) => ({
        id: d.id,
        kind: d.kind === "takedown" ? ("takedown" as const) : ("warn" as const),
        policyCode: d.policyCode,
        points: d.points,
        statement: d.statement,
        statementLocale: d.statementLocale,
        createdAt: d.createdAt,
        authorName: d.authorName,
        appealPending: d.appealPending,
      })),
  }));
}

export interface CandidateCase {
  caseId: string;
  caseNumber: number;
  listingTitle: string;
  policyCode: PolicyCode | null;
  points: number;
  decidedAt: Date;
}

/** A seller's cases with a standing warn or takedown, newest first: what a proposal may rely on. */
export async function listCandidateCases(db: Db, sellerId: string, limit = 50): Promise<CandidateCase[]> {
  return db
    .select({
      caseId: cases.id,
      caseNumber: cases.number,
      listingTitle: listings.title,
      policyCode: decisions.policyCode,
      points: decisions.points,
      decidedAt: decisions.createdAt,
    })
    .from(decisions)
    .innerJoin(cases, eq(cases.id, decisions.caseId))
    .innerJoin(listings, eq(listings.id, cases.listingId))
    .where(and(eq(decisions.sellerId, sellerId), inArray(decisions.kind, ["warn", "takedown"]), isNull(decisions.reversedAt)))
    .orderBy(desc(decisions.createdAt))
    .limit(limit);
}

export interface GuardrailQuery {
  sellerId: string;
  proposal: ProposedAction & { proposerId: string; proposedAt: Date; outreachNote: string | null };
  reliedCaseIds: readonly string[];
  approverId: string | null;
  now: Date;
}

/** Reads everything evaluateGuardrails needs, as the database holds it at `now`. */
export async function loadGuardrailInput(db: Db, q: GuardrailQuery): Promise<GuardrailInput | null> {
  const [seller] = await db
    .select({ umkmTier: sellers.umkmTier, ladder: platforms.ladder })
    .from(sellers)
    .innerJoin(platforms, eq(platforms.id, sellers.platformId))
    .where(eq(sellers.id, q.sellerId));
  if (!seller) return null;
  const [warningRows, strikeRows, [earlier], relied] = await Promise.all([
    db
      .select({ at: notifications.createdAt })
      .from(notifications)
      .where(and(eq(notifications.sellerId, q.sellerId), eq(notifications.kind, "ladder_warning"))),
    activeStrikes(db, q.sellerId, q.now),
    db
      .select({ n: count() })
      .from(accountActions)
      .where(and(eq(accountActions.sellerId, q.sellerId), isNull(accountActions.liftedAt), lt(accountActions.createdAt, q.proposal.proposedAt))),
    getReliedCases(db, q.reliedCaseIds),
  ]);
  return {
    proposal: q.proposal,
    approverId: q.approverId,
    warningTimes: warningRows.map((w) => w.at),
    ladder: seller.ladder,
    activePoints: activePoints(strikeRows, q.now),
    reliedDecisions: relied.flatMap((c) =>
      c.decisions.map((d) => ({ caseId: c.caseId, caseNumber: c.caseNumber, appealPending: d.appealPending })),
    ),
    seller: { umkmTier: seller.umkmTier, earlierAccountActions: earlier?.n ?? 0 },
  };
}
