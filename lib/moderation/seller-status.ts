import type { AccountActionKind, SellerStatus } from "./constants";

// A shop's status is never stored: it is read from its account actions at the time asked.
// An action counts while it is not lifted and has not reached its end date; a block has none.

export interface AccountActionSpan {
  kind: AccountActionKind;
  startsAt: Date;
  endsAt: Date | null;
  liftedAt: Date | null;
}

export interface DerivedSellerStatus {
  status: SellerStatus;
  /** When the status ends by itself (null for active and blocked). */
  until: Date | null;
}

const STATUS_OF: Record<AccountActionKind, SellerStatus> = {
  restrict_listings: "restricted",
  suspend: "suspended",
  block: "blocked",
};
const SEVERITY: Record<SellerStatus, number> = { active: 0, restricted: 1, suspended: 2, blocked: 3 };

export function isActionInForce(action: AccountActionSpan, now: Date): boolean {
  return (
    action.liftedAt === null &&
    action.startsAt.getTime() <= now.getTime() &&
    (action.endsAt === null || action.endsAt.getTime() > now.getTime())
  );
}

export function deriveSellerStatus(actions: readonly AccountActionSpan[], now: Date): DerivedSellerStatus {
  let result: DerivedSellerStatus = { status: "active", until: null };
  for (const action of actions) {
    if (!isActionInForce(action, now)) continue;
    const status = STATUS_OF[action.kind];
    if (SEVERITY[status] > SEVERITY[result.status]) {
      result = { status, until: action.endsAt };
    } else if (status === result.status && result.until && action.endsAt && action.endsAt > result.until) {
      result = { status, until: action.endsAt };
    }
  }
  return result;
}
