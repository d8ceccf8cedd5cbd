"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ROLES, type Role } from "@/lib/moderation/constants";
import type { ActionResult } from "@/lib/validation/action-result";
import { FormStatus, inputBare, primaryButton, secondaryButton } from "./form-status";
import { useFormAction } from "./use-form-action";

type Message = ActionResult<{ message: string }> | null;
export type MessageAction = (prev: Message, form: FormData) => Promise<Message>;

/** Changes a role. For one's own account the form is shown read-only with the reason. */
export function RoleForm({ userId, role, self, action }: { userId: string; role: Role; self: boolean; action: MessageAction }) {
  const t = useTranslations("admin.detail");
  const tc = useTranslations("common");
  const [state, onSubmit, pending] = useFormAction<Message>(action, null);
  return (
    <form onSubmit={onSubmit} className="space-y-2" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <FormStatus result={state} success={state?.ok ? state.data.message : undefined} />
      <label htmlFor="role-select" className="sr-only">
        {t("roleHeading")}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <select
          id="role-select"
          name="role"
          defaultValue={role}
          disabled={self}
          aria-describedby={self ? "role-self" : "role-help"}
          className={`${inputBare} sm:max-w-xs`}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {tc(`roles.${r}`)}
            </option>
          ))}
        </select>
        {self ? null : (
          <button type="submit" disabled={pending} className={primaryButton}>
            {pending ? t("savingRole") : t("saveRole")}
          </button>
        )}
      </div>
      <p id={self ? "role-self" : "role-help"} className="text-sm text-slate-600">
        {self ? t("roleSelf") : t("roleHelp")}
      </p>
    </form>
  );
}

/** Disable (after a confirmation) or re-enable. One's own account cannot be disabled. */
export function AccessForm({
  userId,
  name,
  disabledSince,
  self,
  action,
}: {
  userId: string;
  name: string;
  disabledSince: string | null;
  self: boolean;
  action: MessageAction;
}) {
  const t = useTranslations("admin.detail");
  const [confirming, setConfirming] = useState(false);
  const [state, onSubmit, pending] = useFormAction<Message>(async (prev, form) => {
    const result = await action(prev, form);
    setConfirming(false);
    return result;
  }, null);
  const disabled = disabledSince !== null;
  return (
    <form onSubmit={onSubmit} className="space-y-2" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? "0" : "1"} />
      <FormStatus result={state} success={state?.ok ? state.data.message : undefined} />
      <p className="text-sm text-slate-700">{disabled ? t("enableHelp", { date: disabledSince }) : self ? t("disableSelf") : t("disableHelp")}</p>
      {disabled ? (
        <button type="submit" disabled={pending} className={primaryButton}>
          {t("enable")}
        </button>
      ) : self ? null : confirming ? (
        <div className="flex flex-wrap items-center gap-2 rounded-md border border-red-200 bg-red-50 p-2">
          <span className="text-sm font-medium text-red-900">{t("confirmQuestion", { name })}</span>
          <button type="submit" disabled={pending} className="rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60">
            {t("confirmDisable")}
          </button>
          <button type="button" onClick={() => setConfirming(false)} className={secondaryButton}>
            {t("cancel")}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className="rounded-md border border-red-700 bg-white px-4 py-2 font-medium text-red-800 hover:bg-red-50">
          {t("disable")}
        </button>
      )}
    </form>
  );
}
