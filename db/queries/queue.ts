// The moderator queue: filtered, keyset-paginated listing of cases and the live counts.
import { and, asc, desc, eq, gt, isNull, lt, lte, ne, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { CaseState, FlagSource, Ladder, PolicyCode, PriorityTerm, UmkmTier } from "@/lib/moderation";
import {
  decodeCursor,
  encodeCursor,
  QUEUE_PAGE_SIZE,
  type QueueFilters,
} from "@/lib/validation/queue";
import type { Db } from "../open";
import { cases, listings, platforms, sellers, users } from "../schema";

export interface QueueRow {
  id: string;
  number: number;
  state: CaseState;
  version: number;
  priority: number;
  priorityTerms: PriorityTerm[];
  flagCount: number;
  flagSources: FlagSource[];
  suggestedPolicy: PolicyCode | null;
  openedAt: Date;
  slaDueAt: Date;
  awaitingUntil: Date | null;
  /** Set only while the lease is live. */
  reviewer: { id: string; name: string; until: Date } | null;
  listing: { id: string; title: string; imageUrl: string | null; priceIdr: number; stock: number };
  seller: { id: string; shopName: string; umkmTier: UmkmTier | null };
  platform: { id: string; name: string };
}

export interface QueuePage {
  rows: QueueRow[];
  /** Cursor for the next page, or null on the last page. */
  nextCursor: string | null;
}

const claimer = alias(users, "claimer");

/** The SQL for "an open case whose lease is live" at `now`. */
const liveClaim = (now: Date) => and(eq(cases.state, "open"), gt(cases.claimExpiresAt, now));
const unclaimedOrLapsed = (now: Date) => or(isNull(cases.claimedBy), lte(cases.claimExpiresAt, now));

function filterConditions(filters: QueueFilters, userId: string, now: Date): SQL[] {
  const where: SQL[] = [];
  switch (filters.state) {
    case "active":
      where.push(eq(cases.state, "open"));
      break;
    case "open":
      where.push(eq(cases.state, "open"), unclaimedOrLapsed(now)!);
      break;
    case "in_review":
      where.push(liveClaim(now)!);
      break;
    case "awaiting_seller":
      where.push(eq(cases.state, "awaiting_seller"));
      break;
    case "overdue":
      where.push(ne(cases.state, "resolved"), lte(cases.slaDueAt, now));
      break;
  }
  if (filters.mine) where.push(eq(cases.claimedBy, userId), gt(cases.claimExpiresAt, now));
  if (filters.platform) where.push(eq(cases.platformId, filters.platform));
  if (filters.source) where.push(sql`${cases.flagSources} @> ARRAY[${filters.source}]::flag_source[]`);
  if (filters.policy) where.push(eq(cases.suggestedPolicy, filters.policy));
  if (filters.tier) where.push(eq(sellers.umkmTier, filters.tier));
  if (filters.seller) where.push(eq(cases.sellerId, filters.seller));
  return where;
}

function sortKeyColumn(filters: QueueFilters) {
  switch (filters.sort) {
    case "priority":
      return sql<string>`${cases.priority}::text`;
    case "oldest":
      return sql<string>`${cases.openedAt}::text`;
    case "due":
      return sql<string>`${cases.slaDueAt}::text`;
  }
}

function keysetCondition(filters: QueueFilters): SQL | null {
  const cursor = decodeCursor(filters.after, filters.sort);
  if (!cursor) return null;
  switch (filters.sort) {
    case "priority":
      // "priority <= k" bounds the index scan; the OR alone would make it scan from the top.
      return and(lte(cases.priority, Number(cursor.k)), or(lt(cases.priority, Number(cursor.k)), gt(cases.id, cursor.id)))!;
    case "oldest":
      return sql`(${cases.openedAt}, ${cases.id}) > (${String(cursor.k)}::timestamptz, ${cursor.id}::uuid)`;
    case "due":
      return sql`(${cases.slaDueAt}, ${cases.id}) > (${String(cursor.k)}::timestamptz, ${cursor.id}::uuid)`;
  }
}

function orderBy(filters: QueueFilters) {
  switch (filters.sort) {
    case "priority":
      return [desc(cases.priority), asc(cases.id)];
    case "oldest":
      return [asc(cases.openedAt), asc(cases.id)];
    case "due":
      return [asc(cases.slaDueAt), asc(cases.id)];
  }
}

export async function listQueue(
  db: Db,
  params: { filters: QueueFilters; userId: string; now: Date; pageSize?: number },
): Promise<QueuePage> {
  const { filters, userId, now } = params;
  const pageSize = params.pageSize ?? QUEUE_PAGE_SIZE;
  const where = filterConditions(filters, userId, now);
  const keyset = keysetCondition(filters);
  if (keyset) where.push(keyset);

  const rows = await db
    .select({
      id: cases.id,
      number: cases.number,
      state: cases.state,
      version: cases.version,
      priority: cases.priority,
      priorityTerms: cases.priorityTerms,
      flagCount: cases.flagCount,
      flagSources: cases.flagSources,
      suggestedPolicy: cases.suggestedPolicy,
      openedAt: cases.openedAt,
      slaDueAt: cases.slaDueAt,
      awaitingUntil: cases.awaitingUntil,
      claimedBy: cases.claimedBy,
      claimExpiresAt: cases.claimExpiresAt,
      claimerName: claimer.name,
      sortKey: sortKeyColumn(filters),
      listingId: listings.id,
      title: listings.title,
      imageUrl: sql<string | null>`${listings.imageUrls}[1]`,
      priceIdr: listings.priceIdr,
      stock: listings.stock,
      sellerId: sellers.id,
      shopName: sellers.shopName,
      umkmTier: sellers.umkmTier,
      platformId: platforms.id,
      platformName: platforms.name,
    })
    .from(cases)
    .innerJoin(listings, eq(listings.id, cases.listingId))
    .innerJoin(sellers, eq(sellers.id, cases.sellerId))
    .innerJoin(platforms, eq(platforms.id, cases.platformId))
    .leftJoin(claimer, eq(claimer.id, cases.claimedBy))
    .where(and(...where))
    .orderBy(...orderBy(filters))
    .limit(pageSize + 1);

  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  const nextCursor =
    rows.length > pageSize && last
      ? encodeCursor({ k: filters.sort === "priority" ? Number(last.sortKey) : last.sortKey, id: last.id })
      : null;

  return {
    rows: page.map((r) => ({
      id: r.id,
      number: r.number,
      state: r.state,
      version: r.version,
      priority: r.priority,
      priorityTerms: r.priorityTerms as PriorityTerm[],
      flagCount: r.flagCount,
      flagSources: r.flagSources,
      suggestedPolicy: r.suggestedPolicy,
      openedAt: r.openedAt,
      slaDueAt: r.slaDueAt,
      awaitingUntil: r.awaitingUntil,
      reviewer:
        r.state === "open" && r.claimedBy && r.claimExpiresAt && r.claimExpiresAt > now
          ? { id: r.claimedBy, name: r.claimerName ?? "", until: r.claimExpiresAt }
          : null,
      listing: { id: r.listingId, title: r.title, imageUrl: r.imageUrl, priceIdr: r.priceIdr, stock: r.stock },
      seller: { id: r.sellerId, shopName: r.shopName, umkmTier: r.umkmTier },
      platform: { id: r.platformId, name: r.platformName },
    })),
    nextCursor,
  };
}

export interface QueueCounts {
  open: number;
  inReview: number;
  awaitingSeller: number;
  overdue: number;
  mine: number;
}

/** The live counts above the queue; one pass over unresolved cases. */
export async function queueCounts(db: Db, params: { userId: string; now: Date; platform?: string | null }): Promise<QueueCounts> {
  const now = params.now.toISOString();
  const where = [ne(cases.state, "resolved")];
  if (params.platform) where.push(eq(cases.platformId, params.platform));
  const [row] = await db
    .select({
      open: sql<number>`count(*) filter (where ${cases.state} = 'open' and (${cases.claimedBy} is null or ${cases.claimExpiresAt} <= ${now}::timestamptz))::int`,
      inReview: sql<number>`count(*) filter (where ${cases.state} = 'open' and ${cases.claimExpiresAt} > ${now}::timestamptz)::int`,
      awaitingSeller: sql<number>`count(*) filter (where ${cases.state} = 'awaiting_seller')::int`,
      overdue: sql<number>`count(*) filter (where ${cases.slaDueAt} <= ${now}::timestamptz)::int`,
      mine: sql<number>`count(*) filter (where ${cases.state} = 'open' and ${cases.claimedBy} = ${params.userId}::uuid and ${cases.claimExpiresAt} > ${now}::timestamptz)::int`,
    })
    .from(cases)
    .where(and(...where));
  return {
    open: Number(row?.open ?? 0),
    inReview: Number(row?.inReview ?? 0),
    awaitingSeller: Number(row?.awaitingSeller ?? 0),
    overdue: Number(row?.overdue ?? 0),
    mine: Number(row?.mine ?? 0),
  };
}

/** Platforms for the filter menu, with their ladders (a bulk takedown's points depend on them). */
export async function listPlatformOptions(db: Db): Promise<{ id: string; name: string; ladder: Ladder }[]> {
  return db.select({ id: platforms.id, name: platforms.name, ladder: platforms.ladder }).from(platforms).orderBy(asc(platforms.name));
}
