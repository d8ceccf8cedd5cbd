// One-sentence findings for chart captions, so a manager gets the point without reading a table.
// Pure: they read the same rows the charts draw.
import { percent } from "./build";
import type { ChartRow, DashboardView } from "./types";

const num = (value: ChartRow[string] | undefined) => (typeof value === "number" ? value : 0);

export function takedownLeader(view: DashboardView): { name: string; n: number; total: number; share: number } | null {
  const totals = view.platforms.map((p) => ({ name: p.name, n: view.takedowns.reduce((s, row) => s + num(row[p.id]), 0) }));
  const total = totals.reduce((s, t) => s + t.n, 0);
  if (total === 0) return null;
  const top = totals.reduce((a, b) => (b.n > a.n ? b : a));
  return { name: top.name, n: top.n, total, share: percent(top.n, total) ?? 0 };
}

export type TierVerdict = "harder" | "lighter" | "proportionate";

/** How mikro sellers fare: their share of takedowns against their share of flags (±2 points is "proportionate"). */
export function mikroImpact(view: DashboardView): { flags: number; takedowns: number; accountActions: number | null; verdict: TierVerdict } | null {
  const row = view.tiers.find((r) => r.tier === "mikro");
  if (!row || row.flags === null || row.takedowns === null) return null;
  const flags = num(row.flags);
  const takedowns = num(row.takedowns);
  const verdict: TierVerdict = takedowns - flags > 2 ? "harder" : flags - takedowns > 2 ? "lighter" : "proportionate";
  return { flags, takedowns, accountActions: typeof row.accountActions === "number" ? row.accountActions : null, verdict };
}

export function outcomeShares(view: DashboardView): { total: number; takedown: number; cleared: number } | null {
  let total = 0;
  let takedown = 0;
  let cleared = 0;
  for (const row of view.outcomes) {
    for (const [key, value] of Object.entries(row)) {
      if (key === "platform") continue;
      total += num(value);
      if (key === "takedown") takedown += num(value);
      if (key.startsWith("cleared_")) cleared += num(value);
    }
  }
  if (total === 0) return null;
  return { total, takedown: percent(takedown, total) ?? 0, cleared: percent(cleared, total) ?? 0 };
}

export function overrideShare(view: DashboardView): { approvals: number; overrides: number } {
  let approvals = 0;
  let overrides = 0;
  for (const row of view.accountActions) {
    approvals += num(row.approvals);
    overrides += num(row.overrides);
  }
  return { approvals, overrides };
}

/** Platforms whose p90 time to decision is over their SLA. */
export function overSla(view: DashboardView): string[] {
  return view.handling
    .filter((row) => typeof row.decisionP90 === "number" && row.decisionP90 > num(row.decisionSla))
    .map((row) => String(row.platform));
}

export function backlogChange(view: DashboardView): { start: number; end: number; overdue: number } | null {
  const first = view.backlog[0];
  const last = view.backlog[view.backlog.length - 1];
  if (!first || !last) return null;
  const total = (row: ChartRow) => view.platforms.reduce((s, p) => s + num(row[p.id]), 0);
  return { start: total(first), end: total(last), overdue: num(last.overdue) };
}

/** The source whose cases most often ended cleared or reversed on appeal. */
export function leastPreciseSource(view: DashboardView): { source: string; share: number; resolved: number } | null {
  const candidates = view.sources
    .filter((row) => num(row.resolved) > 0)
    .map((row) => ({ source: String(row.source), resolved: num(row.resolved), share: Math.round((num(row.cleared) + num(row.reversed)) * 10) / 10 }));
  if (candidates.length === 0) return null;
  return candidates.reduce((a, b) => (b.share > a.share ? b : a));
}
