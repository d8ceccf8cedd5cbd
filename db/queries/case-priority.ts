// Stored queue priority: recomputed from the pure computePriority when what it depends on changes
// (a decision changes the seller's history; a case passes its SLA).
import { and, eq, gt, inArray, isNull, lte, sql } from "drizzle-orm";
import { computePriority, type CaseSummaryInput } from "@/lib/moderation";
import type { Db } from "../open";
import { cases, decisions, flags, listings, strikes } from "../schema";

export interface SellerHistory {
  priorTakedowns: number;
  activePoints: number;
}

/** Seller history used by the priority, for many sellers in two statements: takedowns not reversed, and active strike points. */
export async function sellerHistories(db: Db, sellerIds: readonly string[], now: Date): Promise<Map<string, SellerHistory>> {
  const ids = [...new Set(sellerIds)];
  const histories = new Map<string, SellerHistory>(ids.map((id) => [id, { priorTakedowns: 0, activePoints: 0 }]));
  if (ids.length === 0) return histories;
  const takedowns = await db
    .select({ sellerId: decisions.sellerId, n: sql<number>`count(*)::int` })
    .from(decisions)
    .where(and(inArray(decisions.sellerId, ids), eq(decisions.kind, "takedown"), isNull(decisions.reversedAt)))
    .groupBy(decisions.sellerId);
  // The same rule as isStrikeActive: not revoked and not yet expired.
  const points = await db
    .select({ sellerId: strikes.sellerId, n: sql<number>`coalesce(sum(${strikes.points}), 0)::int` })
    .from(strikes)
    .where(and(inArray(strikes.sellerId, ids), isNull(strikes.revokedAt), gt(strikes.expiresAt, now)))
    .groupBy(strikes.sellerId);
  for (const t of takedowns) histories.get(t.sellerId)!.priorTakedowns = Number(t.n);
  for (const p of points) histories.get(p.sellerId)!.activePoints = Number(p.n);
  return histories;
}

export async function sellerHistory(db: Db, sellerId: string, now: Date): Promise<SellerHistory> {
  return (await sellerHistories(db, [sellerId], now)).get(sellerId)!;
}

/** A case as the priority sees it, before its flags and its seller's history are added. */
export interface PriorityCase {
  id: string;
  sellerId: string;
  openedAt: Date;
  slaDueAt: Date;
  title: string;
  description: string;
  stock: number;
}

/** What summarizeCase / computePriority need for each case, read set-based (three statements in all). */
export async function caseSummaryInputs(db: Db, rows: readonly PriorityCase[], now: Date): Promise<Map<string, CaseSummaryInput>> {
  const flagRows = rows.length
    ? await db
        .select({ caseId: flags.caseId, source: flags.source, confidence: flags.confidence, observedAt: flags.observedAt, reason: flags.reason })
        .from(flags)
        .where(inArray(flags.caseId, rows.map((r) => r.id)))
    : [];
  const flagsOf = new Map<string, CaseSummaryInput["flags"][number][]>();
  for (const { caseId, ...f } of flagRows) flagsOf.set(caseId!, [...(flagsOf.get(caseId!) ?? []), f]);
  const history = await sellerHistories(db, rows.map((r) => r.sellerId), now);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        flags: flagsOf.get(r.id) ?? [],
        title: r.title,
        description: r.description,
        stock: r.stock,
        ...history.get(r.sellerId)!,
        openedAt: r.openedAt,
        slaDueAt: r.slaDueAt,
      },
    ]),
  );
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
  const inputs = await caseSummaryInputs(db, rows, now);
  const changed: { id: string; priority: number; terms: unknown[] }[] = [];
  for (const row of rows) {
    const priority = computePriority(inputs.get(row.id)!, now);
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
