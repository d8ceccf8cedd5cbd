import { and, desc, eq, gt, inArray, isNull, or } from "drizzle-orm";
import type { Ladder } from "@/lib/moderation/ladder";
import type { Db } from "../open";
import { accountActions, appeals, cases, decisions, listings, platforms, sellerMembers, sellers, strikes } from "../schema";
import { ownedBy } from "./seller-scope";

// What the seller portal's home reads. Every query takes the seller user's id and filters by
// their memberships in SQL (ownedBy): nothing here can return another shop's rows.

export interface SellerShop {
  id: string;
  shopName: string;
  platformId: string;
  platformName: string;
  ladder: Ladder;
  umkmTier: string | null;
  nibVerified: boolean;
  strikes: { id: string; points: number; expiresAt: Date; decisionId: string }[];
  accountActions: {
    id: string;
    kind: "restrict_listings" | "suspend" | "block";
    startsAt: Date;
    endsAt: Date | null;
    liftedAt: Date | null;
    appealDeadline: Date | null;
  }[];
}

export async function listSellerShops(db: Db, params: { userId: string; now: Date }): Promise<SellerShop[]> {
  const shops = await db
    .select({
      id: sellers.id,
      shopName: sellers.shopName,
      platformId: sellers.platformId,
      platformName: platforms.name,
      ladder: platforms.ladder,
      umkmTier: sellers.umkmTier,
      nibVerified: sellers.nibVerified,
    })
    .from(sellers)
    .innerJoin(platforms, eq(platforms.id, sellers.platformId))
    .where(ownedBy(sellers.id, params.userId))
    .orderBy(sellers.shopName);
  if (shops.length === 0) return [];
  const ids = shops.map((s) => s.id);
  const activeStrikes = await db
    .select({ id: strikes.id, sellerId: strikes.sellerId, points: strikes.points, expiresAt: strikes.expiresAt, decisionId: strikes.decisionId })
    .from(strikes)
    .where(and(inArray(strikes.sellerId, ids), ownedBy(strikes.sellerId, params.userId), isNull(strikes.revokedAt), gt(strikes.expiresAt, params.now)))
    .orderBy(strikes.expiresAt);
  const actions = await db
    .select({
      id: accountActions.id,
      sellerId: accountActions.sellerId,
      kind: accountActions.kind,
      startsAt: accountActions.startsAt,
      endsAt: accountActions.endsAt,
      liftedAt: accountActions.liftedAt,
      appealDeadline: accountActions.appealDeadline,
    })
    .from(accountActions)
    .where(
      and(
        inArray(accountActions.sellerId, ids),
        ownedBy(accountActions.sellerId, params.userId),
        isNull(accountActions.liftedAt),
        or(isNull(accountActions.endsAt), gt(accountActions.endsAt, params.now)),
      ),
    )
    .orderBy(desc(accountActions.startsAt));
  return shops.map((shop) => ({
    ...shop,
    strikes: activeStrikes
      .filter((s) => s.sellerId === shop.id)
      .map((s) => ({ id: s.id, points: s.points, expiresAt: s.expiresAt, decisionId: s.decisionId })),
    accountActions: actions
      .filter((a) => a.sellerId === shop.id)
      .map((a) => ({ id: a.id, kind: a.kind, startsAt: a.startsAt, endsAt: a.endsAt, liftedAt: a.liftedAt, appealDeadline: a.appealDeadline })),
  }));
}

export interface SellerDecisionRow {
  decisionId: string;
  caseId: string;
  caseNumber: number;
  shopName: string;
  listingTitle: string;
  kind: "clear" | "request_info" | "warn" | "takedown";
  policyCode: string | null;
  points: number;
  createdAt: Date;
  appealDeadline: Date | null;
  reversedAt: Date | null;
}

/**
 * The shops' recent decisions, newest first (what the seller may read and appeal). For each of the
 * user's shops (their memberships: nothing of another shop) the newest decisions come from
 * decisions_seller_idx with the LIMIT inside, and only those are joined to case and listing: a
 * big shop has thousands of decisions, and fetching them all before the LIMIT is slow.
 */
