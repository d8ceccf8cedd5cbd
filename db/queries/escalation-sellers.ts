import { and, desc, eq, gt, ilike, isNull, sql } from "drizzle-orm";
import type { UmkmTier } from "@/lib/moderation";
import type { Db } from "../open";
import { escalations, platforms, sellers, strikes } from "../schema";

// Finding a seller to propose an account action for, when the proposal is not opened from a case.

export interface ProposableSeller {
  id: string;
  shopName: string;
  platformName: string;
  umkmTier: UmkmTier | null;
  activePoints: number;
  hasOpenEscalation: boolean;
}

const openEscalation = sql<boolean>`EXISTS (SELECT 1 FROM ${escalations} e WHERE e.seller_id = ${sellers.id} AND e.state IN ('pending', 'returned'))`;

/** Shops whose active points reach their platform's first ladder step, most points first. */
export async function listSellersAtStep(db: Db, now: Date, limit = 20): Promise<ProposableSeller[]> {
  const points = sql<number>`sum(${strikes.points})`.mapWith(Number);
  return db
    .select({
      id: sellers.id,
      shopName: sellers.shopName,
      platformName: platforms.name,
      umkmTier: sellers.umkmTier,
      activePoints: points,
      hasOpenEscalation: openEscalation.mapWith(Boolean),
    })
    .from(strikes)
    .innerJoin(sellers, eq(sellers.id, strikes.sellerId))
    .innerJoin(platforms, eq(platforms.id, sellers.platformId))
    .where(and(isNull(strikes.revokedAt), gt(strikes.expiresAt, now)))
    .groupBy(sellers.id, platforms.id)
    .having(sql`sum(${strikes.points}) >= (${platforms.ladder} -> 'steps' -> 0 ->> 'points')::int`)
    .orderBy(desc(points), sellers.shopName)
    .limit(limit);
}

/** Shops whose name contains `query` (case-insensitive), with their active points. */
export async function searchSellers(db: Db, query: string, now: Date, limit = 20): Promise<ProposableSeller[]> {
  const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .select({
      id: sellers.id,
      shopName: sellers.shopName,
      platformName: platforms.name,
      umkmTier: sellers.umkmTier,
      activePoints: sql<number>`coalesce((SELECT sum(s.points) FROM ${strikes} s WHERE s.seller_id = ${sellers.id} AND s.revoked_at IS NULL AND s.expires_at > ${now.toISOString()}::timestamptz), 0)`.mapWith(Number),
      hasOpenEscalation: openEscalation.mapWith(Boolean),
    })
    .from(sellers)
    .innerJoin(platforms, eq(platforms.id, sellers.platformId))
    .where(ilike(sellers.shopName, pattern))
    .orderBy(sellers.shopName)
    .limit(limit);
}
