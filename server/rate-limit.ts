import "server-only";
import { getDb } from "@/db/client";
import type { Db } from "@/db/open";
import { countHits, oldestHitSince, recordHit } from "@/db/queries/rate-limits";

// Every rate limit in one place. State lives in PostgreSQL, so limits hold across instances.
export const RATE_LIMITS = {
  /** Failed sign-ins per email. */
  signInFailure: { limit: 5, windowMs: 15 * 60_000 },
  /** Appeals filed per seller per day. */
  appeal: { limit: 10, windowMs: 24 * 60 * 60_000 },
  /** POST /api/v1/flags requests per API key per minute (each up to 1,000 flags). */
  ingest: { limit: 120, windowMs: 60_000 },
  /** GET /api/v1/decisions requests per API key per minute. */
  decisionsFeed: { limit: 300, windowMs: 60_000 },
  /** Statement exports per user per hour. */
  export: { limit: 30, windowMs: 60 * 60_000 },
} as const;
export type RateLimitName = keyof typeof RATE_LIMITS;

export interface RateLimitState {
  limited: boolean;
  retryAfterSeconds: number;
}

/** Whether `key` has used up `name`'s budget; does not count a new hit. */
export async function checkRateLimit(name: RateLimitName, key: string, now = new Date()): Promise<RateLimitState> {
  const { limit, windowMs } = RATE_LIMITS[name];
  const { db } = await getDb();
  const used = await countHits(db, name, key, new Date(now.getTime() - windowMs));
  return { limited: used >= limit, retryAfterSeconds: Math.ceil(windowMs / 1000) };
}

export async function countRateLimitHit(name: RateLimitName, key: string, now = new Date()): Promise<void> {
  const { db } = await getDb();
  await recordHit(db, name, key, now);
}

/**
 * Counts one hit of `key` against `name` unless its budget is used up; when it is, says how many
 * seconds until the oldest hit in the window leaves it (for Retry-After). Takes the database so
 * route handler factories can run against a test database.
 */
export async function consumeRateLimit(db: Db, name: RateLimitName, key: string, now = new Date()): Promise<RateLimitState> {
  const { limit, windowMs } = RATE_LIMITS[name];
  const since = new Date(now.getTime() - windowMs);
  const used = await countHits(db, name, key, since);
  if (used >= limit) {
    const oldest = await oldestHitSince(db, name, key, since);
    const ms = oldest ? oldest.getTime() + windowMs - now.getTime() : windowMs;
    return { limited: true, retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)) };
  }
  await recordHit(db, name, key, now);
  return { limited: false, retryAfterSeconds: 0 };
}
