"use client";

import { useActionState, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import type { ActionResult } from "@/lib/validation/action-result";
import { API_KEY_LABEL_MAX } from "@/lib/validation/api-keys";

export interface CreatedKeyView {
  key: string;
  prefix: string;
  label: string;
  platformName: string;
}

type State = ActionResult<CreatedKeyView> | null;

export function CreateApiKeyForm({
  platforms,
  action,
}: {
  platforms: { id: string; name: string }[];
  action: (prev: State, form: FormData) => Promise<State>;
}) {
  const t = useTranslations("apiKeys");
  const [state, formAction, pending] = useActionState(action, null);
  const failure = state && !state.ok ? state : null;
  const fieldErrors = failure?.fieldErrors ?? {};
  return (
    <div className="space-y-4">
      {state?.ok ? <NewKey created={state.data} /> : null}
      <form action={formAction} className="grid gap-4 sm:grid-cols-[1fr_14rem_auto] sm:items-end" noValidate>
        {failure && !failure.fieldErrors ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 sm:col-span-3">
            {failure.error}
          </p>
        ) : null}
        <Field id="key-label" label={t("create.label")} error={fieldErrors.label}>
          {(control) => (
            <input {...control} name="label" maxLength={API_KEY_LABEL_MAX} required placeholder={t("create.labelPlaceholder")} className={INPUT_CLASS} />
          )}
        </Field>
        <Field id="key-platform" label={t("create.platform")} error={fieldErrors.platformId}>
          {(control) => (
            <select {...control} name="platformId" required defaultValue="" className={`${INPUT_CLASS} bg-white`}>
              <option value="" disabled>
                {t("create.choosePlatform")}
              </option>
              {platforms.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {pending ? t("create.submitting") : t("create.submit")}
        </button>
      </form>
    </div>
  );
}

function NewKey({ created }: { created: CreatedKeyView }) {
  const t = useTranslations("apiKeys");
  const [copied, setCopied] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  async function copy() {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(created.key);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <section role="status" aria-labelledby="new-key-heading" className="rounded-md border border-amber-400 bg-amber-50 p-4">
      <h3 id="new-key-heading" className="font-semibold">
        {t("created.heading", { label: created.label, platform: created.platformName })}
      </h3>
      <p className="mt-1 text-sm text-amber-900">{t("created.warning")}</p>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row">
        <label htmlFor="new-key" className="sr-only">
          {t("created.keyLabel")}
        </label>
        <input
          id="new-key"
          ref={input}
          readOnly
          value={created.key}
          data-testid="new-api-key"
          onFocus={(e) => e.currentTarget.select()}
          className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm"
        />
        <button type="button" onClick={copy} className="rounded-md border border-slate-500 bg-white px-4 py-2 font-medium hover:bg-slate-50">
          {copied ? t("created.copied") : t("created.copy")}
        </button>
      </div>
    </section>
  );
}
