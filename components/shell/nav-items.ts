import { can, type Permission, type Role } from "@/lib/moderation";

export interface NavItem {
  href: string;
  labelKey: string;
  permission: Permission;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/queue", labelKey: "queue", permission: "queue:view" },
  { href: "/appeals", labelKey: "appeals", permission: "appeal:review" },
  { href: "/escalations", labelKey: "escalations", permission: "escalation:propose" },
  { href: "/dashboard", labelKey: "dashboard", permission: "dashboard:view" },
  { href: "/transparency", labelKey: "transparency", permission: "dashboard:view" },
  { href: "/audit", labelKey: "audit", permission: "audit:view" },
  { href: "/admin", labelKey: "admin", permission: "admin:users" },
  { href: "/admin/users", labelKey: "adminUsers", permission: "admin:users" },
  { href: "/admin/api-keys", labelKey: "adminApiKeys", permission: "admin:api_keys" },
  { href: "/admin/platforms", labelKey: "adminPlatforms", permission: "admin:platforms" },
  { href: "/admin/import", labelKey: "adminImport", permission: "import:flags" },
  { href: "/seller", labelKey: "seller", permission: "seller:portal" },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => can(role, item.permission));
}
