import { and, asc, count, eq, gt, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Locale, Role } from "@/lib/moderation";
import { isUuid, USERS_PAGE_SIZE, type AdminUserError, type UserFilters } from "@/lib/validation/user";
import type { Db } from "../open";
import { apiKeys, platforms, sellerMembers, sellers, users } from "../schema";
import { recordAudit } from "./audit";
import { likeContains } from "./like";

// User administration (/admin, /admin/users). Every change runs in one transaction with its
// audit event; passwords and their hashes never reach an audit event or a log.

export type AdminUserResult<T = null> = { ok: true; data: T } | { ok: false; error: AdminUserError };

const lowerEmail = sql<string>`lower(${users.email})`;

export async function adminOverview(db: Db) {
  const [byRole, [keys], [platformCount]] = await Promise.all([
    db
      .select({ role: users.role, disabled: sql<boolean>`${users.disabledAt} IS NOT NULL`, total: count() })
      .from(users)
      .groupBy(users.role, sql`${users.disabledAt} IS NOT NULL`),
    db.select({ total: count() }).from(apiKeys).where(isNull(apiKeys.revokedAt)),
    db.select({ total: count() }).from(platforms),
  ]);
  const activeByRole: Partial<Record<Role, number>> = {};
  let disabled = 0;
  for (const row of byRole) {
    if (row.disabled) disabled += row.total;
    else activeByRole[row.role] = (activeByRole[row.role] ?? 0) + row.total;
  }
  return { activeByRole, disabled, activeApiKeys: keys?.total ?? 0, platforms: platformCount?.total ?? 0 };
}

export interface UserShop {
  sellerId: string;
  shopName: string;
  platformName: string;
}

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  locale: users.locale,
  createdAt: users.createdAt,
  disabledAt: users.disabledAt,
};

export type AdminUserRow = { id: string; email: string; name: string; role: Role; locale: Locale; createdAt: Date; disabledAt: Date | null; shops: UserShop[] };

async function shopsOf(db: Db, userIds: string[]): Promise<Map<string, UserShop[]>> {
  const out = new Map<string, UserShop[]>();
  if (userIds.length === 0) return out;
  const rows = await db
    .select({ userId: sellerMembers.userId, sellerId: sellers.id, shopName: sellers.shopName, platformName: platforms.name })
    .from(sellerMembers)
    .innerJoin(sellers, eq(sellers.id, sellerMembers.sellerId))
    .innerJoin(platforms, eq(platforms.id, sellers.platformId))
    .where(inArray(sellerMembers.userId, userIds))
    .orderBy(asc(platforms.name), asc(sellers.shopName));
  for (const { userId, ...shop } of rows) out.set(userId, [...(out.get(userId) ?? []), shop]);
  return out;
}

/** One page of users by email (keyset on the users_email_key index), with sellers' shops. */
export async function listUsers(db: Db, filters: UserFilters, limit = USERS_PAGE_SIZE): Promise<{ rows: AdminUserRow[]; nextAfter: string | null }> {
  const where: SQL[] = [];
  if (filters.role) where.push(eq(users.role, filters.role));
  if (filters.status === "active") where.push(isNull(users.disabledAt));
  if (filters.status === "disabled") where.push(isNotNull(users.disabledAt));
  if (filters.q) {
    const text = likeContains(filters.q);
    const match = or(ilike(users.email, text), ilike(users.name, text));
    where.push(isUuid(filters.q) ? or(eq(users.id, filters.q.toLowerCase()), match)! : match!);
  }
  if (filters.after) where.push(gt(lowerEmail, filters.after));
  const rows = await db
    .select(userColumns)
    .from(users)
    .where(and(...where))
    .orderBy(asc(lowerEmail))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const shops = await shopsOf(db, page.filter((r) => r.role === "seller").map((r) => r.id));
  return {
    rows: page.map((r) => ({ ...r, shops: shops.get(r.id) ?? [] })),
    nextAfter: rows.length > limit ? (page.at(-1)?.email ?? null) : null,
  };
}

export async function getAdminUser(db: Db, id: string): Promise<AdminUserRow | null> {
  const [row] = await db.select(userColumns).from(users).where(eq(users.id, id));
  if (!row) return null;
  return { ...row, shops: (await shopsOf(db, [row.id])).get(row.id) ?? [] };
}

/** A shop on a platform by its exact name (case-insensitive) or its id on the platform. */
async function resolveShop(db: Db, platformId: string, shop: string): Promise<AdminUserResult<string>> {
  const rows = await db
    .select({ id: sellers.id })
    .from(sellers)
    .where(and(eq(sellers.platformId, platformId), or(eq(sellers.externalId, shop), sql`lower(${sellers.shopName}) = ${shop.toLowerCase()}`)))
    .limit(2);
  if (rows.length === 0) return { ok: false, error: "shop_not_found" };
  if (rows.length > 1) return { ok: false, error: "shop_ambiguous" };
  return { ok: true, data: rows[0]!.id };
}

export interface CreateUserData {
  name: string;
  email: string;
  role: Role;
  locale: Locale;
  passwordHash: string;
  shop: { platformId: string; shop: string } | null;
}

