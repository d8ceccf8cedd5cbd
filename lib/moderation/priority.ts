// Queue priority: a pure, explainable score. Each term becomes a chip on the queue ("ministry
// directive", "'balpres' in title", "3 prior takedowns", "stock 400"). Nothing is decided here:
// the score only orders the queue, and signals toward legality lower it.

import type { FlagSource } from "./constants";
import { findSignals, type SignalDirection, type SignalMatch } from "./signals";

export const PRIORITY_TERM_KEYS = [
  "source.ministry_directive",
  "source.trusted_flagger",
  "source.platform_classifier",
  "source.keyword_rule",
  "source.user_report",
  "signal.import",
  "signal.legal",
  "history.prior_takedowns",
  "history.active_points",
  "stock.large",
  "stock.single",
  "age.overdue",
  "age.due_soon",
] as const;
export type PriorityTermKey = (typeof PRIORITY_TERM_KEYS)[number];

export interface PriorityTerm {
  key: PriorityTermKey;
  /** Contribution to the score; negative for signals toward legality. */
  weight: number;
  /** Values for the chip's message, e.g. { count: 3 } or { word: "balpres", text: "BALPRES", field: "title" }. */
  params: Record<string, string | number>;
}

export interface PriorityFlag {
  source: FlagSource;
  /** Classifier confidence 0..1, or null. */
  confidence: number | null;
  observedAt: Date;
}

export interface PriorityInput {
  flags: readonly PriorityFlag[];
  title: string;
  description: string;
  stock: number;
  /** Takedowns of this seller that were not reversed. */
  priorTakedowns: number;
  activePoints: number;
  openedAt: Date;
  slaDueAt: Date;
}

export interface Priority {
  score: number;
  terms: PriorityTerm[];
}

/**
 * The weights, in one place. They are chosen so that keyword evidence alone (a keyword rule plus
 * every import word) stays below a ministry directive or a trusted flagger, even one whose listing
 * carries the strongest legal-side words (see the invariant tests).
 */
export const PRIORITY_WEIGHTS = {
  source: {
    ministry_directive: 100,
    trusted_flagger: 60,
    keyword_rule: 10,
    /** Plus 4 per further report, up to userReportMax. */
    user_report: 8,
  },
  userReportEach: 4,
  userReportMax: 24,
  /** Classifier: base + confidence × span; unknown confidence counts as 0.3. */
  classifierBase: 15,
  classifierSpan: 35,
  classifierUnknownConfidence: 0.3,
  /** Words found in the description count this share of their weight; in the title, all of it. */
  descriptionShare: 0.5,
  importSignalsMax: 25,
  legalSignalsMax: 30,
  priorTakedownEach: 6,
  priorTakedownsMax: 24,
  activePointsDivisor: 4,
  activePointsMax: 12,
  stockLarge: 100,
  stockLargeWeight: 12,
  stockVeryLarge: 300,
  stockVeryLargeWeight: 20,
  stockSingleWeight: -5,
  overdueBase: 20,
  overduePerHour: 1,
  overdueMax: 40,
  /** Due soon: less than this share of the SLA window left. */
  dueSoonShare: 0.25,
  dueSoonWeight: 10,
} as const;

const W = PRIORITY_WEIGHTS;
const HOUR = 3_600_000;

function sourceTerms(flags: readonly PriorityFlag[]): PriorityTerm[] {
  const bySource = new Map<FlagSource, PriorityFlag[]>();
  for (const flag of flags) bySource.set(flag.source, [...(bySource.get(flag.source) ?? []), flag]);
  const terms: PriorityTerm[] = [];
  for (const [source, list] of bySource) {
    const count = list.length;
    if (source === "platform_classifier") {
      const known = list.map((f) => f.confidence).filter((c): c is number => c !== null);
      const confidence = known.length > 0 ? Math.max(...known) : null;
      const used = Math.min(1, Math.max(0, confidence ?? W.classifierUnknownConfidence));
      const params: Record<string, number> = { count };
      if (confidence !== null) params.confidence = Math.round(confidence * 100);
      terms.push({ key: "source.platform_classifier", weight: Math.round(W.classifierBase + used * W.classifierSpan), params });
    } else if (source === "user_report") {
      const weight = Math.min(W.userReportMax, W.source.user_report + W.userReportEach * (count - 1));
      terms.push({ key: "source.user_report", weight, params: { count } });
    } else {
      terms.push({ key: `source.${source}`, weight: W.source[source], params: { count } });
    }
  }
  return terms;
}

