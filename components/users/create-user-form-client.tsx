"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FieldError } from "@/components/ui/field-error";
import { LOCALES, ROLES, type Role } from "@/lib/moderation/constants";
import type { ActionResult } from "@/lib/validation/action-result";
import { EMAIL_MAX_LENGTH, NAME_MAX_LENGTH, SHOP_MAX_LENGTH } from "@/lib/validation/user";
import { FormStatus, inputClass, primaryButton } from "./form-status";
import { PasswordField } from "./password-field-client";
import { useFormAction } from "./use-form-action";

type State = ActionResult<{ id: string }> | null;

function TextField({ id, name, label, error, type = "text", maxLength, autoComplete }: { id: string; name: string; label: string; error?: string; type?: string; maxLength: number; autoComplete?: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        maxLength={maxLength}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={inputClass}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
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
        <div>
          <label htmlFor="user-role" className="block text-sm font-medium">
            {t("role")}
          </label>
          <select
            id="user-role"
            name="role"
            value={role}
            onChange={(e) => setRole(e.target.value as Role | "")}
            aria-invalid={errors.role ? true : undefined}
            aria-describedby={errors.role ? "user-role-error" : undefined}
            className={inputClass}
          >
            <option value="" disabled>
              {t("chooseRole")}
            </option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {tc(`roles.${r}`)}
              </option>
            ))}
          </select>
          <FieldError id="user-role-error" message={errors.role} />
        </div>
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
            <div>
              <label htmlFor="user-shop-platform" className="block text-sm font-medium">
                {t("shopPlatform")}
              </label>
              <select
                id="user-shop-platform"
                name="shopPlatform"
                defaultValue=""
                aria-invalid={errors.shopPlatform ? true : undefined}
                aria-describedby={errors.shopPlatform ? "user-shop-platform-error" : undefined}
                className={inputClass}
              >
                <option value="">{t("choosePlatform")}</option>
                {platforms.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
              <FieldError id="user-shop-platform-error" message={errors.shopPlatform} />
            </div>
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
