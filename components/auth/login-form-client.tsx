"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/validation/action-result";
import { FieldError } from "@/components/ui/field-error";

interface LoginFormState {
  result: ActionResult<null> | null;
  email: string;
}

export function LoginForm({
  action,
  callbackUrl,
}: {
  action: (prev: LoginFormState, form: FormData) => Promise<LoginFormState>;
  callbackUrl: string;
}) {
  const t = useTranslations("auth");
  const [state, formAction, pending] = useActionState(action, { result: null, email: "" });
  const failure = state.result && !state.result.ok ? state.result : null;
  const fieldErrors = failure?.fieldErrors ?? {};
  return (
    <form action={formAction} className="mt-5 space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {failure && !failure.fieldErrors ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {failure.error}
        </p>
      ) : null}
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={fieldErrors.email ? "email-error" : undefined}
          className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
        />
        <FieldError id="email-error" message={fieldErrors.email} />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={fieldErrors.password ? "password-error" : undefined}
          className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
        />
        <FieldError id="password-error" message={fieldErrors.password} />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
