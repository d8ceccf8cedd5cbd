import type { Role } from "./constants";

// The one role × permission table. Guards in server/ read it; the authorization matrix test
// (reliability issue) derives its expectations from it. A permission names something a person
// may do, not a page.
export const PERMISSIONS = [
  "queue:view",
  "case:view",
  "case:claim",
  "case:decide",
  "escalation:propose",
  "escalation:review",
  "appeal:review",
  "appeal:review_second",
  "dashboard:view",
  "export:statements",
  "audit:view",
  "admin:users",
  "admin:api_keys",
  "admin:platforms",
  "import:flags",
  "seller:portal",
  "seller:appeal",
  /** Download evidence files; sellers only their own shops' (checked by the query). */
  "evidence:view",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const MODERATOR: readonly Permission[] = [
  "queue:view",
  "case:view",
  "case:claim",
  "case:decide",
  "escalation:propose",
  "appeal:review",
  "evidence:view",
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  moderator: MODERATOR,
  senior_moderator: [...MODERATOR, "escalation:review", "appeal:review_second", "import:flags"],
  manager: ["case:view", "dashboard:view", "export:statements", "audit:view", "evidence:view"],
  admin: [
    "case:view",
    "dashboard:view",
    "export:statements",
    "audit:view",
    "admin:users",
    "admin:api_keys",
    "admin:platforms",
    "import:flags",
    "evidence:view",
  ],
  seller: ["seller:portal", "seller:appeal", "evidence:view"],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Where each role lands after signing in. */
export const HOME_BY_ROLE: Record<Role, string> = {
  moderator: "/queue",
  senior_moderator: "/queue",
  manager: "/dashboard",
  admin: "/admin",
  seller: "/seller",
};
