import { and, count, eq, gte, lt } from "drizzle-orm";
import type { Db } from "../open";
import { rateLimitHits } from "../schema";

export async function countHits(db: Db, bucket: string, key: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(rateLimitHits)
    .where(and(eq(rateLimitHits.bucket, bucket), eq(rateLimitHits.key, key), gte(rateLimitHits.at, since)));
  return row?.n ?? 0;
}

export async function recordHit(db: Db, bucket: string, key: string, at: Date): Promise<void> {
  await db.insert(rateLimitHits).values({ bucket, key, at });
}

export async function clearHits(db: Db, bucket: string, key: string): Promise<void> {
  await db.delete(rateLimitHits).where(and(eq(rateLimitHits.bucket, bucket), eq(rateLimitHits.key, key)));
}

export async function pruneHits(db: Db, before: Date): Promise<void> {
  await db.delete(rateLimitHits).where(lt(rateLimitHits.at, before));
}

/** When the oldest hit still inside the window was counted (null when there is none). */
export async function oldestHitSince(db: Db, bucket: string, key: string, since: Date): Promise<Date | null> {
  const [row] = await db
    .select({ at: rateLimitHits.at })
    .from(rateLimitHits)
    .where(and(eq(rateLimitHits.bucket, bucket), eq(rateLimitHits.key, key), gte(rateLimitHits.at, since)))
    .orderBy(rateLimitHits.at)
    .limit(1);
  return row?.at ?? null;
}
