import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { auth } from "@/auth";
import { getDb } from "@/db/client";
import { findActiveUserById } from "@/db/queries/users";
import { can, type Locale, type Permission, type Role } from "@/lib/moderation";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
}

/**
 * The signed-in user as the database knows them now: a disabled user or a changed role takes
 * effect on the next request, whatever the session token says.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const { db } = await getDb();
  return findActiveUserById(db, id);
});

/** For pages: signed out → /login and back; wrong role → the 403 page. */
export async function requirePage(permission: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(await currentPath())}`);
  if (!can(user.role, permission)) forbidden();
  return user;
}

export type Authorization =
  | { ok: true; user: CurrentUser }
  | { ok: false; status: 401 | 403; error: string };

/** For server actions and route handlers. The error is translated for the reader. */
export async function authorize(permission: Permission): Promise<Authorization> {
  const user = await getCurrentUser();
  const t = await getTranslations("errors");
  if (!user) return { ok: false, status: 401, error: t("signedOut") };
  if (!can(user.role, permission)) return { ok: false, status: 403, error: t("forbidden") };
  return { ok: true, user };
}

async function currentPath(): Promise<string> {
  const h = await headers();
  return h.get("x-timbang-path") ?? "/";
}
