// The dashboard's data: `DashboardFacts` are the grouped counts read from the rollups
// (db/queries/dashboard), `DashboardView` the numbers each chart draws (build.ts).
import type { BucketCount } from "./histogram";
import type { DayRange, Granularity, RangeKind } from "./range";

export interface PlatformInfo {
  id: string;
  name: string;
  caseSlaHours: number;
  appealSlaHours: number;
}

export interface DashboardFilters extends DayRange {
  range: RangeKind;
  /** null = every platform. */
  platformId: string | null;
}

export type DurationMetric = "decision" | "appeal";
export type CaseEvent = "opened" | "resolved" | "due" | "due_closed";

export interface DashboardFacts {
  platforms: PlatformInfo[];
  takedownsByDay: { day: string; platformId: string; n: number }[];
  outcomes: { platformId: string; kind: string; clearReason: string; n: number; reversed: number }[];
  accountActions: { platformId: string; kind: string; n: number }[];
  escalations: { platformId: string; state: string; overridden: boolean; n: number }[];
  appealsFiled: { platformId: string; n: number }[];
  appealsDecided: { platformId: string; outcome: string; n: number }[];
  durations: ({ platformId: string; metric: DurationMetric } & BucketCount)[];
  /** Case events summed over every day before the range (the starting backlog). */
  caseEventsBefore: { platformId: string; event: CaseEvent; n: number }[];
  caseEventsByDay: { day: string; platformId: string; event: CaseEvent; n: number }[];
  tierFlags: { tier: string; n: number }[];
  tierTakedowns: { tier: string; n: number }[];
  tierActions: { tier: string; n: number }[];
  sourceOutcomes: { source: string; outcome: string; n: number }[];
  /** Unresolved cases now (all-time opened − resolved, from the rollups). */
  backlogNow: number;
  /** Unresolved cases past their deadline right now. */
  overdueNow: number;
}

export interface Headline {
  takedowns: number;
  takedownsReversed: number;
  clears: number;
  accountActions: number;
  appealsFiled: number;
  appealsDecided: number;
  appealsWon: number;
  /** Percent of decided appeals granted in full or in part; null when none were decided. */
  grantRate: number | null;
  medianDecisionHours: number | null;
  backlog: number;
  overdue: number;
}

/** A row of a chart: its label column and the numbers drawn. */
export type ChartRow = Record<string, string | number | null>;

export interface DashboardView {
  filters: DashboardFilters;
  granularity: Granularity;
  platforms: PlatformInfo[];
  headline: Headline;
  /** period (first day) + one count per platform. */
  takedowns: ChartRow[];
  /** platform + one count per outcome key. */
  outcomes: ChartRow[];
  /** platform + restrict_listings, suspend, block, approvals, overrides. */
  accountActions: ChartRow[];
  /** platform + filed, decided, won, grantRate (percent). */
  appeals: ChartRow[];
  /** platform + decision/appeal median, p90 and SLA in hours. */
  handling: ChartRow[];
  /** day + backlog per platform + overdue (all platforms in scope). */
  backlog: ChartRow[];
  /** tier + flags, takedowns, accountActions (percent of each total). */
  tiers: ChartRow[];
  tierTotals: { flags: number; takedowns: number; accountActions: number };
  /** source + resolved (count), cleared, reversed, actioned (percent of resolved). */
  sources: ChartRow[];
}

export const OUTCOME_KEYS = [
  "takedown",
  "warn",
  "request_info",
  "cleared_local_preloved",
  "cleared_personal_item",
  "cleared_jastip",
  "cleared_new_goods",
  "cleared_insufficient_evidence",
] as const;
export type OutcomeKey = (typeof OUTCOME_KEYS)[number];

export const TIER_KEYS = ["mikro", "kecil", "menengah", "besar", "unknown"] as const;
export type TierKey = (typeof TIER_KEYS)[number];
