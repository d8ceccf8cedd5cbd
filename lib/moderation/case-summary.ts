// What a case shows about its flags, recomputed whenever flags fold into it: the queue priority
// with its terms, the flag count, the sources and the policy the flags point to. Pure.

import type { FlagSource, PolicyCode } from "./constants";
import { FLAG_SOURCES } from "./constants";
import { POLICIES } from "./policies";
import { computePriority, type PriorityFlag, type PriorityTerm } from "./priority";

export interface SummaryFlag extends PriorityFlag {
  reason: PolicyCode | null;
}

export interface CaseSummaryInput {
  flags: readonly SummaryFlag[];
  title: string;
  description: string;
  stock: number;
  priorTakedowns: number;
  activePoints: number;
  openedAt: Date;
  slaDueAt: Date;
}

export interface CaseSummary {
  priority: number;
  priorityTerms: PriorityTerm[];
  flagCount: number;
  /** Distinct sources, in the order of FLAG_SOURCES (strongest first). */
  flagSources: FlagSource[];
  suggestedPolicy: PolicyCode | null;
}

/** How much a source's word counts when flags disagree on the policy (FLAG_SOURCES order). */
function sourceRank(source: FlagSource): number {
  return FLAG_SOURCES.length - FLAG_SOURCES.indexOf(source);
}

/**
 * The policy the flags point to: the reason named by the most authoritative source; among equals,
 * the reason named most often; then the more serious policy (more default points). A suggestion
 * for the moderator, never a verdict.
 */
export function suggestPolicy(flags: readonly SummaryFlag[]): PolicyCode | null {
  const score = new Map<PolicyCode, { rank: number; count: number }>();
  for (const flag of flags) {
    if (!flag.reason) continue;
    const prev = score.get(flag.reason) ?? { rank: 0, count: 0 };
    score.set(flag.reason, { rank: Math.max(prev.rank, sourceRank(flag.source)), count: prev.count + 1 });
  }
  let best: PolicyCode | null = null;
  for (const [code, s] of score) {
    if (best === null) {
      best = code;
      continue;
    }
    const b = score.get(best)!;
    const better =
      s.rank > b.rank ||
      (s.rank === b.rank && s.count > b.count) ||
      (s.rank === b.rank && s.count === b.count && POLICIES[code].defaultPoints > POLICIES[best].defaultPoints) ||
      (s.rank === b.rank && s.count === b.count && POLICIES[code].defaultPoints === POLICIES[best].defaultPoints && code < best);
    if (better) best = code;
  }
  return best;
}

export function summarizeCase(input: CaseSummaryInput, now: Date): CaseSummary {
  const { score, terms } = computePriority(input, now);
  const present = new Set(input.flags.map((f) => f.source));
  return {
    priority: score,
    priorityTerms: terms,
    flagCount: input.flags.length,
    flagSources: FLAG_SOURCES.filter((s) => present.has(s)),
    suggestedPolicy: suggestPolicy(input.flags),
  };
}