interface FoundSignal {
  match: SignalMatch;
  field: "title" | "description";
  weight: number;
}

function signalTerms(title: string, description: string, direction: SignalDirection): PriorityTerm[] {
  const best = new Map<string, FoundSignal>();
  const consider = (text: string, field: FoundSignal["field"], share: number) => {
    for (const match of findSignals(text)) {
      if (match.direction !== direction) continue;
      const weight = Math.ceil(match.weight * share);
      const prev = best.get(match.key);
      if (!prev || prev.weight < weight) best.set(match.key, { match, field, weight });
    }
  };
  consider(title, "title", 1);
  consider(description, "description", W.descriptionShare);

  const cap = direction === "import" ? W.importSignalsMax : W.legalSignalsMax;
  const sign = direction === "import" ? 1 : -1;
  const sorted = [...best.values()].sort((a, b) => b.weight - a.weight || a.match.key.localeCompare(b.match.key));
  const terms: PriorityTerm[] = [];
  let left = cap;
  for (const found of sorted) {
    const weight = Math.min(found.weight, left);
    if (weight <= 0) break;
    left -= weight;
    terms.push({
      key: direction === "import" ? "signal.import" : "signal.legal",
      weight: sign * weight,
      params: { word: found.match.key, text: found.match.text.toLowerCase(), field: found.field },
    });
  }
  return terms;
}

function historyTerms(priorTakedowns: number, points: number): PriorityTerm[] {
  const terms: PriorityTerm[] = [];
  if (priorTakedowns > 0) {
    const weight = Math.min(W.priorTakedownsMax, priorTakedowns * W.priorTakedownEach);
    terms.push({ key: "history.prior_takedowns", weight, params: { count: priorTakedowns } });
  }
  if (points > 0) {
    const weight = Math.min(W.activePointsMax, Math.ceil(points / W.activePointsDivisor));
    terms.push({ key: "history.active_points", weight, params: { points } });
  }
  return terms;
}

function stockTerms(stock: number): PriorityTerm[] {
  if (stock >= W.stockVeryLarge) return [{ key: "stock.large", weight: W.stockVeryLargeWeight, params: { stock } }];
  if (stock >= W.stockLarge) return [{ key: "stock.large", weight: W.stockLargeWeight, params: { stock } }];
  if (stock === 1) return [{ key: "stock.single", weight: W.stockSingleWeight, params: { stock } }];
  return [];
}

function ageTerms(openedAt: Date, slaDueAt: Date, now: Date): PriorityTerm[] {
  const left = slaDueAt.getTime() - now.getTime();
  if (left <= 0) {
    const hours = Math.floor(-left / HOUR);
    const weight = Math.min(W.overdueMax, W.overdueBase + hours * W.overduePerHour);
    return [{ key: "age.overdue", weight, params: { hours } }];
  }
  const window = slaDueAt.getTime() - openedAt.getTime();
  if (window > 0 && left < window * W.dueSoonShare) {
    return [{ key: "age.due_soon", weight: W.dueSoonWeight, params: { hours: Math.ceil(left / HOUR) } }];
  }
  return [];
}

/**
 * The queue priority of a case and the terms that make it up, strongest first. The score is never
 * negative. Pure: the clock is passed in.
 */
export function computePriority(input: PriorityInput, now: Date): Priority {
  const terms = [
    ...sourceTerms(input.flags),
    ...signalTerms(input.title, input.description, "import"),
    ...signalTerms(input.title, input.description, "legal"),
    ...historyTerms(input.priorTakedowns, input.activePoints),
    ...stockTerms(input.stock),
    ...ageTerms(input.openedAt, input.slaDueAt, now),
  ];
  const sum = terms.reduce((total, term) => total + term.weight, 0);
  const ordered = terms
    .map((term, index) => ({ term, index }))
    .sort((a, b) => Math.abs(b.term.weight) - Math.abs(a.term.weight) || a.index - b.index)
    .map(({ term }) => term);
  return { score: Math.max(0, Math.round(sum)), terms: ordered };
}
