// From the rollup facts to the numbers each chart draws. Pure: the same numbers feed the chart,
// its data table and its CSV, so what is downloaded is exactly what is drawn.
import { ACCOUNT_ACTION_KINDS, FLAG_SOURCES } from "../moderation/constants";
import { percentileSeconds, secondsToHours } from "./histogram";
import { daysIn, granularityFor, periodStart, periodsIn } from "./range";
import {
  OUTCOME_KEYS,
  TIER_KEYS,
  type ChartRow,
  type DashboardFacts,
  type DashboardFilters,
  type DashboardView,
  type DurationMetric,
  type Headline,
} from "./types";

/** Percent with one decimal; null when the whole is zero. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

const sum = (rows: readonly { n: number }[]) => rows.reduce((total, row) => total + row.n, 0);

/** `today` (Jakarta): the backlog chart's point for today shows overdue cases now, not at midnight. */
export function buildDashboard(facts: DashboardFacts, filters: DashboardFilters, today?: string): DashboardView {
  const platforms = filters.platformId ? facts.platforms.filter((p) => p.id === filters.platformId) : facts.platforms;
  const granularity = granularityFor(filters);
  return {
    filters,
    granularity,
    platforms,
    headline: buildHeadline(facts),
    takedowns: buildTakedowns(facts, filters, platforms.map((p) => p.id)),
    outcomes: platforms.map((p) => {
      const row: ChartRow = { platform: p.name };
      for (const key of OUTCOME_KEYS) row[key] = 0;
      for (const o of facts.outcomes.filter((x) => x.platformId === p.id)) {
        const key = o.kind === "clear" ? o.clearReason : o.kind;
        row[key] = Number(row[key] ?? 0) + o.n;
      }
      return row;
    }),
    accountActions: platforms.map((p) => {
      const row: ChartRow = { platform: p.name };
      for (const kind of ACCOUNT_ACTION_KINDS) row[kind] = sum(facts.accountActions.filter((a) => a.platformId === p.id && a.kind === kind));
      const approved = facts.escalations.filter((e) => e.platformId === p.id && e.state === "approved");
      row.approvals = sum(approved);
      row.overrides = sum(approved.filter((e) => e.overridden));
      return row;
    }),
    appeals: platforms.map((p) => {
      const decided = facts.appealsDecided.filter((a) => a.platformId === p.id);
      const won = sum(decided.filter((a) => a.outcome === "granted" || a.outcome === "partial"));
      return {
        platform: p.name,
        filed: sum(facts.appealsFiled.filter((a) => a.platformId === p.id)),
        decided: sum(decided),
        won,
        grantRate: percent(won, sum(decided)),
      };
    }),
    handling: platforms.map((p) => ({
      platform: p.name,
      decisionMedian: hours(facts, p.id, "decision", 0.5),
      decisionP90: hours(facts, p.id, "decision", 0.9),
      decisionSla: p.caseSlaHours,
      appealMedian: hours(facts, p.id, "appeal", 0.5),
      appealP90: hours(facts, p.id, "appeal", 0.9),
      appealSla: p.appealSlaHours,
    })),
    backlog: buildBacklog(facts, filters, platforms.map((p) => p.id), today),
    ...buildTiers(facts),
    sources: FLAG_SOURCES.map((source) => {
      const rows = facts.sourceOutcomes.filter((s) => s.source === source);
      const resolved = sum(rows);
      const share = (outcome: string) => percent(sum(rows.filter((r) => r.outcome === outcome)), resolved);
      return { source, resolved, cleared: share("cleared"), reversed: share("reversed"), actioned: share("actioned") };
    }),
  };
}

function hours(facts: DashboardFacts, platformId: string | null, metric: DurationMetric, p: number): number | null {
  const rows = facts.durations.filter((d) => d.metric === metric && (platformId === null || d.platformId === platformId));
  return secondsToHours(percentileSeconds(rows, p));
}

