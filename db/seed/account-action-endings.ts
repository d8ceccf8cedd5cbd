// Restrictions and suspensions of the seeded past that ran out by `now`: the seller's notice that
// the action ended, as notifyEndedAccountActions (db/queries/account-actions.ts) writes it.
import type { PastAccountAction } from "./escalation-history";
import type { AuditRow, NotificationRow } from "./history";
import { DAY, HOUR, type Random } from "./random";

/** The seller's notice that an action ran out (never for a lifted one), as notifyEndedAccountActions writes it. */
export function endedNotices(rng: Random, now: Date, actions: readonly PastAccountAction[], liftedAt: ReadonlyMap<string, Date>): { notifications: NotificationRow[]; audit: AuditRow[] } {
  const out = { notifications: [] as NotificationRow[], audit: [] as AuditRow[] };
  for (const { row } of actions) {
    if (!row.endsAt || row.endsAt.getTime() > now.getTime() || liftedAt.has(row.id)) continue;
    const endedAt = row.endsAt;
    out.notifications.push({
      id: rng.uuid(),
      sellerId: row.sellerId,
      kind: "account_action_ended",
      params: { action: row.kind, endedAt: endedAt.toISOString(), accountActionId: row.id },
      escalationId: row.escalationId,
      readAt: now.getTime() - endedAt.getTime() > 7 * DAY ? new Date(endedAt.getTime() + rng.int(1, 48) * HOUR) : null,
      createdAt: endedAt,
    });
    out.audit.push({ actorKind: "system", actorId: null, action: "account_action.ended", subjectType: "account_action", subjectId: row.id, data: { seeded: true, sellerId: row.sellerId, kind: row.kind, endedAt: endedAt.toISOString() }, at: endedAt });
  }
  return out;
}
