import type { Permission } from "./permissions";

// Who may reach each route: the expected side of the authorization matrix (e2e/matrix). Every
// page and route handler under app/ must have an entry; a unit test walks app/ to hold that.
//  - public: anyone, signed in or not;
//  - permission: signed-out visitors are sent to /login (pages) or get 401 (handlers); a role
//    without the permission gets 403;
//  - ownSeller: the route takes the id of a seller's case, appeal, decision or file (in the path
//    or the query); a seller reaching another seller's id gets 404, never 403 and never the data.
//    e2e/matrix/cross-seller.spec.ts needs a probe for each such route;
//  - apiKey: machine routes, only a platform's API key; sessions get 401.
export type RouteAccess =
  | { kind: "public" }
  | { kind: "permission"; permission: Permission; ownSeller?: boolean }
  | { kind: "apiKey" };

const page = (permission: Permission, ownSeller = false): RouteAccess => ({ kind: "permission", permission, ownSeller });
const PUBLIC: RouteAccess = { kind: "public" };

export const ROUTE_ACCESS: Record<string, RouteAccess> = {
  "/": PUBLIC,
  "/login": PUBLIC,
  "/api/health": PUBLIC,
  "/api/auth/[...nextauth]": PUBLIC,
  "/api/queue/counts": page("queue:view"),
  "/api/queue/claim-next": page("case:claim"),
  "/api/cases/[id]/lease": page("case:view"),
  "/queue": page("queue:view"),
  "/cases/[id]": page("case:view"),
  "/appeals": page("appeal:review"),
  "/appeals/[id]": page("appeal:review"),
  "/escalations": page("escalation:propose"),
  "/escalations/[id]": page("escalation:propose"),
  "/escalations/new": page("escalation:propose"),
  "/dashboard": page("dashboard:view"),
  "/transparency": page("dashboard:view"),
  "/api/transparency": page("dashboard:view"),
  "/api/exports/statements": page("export:statements"),
  "/audit": page("audit:view"),
  "/admin": page("admin:users"),
  "/admin/users": page("admin:users"),
  "/admin/users/new": page("admin:users"),
  "/admin/users/[id]": page("admin:users"),
  "/admin/api-keys": page("admin:api_keys"),
  "/admin/platforms": page("admin:platforms"),
  "/admin/import": page("import:flags"),
  "/admin/import/template": page("import:flags"),
  "/api/v1/flags": { kind: "apiKey" },
  "/api/v1/decisions": { kind: "apiKey" },
  "/api/v1/openapi.json": PUBLIC,
  "/seller": page("seller:portal"),
  "/seller/cases/[id]": page("seller:portal", true),
  "/seller/appeals/new": page("seller:appeal", true),
  "/seller/appeals/[id]": page("seller:portal", true),
  "/api/seller/notifications": page("seller:portal"),
  "/api/evidence/[id]": page("evidence:view", true),
  "/api/appeals/counts": page("appeal:review"),
};

/**
 * Server actions by "file#export" (as in Next's server-reference manifest). `permission`
 * actions must refuse everyone else with the translated forbidden or signed-out message;
 * `ownSeller` actions take a seller's ids and answer another seller's ids with "not found".
 */
export type ActionAccess =
  | { kind: "public" }
  | { kind: "signedIn" }
  | { kind: "permission"; permission: Permission; ownSeller?: boolean };

export const ACTION_ACCESS: Record<string, ActionAccess> = {
  "app/login/actions.ts#signInAction": { kind: "public" },
  "app/shell-actions.ts#signOutAction": { kind: "public" },
  "app/language-actions.ts#switchLanguageAction": { kind: "public" },
  "app/(staff)/queue/actions.ts#reviewNextAction": { kind: "permission", permission: "case:claim" },
  "app/(staff)/queue/actions.ts#bulkDecideAction": { kind: "permission", permission: "case:decide" },
  "app/(staff)/cases/[id]/actions.ts#decideAction": { kind: "permission", permission: "case:decide" },
  "app/(staff)/admin/api-keys/actions.ts#createApiKeyAction": { kind: "permission", permission: "admin:api_keys" },
  "app/(staff)/admin/api-keys/actions.ts#revokeApiKeyAction": { kind: "permission", permission: "admin:api_keys" },
  "app/(staff)/admin/import/actions.ts#importFlagsChunkAction": { kind: "permission", permission: "import:flags" },
  "app/(staff)/escalations/actions.ts#proposeEscalationAction": { kind: "permission", permission: "escalation:propose" },
  "app/(staff)/escalations/actions.ts#resubmitEscalationAction": { kind: "permission", permission: "escalation:propose" },
  "app/(staff)/escalations/actions.ts#approveEscalationAction": { kind: "permission", permission: "escalation:review" },
  "app/(staff)/escalations/actions.ts#rejectEscalationAction": { kind: "permission", permission: "escalation:review" },
  "app/(staff)/escalations/actions.ts#returnEscalationAction": { kind: "permission", permission: "escalation:review" },
  "app/(staff)/admin/platforms/actions.ts#updatePlatformSettingsAction": { kind: "permission", permission: "admin:platforms" },
  "app/seller/actions.ts#fileAppealAction": { kind: "permission", permission: "seller:appeal", ownSeller: true },
  "app/seller/actions.ts#answerInfoRequestAction": { kind: "permission", permission: "seller:portal", ownSeller: true },
  "app/seller/actions.ts#markNotificationsReadAction": { kind: "permission", permission: "seller:portal", ownSeller: true },
  "app/(staff)/appeals/actions.ts#claimNextAppealAction": { kind: "permission", permission: "appeal:review" },
  "app/(staff)/appeals/actions.ts#claimAppealAction": { kind: "permission", permission: "appeal:review" },
  "app/(staff)/appeals/actions.ts#renewAppealClaimAction": { kind: "permission", permission: "appeal:review" },
  "app/(staff)/appeals/actions.ts#releaseAppealClaimAction": { kind: "permission", permission: "appeal:review" },
  "app/(staff)/appeals/actions.ts#decideAppealAction": { kind: "permission", permission: "appeal:review" },
  "app/(staff)/admin/users/actions.ts#createUserAction": { kind: "permission", permission: "admin:users" },
  "app/(staff)/admin/users/actions.ts#changeUserRoleAction": { kind: "permission", permission: "admin:users" },
  "app/(staff)/admin/users/actions.ts#setUserDisabledAction": { kind: "permission", permission: "admin:users" },
  "app/(staff)/admin/users/actions.ts#resetUserPasswordAction": { kind: "permission", permission: "admin:users" },
  "app/(staff)/admin/users/actions.ts#linkUserShopAction": { kind: "permission", permission: "admin:users" },
};
