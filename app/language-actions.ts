"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { setUserLocale } from "@/db/queries/users";
import { recordAudit } from "@/db/queries/audit";
import { LOCALE_COOKIE, isLocale } from "@/server/locale";
import { getCurrentUser } from "@/server/session";

/** Remembers the language per user (in the database) and per browser (cookie). */
export async function switchLanguageAction(form: FormData): Promise<void> {
  const locale = String(form.get("locale") ?? "");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600, httpOnly: true });
  const user = await getCurrentUser();
  if (user) {
    const { db } = await getDb();
    await db.transaction(async (tx) => {
      await setUserLocale(tx, user.id, locale);
      await recordAudit(tx, {
        actor: { kind: "user", id: user.id },
        action: "user.locale_changed",
        subjectType: "user",
        subjectId: user.id,
        data: { locale },
      });
    });
  }
  revalidatePath("/", "layout");
}
