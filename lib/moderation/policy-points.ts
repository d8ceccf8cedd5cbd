// Policy points on a platform's own scale. The catalogue (policies.ts) states points on the
// reference scale; a platform whose ladder tops out elsewhere (Shopee: 15) gets the same share of
// its own top step, so a takedown is prefilled with points that fit the ladder it lands on.
import type { PolicyCode } from "./constants";
import { POLICIES, type Policy } from "./policies";

/**
 * The top ladder step the catalogue's points are written for: TikTok Shop, Tokopedia and Lazada
 * close a shop at 48 points. On a ladder whose top step is 48, a policy's points are its own.
 */
export const REFERENCE_LADDER_TOP = 48;

export interface PolicyPoints {
  default: number;
  min: number;
  max: number;
}

type PointsLadder = { readonly steps: readonly { readonly points: number }[] };

/** The ladder's highest step; the reference top when the ladder has no steps. */
export function ladderTop(ladder: PointsLadder): number {
  return ladder.steps.reduce((top, step) => Math.max(top, step.points), 0) || REFERENCE_LADDER_TOP;
}

/**
 * A policy's default and bounds on a platform's ladder: each scaled by top step / 48 and rounded
 * to the nearest whole point (halves up), at least 1, with min ≤ default ≤ max.
 */
export function policyPointsFor(policy: Pick<Policy, "defaultPoints" | "minPoints" | "maxPoints">, ladder: PointsLadder): PolicyPoints {
  const top = ladderTop(ladder);
  const scale = (points: number) => Math.max(1, Math.round((points * top) / REFERENCE_LADDER_TOP));
  const min = scale(policy.minPoints);
  const def = Math.max(min, scale(policy.defaultPoints));
  return { default: def, min, max: Math.max(def, scale(policy.maxPoints)) };
}

/** Every policy's points on one ladder, for forms that let the moderator pick a policy. */
export function policyPointsTable(ladder: PointsLadder): Record<PolicyCode, PolicyPoints> {
  return Object.fromEntries(Object.values(POLICIES).map((p) => [p.code, policyPointsFor(p, ladder)])) as Record<PolicyCode, PolicyPoints>;
}

export function pointsWithinBounds(bounds: PolicyPoints, points: number): boolean {
  return Number.isInteger(points) && points >= bounds.min && points <= bounds.max;
}
