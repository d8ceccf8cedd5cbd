"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { changeUserRole, createUser, linkUserShop, resetUserPassword, setUserDisabled } from "@/db/queries/admin-users";
import { hashPassword } from "@/lib/password";
import { fail, ok, type ActionResult } from "@/lib/validation/action-result";
import { changeRoleSchema, createUserSchema, linkShopSchema, resetPasswordSchema, setDisabledSchema } from "@/lib/validation/user";
import { zodFieldErrors } from "@/lib/validation/zod-field-errors";
import { authorize, type CurrentUser } from "@/server/session";

// Every action: admin:users → zod → one transaction with its audit event (db/queries/admin-users).
// Passwords are hashed here and never logged; the form data is never echoed back.

type Translate = Awaited<ReturnType<typeof getTranslations>>;
type Message = ActionResult<{ message: string }>;

async function begin(form: unknown): Promise<{ ok: true; user: CurrentUser; t: Translate; form: FormData } | { ok: false; result: ReturnType<typeof fail> }> {
  const auth = await authorize("admin:users");
  if (!auth.ok) return { ok: false, result: fail(auth.error) };
  const t = await getTranslations("admin");
  if (!(form instanceof FormData)) return { ok: false, result: fail(t("errors.invalid")) };
  return { ok: true, user: auth.user, t, form };
}

function invalid(t: Translate, error: z.ZodError) {
  const fieldErrors = Object.fromEntries(Object.entries(zodFieldErrors(error)).map(([field, code]) => [field, t(`errors.${code}`)]));
  return fail(t("errors.invalid"), fieldErrors);
}

async function unexpected(what: string, error: unknown) {
  // Only the error's kind and SQLSTATE: a failed query's message carries its parameters, which
  // here include a password hash.
  const cause = error instanceof Error && error.cause && typeof error.cause === "object" ? (error.cause as { code?: unknown }) : null;
  console.error(`${what} failed`, error instanceof Error ? error.name : typeof error, cause?.code ?? "");
  return fail((await getTranslations("errors"))("unexpected"));
}

function revalidate(userId?: string) {
  revalidatePath("/admin");
  revalidatePath("/admin/users");
  if (userId) revalidatePath(`/admin/users/${userId}`);
}

const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v : undefined;
};

export async function createUserAction(_prev: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  const start = await begin(formData);
  if (!start.ok) return start.result;
  const { t, form, user } = start;
  const parsed = createUserSchema.safeParse({
    name: text(form, "name"),
    email: text(form, "email"),
    role: text(form, "role"),
    locale: text(form, "locale") || undefined,
    password: text(form, "password"),
    shopPlatform: text(form, "shopPlatform"),
    shop: text(form, "shop"),
  });
  if (!parsed.success) return invalid(t, parsed.error);
  try {
    const { db } = await getDb();
    const input = parsed.data;
    const r = await createUser(
      db,
      {
        name: input.name,
        email: input.email,
        role: input.role,
        locale: input.locale,
        passwordHash: await hashPassword(input.password),
        shop: input.shop && input.shopPlatform ? { platformId: input.shopPlatform, shop: input.shop } : null,
      },
      user.id,
      new Date(),
    );
    if (!r.ok) {
      const field = r.error === "email_taken" ? "email" : "shop";
      return fail(t("errors.invalid"), { [field]: t(`errors.${r.error}`) });
    }
    revalidate();
    return ok({ id: r.data.id });
  } catch (error) {
    return unexpected("createUserAction", error);
  }
}

export async function changeUserRoleAction(_prev: Message | null, formData: FormData): Promise<Message> {
  const start = await begin(formData);
  if (!start.ok) return start.result;
  const { t, form, user } = start;
  const parsed = changeRoleSchema.safeParse({ userId: text(form, "userId"), role: text(form, "role") });
  if (!parsed.success) return invalid(t, parsed.error);
  try {
    const { db } = await getDb();
    const r = await changeUserRole(db, parsed.data, user.id, new Date());
    if (!r.ok) return fail(t(`errors.${r.error}`));
    revalidate(parsed.data.userId);
    const tc = await getTranslations("common");
    return ok({ message: r.data.changed ? t("done.roleChanged", { role: tc(`roles.${parsed.data.role}`) }) : t("done.roleUnchanged") });
  } catch (error) {
    return unexpected("changeUserRoleAction", error);
  }
}

export async function setUserDisabledAction(_prev: Message | null, formData: FormData): Promise<Message> {
  const start = await begin(formData);
  if (!start.ok) return start.result;
  const { t, form, user } = start;
  const parsed = setDisabledSchema.safeParse({ userId: text(form, "userId"), disabled: text(form, "disabled") });
  if (!parsed.success) return invalid(t, parsed.error);
  try {
    const { db } = await getDb();
    const r = await setUserDisabled(db, parsed.data, user.id, new Date());
    if (!r.ok) return fail(t(`errors.${r.error}`));
    revalidate(parsed.data.userId);
    return ok({ message: parsed.data.disabled ? t("done.disabled") : t("done.enabled") });
  } catch (error) {
    return unexpected("setUserDisabledAction", error);
  }
}

export async function resetUserPasswordAction(_prev: Message | null, formData: FormData): Promise<Message> {
  const start = await begin(formData);
  if (!start.ok) return start.result;
  const { t, form, user } = start;
  const parsed = resetPasswordSchema.safeParse({ userId: text(form, "userId"), password: text(form, "password") });
  if (!parsed.success) return invalid(t, parsed.error);
  try {
    const { db } = await getDb();
    const r = await resetUserPassword(db, { userId: parsed.data.userId, passwordHash: await hashPassword(parsed.data.password) }, user.id, new Date());
    if (!r.ok) return fail(t(`errors.${r.error}`));
    revalidate(parsed.data.userId);
    return ok({ message: t("done.passwordReset") });
  } catch (error) {
    return unexpected("resetUserPasswordAction", error);
  }
}

export async function linkUserShopAction(_prev: Message | null, formData: FormData): Promise<Message> {
  const start = await begin(formData);
  if (!start.ok) return start.result;
  const { t, form, user } = start;
  const parsed = linkShopSchema.safeParse({ userId: text(form, "userId"), shopPlatform: text(form, "shopPlatform"), shop: text(form, "shop") });
  if (!parsed.success) return invalid(t, parsed.error);
  try {
    const { db } = await getDb();
    const r = await linkUserShop(db, { userId: parsed.data.userId, platformId: parsed.data.shopPlatform, shop: parsed.data.shop }, user.id, new Date());
    if (!r.ok) return r.error === "user_unknown" || r.error === "not_a_seller" ? fail(t(`errors.${r.error}`)) : fail(t("errors.invalid"), { shop: t(`errors.${r.error}`) });
    revalidate(parsed.data.userId);
    return ok({ message: t("done.shopLinked") });
  } catch (error) {
    return unexpected("linkUserShopAction", error);
  }
}
