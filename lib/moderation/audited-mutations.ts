// Which audit events each server action and route handler writes: the expected side of the audit
// walk (db/actions/audited-mutations.test.ts). Keys are those of ACTION_ACCESS for actions
// ("file#export") and "METHOD /route" for route handlers. A new action, or a new method on a
// route, without an entry here fails that test; so does an audited entry whose mutation no longer
// writes one of its events, in the same transaction as the change.
//  - audited: every successful change writes at least one event, and only events named here;
//    `unaudited` names the variants that change a row without an event, and why;
//  - exempt: writes no row worth an event (read-only, or bookkeeping such as rate-limit hits),
//    with the reason.
export type AuditedMutation =
  | { kind: "audited"; actions: readonly string[]; unaudited?: string }
  | { kind: "exempt"; reason: string };

const audited = (actions: readonly string[], unaudited?: string): AuditedMutation => ({ kind: "audited", actions, ...(unaudited ? { unaudited } : {}) });
const exempt = (reason: string): AuditedMutation => ({ kind: "exempt", reason });

const READ_ONLY = exempt("read-only");
const SESSION_ONLY = exempt(
  "Auth.js with JWT sessions: signing in or out writes no row (the session is the signed cookie); a failed attempt only counts a rate-limit hit, bookkeeping that expires",
);
const INGEST_EVENTS = ["flags.ingested", "case.opened", "case.flags_added"];
const LEASE_RENEWAL =
  "renewing a lease the caller already holds (a heartbeat every minute while the page is open) extends claim_expires_at without an event: the claim and its end are audited";

export const AUDITED_ACTIONS: Record<string, AuditedMutation> = {
  "app/login/actions.ts#signInAction": SESSION_ONLY,
  "app/shell-actions.ts#signOutAction": SESSION_ONLY,
  "app/language-actions.ts#switchLanguageAction": audited(
    ["user.locale_changed"],
    "signed out, the choice lives only in the visitor's cookie: no row changes",
  ),
  "app/(staff)/queue/actions.ts#reviewNextAction": audited(["case.claimed"], LEASE_RENEWAL),
  // Each case is claimed, decided (and released again if the decision is refused), one
  // transaction per step, each with its event.
  "app/(staff)/queue/actions.ts#bulkDecideAction": audited(["case.claimed", "case.decided", "case.released"]),
  // With intent "next", the next case is claimed afterwards, in its own transaction.
  "app/(staff)/cases/[id]/actions.ts#decideAction": audited(["case.decided", "case.claimed"]),
  "app/(staff)/admin/api-keys/actions.ts#createApiKeyAction": audited(["api_key.created"]),
  "app/(staff)/admin/api-keys/actions.ts#revokeApiKeyAction": audited(["api_key.revoked"]),
  "app/(staff)/admin/import/actions.ts#importFlagsChunkAction": audited(INGEST_EVENTS),
  "app/(staff)/escalations/actions.ts#proposeEscalationAction": audited(["escalation.proposed"]),
  "app/(staff)/escalations/actions.ts#resubmitEscalationAction": audited(["escalation.resubmitted"]),
  "app/(staff)/escalations/actions.ts#approveEscalationAction": audited(["escalation.approved", "account_action.applied"]),
  "app/(staff)/escalations/actions.ts#rejectEscalationAction": audited(["escalation.rejected"]),
  "app/(staff)/escalations/actions.ts#returnEscalationAction": audited(["escalation.returned"]),
  "app/(staff)/admin/platforms/actions.ts#updatePlatformSettingsAction": audited(["platform.settings_updated"]),
  "app/seller/actions.ts#fileAppealAction": audited(["appeal.filed"]),
  "app/seller/actions.ts#answerInfoRequestAction": audited(["info_response.filed", "case.seller_answered"]),
  "app/seller/actions.ts#markNotificationsReadAction": audited(["notifications.read"]),
  "app/(staff)/appeals/actions.ts#claimNextAppealAction": audited(["appeal.claimed"]),
  "app/(staff)/appeals/actions.ts#claimAppealAction": audited(["appeal.claimed"], LEASE_RENEWAL),
  "app/(staff)/appeals/actions.ts#renewAppealClaimAction": exempt(LEASE_RENEWAL),
  "app/(staff)/appeals/actions.ts#releaseAppealClaimAction": audited(["appeal.released"]),
  "app/(staff)/appeals/actions.ts#decideAppealAction": audited([
    "appeal.granted",
    "appeal.denied",
    "appeal.partial",
    "decision.reversed",
    "listing.reinstated",
    "strikes.revoked",
    "account_action.lifted",
  ]),
  "app/(staff)/admin/users/actions.ts#createUserAction": audited(["user.created"]),
  "app/(staff)/admin/users/actions.ts#changeUserRoleAction": audited(["user.role_changed"]),
  "app/(staff)/admin/users/actions.ts#setUserDisabledAction": audited(["user.disabled", "user.enabled"]),
  "app/(staff)/admin/users/actions.ts#resetUserPasswordAction": audited(["user.password_reset"]),
  "app/(staff)/admin/users/actions.ts#linkUserShopAction": audited(["user.shop_linked"]),
};

/** Every exported method of every app/**\/route.ts, as "METHOD /route" (route groups dropped). */
export const AUDITED_HANDLERS: Record<string, AuditedMutation> = {
  "GET /admin/import/template": READ_ONLY,
  "GET /api/appeals/counts": READ_ONLY,
  "GET /api/auth/[...nextauth]": exempt("read-only: session, CSRF token and provider list"),
  "POST /api/auth/[...nextauth]": SESSION_ONLY,
  "GET /api/cases/[id]/lease": READ_ONLY,
  "POST /api/cases/[id]/lease": audited(["case.claimed", "case.released"], `op=renew: ${LEASE_RENEWAL}`),
  "GET /api/evidence/[id]": READ_ONLY,
  "GET /api/exports/statements": audited(["export.statements"]),
  "GET /api/health": READ_ONLY,
  "GET /api/queue/claim-next": READ_ONLY,
  "POST /api/queue/claim-next": audited(["case.claimed"], LEASE_RENEWAL),
  "GET /api/queue/counts": audited(["case.info_deadline_passed"], "nothing changes unless an information deadline has passed"),
  "GET /api/seller/notifications": READ_ONLY,
  "GET /api/transparency": READ_ONLY,
  "GET /api/v1/decisions": exempt("read-only; counts a rate-limit hit and the key's last use, bookkeeping"),
  "POST /api/v1/flags": audited(INGEST_EVENTS),
  "GET /api/v1/openapi.json": READ_ONLY,
};
