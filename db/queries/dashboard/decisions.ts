import { eq, ne, sql } from "drizzle-orm";
import type { Db } from "../../open";
import { dailyDecisionStats as d, dailyFlagStats as f, dailySourceOutcomes as s } from "../../schema";
import { inScope, type DashboardScope } from "./scope";

const total = (column: typeof d.decisions | typeof f.flags | typeof s.cases) => sql<number>`sum(${column})`.mapWith(Number);

export function takedownsByDay(db: Db, scope: DashboardScope) {
  return db
    .select({ day: d.day, platformId: d.platformId, n: total(d.decisions) })
    .from(d)
    .where(inScope(d, scope, eq(d.kind, "takedown")))
    .groupBy(d.day, d.platformId)
    .orderBy(d.day, d.platformId);
}

export function outcomesByPlatform(db: Db, scope: DashboardScope) {
  return db
    .select({
      platformId: d.platformId,
      kind: d.kind,
      clearReason: d.clearReason,
      n: total(d.decisions),
      reversed: sql<number>`sum(${d.reversed})`.mapWith(Number),
    })
    .from(d)
    .where(inScope(d, scope))
    .groupBy(d.platformId, d.kind, d.clearReason);
}

export function outcomesByPolicy(db: Db, scope: DashboardScope) {
  return db
    .select({ kind: d.kind, policyCode: d.policyCode, n: total(d.decisions), reversed: sql<number>`sum(${d.reversed})`.mapWith(Number) })
    .from(d)
    .where(inScope(d, scope, ne(d.kind, "clear"), ne(d.kind, "request_info")))
    .groupBy(d.kind, d.policyCode);
}

export function takedownsByTier(db: Db, scope: DashboardScope) {
  return db
    .select({ tier: d.umkmTier, n: total(d.decisions) })
    .from(d)
    .where(inScope(d, scope, eq(d.kind, "takedown")))
    .groupBy(d.umkmTier);
}

export function flagsByTier(db: Db, scope: DashboardScope) {
  return db.select({ tier: f.umkmTier, n: total(f.flags) }).from(f).where(inScope(f, scope)).groupBy(f.umkmTier);
}

export function flagsBySource(db: Db, scope: DashboardScope) {
  return db.select({ source: f.source, n: total(f.flags) }).from(f).where(inScope(f, scope)).groupBy(f.source);
}

export function sourceOutcomes(db: Db, scope: DashboardScope) {
  return db
    .select({ source: s.source, outcome: s.outcome, n: total(s.cases) })
    .from(s)
    .where(inScope(s, scope))
    .groupBy(s.source, s.outcome);
}
