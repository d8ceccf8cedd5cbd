"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn } from "@/auth";
import { getDb } from "@/db/client";
import { findActiveUserByEmail } from "@/db/queries/users";
import { HOME_BY_ROLE } from "@/lib/moderation";
import type { ActionResult } from "@/lib/validation/action-result";
import { RATE_LIMITS } from "@/server/rate-limit";
import { safeCallbackPath } from "@/server/safe-redirect";

export interface LoginFormState {
  result: ActionResult<null> | null;
  email: string;
}

export async function signInAction(_prev: LoginFormState, form: FormData): Promise<LoginFormState> {
  const t = await getTranslations("auth");
  const email = String(form.get("email") ?? "").trim();
  const password = String(form.get("password") ?? "");
  const fieldErrors: Record<string, string> = {};
  if (!z.string().email().safeParse(email).success) fieldErrors.email = t("emailInvalid");
  if (!password) fieldErrors.password = t("passwordRequired");
  if (Object.keys(fieldErrors).length > 0) {
    return { email, result: { ok: false, error: Object.values(fieldErrors)[0] ?? "", fieldErrors } };
  }
  let destination: string;
  try {
    await signIn("credentials", { email, password, redirect: false });
    const { db } = await getDb();
    const user = await findActiveUserByEmail(db, email);
    destination = safeCallbackPath(form.get("callbackUrl")) ?? (user ? HOME_BY_ROLE[user.role] : "/");
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const message =
        error.code === "rate_limited"
          ? t("rateLimited", { minutes: RATE_LIMITS.signInFailure.windowMs / 60_000 })
          : t("wrongCredentials");
      return { email, result: { ok: false, error: message } };
    }
    if (error instanceof AuthError) return { email, result: { ok: false, error: t("unavailable") } };
    throw error;
  }
  redirect(destination);
}
