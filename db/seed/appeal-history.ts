// Which past decisions sellers appealed, when, and how each appeal ended. Sellers appeal more often
// when the listing was less clearly illegal, and win more often then; a few denied or partly
// granted appeals go to a second round before a senior moderator. Only appeals decided before
// `now` are planned here: the pending ones are the scripted few in appeals-and-escalation.ts.
// What each outcome undoes is worked out later, in appeal-outcomes.ts, by lib/moderation/reversal.
import type { AppealOutcome } from "@/lib/moderation/appeal-lifecycle";
import { appealBucket, EXPLANATIONS, outcomeReason, SECOND_ROUND_EXPLANATION } from "./appeal-text";
import type { DecisionRow } from "./history";
import { HOUR, type Random, type Weighted } from "./random";
import { PAST_APPEALS } from "./script-history";
import { SCRIPTED_CASES } from "./script";
import type { CasePlan, DecisionAuthor, ListingKind, ListingPlan, SpecialSellerKey } from "./types";

export interface AppealIntent {
  plan: CasePlan;
  decision: DecisionRow;
  round: 1 | 2;
  filedAt: Date;
  decidedAt: Date;
  outcome: AppealOutcome;
  reviewer: DecisionAuthor;
  explanation: string;
  references: string | null;
  reason: string;
  files: readonly ("png" | "pdf")[];
}

const STATE = { grant: "granted", deny: "denied", partial: "partial" } as const;

/** Share of restricting decisions on random shops that the seller appeals, by what the listing was. */
function appealChance(kind: ListingKind, decision: "warn" | "takedown"): number {
  if (decision === "warn") return 0.12;
  if (kind === "import_retail") return 0.45;
  if (kind === "evasive") return 0.35;
  if (kind === "bale") return 0.18;
  return 0.7;
}

const OUTCOMES: Record<ReturnType<typeof appealBucket>, Weighted<AppealOutcome>[]> = {
  retail: [{ value: "grant", weight: 30 }, { value: "partial", weight: 20 }, { value: "deny", weight: 50 }],
  evasive: [{ value: "grant", weight: 10 }, { value: "partial", weight: 24 }, { value: "deny", weight: 66 }],
  bale: [{ value: "grant", weight: 4 }, { value: "partial", weight: 14 }, { value: "deny", weight: 82 }],
  legit: [{ value: "grant", weight: 85 }, { value: "deny", weight: 15 }],
  warn: [{ value: "grant", weight: 40 }, { value: "deny", weight: 60 }],
};

const REVIEWERS: Weighted<DecisionAuthor>[] = [
  { value: "moderator2", weight: 50 },
  { value: "senior", weight: 25 },
  { value: "moderator", weight: 25 },
];

const minutes = (at: number) => new Date(Math.round(at / 60_000) * 60_000);

/** The case plan of a scripted shop's case (index into SCRIPTED_CASES[seller]). */
export function scriptedCasePlan(listings: readonly ListingPlan[], plans: readonly CasePlan[], seller: SpecialSellerKey, index: number): CasePlan {
  const own = listings.filter((l) => l.seller.special === seller);
  const listing = own[SCRIPTED_CASES[seller][index]?.listing ?? -1];
  const plan = plans.find((p) => p.listing === listing);
  if (!plan) throw new Error(`scripted case ${seller}[${index}] is missing`);
  return plan;
}

