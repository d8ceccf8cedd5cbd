import { activePoints, nextStep, reachedStep, type Ladder, type LadderStep } from "@/lib/moderation/ladder";

// What the seller sees of their points on the platform's ladder: where they stand, the next step
// in plain words, and when the earliest points expire.

export interface LadderSummary {
  points: number;
  /** The top of the drawn scale: the last step's points (or the points, if higher). */
  max: number;
  steps: LadderStep[];
  reached: LadderStep | null;
  next: LadderStep | null;
  /** Points left before the next step. */
  left: number | null;
  /** The earliest expiry among active strikes and how many points go then. */
  firstExpiry: { date: Date; points: number } | null;
  pointsExpireDays: number;
}

export function ladderSummary(ladder: Ladder, strikes: readonly { points: number; expiresAt: Date }[], now: Date): LadderSummary {
  const points = activePoints(strikes.map((s) => ({ ...s, revokedAt: null })), now);
  const live = strikes.filter((s) => s.expiresAt.getTime() > now.getTime());
  let firstExpiry: LadderSummary["firstExpiry"] = null;
  if (live.length > 0) {
    const earliest = Math.min(...live.map((s) => s.expiresAt.getTime()));
    const sameDay = live.filter((s) => s.expiresAt.getTime() === earliest);
    firstExpiry = { date: new Date(earliest), points: sameDay.reduce((sum, s) => sum + s.points, 0) };
  }
  const next = nextStep(ladder, points);
  const top = ladder.steps.at(-1)?.points ?? points;
  return {
    points,
    max: Math.max(top, points),
    steps: [...ladder.steps],
    reached: reachedStep(ladder, points),
    next,
    left: next ? next.points - points : null,
    firstExpiry,
    pointsExpireDays: ladder.pointsExpireDays,
  };
}
