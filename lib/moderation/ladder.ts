import type { AccountActionKind } from "./constants";

export interface LadderStep {
  points: number;
  action: AccountActionKind;
  /** Duration in days for restrict_listings and suspend; null for block. */
  durationDays: number | null;
}

export interface Ladder {
  steps: LadderStep[];
  /** A warning is sent this many points before each step. */
  warningMargin: number;
  pointsExpireDays: number;
}

export interface PlatformSettings {
  ladder: Ladder;
  appealWindowDays: number;
  secondAppealWindowDays: number;
  appealSlaHours: number;
  caseSlaHours: number;
}

/** DOMAIN.md defaults. Shopee's Indonesian thresholds are unverified, so they are settings. */
export const DEFAULT_PLATFORMS = [
  {
    code: "tiktok_shop",
    name: "TikTok Shop",
    ladder: {
      steps: [
        { points: 12, action: "restrict_listings", durationDays: 7 },
        { points: 24, action: "restrict_listings", durationDays: 28 },
        { points: 36, action: "suspend", durationDays: 28 },
        { points: 48, action: "block", durationDays: null },
      ],
      warningMargin: 5,
      pointsExpireDays: 90,
    },
  },
  {
    code: "tokopedia",
    name: "Tokopedia",
    ladder: {
      steps: [
        { points: 12, action: "restrict_listings", durationDays: 7 },
        { points: 24, action: "restrict_listings", durationDays: 28 },
        { points: 36, action: "suspend", durationDays: 28 },
        { points: 48, action: "block", durationDays: null },
      ],
      warningMargin: 5,
      pointsExpireDays: 90,
    },
  },
  {
    code: "shopee",
    name: "Shopee",
    ladder: {
      steps: [
        { points: 6, action: "restrict_listings", durationDays: 7 },
        { points: 9, action: "restrict_listings", durationDays: 14 },
        { points: 12, action: "suspend", durationDays: 14 },
        { points: 15, action: "suspend", durationDays: 28 },
      ],
      warningMargin: 2,
      pointsExpireDays: 90,
    },
  },
  {
    code: "lazada",
    name: "Lazada",
    ladder: {
      steps: [
        { points: 24, action: "restrict_listings", durationDays: 14 },
        { points: 36, action: "suspend", durationDays: 21 },
        { points: 48, action: "block", durationDays: null },
      ],
      warningMargin: 5,
      pointsExpireDays: 365,
    },
  },
] as const satisfies readonly { code: string; name: string; ladder: Ladder }[];

export const DEFAULT_APPEAL_WINDOW_DAYS = 30;
export const DEFAULT_SECOND_APPEAL_WINDOW_DAYS = 15;
export const DEFAULT_APPEAL_SLA_HOURS = 72;
export const DEFAULT_CASE_SLA_HOURS = 48;

export interface StrikeLike {
  points: number;
  expiresAt: Date;
  revokedAt: Date | null;
}

export function isStrikeActive(strike: StrikeLike, now: Date): boolean {
  return strike.revokedAt === null && strike.expiresAt.getTime() > now.getTime();
}

export function activePoints(strikes: readonly StrikeLike[], now: Date): number {
  return strikes.reduce((sum, s) => (isStrikeActive(s, now) ? sum + s.points : sum), 0);
}

/** The highest step the points reach, or null. */
export function reachedStep(ladder: Ladder, points: number): LadderStep | null {
  let reached: LadderStep | null = null;
  for (const step of ladder.steps) if (points >= step.points) reached = step;
  return reached;
}

/** The first step above the points, or null when the top is reached. */
export function nextStep(ladder: Ladder, points: number): LadderStep | null {
  return ladder.steps.find((step) => step.points > points) ?? null;
}

/** True when the points are within the warning margin of a step, or past one. */
export function isWithinWarningMargin(ladder: Ladder, points: number): boolean {
  if (reachedStep(ladder, points)) return true;
  const next = nextStep(ladder, points);
  return next !== null && next.points - points <= ladder.warningMargin;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
