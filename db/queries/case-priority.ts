// Stored queue priority: recomputed from the pure computePriority when what it depends on changes
// (a decision changes the seller's history; a case passes its SLA).
import { and, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import { activePoints, computePriority } from "@/lib/moderation";
import type { Db } from "../open";
import { cases, decisions, flags, listings, strikes } from "../schema";

/** Seller history used by the priority: takedowns not reversed, and active strike points. */
export async function sellerHistory(db: Db, sellerId: string, now: Date): Promise<{ priorTakedowns: number; activePoints: number }> {
  const [takedowns] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(decisions)
    .where(and(eq(decisions.sellerId, sellerId), eq(decisions.kind, "takedown"), isNull(decisions.reversedAt)));
  const strikeRows = await db
    .select({ points: strikes.points, expiresAt: strikes.expiresAt, revokedAt: strikes.revokedAt })
    .from(strikes)
    .where(and(eq(strikes.sellerId, sellerId), isNull(strikes.revokedAt)));
  return { priorTakedowns: Number(takedowns?.n ?? 0), activePoints: activePoints(strikeRows, now) };
}

/** Recomputes and stores the priority of the given unresolved cases. */
export async function recomputeCasePriorities(db: Db, caseIds: readonly string[], now: Date): Promise<void> {
  if (caseIds.length === 0) return;
  const rows = await db
    .select({
      id: cases.id,
      sellerId: cases.sellerId,
      openedAt: cases.openedAt,
      slaDueAt: cases.slaDueAt,
      title: listings.title,
      description: listings.description,
      stock: listings.stock,
    })
    .from(cases)
    .innerJoin(listings, eq(listings.id, cases.listingId))
    .where(and(inArray(cases.id, [...caseIds]), sql`${cases.state} <> 'resolved'`));
  const flagRows = await db
    .select({ caseId: flags.caseId, source: flags.source, confidence: flags.confidence, observedAt: flags.observedAt })
    .from(flags)
    .where(inArray(flags.caseId, [...caseIds]));
  const history = new Map<string, Awaited<ReturnType<typeof sellerHistory>>>();
  for (const row of rows) {
    if (!history.has(row.sellerId)) history.set(row.sellerId, await sellerHistory(db, row.sellerId, now));
    const h = history.get(row.sellerId)!;
    const priority = computePriority(
      {
        flags: flagRows.filter((f) => f.caseId === row.id),
        title: row.title,
        description: row.description,
        stock: row.stock,
        priorTakedowns: h.priorTakedowns,
        activePoints: h.activePoints,
        openedAt: row.openedAt,
        slaDueAt: row.slaDueAt,
      },
      now,
    );
    await db.update(cases).set({ priority: priority.score, priorityTerms: priority.terms }).where(eq(cases.id, row.id));
  }
}

/**
 * Cases that passed their SLA since their priority was last computed get it recomputed, so the
 * overdue term lifts them in the queue. Bounded per call; called when the queue loads.
 */
export async function refreshOverduePriorities(db: Db, now: Date, limit = 200): Promise<number> {
  const due = await db
    .select({ id: cases.id })
    .from(cases)
    .where(
      and(
        eq(cases.state, "open"),
        lte(cases.slaDueAt, now),
        sql`NOT (${cases.priorityTerms} @> '[{"key":"age.overdue"}]'::jsonb)`,
      ),
    )
    .limit(limit);
  await recomputeCasePriorities(
    db,
    due.map((d) => d.id),
    now,
  );
  return due.length;
}
