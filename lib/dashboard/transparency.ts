// The per-platform transparency report: the counts platforms publish for a period (flags by
// source, decisions by outcome and policy, account actions, appeals and outcomes, handling
// times, impact by UMKM tier). Built from the same rollups as the dashboard.
import { ACCOUNT_ACTION_KINDS, APPEAL_SUBJECTS, FLAG_SOURCES, POLICY_CODES } from "../moderation/constants";
import { csvRow } from "../csv";
import { percent } from "./build";
import { percentileSeconds, secondsToHours, type BucketCount } from "./histogram";
import { OUTCOME_KEYS, TIER_KEYS, type DurationMetric, type PlatformInfo } from "./types";

export interface TransparencyFacts {
  platform: PlatformInfo;
  from: string;
  to: string;
  flagsBySource: { source: string; n: number }[];
  outcomes: { kind: string; clearReason: string; n: number; reversed: number }[];
  policies: { kind: string; policyCode: string; n: number; reversed: number }[];
  accountActions: { kind: string; n: number }[];
  escalations: { state: string; overridden: boolean; n: number }[];
  appealsFiled: { subject: string; n: number }[];
  appealsDecided: { subject: string; outcome: string; n: number }[];
  durations: ({ metric: DurationMetric } & BucketCount)[];
  tierFlags: { tier: string; n: number }[];
  tierTakedowns: { tier: string; n: number }[];
  tierActions: { tier: string; n: number }[];
}

export interface TransparencyReport {
  platform: PlatformInfo;
  from: string;
  to: string;
  totals: {
    flags: number;
    decisions: number;
    takedowns: number;
    reversed: number;
    accountActions: number;
    appealsFiled: number;
    appealsDecided: number;
    appealsWon: number;
  };
  flagsBySource: { source: string; n: number }[];
  decisionsByOutcome: { outcome: string; n: number; reversed: number }[];
  decisionsByPolicy: { policy: string; takedowns: number; warnings: number; reversed: number }[];
  accountActions: { kind: string; n: number }[];
  escalations: { approved: number; rejected: number; overrides: number };
  appeals: { subject: string; filed: number; decided: number; granted: number; partial: number; denied: number; grantRate: number | null }[];
  handling: { decisionMedian: number | null; decisionP90: number | null; decisionSla: number; appealMedian: number | null; appealP90: number | null; appealSla: number };
  tiers: { tier: string; flags: number; takedowns: number; accountActions: number; flagShare: number | null; takedownShare: number | null; actionShare: number | null }[];
}

const sum = (rows: readonly { n: number }[]) => rows.reduce((s, r) => s + r.n, 0);