export async function listSellerDecisions(db: Db, params: { userId: string; limit?: number }): Promise<SellerDecisionRow[]> {
  const limit = params.limit ?? 20;
  const recent = db
    .select({
      id: decisions.id,
      caseId: decisions.caseId,
      sellerId: decisions.sellerId,
      kind: decisions.kind,
      policyCode: decisions.policyCode,
      points: decisions.points,
      createdAt: decisions.createdAt,
      appealDeadline: decisions.appealDeadline,
      reversedAt: decisions.reversedAt,
    })
    .from(decisions)
    .where(eq(decisions.sellerId, sellerMembers.sellerId))
    .orderBy(desc(decisions.createdAt), desc(decisions.id))
    .limit(limit)
    .as("recent");
  return db
    .select({
      decisionId: recent.id,
      caseId: cases.id,
      caseNumber: cases.number,
      shopName: sellers.shopName,
      listingTitle: listings.title,
      kind: recent.kind,
      policyCode: recent.policyCode,
      points: recent.points,
      createdAt: recent.createdAt,
      appealDeadline: recent.appealDeadline,
      reversedAt: recent.reversedAt,
    })
    .from(sellerMembers)
    .crossJoinLateral(recent)
    .innerJoin(cases, eq(cases.id, recent.caseId))
    .innerJoin(listings, eq(listings.id, cases.listingId))
    .innerJoin(sellers, eq(sellers.id, recent.sellerId))
    .where(eq(sellerMembers.userId, params.userId))
    .orderBy(desc(recent.createdAt), desc(recent.id))
    .limit(limit);
}

export interface OpenInfoRequest {
  caseId: string;
  caseNumber: number;
  shopName: string;
  listingTitle: string;
  message: string | null;
  deadline: Date | null;
  requestedAt: Date;
}

/** Cases waiting for the seller's answer, soonest deadline first. */
export async function listOpenInfoRequests(db: Db, params: { userId: string }): Promise<OpenInfoRequest[]> {
  const rows = await db
    .select({
      caseId: cases.id,
      caseNumber: cases.number,
      shopName: sellers.shopName,
      listingTitle: listings.title,
      message: decisions.sellerMessage,
      deadline: cases.awaitingUntil,
      requestedAt: decisions.createdAt,
    })
    .from(cases)
    .innerJoin(listings, eq(listings.id, cases.listingId))
    .innerJoin(sellers, eq(sellers.id, cases.sellerId))
    .innerJoin(decisions, and(eq(decisions.caseId, cases.id), eq(decisions.kind, "request_info")))
    .where(and(eq(cases.state, "awaiting_seller"), ownedBy(cases.sellerId, params.userId)))
    .orderBy(cases.awaitingUntil, desc(decisions.createdAt));
  // Keep the latest request per case.
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.caseId) ? false : (seen.add(r.caseId), true)));
}

export interface SellerAppealRow {
  id: string;
  subject: "decision" | "account_action";
  round: number;
  state: "pending" | "granted" | "denied" | "partial";
  createdAt: Date;
  decidedAt: Date | null;
  dueAt: Date;
  shopName: string;
  listingTitle: string | null;
  caseNumber: number | null;
}

export async function listSellerAppeals(db: Db, params: { userId: string; limit?: number }): Promise<SellerAppealRow[]> {
  return db
    .select({
      id: appeals.id,
      subject: appeals.subject,
      round: appeals.round,
      state: appeals.state,
      createdAt: appeals.createdAt,
      decidedAt: appeals.decidedAt,
      dueAt: appeals.dueAt,
      shopName: sellers.shopName,
      listingTitle: listings.title,
      caseNumber: cases.number,
    })
    .from(appeals)
    .innerJoin(sellers, eq(sellers.id, appeals.sellerId))
    .leftJoin(decisions, eq(decisions.id, appeals.decisionId))
    .leftJoin(cases, eq(cases.id, decisions.caseId))
    .leftJoin(listings, eq(listings.id, cases.listingId))
    .where(ownedBy(appeals.sellerId, params.userId))
    .orderBy(desc(appeals.createdAt), desc(appeals.id))
    .limit(params.limit ?? 20);
}
