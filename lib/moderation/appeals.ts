import type { AccountActionKind, AppealState, AppealSubject, DecisionKind } from "./constants";
import { addDays, type PlatformSettings } from "./ladder";
import type { Permission } from "./permissions";

// Appeal windows and limits (DOMAIN.md "Appeals", TikTok Shop's rule made general): at most two
// appeals per appealable action; the first within the platform's window from the notice, the
// second within the platform's second window from the denial of the first, reviewed by a
// senior_moderator; none after that. At most one open appeal per action, and at most
// APPEALS_PER_SELLER_PER_DAY appeals per seller per Jakarta day.

export const MAX_APPEAL_ROUNDS = 2;
export const APPEALS_PER_SELLER_PER_DAY = 10;
export const APPEAL_CLAIM_LEASE_MINUTES = 10;
export const APPEAL_EXPLANATION_MAX = 3000;
export const APPEAL_REFERENCES_MAX = 500;
export const APPEAL_OUTCOME_REASON_MAX = 3000;
export const APPEAL_OUTCOME_REASON_MIN = 10;

/** Decisions that restrict something and can therefore be appealed. */
export const APPEALABLE_DECISION_KINDS = ["warn", "takedown"] as const satisfies readonly DecisionKind[];

/** What a seller appeals: a decision on a listing, or an account action. */
export type AppealableAction =
  | {
      subject: "decision";
      id: string;
      kind: DecisionKind;
      /** When the seller was notified (the decision's creation). */
      noticeAt: Date;
      /** The deadline stated to the seller, when one was stored. */
      appealDeadline: Date | null;
      reversedAt: Date | null;
    }
  | {
      subject: "account_action";
      id: string;
      kind: AccountActionKind;
      noticeAt: Date;
      appealDeadline: Date | null;
      liftedAt: Date | null;
    };

export interface AppealHistoryEntry {
  round: number;
  state: AppealState;
  decidedAt: Date | null;
}

export type AppealSettings = Pick<PlatformSettings, "appealWindowDays" | "secondAppealWindowDays">;

export const APPEAL_INELIGIBLE_REASONS = [
  "not_appealable",
  "already_reversed",
  "window_closed",
  "open_appeal_exists",
  "already_granted",
  "second_window_closed",
  "no_more_rounds",
] as const;
export type AppealIneligibleReason = (typeof APPEAL_INELIGIBLE_REASONS)[number];

export type AppealEligibility =
  | { allowed: true; round: 1 | 2; deadline: Date; reviewPermission: Permission }
  | { allowed: false; reason: AppealIneligibleReason; deadline: Date | null };

/** Round 2, and every appeal of an account action, is for a senior_moderator. */
export function requiredReviewPermission(subject: AppealSubject, round: number): Permission {
  return round >= 2 || subject === "account_action" ? "appeal:review_second" : "appeal:review";
}

export function firstAppealDeadline(action: AppealableAction, settings: AppealSettings): Date {
  return action.appealDeadline ?? addDays(action.noticeAt, settings.appealWindowDays);
}

function isAppealableKind(action: AppealableAction): boolean {
  if (action.subject === "account_action") return true;
  return (APPEALABLE_DECISION_KINDS as readonly DecisionKind[]).includes(action.kind);
}

function isUndone(action: AppealableAction): boolean {
  return action.subject === "decision" ? action.reversedAt !== null : action.liftedAt !== null;
}

/** Whether the seller may file an appeal against `action` now, and which round it would be. */
export function appealEligibility(
  action: AppealableAction,
  history: readonly AppealHistoryEntry[],
  settings: AppealSettings,
  now: Date,
): AppealEligibility {
  const firstDeadline = firstAppealDeadline(action, settings);
  if (!isAppealableKind(action)) return { allowed: false, reason: "not_appealable", deadline: null };
  if (history.some((a) => a.state === "pending")) {
    return { allowed: false, reason: "open_appeal_exists", deadline: null };
  }
  if (history.some((a) => a.state === "granted")) return { allowed: false, reason: "already_granted", deadline: null };
  if (isUndone(action)) return { allowed: false, reason: "already_reversed", deadline: null };
  const decided = [...history].sort((a, b) => a.round - b.round);
  const last = decided.at(-1);
  if (!last) {
    if (now.getTime() > firstDeadline.getTime()) {
      return { allowed: false, reason: "window_closed", deadline: firstDeadline };
    }
    return { allowed: true, round: 1, deadline: firstDeadline, reviewPermission: requiredReviewPermission(action.subject, 1) };
  }
  if (last.round >= MAX_APPEAL_ROUNDS) return { allowed: false, reason: "no_more_rounds", deadline: null };
  // A partial outcome is a partial denial: what was kept may be appealed a second time.
  const deniedAt = last.decidedAt;
  if (!deniedAt) return { allowed: false, reason: "open_appeal_exists", deadline: null };
  const secondDeadline = addDays(deniedAt, settings.secondAppealWindowDays);
  if (now.getTime() > secondDeadline.getTime()) {
    return { allowed: false, reason: "second_window_closed", deadline: secondDeadline };
  }
  return { allowed: true, round: 2, deadline: secondDeadline, reviewPermission: requiredReviewPermission(action.subject, 2) };
}

/** The deadline for a second appeal after a denied or partial outcome, or null when none is possible. */
export function secondAppealDeadline(round: number, state: AppealState, decidedAt: Date, settings: AppealSettings): Date | null {
  if (round >= MAX_APPEAL_ROUNDS || (state !== "denied" && state !== "partial")) return null;
  return addDays(decidedAt, settings.secondAppealWindowDays);
}

const JAKARTA_OFFSET_MS = 7 * 3_600_000; // Asia/Jakarta is UTC+7 all year.

/** Midnight in Jakarta at the start of the day that contains `now`. */
export function startOfJakartaDay(now: Date): Date {
  const local = now.getTime() + JAKARTA_OFFSET_MS;
  return new Date(local - (local % 86_400_000) - JAKARTA_OFFSET_MS);
}

/** True when the seller has already filed the most appeals a day allows. */
export function appealDailyLimitReached(filedToday: number): boolean {
  return filedToday >= APPEALS_PER_SELLER_PER_DAY;
}

export function appealDueAt(filedAt: Date, slaHours: number): Date {
  return new Date(filedAt.getTime() + slaHours * 3_600_000);
}
