// Everything the case page shows: the listing, its flags, the seller's context and the timeline.
import { and, asc, desc, eq, isNull, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import {
  activePoints,
  type CaseState,
  type ClearReason,
  type DecisionKind,
  type FlagSource,
  type Ladder,
  type Locale,
  type PolicyCode,
  type PriorityTerm,
  type UmkmTier,
} from "@/lib/moderation";
import type { Db } from "../open";
import {
  appeals,
  auditEvents,
  cases,
  decisions,
  flags,
  infoResponses,
  listings,
  platforms,
  sellerMembers,
  sellers,
  strikes,
  users,
} from "../schema";

const claimer = alias(users, "claimer");

export interface TimelineEntry {
  at: Date;
  kind: "flag" | "event";
  /** For flags: the source; for events: the audit action, e.g. "case.claimed". */
  action: string;
  actorName: string | null;
  data: Record<string, unknown>;
}

export interface CaseDecisionRow {
  id: string;
  kind: DecisionKind;
  policyCode: PolicyCode | null;
  clearReason: ClearReason | null;
  points: number;
  sellerMessage: string | null;
  infoDeadline: Date | null;
  internalNote: string | null;
  statement: Record<string, unknown> | null;
  authorName: string;
  createdAt: Date;
  reversedAt: Date | null;
}

export async function getCaseDetail(db: Db, caseId: string, now: Date) {
  const [row] = await db
    .select({
      case: {
        id: cases.id,
        number: cases.number,
        state: cases.state,
        version: cases.version,
        priority: cases.priority,
        priorityTerms: cases.priorityTerms,
        suggestedPolicy: cases.suggestedPolicy,
        flagSources: cases.flagSources,
        openedAt: cases.openedAt,
        slaDueAt: cases.slaDueAt,
        awaitingUntil: cases.awaitingUntil,
        resolvedAt: cases.resolvedAt,
        claimedBy: cases.claimedBy,
        claimExpiresAt: cases.claimExpiresAt,
      },
      reviewerName: claimer.name,
      listing: {
        id: listings.id,
        title: listings.title,
        description: listings.description,
        priceIdr: listings.priceIdr,
        stock: listings.stock,
        category: listings.category,
        imageUrls: listings.imageUrls,
        url: listings.url,
        externalId: listings.externalId,
        status: listings.status,
      },
      platform: {
        id: platforms.id,
        name: platforms.name,
        ladder: platforms.ladder,
        appealWindowDays: platforms.appealWindowDays,
      },
      seller: {
        id: sellers.id,
        externalId: sellers.externalId,
        shopName: sellers.shopName,
        province: sellers.province,
        umkmTier: sellers.umkmTier,
        nib: sellers.nib,
        nibVerified: sellers.nibVerified,
        joinedAt: sellers.joinedAt,
      },
    })
    .from(cases)
    .innerJoin(listings, eq(listings.id, cases.listingId))
    .innerJoin(sellers, eq(sellers.id, cases.sellerId))
    .innerJoin(platforms, eq(platforms.id, cases.platformId))
    .leftJoin(claimer, eq(claimer.id, cases.claimedBy))
    .where(eq(cases.id, caseId));
  if (!row) return null;
  const sellerId = row.seller.id;

  const [flagRows, strikeRows, sellerDecisions, caseDecisions, appealCounts, otherCases, events, responses, locale] = await Promise.all([
    db
      .select({
        id: flags.id,
        source: flags.source,
        sourceReference: flags.sourceReference,
        reason: flags.reason,
        confidence: flags.confidence,
        note: flags.note,
        observedAt: flags.observedAt,
        receivedAt: flags.receivedAt,
      })
      .from(flags)
      .where(eq(flags.caseId, caseId))
      .orderBy(asc(flags.receivedAt)),
    db
      .select({ id: strikes.id, points: strikes.points, expiresAt: strikes.expiresAt, revokedAt: strikes.revokedAt, createdAt: strikes.createdAt })
      .from(strikes)
      .where(and(eq(strikes.sellerId, sellerId), eq(strikes.platformId, row.platform.id), isNull(strikes.revokedAt)))
      .orderBy(asc(strikes.expiresAt)),
    db
      .select({
        id: decisions.id,
        caseId: decisions.caseId,
        caseNumber: cases.number,
        kind: decisions.kind,
        policyCode: decisions.policyCode,
        clearReason: decisions.clearReason,
        points: decisions.points,
        createdAt: decisions.createdAt,
        reversedAt: decisions.reversedAt,
        listingTitle: listings.title,
      })
      .from(decisions)
      .innerJoin(cases, eq(cases.id, decisions.caseId))
      .innerJoin(listings, eq(listings.id, cases.listingId))
      .where(and(eq(decisions.sellerId, sellerId), ne(decisions.caseId, caseId)))
      .orderBy(desc(decisions.createdAt))
      .limit(10),
    db
      .select({
        id: decisions.id,
        kind: decisions.kind,
        policyCode: decisions.policyCode,
        clearReason: decisions.clearReason,
        points: decisions.points,
        sellerMessage: decisions.sellerMessage,
        infoDeadline: decisions.infoDeadline,
        internalNote: decisions.internalNote,
        statement: decisions.statement,
        authorName: users.name,
        createdAt: decisions.createdAt,
        reversedAt: decisions.reversedAt,
      })
      .from(decisions)
      .innerJoin(users, eq(users.id, decisions.authorId))
      .where(eq(decisions.caseId, caseId))
      .orderBy(desc(decisions.createdAt)),
    db
      .select({
        filed: sql<number>`count(*)::int`,
        granted: sql<number>`count(*) filter (where ${appeals.state} = 'granted')::int`,
        pending: sql<number>`count(*) filter (where ${appeals.state} = 'pending')::int`,
      })
      .from(appeals)
      .where(eq(appeals.sellerId, sellerId)),
    db
      .select({ id: cases.id, number: cases.number, state: cases.state, priority: cases.priority, title: listings.title })
      .from(cases)
      .innerJoin(listings, eq(listings.id, cases.listingId))
      .where(and(eq(cases.sellerId, sellerId), ne(cases.state, "resolved"), ne(cases.id, caseId)))
      .orderBy(desc(cases.priority))
      .limit(10),
    db
      .select({ at: auditEvents.at, action: auditEvents.action, data: auditEvents.data, actorName: users.name, actorKind: auditEvents.actorKind })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      .where(and(eq(auditEvents.subjectType, "case"), eq(auditEvents.subjectId, caseId)))
      .orderBy(asc(auditEvents.at), asc(auditEvents.id))
      .limit(200),
    db
      .select({ id: infoResponses.id, body: infoResponses.body, createdAt: infoResponses.createdAt })
      .from(infoResponses)
      .where(eq(infoResponses.caseId, caseId))
      .orderBy(asc(infoResponses.createdAt)),
    db
      .select({ locale: users.locale })
      .from(sellerMembers)
      .innerJoin(users, eq(users.id, sellerMembers.userId))
      .where(eq(sellerMembers.sellerId, sellerId))
      .orderBy(asc(sellerMembers.createdAt))
      .limit(1),
  ]);

  const active = strikeRows.filter((s) => s.expiresAt > now);
  const timeline: TimelineEntry[] = [
    ...flagRows.map((f) => ({
      at: f.receivedAt,
      kind: "flag" as const,
      action: f.source,
      actorName: null,
      data: { reference: f.sourceReference, confidence: f.confidence },
    })),
    ...events.map((e) => ({
      at: e.at,
      kind: "event" as const,
      action: e.action,
      actorName: e.actorKind === "user" ? (e.actorName ?? null) : null,
      data: e.data,
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());

  const reviewerLive = row.case.state === "open" && row.case.claimExpiresAt !== null && row.case.claimExpiresAt > now;
  return {
    case: {
      ...row.case,
      state: row.case.state as CaseState,
      priorityTerms: row.case.priorityTerms as PriorityTerm[],
      flagSources: row.case.flagSources as FlagSource[],
      reviewer: reviewerLive && row.case.claimedBy ? { id: row.case.claimedBy, name: row.reviewerName ?? "" } : null,
    },
    listing: row.listing,
    platform: { ...row.platform, ladder: row.platform.ladder as Ladder },
    seller: {
      ...row.seller,
      umkmTier: row.seller.umkmTier as UmkmTier | null,
      locale: (locale[0]?.locale ?? "id") as Locale,
      activePoints: activePoints(active, now),
      strikes: active.map((s) => ({ id: s.id, points: s.points, expiresAt: s.expiresAt, createdAt: s.createdAt })),
      priorDecisions: sellerDecisions,
      appeals: { filed: Number(appealCounts[0]?.filed ?? 0), granted: Number(appealCounts[0]?.granted ?? 0), pending: Number(appealCounts[0]?.pending ?? 0) },
      otherOpenCases: otherCases,
    },
    flags: flagRows,
    decisions: caseDecisions as CaseDecisionRow[],
    infoResponses: responses,
    timeline,
  };
}

export type CaseDetail = NonNullable<Awaited<ReturnType<typeof getCaseDetail>>>;
