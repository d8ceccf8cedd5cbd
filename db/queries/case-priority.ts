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

/** JSON with object keys sorted, so a stored jsonb value and a freshly computed one compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * Recomputes and stores the priority of the given unresolved cases. Cases another transaction has
 * locked at this moment (being decided or claimed) are skipped rather than waited for: two
 * moderators deciding cases of the same shop would otherwise each wait for the other's case and
 * deadlock. A skipped case keeps its priority until its next recompute (its own decision, the
 * overdue refresh, or the shop's next decision). Only cases whose priority changes are written,
 * in one statement: past the ladder's caps a big shop's history no longer moves its cases.
 */
export async function recomputeCasePriorities(db: Db, caseIds: readonly string[], now: Date): Promise<void> {
  if (caseIds.length === 0) return;
  const rows = await db
    .select({
      id: cases.id,
      sellerId: cases.sellerId,
      openedAt: cases.openedAt,
      slaDueAt: cases.slaDueAt,
      priority: cases.priority,
      priorityTerms: cases.priorityTerms,
      title: listings.title,
      description: listings.description,
      stock: listings.stock,
    })
    .from(cases)
    .innerJoin(listings, eq(listings.id, cases.listingId))
    .where(and(inArray(cases.id, [...caseIds]), sql`${cases.state} <> 'resolved'`))
    .orderBy(cases.id)
    .for("update", { of: cases, skipLocked: true });
  if (rows.length === 0) return;
  const flagRows = await db
    .select({ caseId: flags.caseId, source: flags.source, confidence: flags.confidence, observedAt: flags.observedAt })
    .from(flags)
    .where(
      inArray(
        flags.caseId,
        rows.map((r) => r.id),
      ),
    );
  const flagsOf = new Map<string, typeof flagRows>();
  for (const f of flagRows) flagsOf.set(f.caseId!, [...(flagsOf.get(f.caseId!) ?? []), f]);
  const history = new Map<string, Awaited<ReturnType<typeof sellerHistory>>>();
  const changed: { id: string; priority: number; terms: unknown[] }[] = [];
  for (const row of rows) {
    if (!history.has(row.sellerId)) history.set(row.sellerId, await sellerHistory(db, row.sellerId, now));
    const h = history.get(row.sellerId)!;
    const priority = computePriority(
      {
        flags: flagsOf.get(row.id) ?? [],
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
    if (priority.score !== row.priority || canonical(priority.terms) !== canonical(row.priorityTerms)) {
      changed.push({ id: row.id, priority: priority.score, terms: priority.terms });
    }
  }
  if (changed.length === 0) return;
  await db.execute(sql`
    UPDATE cases AS c SET priority = x.priority, priority_terms = x.terms
    FROM jsonb_to_recordset(${JSON.stringify(changed)}::jsonb) AS x(id uuid, priority integer, terms jsonb)
    WHERE c.id = x.id`);
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
