"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { LOCALES, ROLES, type Role } from "@/lib/moderation/constants";
import type { ActionResult } from "@/lib/validation/action-result";
import { EMAIL_MAX_LENGTH, NAME_MAX_LENGTH, SHOP_MAX_LENGTH } from "@/lib/validation/user";
import { FormStatus, inputClass, primaryButton } from "./form-status";
import { PasswordField } from "./password-field-client";
import { useFormAction } from "./use-form-action";

type State = ActionResult<{ id: string }> | null;

function TextField({ id, name, label, error, type = "text", maxLength, autoComplete }: { id: string; name: string; label: string; error?: string; type?: string; maxLength: number; autoComplete?: string }) {
  return (
    <Field id={id} label={label} error={error}>
      {(control) => <input {...control} name={name} type={type} maxLength={maxLength} autoComplete={autoComplete} className={inputClass} />}
    </Field>
  );
}

export function CreateUserForm({ platforms, action }: { platforms: { id: string; name: string }[]; action: (prev: State, form: FormData) => Promise<State> }) {
  const t = useTranslations("admin.create");
  const tc = useTranslations("common");
  const router = useRouter();
  const [state, onSubmit, pending] = useFormAction<State>(action, null);
  const [role, setRole] = useState<Role | "">("");
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};

  useEffect(() => {
    if (state?.ok) router.push(`/admin/users/${state.data.id}?created=1`);
  }, [state, router]);

  return (
    <form onSubmit={onSubmit} className="max-w-2xl space-y-4" noValidate>
      <FormStatus result={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="user-name" name="name" label={t("name")} error={errors.name} maxLength={NAME_MAX_LENGTH} autoComplete="off" />
        <TextField id="user-email" name="email" type="email" label={t("email")} error={errors.email} maxLength={EMAIL_MAX_LENGTH} autoComplete="off" />
        <Field id="user-role" label={t("role")} error={errors.role}>
          {(control) => (
            <select {...control} name="role" value={role} onChange={(e) => setRole(e.target.value as Role | "")} className={inputClass}>
              <option value="" disabled>
                {t("chooseRole")}
              </option>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {tc(`roles.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div>
          <label htmlFor="user-locale" className="block text-sm font-medium">
            {t("locale")}
          </label>
          <select id="user-locale" name="locale" defaultValue="id" className={inputClass}>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {tc(`languageNames.${l}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <PasswordField id="user-password" label={t("password")} error={errors.password} />
      {role === "seller" ? (
        <fieldset className="rounded-md border border-slate-200 p-3">
          <legend className="px-1 font-medium">{t("shopHeading")}</legend>
          <p className="text-sm text-slate-600">{t("shopHelp")}</p>
          <div className="mt-2 grid gap-4 sm:grid-cols-[14rem_1fr]">
            <Field id="user-shop-platform" label={t("shopPlatform")} error={errors.shopPlatform}>
              {(control) => (
                <select {...control} name="shopPlatform" defaultValue="" className={inputClass}>
                  <option value="">{t("choosePlatform")}</option>
                  {platforms.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <TextField id="user-shop" name="shop" label={t("shop")} error={errors.shop} maxLength={SHOP_MAX_LENGTH} autoComplete="off" />
          </div>
        </fieldset>
      ) : null}
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
