import { z } from "zod";
import { LOCALES, ROLES, type Role } from "@/lib/moderation/constants";
import { emptyToNullString } from "./zod-field-errors";
import { searchText } from "./search-text";

// User administration at /admin/users. Messages are keys of the "admin.errors" catalog, so the
// forms show them translated next to the field.

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
export const NAME_MAX_LENGTH = 100;
export const EMAIL_MAX_LENGTH = 254;
export const SHOP_MAX_LENGTH = 100;
export const USERS_PAGE_SIZE = 50;

/** Refusals of the user administration queries; each is a key of "admin.errors". */
export const ADMIN_USER_ERRORS = [
  "email_taken",
  "shop_not_found",
  "shop_ambiguous",
  "shop_already_linked",
  "not_a_seller",
  "self_demote",
  "self_disable",
  "user_unknown",
] as const;
export type AdminUserError = (typeof ADMIN_USER_ERRORS)[number];

const password = z
  .string({ error: "password_too_short" })
  .min(PASSWORD_MIN_LENGTH, { error: "password_too_short" })
  .max(PASSWORD_MAX_LENGTH, { error: "password_too_long" });

const email = z
  .string({ error: "email_invalid" })
  .trim()
  .toLowerCase()
  .max(EMAIL_MAX_LENGTH, { error: "email_invalid" })
  .pipe(z.email({ error: "email_invalid" }));

const userId = z.uuid({ error: "user_unknown" });

export const createUserSchema = z
  .object({
    name: z.string({ error: "name_required" }).trim().min(1, { error: "name_required" }).max(NAME_MAX_LENGTH, { error: "name_too_long" }),
    email,
    role: z.enum(ROLES, { error: "role_unknown" }),
    locale: z.enum(LOCALES, { error: "locale_unknown" }).default("id"),
    password,
    /** Optional for sellers: a shop to link, by its name or its id on the platform. */
    shopPlatform: z.preprocess(emptyToNullString, z.string().trim().max(40).nullable()).default(null),
    shop: z.preprocess(emptyToNullString, z.string().trim().max(SHOP_MAX_LENGTH, { error: "shop_too_long" }).nullable()).default(null),
  })
  .transform((v) => (v.role === "seller" ? v : { ...v, shop: null, shopPlatform: null }))
  .superRefine((v, ctx) => {
    if (v.shop !== null && v.shopPlatform === null) ctx.addIssue({ code: "custom", path: ["shopPlatform"], message: "shop_platform_required" });
  });
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const changeRoleSchema = z.object({ userId, role: z.enum(ROLES, { error: "role_unknown" }) });
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;

export const setDisabledSchema = z.object({
  userId,
  disabled: z.enum(["1", "0"], { error: "invalid" }).transform((v) => v === "1"),
});

export const resetPasswordSchema = z.object({ userId, password });

export const linkShopSchema = z.object({
  userId,
  shopPlatform: z.string({ error: "shop_platform_required" }).trim().min(1, { error: "shop_platform_required" }).max(40),
  shop: z.string({ error: "shop_required" }).trim().min(1, { error: "shop_required" }).max(SHOP_MAX_LENGTH, { error: "shop_too_long" }),
});

// The list's view state lives in the URL. Unknown or tampered values fall back to "all".
export const USER_STATUSES = ["all", "active", "disabled"] as const;
export type UserStatusFilter = (typeof USER_STATUSES)[number];

export interface UserFilters {
  role: Role | null;
  status: UserStatusFilter;
  q: string | null;
  /** Keyset cursor: the (lower-case, unique) email of the last row of the previous page. */
  after: string | null;
}

type SearchParams = Record<string, string | string[] | undefined>;

export function firstParam(params: SearchParams, name: string): string | null {
  const value = params[name];
  const v = Array.isArray(value) ? value[0] : value;
  if (v === undefined) return null;
  const trimmed = searchText(v);
  return trimmed === "" ? null : trimmed;
}

export function parseUserFilters(params: SearchParams): UserFilters {
  const role = firstParam(params, "role");
  const status = firstParam(params, "status");
  const q = firstParam(params, "q");
  const after = firstParam(params, "after");
  return {
    role: role && (ROLES as readonly string[]).includes(role) ? (role as Role) : null,
    status: status && (USER_STATUSES as readonly string[]).includes(status) ? (status as UserStatusFilter) : "all",
    q: q ? q.slice(0, EMAIL_MAX_LENGTH) : null,
    after: after && after.length <= EMAIL_MAX_LENGTH ? after.toLowerCase() : null,
  };
}

export function userSearch(filters: Partial<UserFilters>): string {
  const out = new URLSearchParams();
  if (filters.role) out.set("role", filters.role);
  if (filters.status && filters.status !== "all") out.set("status", filters.status);
  if (filters.q) out.set("q", filters.q);
  if (filters.after) out.set("after", filters.after);
  const s = out.toString();
  return s ? `?${s}` : "";
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
