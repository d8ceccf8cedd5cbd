"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { FieldError } from "@/components/ui/field-error";
import { SHOP_MAX_LENGTH } from "@/lib/validation/user";
import { FormStatus, inputClass, primaryButton } from "./form-status";
import { PasswordField } from "./password-field-client";
import type { MessageAction } from "./user-account-forms-client";
import { useFormAction } from "./use-form-action";

type Message = Awaited<ReturnType<MessageAction>>;

/** Sets a new password; the field empties once it is saved. */
export function ResetPasswordForm({ userId, action }: { userId: string; action: MessageAction }) {
  const t = useTranslations("admin.detail");
  const [saved, setSaved] = useState(0);
  const [state, onSubmit, pending] = useFormAction<Message>(async (prev, form) => {
    const result = await action(prev, form);
    if (result?.ok) setSaved((n) => n + 1);
    return result;
  }, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <FormStatus result={state} success={state?.ok ? state.data.message : undefined} />
      <PasswordField key={saved} id="new-password" label={t("newPassword")} error={errors.password} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? t("resetting") : t("resetPassword")}
      </button>
    </form>
  );
}

/** Links one more existing shop to a seller account, by shop name or the platform's shop id. */
export function LinkShopForm({ userId, platforms, action }: { userId: string; platforms: { id: string; name: string }[]; action: MessageAction }) {
  const t = useTranslations("admin");
  const [state, onSubmit, pending] = useFormAction<Message>(action, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form onSubmit={onSubmit} className="space-y-2" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <FormStatus result={state} success={state?.ok ? state.data.message : undefined} />
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr_auto] sm:items-start">
        <div>
          <label htmlFor="link-shop-platform" className="block text-sm font-medium">
            {t("create.shopPlatform")}
          </label>
          <select
            id="link-shop-platform"
            name="shopPlatform"
            defaultValue=""
            aria-invalid={errors.shopPlatform ? true : undefined}
            aria-describedby={errors.shopPlatform ? "link-shop-platform-error" : undefined}
            className={inputClass}
          >
            <option value="">{t("create.choosePlatform")}</option>
            {platforms.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <FieldError id="link-shop-platform-error" message={errors.shopPlatform} />
        </div>
        <div>
          <label htmlFor="link-shop" className="block text-sm font-medium">
            {t("create.shop")}
          </label>
          <input
            id="link-shop"
            name="shop"
            maxLength={SHOP_MAX_LENGTH}
            autoComplete="off"
            aria-invalid={errors.shop ? true : undefined}
            aria-describedby={errors.shop ? "link-shop-error" : undefined}
            className={inputClass}
          />
          <FieldError id="link-shop-error" message={errors.shop} />
        </div>
        <button type="submit" disabled={pending} className={`${primaryButton} sm:mt-6`}>
          {pending ? t("detail.linking") : t("detail.linkShop")}
        </button>
      </div>
    </form>
  );
}
