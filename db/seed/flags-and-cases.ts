// Flags fold into cases: one unresolved case per listing, with the flag count, the sources, the
// suggested policy, the SLA and the explainable queue priority.
import { FLAG_SOURCES, addDays, computePriority, type FlagSource, type Ladder, type PolicyCode } from "@/lib/moderation";
import type { cases } from "../schema";
import { FlagReferences, buildFlags, drawSources } from "./flags";
import { defaultPoints, randomOpenedAt, randomOutcome, recentOpenedAt } from "./outcomes";
import type { PlatformId, PlatformRow } from "./platforms";
import { DAY, HOUR, type Random } from "./random";
import { SCRIPTED_CASES } from "./script";
import type { CasePlan, ListingKind, ListingPlan, Outcome } from "./types";

export type CaseRow = typeof cases.$inferInsert & { id: string };

/** Share of each kind's listings (on unscripted shops) that someone flags. */
const FLAG_CHANCE: Record<ListingKind, number> = {
  bale: 0.85,
  evasive: 0.7,
  import_retail: 0.6,
  local_preloved: 0.22,
  personal: 0.15,
  jastip: 0.3,
  new_goods: 0.1,
};

type Scripted = (typeof SCRIPTED_CASES)[keyof typeof SCRIPTED_CASES][number];

function scriptedOutcome(rng: Random, now: Date, s: Scripted, ladder: Ladder): Outcome {
  const ago = (h: number) => new Date(now.getTime() - h * HOUR - rng.int(0, 40) * 60_000);
  const o = s.outcome;
  switch (o.type) {
    case "open":
      return o;
    case "request_info": {
      const decidedAt = ago(o.decidedHoursAgo);
      return { type: "request_info", decidedAt, deadline: new Date(decidedAt.getTime() + o.deadlineHours * HOUR), author: o.author };
    }
    case "clear":
      return { type: "clear", reason: o.reason, decidedAt: ago(o.decidedHoursAgo), author: o.author };
    case "warn":
      return { type: "warn", policy: o.policy, decidedAt: ago(o.decidedHoursAgo), author: o.author };
    case "takedown": {
      const appeal = o.appeal
        ? { filedAt: ago(o.appeal.filedHoursAgo), filedBy: o.appeal.filedBy, explanation: o.appeal.explanation, references: o.appeal.references, files: o.appeal.files }
        : null;
      const points = o.points ?? defaultPoints(o.policy, ladder);
      return { type: "takedown", policy: o.policy, points, adjustment: o.adjustment ?? null, decidedAt: ago(o.decidedHoursAgo), author: o.author, appeal };
    }
  }
}

function decidedAt(outcome: Outcome): Date | null {
  return outcome.type === "open" ? null : outcome.decidedAt;
}

export function buildCases(rng: Random, now: Date, listings: readonly ListingPlan[], platforms: Record<PlatformId, PlatformRow>): CasePlan[] {
  const refs = new FlagReferences(rng.fork("references"));
  const plans: Omit<CasePlan, "number">[] = [];
  const add = (listing: ListingPlan, openedAt: Date, sources: readonly FlagSource[], outcome: Outcome) => {
    // The listing existed before anyone flagged it.
    if (listing.row.createdAt.getTime() >= openedAt.getTime()) {
      listing.row.createdAt = new Date(openedAt.getTime() - rng.int(3, 30) * DAY);
      listing.row.updatedAt = listing.row.createdAt;
    }
    const until = decidedAt(outcome) ?? now;
    plans.push({
      id: rng.uuid(),
      listing,
      openedAt,
      slaDueAt: new Date(openedAt.getTime() + platforms[listing.row.platformId].caseSlaHours * HOUR),
      flags: buildFlags(rng, refs, listing, sources, openedAt, until),
      outcome,
    });
  };

  const takedowns = new Set<string>();
  const bySeller = new Map<string, ListingPlan[]>();
  for (const listing of listings) bySeller.set(listing.seller.row.id, [...(bySeller.get(listing.seller.row.id) ?? []), listing]);

  for (const listing of listings) {
    const special = listing.seller.special;
    if (special) {
      const own = bySeller.get(listing.seller.row.id) ?? [];
      for (const s of SCRIPTED_CASES[special]) {
        if (own[s.listing] !== listing) continue;
        const openedAt = new Date(now.getTime() - s.openedHoursAgo * HOUR - rng.int(40, 59) * 60_000);
        add(listing, openedAt, s.sources, scriptedOutcome(rng, now, s, platforms[listing.row.platformId].ladder));
      }
      continue;
    }
    if (!rng.chance(FLAG_CHANCE[listing.kind])) continue;
    let openedAt = randomOpenedAt(rng, now, listing.row.createdAt);
    const ladder = platforms[listing.row.platformId].ladder;
    let outcome = randomOutcome(rng, listing.kind, ladder, openedAt, now);
    // One takedown per unscripted shop: a second one would have led to an account action, which
    // only the scripted escalation shows. Its other flagged listings wait in the queue instead.
    const sellerId = listing.seller.row.id;
    if (outcome.type === "takedown" && takedowns.has(sellerId)) {
      openedAt = recentOpenedAt(rng, now);
      outcome = randomOutcome(rng, listing.kind, ladder, openedAt, now);
      if (outcome.type === "takedown") outcome = { type: "open" };
    }
    if (outcome.type === "takedown") takedowns.add(sellerId);
    add(listing, openedAt, drawSources(rng, listing), outcome);
  }

  // Case numbers follow the order in which cases were opened, as the bigserial would give.
  return plans
    .sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime() || a.id.localeCompare(b.id))
    .map((plan, i) => ({ ...plan, number: i + 1 }));
}

