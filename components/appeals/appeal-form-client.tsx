"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { APPEAL_EXPLANATION_MAX } from "@/lib/moderation/appeals";
import type { ActionResult } from "@/lib/validation/action-result";
import { FieldError } from "@/components/ui/field-error";
import { Field, SELLER_FIELD } from "@/components/ui/field";
import { EvidencePicker } from "./evidence-picker-client";

// The appeal form. Everything typed and every file chosen stays in place when the server
// answers with errors; each error sits next to its field and a summary is announced.

type Failure = Extract<ActionResult, { ok: false }>;

export function AppealForm({
  subject,
  subjectId,
  submit,
}: {
  subject: "decision" | "account_action";
  subjectId: string;
  submit: (form: FormData) => Promise<ActionResult<{ appealId: string }>>;
}) {
  const t = useTranslations("appeals.form");
  const format = useFormatter();
  const [explanation, setExplanation] = useState("");
  const [references, setReferences] = useState("");
  const [declaration, setDeclaration] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, startTransition] = useTransition();
  const summary = useRef<HTMLParagraphElement>(null);
  const errors = failure?.fieldErrors ?? {};

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData();
    form.set("subject", subject);
    form.set("subjectId", subjectId);
    form.set("explanation", explanation);
    form.set("references", references);
    if (declaration) form.set("declaration", "on");
    for (const file of files) form.append("files", file, file.name);
    startTransition(async () => {
      const result = await submit(form);
      if (result && !result.ok) {
        setFailure(result);
        requestAnimationFrame(() => summary.current?.focus());
      }
    });
  }

  const invalid = (field: string) => (errors[field] ? { "aria-invalid": true as const } : {});
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {failure ? (
        <p ref={summary} tabIndex={-1} role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 font-medium text-red-900">
          {failure.error}
        </p>
      ) : null}
      <Field id="explanation" label={t("explanation")} hint={t("explanationHint")} error={errors.explanation} describedBy={["explanation-count"]} {...SELLER_FIELD}>
        {(control) => (
          <>
            <textarea
              {...control}
              name="explanation"
              rows={7}
              value={explanation}
              onChange={(e) => setExplanation(e.target.value)}
              className="mt-2 block w-full rounded-md border border-slate-400 p-3 text-base"
            />
            <p id="explanation-count" className={`mt-1 text-right text-sm ${explanation.length > APPEAL_EXPLANATION_MAX ? "text-red-700" : "text-slate-600"}`}>
              {t("counter", { count: format.number(explanation.length), max: format.number(APPEAL_EXPLANATION_MAX) })}
            </p>
          </>
        )}
      </Field>
      <Field id="references" label={t("references")} hint={t("referencesHint")} error={errors.references} {...SELLER_FIELD}>
        {(control) => (
          <input
            {...control}
            name="references"
            value={references}
            onChange={(e) => setReferences(e.target.value)}
            className="mt-2 block min-h-11 w-full rounded-md border border-slate-400 px-3 text-base"
          />
        )}
      </Field>
      <EvidencePicker files={files} onChange={setFiles} label={t("files")} serverError={errors.files} />
      <div>
        <div className="flex items-start gap-3">
          <input
            id="declaration"
            name="declaration"
            type="checkbox"
            checked={declaration}
            onChange={(e) => setDeclaration(e.target.checked)}
            aria-describedby={errors.declaration ? "declaration-error" : undefined}
            {...invalid("declaration")}
            className="mt-1 h-6 w-6 flex-none"
          />
          <label htmlFor="declaration" className="text-base">
            {t("declaration")}
          </label>
        </div>
        <FieldError id="declaration-error" message={errors.declaration} />
      </div>
      <button type="submit" disabled={pending} className="min-h-12 w-full rounded-md bg-brand-700 px-4 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-60 sm:w-auto">
        {pending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
