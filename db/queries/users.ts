import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../open";
import { sellerMembers, users } from "../schema";
import type { Locale } from "@/lib/moderation";

const PUBLIC_COLUMNS = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  locale: users.locale,
};

export async function findActiveUserByEmail(db: Db, email: string) {
  const [row] = await db
    .select({ ...PUBLIC_COLUMNS, passwordHash: users.passwordHash })
    .from(users)
    .where(and(eq(users.email, email.trim().toLowerCase()), isNull(users.disabledAt)))
    .limit(1);
  return row ?? null;
}

export async function findActiveUserById(db: Db, id: string) {
  const [row] = await db
    .select(PUBLIC_COLUMNS)
    .from(users)
    .where(and(eq(users.id, id), isNull(users.disabledAt)))
    .limit(1);
  return row ?? null;
}

export async function setUserLocale(db: Db, id: string, locale: Locale): Promise<void> {
  await db.update(users).set({ locale }).where(eq(users.id, id));
}

export async function sellerIdsOfUser(db: Db, userId: string): Promise<string[]> {
  const rows = await db.select({ sellerId: sellerMembers.sellerId }).from(sellerMembers).where(eq(sellerMembers.userId, userId));
  return rows.map((r) => r.sellerId);
}