const SOURCE_RANK: readonly FlagSource[] = ["ministry_directive", "trusted_flagger", "platform_classifier", "keyword_rule", "user_report"];

/** The reason given by the weightiest source, or null when no flag names one. */
function suggestedPolicy(plan: CasePlan): PolicyCode | null {
  for (const source of SOURCE_RANK) {
    const flag = plan.flags.find((f) => f.source === source && f.reason);
    if (flag?.reason) return flag.reason;
  }
  return null;
}

interface StrikeFact {
  at: Date;
  expiresAt: Date;
  points: number;
  /** When an appeal reversed the takedown (it no longer counts) or revoked its points. */
  reversedAt: Date | null;
  revokedAt: Date | null;
}

/** What granted appeals undid to a case's takedown, by case id. */
export type CaseReversals = ReadonlyMap<string, { reversedAt: Date | null; revokedAt: Date | null }>;

const before = (at: Date | null, asOf: Date) => at !== null && at.getTime() <= asOf.getTime();

/** The case rows: state from the outcome, priority from computePriority with the seller's history. */
export function finalizeCases(plans: readonly CasePlan[], platforms: Record<PlatformId, PlatformRow>, now: Date, reversals: CaseReversals = new Map()): CaseRow[] {
  const strikesBySeller = new Map<string, StrikeFact[]>();
  for (const plan of plans) {
    const o = plan.outcome;
    if (o.type !== "takedown") continue;
    const platform = platforms[plan.listing.row.platformId];
    const list = strikesBySeller.get(plan.listing.seller.row.id) ?? [];
    const undone = reversals.get(plan.id);
    list.push({
      at: o.decidedAt,
      expiresAt: addDays(o.decidedAt, platform.ladder.pointsExpireDays),
      points: o.points,
      reversedAt: undone?.reversedAt ?? null,
      revokedAt: undone?.revokedAt ?? null,
    });
    strikesBySeller.set(plan.listing.seller.row.id, list);
  }
  return plans.map((plan) => {
    const o = plan.outcome;
    const decided = decidedAt(o);
    const resolved = o.type === "clear" || o.type === "warn" || o.type === "takedown";
    // Resolved cases keep the priority they had when opened; open ones are scored as of now.
    const asOf = resolved ? plan.openedAt : now;
    const history = (strikesBySeller.get(plan.listing.seller.row.id) ?? []).filter((s) => s.at.getTime() < asOf.getTime() && !before(s.reversedAt, asOf));
    const priority = computePriority(
      {
        flags: plan.flags.map((f) => ({ source: f.source, confidence: f.confidence ?? null, observedAt: f.observedAt })),
        title: plan.listing.row.title,
        description: plan.listing.row.description,
        stock: plan.listing.row.stock,
        priorTakedowns: history.length,
        activePoints: history.filter((s) => s.expiresAt.getTime() > asOf.getTime() && !before(s.revokedAt, asOf)).reduce((sum, s) => sum + s.points, 0),
        openedAt: plan.openedAt,
        slaDueAt: plan.slaDueAt,
      },
      asOf,
    );
    const lastFlag = plan.flags.reduce((t, f) => Math.max(t, f.receivedAt.getTime()), plan.openedAt.getTime());
    const sources = new Set(plan.flags.map((f) => f.source));
    return {
      id: plan.id,
      number: plan.number,
      listingId: plan.listing.row.id,
      sellerId: plan.listing.seller.row.id,
      platformId: plan.listing.row.platformId,
      state: o.type === "open" ? "open" : o.type === "request_info" ? "awaiting_seller" : "resolved",
      suggestedPolicy: suggestedPolicy(plan),
      priority: priority.score,
      priorityTerms: priority.terms,
      flagCount: plan.flags.length,
      flagSources: FLAG_SOURCES.filter((s) => sources.has(s)),
      awaitingUntil: o.type === "request_info" ? o.deadline : null,
      version: o.type === "open" ? 1 : 2,
      openedAt: plan.openedAt,
      slaDueAt: plan.slaDueAt,
      resolvedAt: resolved ? decided : null,
      updatedAt: new Date(Math.max(lastFlag, decided?.getTime() ?? 0)),
    };
  });
}
