// The manager dashboard's reads. Every chart reads the daily rollups (db/schema.ts daily_*,
// maintained by triggers), never the raw decisions, flags or appeals; the chart queries are in
// db/queries/dashboard/*.ts and the numbers drawn are shaped in lib/dashboard/build.ts.
import { buildDashboard } from "@/lib/dashboard/build";
import { jakartaDay } from "@/lib/dashboard/range";
import type { DashboardFacts, DashboardFilters, DashboardView } from "@/lib/dashboard/types";
import type { Db } from "../open";
import { flagsByTier, outcomesByPlatform, sourceOutcomes, takedownsByDay, takedownsByTier } from "./dashboard/decisions";
import { accountActionsByPlatform, accountActionsByTier, appealsDecided, appealsFiled, reviewedEscalations } from "./dashboard/enforcement";
import { backlogNow, caseEventsBefore, caseEventsByDay, durationBuckets, listPlatforms, overdueNow } from "./dashboard/timing";

export { listPlatforms } from "./dashboard/timing";
export type { DashboardScope } from "./dashboard/scope";

export async function getDashboardFacts(db: Db, filters: DashboardFilters, now = new Date()): Promise<DashboardFacts> {
  const scope = { from: filters.from, to: filters.to, platformId: filters.platformId };
  const [
    platforms,
    takedowns,
    outcomes,
    actions,
    escalations,
    filed,
    decided,
    durations,
    before,
    byDay,
    tierFlags,
    tierTakedowns,
    tierActions,
    sources,
    backlog,
    overdue,
  ] = await Promise.all([
    listPlatforms(db),
    takedownsByDay(db, scope),
    outcomesByPlatform(db, scope),
    accountActionsByPlatform(db, scope),
    reviewedEscalations(db, scope),
    appealsFiled(db, scope),
    appealsDecided(db, scope),
    durationBuckets(db, scope),
    caseEventsBefore(db, scope),
    caseEventsByDay(db, scope),
    flagsByTier(db, scope),
    takedownsByTier(db, scope),
    accountActionsByTier(db, scope),
    sourceOutcomes(db, scope),
    backlogNow(db, scope.platformId),
    overdueNow(db, scope.platformId, now),
  ]);
  return {
    platforms,
    takedownsByDay: takedowns,
    outcomes,
    accountActions: actions,
    escalations,
    appealsFiled: filed,
    appealsDecided: decided,
    durations,
    caseEventsBefore: before,
    caseEventsByDay: byDay,
    tierFlags,
    tierTakedowns,
    tierActions,
    sourceOutcomes: sources,
    backlogNow: backlog,
    overdueNow: overdue,
  };
}

export async function getDashboard(db: Db, filters: DashboardFilters, now = new Date()): Promise<DashboardView> {
  return buildDashboard(await getDashboardFacts(db, filters, now), filters, jakartaDay(now));
}
