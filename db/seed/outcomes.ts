// What a moderator decided on a randomly flagged listing, given what the listing really is.
import { POLICIES, policyPointsFor, type ClearReason, type Ladder, type PolicyCode } from "@/lib/moderation";
import { DAY, HOUR, type Random, type Weighted } from "./random";
import type { DecisionAuthor, ListingKind, Outcome } from "./types";

type Verdict =
  | { type: "clear"; reason: ClearReason }
  | { type: "warn"; policy: PolicyCode }
  | { type: "takedown"; policy: PolicyCode };

const clear = (reason: ClearReason): Verdict => ({ type: "clear", reason });
const warn = (policy: PolicyCode): Verdict => ({ type: "warn", policy });
const takedown = (policy: PolicyCode): Verdict => ({ type: "takedown", policy });

const VERDICTS: Record<ListingKind, Weighted<Verdict>[]> = {
  bale: [
    { value: takedown("imported_used_clothing_bulk"), weight: 86 },
    { value: warn("misleading_listing"), weight: 6 },
    { value: clear("cleared_insufficient_evidence"), weight: 8 },
  ],
  evasive: [
    { value: takedown("circumvention"), weight: 62 },
    { value: takedown("imported_used_clothing_bulk"), weight: 8 },
    { value: warn("misleading_listing"), weight: 15 },
    { value: clear("cleared_insufficient_evidence"), weight: 15 },
  ],
  import_retail: [
    { value: takedown("imported_used_clothing_retail"), weight: 52 },
    { value: warn("misleading_listing"), weight: 12 },
    { value: warn("missing_documents"), weight: 4 },
    { value: clear("cleared_local_preloved"), weight: 20 },
    { value: clear("cleared_insufficient_evidence"), weight: 12 },
  ],
  local_preloved: [
    { value: clear("cleared_local_preloved"), weight: 85 },
    { value: warn("misleading_listing"), weight: 8 },
    { value: clear("cleared_insufficient_evidence"), weight: 7 },
  ],
  personal: [
    { value: clear("cleared_personal_item"), weight: 88 },
    { value: clear("cleared_local_preloved"), weight: 12 },
  ],
  jastip: [
    { value: clear("cleared_jastip"), weight: 90 },
    { value: warn("misleading_listing"), weight: 10 },
  ],
  new_goods: [
    { value: clear("cleared_new_goods"), weight: 95 },
    { value: warn("misleading_listing"), weight: 5 },
  ],
};

const AUTHORS: Weighted<DecisionAuthor>[] = [
  { value: "moderator", weight: 45 },
  { value: "moderator2", weight: 35 },
  { value: "senior", weight: 20 },
];

/** A takedown's points: the policy's default on the platform's ladder, so no adjustment reason. */
export function defaultPoints(policy: PolicyCode, ladder: Ladder): number {
  return policyPointsFor(POLICIES[policy], ladder).default;
}

/** When a randomly flagged listing's case opened: most in the last few days, the rest earlier. */
export function randomOpenedAt(rng: Random, now: Date, listedAt: Date): Date {
  const earliest = listedAt.getTime() + DAY;
  const latestOld = now.getTime() - 5 * DAY;
  if (rng.chance(0.45) && latestOld > earliest) {
    return new Date(earliest + Math.floor((rng.next() * (latestOld - earliest)) / 60_000) * 60_000);
  }
  return recentOpenedAt(rng, now);
}

/** Opened in the last few days: most inside the 48-hour SLA, some overdue. */
export function recentOpenedAt(rng: Random, now: Date): Date {
  const hours = rng.weighted([
    { value: [0.2, 36], weight: 70 },
    { value: [36, 60], weight: 20 },
    { value: [60, 110], weight: 10 },
  ] as Weighted<[number, number]>[]);
  const ago = hours[0] + rng.next() * (hours[1] - hours[0]);
  return new Date(now.getTime() - Math.round(ago * 60) * 60_000);
}

export function randomOutcome(rng: Random, kind: ListingKind, ladder: Ladder, openedAt: Date, now: Date): Outcome {
  const ageHours = (now.getTime() - openedAt.getTime()) / HOUR;
  const author = rng.weighted(AUTHORS);
  const decidedAt = (maxHours: number) =>
    new Date(Math.min(now.getTime() - HOUR, openedAt.getTime() + Math.round((1 + rng.next() * maxHours) * 60) * 60_000));
  if (ageHours < 5 * 24) {
    const roll = rng.next();
    if (ageHours < 3 || roll >= 0.15) return { type: "open" };
    if (roll < 0.08) {
      const at = decidedAt(Math.min(20, ageHours - 2));
      return { type: "request_info", decidedAt: at, deadline: new Date(at.getTime() + 72 * HOUR), author };
    }
  }
  // Most are decided inside the 48-hour SLA, a few late.
  const at = decidedAt(Math.min(rng.chance(0.85) ? 40 : 60, Math.max(1, ageHours - 2)));
  const verdict = rng.weighted(VERDICTS[kind]);
  switch (verdict.type) {
    case "clear":
      return { type: "clear", reason: verdict.reason, decidedAt: at, author };
    case "warn":
      return { type: "warn", policy: verdict.policy, decidedAt: at, author };
    case "takedown":
      return { type: "takedown", policy: verdict.policy, points: defaultPoints(verdict.policy, ladder), adjustment: null, decidedAt: at, author, appeal: null };
  }
}
