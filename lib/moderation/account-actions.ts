import type { AccountActionKind, SellerStatus } from "./constants";
import { addDays } from "./ladder";

// Account actions and the seller status derived from them. A seller's status is never stored:
// it is read from the seller's account actions at the moment of reading, so a restriction or a
// suspension ends by itself at its end date and a lifted action stops counting at once.

export interface AccountActionLike {
  kind: AccountActionKind;
  startsAt: Date;
  /** null for a block (permanent). */
  endsAt: Date | null;
  liftedAt: Date | null;
}

export interface SellerStatusView {
  status: SellerStatus;
  /** When the current status ends by itself; null when active or blocked. */
  until: Date | null;
}

const STATUS_OF: Record<AccountActionKind, SellerStatus> = {
  restrict_listings: "restricted",
  suspend: "suspended",
  block: "blocked",
};

const KIND_RANK: Record<AccountActionKind, number> = { restrict_listings: 1, suspend: 2, block: 3 };

/** Active at `now`: started, not lifted, and not past its end date. */
export function isAccountActionActive(action: AccountActionLike, now: Date): boolean {
  const t = now.getTime();
  if (action.startsAt.getTime() > t) return false;
  if (action.liftedAt !== null && action.liftedAt.getTime() <= t) return false;
  return action.endsAt === null || action.endsAt.getTime() > t;
}

/**
 * The seller's status at `now`: the most severe active action wins (block > suspend > restrict);
 * `until` is the latest end date among the active actions of that kind.
 */
export function sellerStatus(actions: readonly AccountActionLike[], now: Date): SellerStatusView {
  let worst: AccountActionKind | null = null;
  let until: Date | null = null;
  for (const action of actions) {
    if (!isAccountActionActive(action, now)) continue;
    if (worst === null || KIND_RANK[action.kind] > KIND_RANK[worst]) {
      worst = action.kind;
      until = action.endsAt;
    } else if (action.kind === worst && until !== null && action.endsAt !== null && action.endsAt > until) {
      until = action.endsAt;
    }
  }
  if (worst === null) return { status: "active", until: null };
  return { status: STATUS_OF[worst], until: worst === "block" ? null : until };
}

export interface ProposedAction {
  action: AccountActionKind;
  durationDays: number | null;
}

/** A total order on actions: kind first, then duration (a block is the most severe of all). */
export function actionSeverity(action: ProposedAction): number {
  return KIND_RANK[action.action] * 1000 + (action.action === "block" ? 0 : (action.durationDays ?? 0));
}

/** The end of an action starting at `startsAt`: null for a block. */
export function accountActionEndsAt(action: ProposedAction, startsAt: Date): Date | null {
  if (action.action === "block" || action.durationDays === null) return null;
  return addDays(startsAt, action.durationDays);
}

export const ACCOUNT_ACTION_MIN_DAYS = 1;
export const ACCOUNT_ACTION_MAX_DAYS = 365;
