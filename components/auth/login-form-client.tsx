"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/validation/action-result";
import { Field, INPUT_CLASS } from "@/components/ui/field";

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
      <Field id="email" label={t("email")} error={fieldErrors.email}>
        {(control) => (
          <input {...control} name="email" type="email" autoComplete="username" required defaultValue={state.email} className={INPUT_CLASS} />
        )}
      </Field>
      <Field id="password" label={t("password")} error={fieldErrors.password}>
        {(control) => <input {...control} name="password" type="password" autoComplete="current-password" required className={INPUT_CLASS} />}
      </Field>
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