export function buildTransparencyReport(f: TransparencyFacts): TransparencyReport {
  const hours = (metric: DurationMetric, p: number) => secondsToHours(percentileSeconds(f.durations.filter((d) => d.metric === metric), p));
  const decidedWith = (subject: string, outcome: string) => sum(f.appealsDecided.filter((a) => a.subject === subject && a.outcome === outcome));
  const approved = f.escalations.filter((e) => e.state === "approved");
  const tierOf = (rows: readonly { tier: string; n: number }[], tier: string) => sum(rows.filter((r) => r.tier === tier));
  const appeals = APPEAL_SUBJECTS.map((subject) => {
    const decided = sum(f.appealsDecided.filter((a) => a.subject === subject));
    const granted = decidedWith(subject, "granted");
    const partial = decidedWith(subject, "partial");
    return {
      subject,
      filed: sum(f.appealsFiled.filter((a) => a.subject === subject)),
      decided,
      granted,
      partial,
      denied: decidedWith(subject, "denied"),
      grantRate: percent(granted + partial, decided),
    };
  });
  const totals = { flags: sum(f.tierFlags), takedowns: sum(f.tierTakedowns), actions: sum(f.tierActions) };
  return {
    platform: f.platform,
    from: f.from,
    to: f.to,
    totals: {
      flags: sum(f.flagsBySource),
      decisions: sum(f.outcomes),
      takedowns: sum(f.outcomes.filter((o) => o.kind === "takedown")),
      reversed: f.outcomes.reduce((s, o) => s + o.reversed, 0),
      accountActions: sum(f.accountActions),
      appealsFiled: appeals.reduce((s, a) => s + a.filed, 0),
      appealsDecided: appeals.reduce((s, a) => s + a.decided, 0),
      appealsWon: appeals.reduce((s, a) => s + a.granted + a.partial, 0),
    },
    flagsBySource: FLAG_SOURCES.map((source) => ({ source, n: sum(f.flagsBySource.filter((r) => r.source === source)) })),
    decisionsByOutcome: OUTCOME_KEYS.map((outcome) => {
      const rows = f.outcomes.filter((o) => (o.kind === "clear" ? o.clearReason : o.kind) === outcome);
      return { outcome, n: sum(rows), reversed: rows.reduce((s, r) => s + r.reversed, 0) };
    }),
    decisionsByPolicy: POLICY_CODES.map((policy) => {
      const rows = f.policies.filter((p) => p.policyCode === policy);
      return {
        policy,
        takedowns: sum(rows.filter((r) => r.kind === "takedown")),
        warnings: sum(rows.filter((r) => r.kind === "warn")),
        reversed: rows.reduce((s, r) => s + r.reversed, 0),
      };
    }),
    accountActions: ACCOUNT_ACTION_KINDS.map((kind) => ({ kind, n: sum(f.accountActions.filter((a) => a.kind === kind)) })),
    escalations: {
      approved: sum(approved),
      rejected: sum(f.escalations.filter((e) => e.state === "rejected")),
      overrides: sum(approved.filter((e) => e.overridden)),
    },
    appeals,
    handling: {
      decisionMedian: hours("decision", 0.5),
      decisionP90: hours("decision", 0.9),
      decisionSla: f.platform.caseSlaHours,
      appealMedian: hours("appeal", 0.5),
      appealP90: hours("appeal", 0.9),
      appealSla: f.platform.appealSlaHours,
    },
    tiers: TIER_KEYS.filter((tier) => tier !== "unknown" || tierOf(f.tierFlags, tier) + tierOf(f.tierTakedowns, tier) + tierOf(f.tierActions, tier) > 0).map(
      (tier) => ({
        tier,
        flags: tierOf(f.tierFlags, tier),
        takedowns: tierOf(f.tierTakedowns, tier),
        accountActions: tierOf(f.tierActions, tier),
        flagShare: percent(tierOf(f.tierFlags, tier), totals.flags),
        takedownShare: percent(tierOf(f.tierTakedowns, tier), totals.takedowns),
        actionShare: percent(tierOf(f.tierActions, tier), totals.actions),
      }),
    ),
  };
}

/** The report as CSV: one line per number, "section,item,measure,value", machine-readable keys. */
export function transparencyCsv(r: TransparencyReport): string {
  const lines: string[] = [csvRow(["section", "item", "measure", "value"])];
  const add = (section: string, item: string, measure: string, value: number | string | null) => lines.push(csvRow([section, item, measure, value]));
  add("report", "platform", "id", r.platform.id);
  add("report", "platform", "name", r.platform.name);
  add("report", "period", "from", r.from);
  add("report", "period", "to", r.to);
  for (const [k, v] of Object.entries(r.totals)) add("totals", k, "count", v);
  for (const row of r.flagsBySource) add("flags_by_source", row.source, "flags", row.n);
  for (const row of r.decisionsByOutcome) {
    add("decisions_by_outcome", row.outcome, "decisions", row.n);
    add("decisions_by_outcome", row.outcome, "reversed_on_appeal", row.reversed);
  }
  for (const row of r.decisionsByPolicy) {
    add("decisions_by_policy", row.policy, "takedowns", row.takedowns);
    add("decisions_by_policy", row.policy, "warnings", row.warnings);
    add("decisions_by_policy", row.policy, "reversed_on_appeal", row.reversed);
  }
  for (const row of r.accountActions) add("account_actions", row.kind, "actions", row.n);
  for (const [k, v] of Object.entries(r.escalations)) add("escalations", k, "count", v);
  for (const row of r.appeals) {
    for (const measure of ["filed", "decided", "granted", "partial", "denied", "grantRate"] as const) add("appeals", row.subject, measure, row[measure]);
  }
  for (const [k, v] of Object.entries(r.handling)) add("handling_hours", k, "hours", v);
  for (const row of r.tiers) {
    for (const measure of ["flags", "takedowns", "accountActions", "flagShare", "takedownShare", "actionShare"] as const) add("umkm_tier", row.tier, measure, row[measure]);
  }
  return lines.join("");
}
