import { eq, sql } from "drizzle-orm";
import type { Db } from "../../open";
import { dailyAccountActionStats as a, dailyAppealStats as p, dailyEscalationStats as e } from "../../schema";
import { inScope, type DashboardScope } from "./scope";

export function accountActionsByPlatform(db: Db, scope: DashboardScope) {
  return db
    .select({ platformId: a.platformId, kind: a.kind, n: sql<number>`sum(${a.actions})`.mapWith(Number) })
    .from(a)
    .where(inScope(a, scope))
    .groupBy(a.platformId, a.kind);
}

export function accountActionsByTier(db: Db, scope: DashboardScope) {
  return db
    .select({ tier: a.umkmTier, n: sql<number>`sum(${a.actions})`.mapWith(Number) })
    .from(a)
    .where(inScope(a, scope))
    .groupBy(a.umkmTier);
}

export function reviewedEscalations(db: Db, scope: DashboardScope) {
  return db
    .select({ platformId: e.platformId, state: e.state, overridden: e.overridden, n: sql<number>`sum(${e.escalations})`.mapWith(Number) })
    .from(e)
    .where(inScope(e, scope))
    .groupBy(e.platformId, e.state, e.overridden);
}

export function appealsFiled(db: Db, scope: DashboardScope) {
  return db
    .select({ platformId: p.platformId, subject: p.subject, n: sql<number>`sum(${p.appeals})`.mapWith(Number) })
    .from(p)
    .where(inScope(p, scope, eq(p.event, "filed")))
    .groupBy(p.platformId, p.subject);
}

export function appealsDecided(db: Db, scope: DashboardScope) {
  return db
    .select({ platformId: p.platformId, subject: p.subject, outcome: p.outcome, n: sql<number>`sum(${p.appeals})`.mapWith(Number) })
    .from(p)
    .where(inScope(p, scope, eq(p.event, "decided")))
    .groupBy(p.platformId, p.subject, p.outcome);
}