/** Creates a user (and links a seller's shop) with its audit event; email is unique ignoring case. */
export async function createUser(db: Db, input: CreateUserData, actorId: string, now: Date): Promise<AdminUserResult<{ id: string }>> {
  const email = input.email.trim().toLowerCase();
  try {
    return await db.transaction(async (tx) => {
      const [taken] = await tx.select({ id: users.id }).from(users).where(eq(lowerEmail, email)).limit(1);
      if (taken) return { ok: false as const, error: "email_taken" as const };
      let sellerId: string | null = null;
      if (input.shop && input.role === "seller") {
        const shop = await resolveShop(tx, input.shop.platformId, input.shop.shop);
        if (!shop.ok) return shop;
        sellerId = shop.data;
      }
      const [row] = await tx
        .insert(users)
        .values({ email, name: input.name, role: input.role, locale: input.locale, passwordHash: input.passwordHash, createdAt: now })
        .returning({ id: users.id });
      const id = row!.id;
      if (sellerId) await tx.insert(sellerMembers).values({ userId: id, sellerId, createdAt: now });
      await recordAudit(tx, {
        actor: { kind: "user", id: actorId },
        action: "user.created",
        subjectType: "user",
        subjectId: id,
        data: { email, name: input.name, role: input.role, locale: input.locale, ...(sellerId ? { sellerIds: [sellerId] } : {}) },
        at: now,
      });
      return { ok: true as const, data: { id } };
    });
  } catch (error) {
    // Two admins creating the same email at once: the unique index decides.
    if (isUniqueViolation(error, "users_email_key")) return { ok: false, error: "email_taken" };
    throw error;
  }
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint: c1, constraint_name: c2 } = e as { code?: unknown; constraint?: unknown; constraint_name?: unknown };
    if (code === "23505" && (c1 === constraint || c2 === constraint)) return true;
  }
  return false;
}

async function lockUser(db: Db, id: string) {
  const [row] = await db
    .select({ id: users.id, email: users.email, role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, id))
    .for("update");
  return row ?? null;
}

/** Changes a role; an admin cannot demote themselves. No change, no audit event. */
export async function changeUserRole(db: Db, input: { userId: string; role: Role }, actorId: string, now: Date): Promise<AdminUserResult<{ changed: boolean }>> {
  return db.transaction(async (tx) => {
    const user = await lockUser(tx, input.userId);
    if (!user) return { ok: false as const, error: "user_unknown" as const };
    if (user.role === input.role) return { ok: true as const, data: { changed: false } };
    if (user.id === actorId) return { ok: false as const, error: "self_demote" as const };
    await tx.update(users).set({ role: input.role }).where(eq(users.id, user.id));
    await recordAudit(tx, {
      actor: { kind: "user", id: actorId },
      action: "user.role_changed",
      subjectType: "user",
      subjectId: user.id,
      data: { email: user.email, from: user.role, to: input.role },
      at: now,
    });
    return { ok: true as const, data: { changed: true } };
  });
}

/**
 * Disables or re-enables a user; an admin cannot disable themselves. A disabled user's open
 * sessions are refused on their next request (server/session.ts re-reads the user).
 */
export async function setUserDisabled(db: Db, input: { userId: string; disabled: boolean }, actorId: string, now: Date): Promise<AdminUserResult<{ changed: boolean }>> {
  return db.transaction(async (tx) => {
    const user = await lockUser(tx, input.userId);
    if (!user) return { ok: false as const, error: "user_unknown" as const };
    if (input.disabled && user.id === actorId) return { ok: false as const, error: "self_disable" as const };
    if ((user.disabledAt !== null) === input.disabled) return { ok: true as const, data: { changed: false } };
    await tx.update(users).set({ disabledAt: input.disabled ? now : null }).where(eq(users.id, user.id));
    await recordAudit(tx, {
      actor: { kind: "user", id: actorId },
      action: input.disabled ? "user.disabled" : "user.enabled",
      subjectType: "user",
      subjectId: user.id,
      data: { email: user.email },
      at: now,
    });
    return { ok: true as const, data: { changed: true } };
  });
}

/** Sets a new password hash. The audit event says that it happened, never what it is. */
export async function resetUserPassword(db: Db, input: { userId: string; passwordHash: string }, actorId: string, now: Date): Promise<AdminUserResult> {
  return db.transaction(async (tx) => {
    const user = await lockUser(tx, input.userId);
    if (!user) return { ok: false as const, error: "user_unknown" as const };
    await tx.update(users).set({ passwordHash: input.passwordHash }).where(eq(users.id, user.id));
    await recordAudit(tx, {
      actor: { kind: "user", id: actorId },
      action: "user.password_reset",
      subjectType: "user",
      subjectId: user.id,
      data: { email: user.email },
      at: now,
    });
    return { ok: true as const, data: null };
  });
}

/** Links a seller account to one more shop. */
export async function linkUserShop(db: Db, input: { userId: string; platformId: string; shop: string }, actorId: string, now: Date): Promise<AdminUserResult> {
  return db.transaction(async (tx) => {
    const user = await lockUser(tx, input.userId);
    if (!user) return { ok: false as const, error: "user_unknown" as const };
    if (user.role !== "seller") return { ok: false as const, error: "not_a_seller" as const };
    const shop = await resolveShop(tx, input.platformId, input.shop);
    if (!shop.ok) return shop;
    const inserted = await tx
      .insert(sellerMembers)
      .values({ userId: user.id, sellerId: shop.data, createdAt: now })
      .onConflictDoNothing()
      .returning({ sellerId: sellerMembers.sellerId });
    if (inserted.length === 0) return { ok: false as const, error: "shop_already_linked" as const };
    await recordAudit(tx, {
      actor: { kind: "user", id: actorId },
      action: "user.shop_linked",
      subjectType: "user",
      subjectId: user.id,
      data: { email: user.email, sellerId: shop.data, platformId: input.platformId },
      at: now,
    });
    return { ok: true as const, data: null };
  });
}