export function planPastAppeals(
  rng: Random,
  now: Date,
  listings: readonly ListingPlan[],
  plans: readonly CasePlan[],
  decisions: readonly DecisionRow[],
): AppealIntent[] {
  const planById = new Map(plans.map((p) => [p.id, p]));
  const latest = now.getTime() - HOUR;
  const out: AppealIntent[] = [];

  for (const script of PAST_APPEALS) {
    const plan = scriptedCasePlan(listings, plans, script.seller, script.case);
    const decision = decisions.find((d) => d.caseId === plan.id);
    if (!decision) throw new Error(`scripted appeal on ${script.seller}[${script.case}] has no decision`);
    const { outcome, ...words } = script;
    out.push({
      ...words,
      plan,
      decision,
      round: 1,
      outcome: outcome === "granted" ? "grant" : outcome === "denied" ? "deny" : "partial",
      filedAt: minutes(now.getTime() - script.filedHoursAgo * HOUR),
      decidedAt: minutes(now.getTime() - script.decidedHoursAgo * HOUR),
    });
  }

  for (const decision of decisions) {
    if (decision.kind !== "takedown" && decision.kind !== "warn") continue;
    const plan = planById.get(decision.caseId);
    if (!plan || plan.listing.seller.special !== null) continue;
    if (!rng.chance(appealChance(plan.listing.kind, decision.kind))) continue;
    const bucket = appealBucket(plan.listing.kind, decision.kind);
    const delay = rng.weighted<[number, number]>([
      { value: [3, 48], weight: 55 },
      { value: [48, 240], weight: 35 },
      { value: [240, 600], weight: 10 },
    ]);
    const deadline = (decision.appealDeadline as Date).getTime();
    const filedAt = minutes(Math.min(decision.createdAt.getTime() + (delay[0] + rng.next() * (delay[1] - delay[0])) * HOUR, deadline - rng.int(2, 20) * HOUR));
    // Most are decided inside the 72-hour appeal SLA, some late.
    const handling = rng.chance(0.88) ? 3 + rng.next() * 66 : 72 + rng.next() * 40;
    const decidedAt = minutes(filedAt.getTime() + handling * HOUR);
    const outcome = rng.weighted(OUTCOMES[bucket]);
    const reviewer = rng.weighted(REVIEWERS.filter((r) => r.value !== authorKey(decision, plan)));
    const wording = rng.pick(EXPLANATIONS[bucket]);
    const files = rng.weighted<readonly ("png" | "pdf")[]>([
      { value: ["png"], weight: 30 },
      { value: ["pdf"], weight: 25 },
      { value: ["png", "pdf"], weight: 20 },
      { value: [], weight: 25 },
    ]);
    const reason = outcomeReason(bucket, STATE[outcome], (items) => rng.pick(items));
    if (decidedAt.getTime() > latest) continue;
    out.push({ plan, decision, round: 1, filedAt, decidedAt, outcome, reviewer, ...wording, reason, files });

    // A second round, before a senior moderator who took no part in the decision.
    if (outcome === "grant" || authorKey(decision, plan) === "senior" || !rng.chance(0.2)) continue;
    const filed2 = minutes(decidedAt.getTime() + (12 + rng.next() * 300) * HOUR);
    const decided2 = minutes(filed2.getTime() + (6 + rng.next() * 64) * HOUR);
    const partialLeft = decision.kind === "takedown" && outcome === "deny";
    const outcome2 = rng.weighted<AppealOutcome>([
      { value: "grant", weight: 30 },
      { value: "partial", weight: partialLeft ? 15 : 0 },
      { value: "deny", weight: 55 },
    ]);
    const reason2 = outcomeReason(bucket, STATE[outcome2], (items) => rng.pick(items));
    if (decided2.getTime() > latest) continue;
    out.push({
      plan,
      decision,
      round: 2,
      filedAt: filed2,
      decidedAt: decided2,
      outcome: outcome2,
      reviewer: "senior",
      explanation: SECOND_ROUND_EXPLANATION,
      references: wording.references,
      reason: reason2,
      files: ["pdf"],
    });
  }
  return out.sort((a, b) => a.decidedAt.getTime() - b.decidedAt.getTime() || a.decision.id.localeCompare(b.decision.id) || a.round - b.round);
}

/** The decision's author as a seed user key (decisions of random shops come from the plan's outcome). */
function authorKey(decision: DecisionRow, plan: CasePlan): DecisionAuthor {
  if (plan.outcome.type === "open") throw new Error(`decision ${decision.id} on an open case`);
  return plan.outcome.author;
}

/** The first time an appeal revoked the decision's strikes (granted or partly granted), or null. */
export function strikesRevokedAt(intents: readonly AppealIntent[], decisionId: string): Date | null {
  const hit = intents.find((i) => i.decision.id === decisionId && i.outcome !== "deny");
  return hit?.decidedAt ?? null;
}