function buildHeadline(facts: DashboardFacts): Headline {
  const takedowns = facts.outcomes.filter((o) => o.kind === "takedown");
  const decided = sum(facts.appealsDecided);
  const won = sum(facts.appealsDecided.filter((a) => a.outcome === "granted" || a.outcome === "partial"));
  return {
    takedowns: sum(takedowns),
    takedownsReversed: takedowns.reduce((n, o) => n + o.reversed, 0),
    clears: sum(facts.outcomes.filter((o) => o.kind === "clear")),
    accountActions: sum(facts.accountActions),
    appealsFiled: sum(facts.appealsFiled),
    appealsDecided: decided,
    appealsWon: won,
    grantRate: percent(won, decided),
    medianDecisionHours: hours(facts, null, "decision", 0.5),
    backlog: facts.backlogNow,
    overdue: facts.overdueNow,
  };
}

function buildTakedowns(facts: DashboardFacts, filters: DashboardFilters, platformIds: string[]): ChartRow[] {
  const granularity = granularityFor(filters);
  const rows = new Map<string, ChartRow>();
  for (const period of periodsIn(filters, granularity)) {
    const row: ChartRow = { period };
    for (const id of platformIds) row[id] = 0;
    rows.set(period, row);
  }
  for (const t of facts.takedownsByDay) {
    const row = rows.get(periodStart(t.day, granularity));
    if (row && t.platformId in row) row[t.platformId] = Number(row[t.platformId]) + t.n;
  }
  return [...rows.values()];
}

function buildBacklog(facts: DashboardFacts, filters: DashboardFilters, platformIds: string[], today?: string): ChartRow[] {
  // Running sums per platform: backlog = opened − resolved, overdue = due − due_closed.
  const backlog = new Map<string, number>();
  let overdue = 0;
  const weight = { opened: [1, 0], resolved: [-1, 0], due: [0, 1], due_closed: [0, -1] } as const;
  for (const e of facts.caseEventsBefore) {
    backlog.set(e.platformId, (backlog.get(e.platformId) ?? 0) + weight[e.event][0] * e.n);
    overdue += weight[e.event][1] * e.n;
  }
  const byDay = new Map<string, typeof facts.caseEventsByDay>();
  for (const e of facts.caseEventsByDay) byDay.set(e.day, [...(byDay.get(e.day) ?? []), e]);
  return daysIn(filters).map((day) => {
    for (const e of byDay.get(day) ?? []) {
      backlog.set(e.platformId, (backlog.get(e.platformId) ?? 0) + weight[e.event][0] * e.n);
      overdue += weight[e.event][1] * e.n;
    }
    const row: ChartRow = { day };
    for (const id of platformIds) row[id] = backlog.get(id) ?? 0;
    // The rollup counts a deadline on its day; today's later deadlines have not passed yet.
    row.overdue = day === today ? facts.overdueNow : overdue;
    return row;
  });
}

function buildTiers(facts: DashboardFacts): Pick<DashboardView, "tiers" | "tierTotals"> {
  const tierTotals = { flags: sum(facts.tierFlags), takedowns: sum(facts.tierTakedowns), accountActions: sum(facts.tierActions) };
  const of = (rows: readonly { tier: string; n: number }[], tier: string) => sum(rows.filter((r) => r.tier === tier));
  const tiers = TIER_KEYS.filter(
    (tier) => tier !== "unknown" || of(facts.tierFlags, tier) + of(facts.tierTakedowns, tier) + of(facts.tierActions, tier) > 0,
  ).map((tier) => ({
    tier,
    flags: percent(of(facts.tierFlags, tier), tierTotals.flags),
    takedowns: percent(of(facts.tierTakedowns, tier), tierTotals.takedowns),
    accountActions: percent(of(facts.tierActions, tier), tierTotals.accountActions),
  }));
  return { tiers, tierTotals };
}
