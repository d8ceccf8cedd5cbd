import { and, asc, eq, lt, ne, sql } from "drizzle-orm";
import type { CaseEvent, DurationMetric, PlatformInfo } from "@/lib/dashboard/types";
import type { Db } from "../../open";
import { cases, dailyCaseStats as c, dailyDurationHistogram as h, platforms } from "../../schema";
import { inScope, type DashboardScope } from "./scope";

export function listPlatforms(db: Db): Promise<PlatformInfo[]> {
  return db
    .select({ id: platforms.id, name: platforms.name, caseSlaHours: platforms.caseSlaHours, appealSlaHours: platforms.appealSlaHours })
    .from(platforms)
    .orderBy(asc(platforms.name));
}

export async function durationBuckets(db: Db, scope: DashboardScope) {
  const rows = await db
    .select({ platformId: h.platformId, metric: h.metric, bucket: h.bucket, n: sql<number>`sum(${h.n})`.mapWith(Number) })
    .from(h)
    .where(inScope(h, scope))
    .groupBy(h.platformId, h.metric, h.bucket);
  return rows.map((r) => ({ ...r, metric: r.metric as DurationMetric }));
}

/** Case events of every day before the range, summed: the backlog and overdue the range starts with. */
export async function caseEventsBefore(db: Db, scope: DashboardScope) {
  const rows = await db
    .select({ platformId: c.platformId, event: c.event, n: sql<number>`sum(${c.cases})`.mapWith(Number) })
    .from(c)
    .where(and(lt(c.day, scope.from), scope.platformId ? eq(c.platformId, scope.platformId) : undefined))
    .groupBy(c.platformId, c.event);
  return rows.map((r) => ({ ...r, event: r.event as CaseEvent }));
}

export async function caseEventsByDay(db: Db, scope: DashboardScope) {
  const rows = await db
    .select({ day: c.day, platformId: c.platformId, event: c.event, n: sql<number>`sum(${c.cases})`.mapWith(Number) })
    .from(c)
    .where(inScope(c, scope))
    .groupBy(c.day, c.platformId, c.event)
    .orderBy(c.day);
  return rows.map((r) => ({ ...r, event: r.event as CaseEvent }));
}

/** Unresolved cases now: every case ever opened minus every case resolved, from the rollup. */
export async function backlogNow(db: Db, platformId: string | null): Promise<number> {
  const [row] = await db
    .select({
      n: sql<number>`coalesce(sum(case ${c.event} when 'opened' then ${c.cases} when 'resolved' then -${c.cases} else 0 end), 0)`.mapWith(Number),
    })
    .from(c)
    .where(platformId ? eq(c.platformId, platformId) : undefined);
  return row?.n ?? 0;
}

/**
 * Unresolved cases past their deadline now. Not a rollup (it depends on the clock), but an
 * index range: cases_queue_due_idx holds only unresolved cases, ordered by deadline.
 */
export async function overdueNow(db: Db, platformId: string | null, now: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(cases)
    .where(and(ne(cases.state, "resolved"), lt(cases.slaDueAt, now), platformId ? eq(cases.platformId, platformId) : undefined));
  return row?.n ?? 0;
}
