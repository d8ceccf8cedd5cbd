"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/validation/action-result";
import { Field, SELLER_FIELD } from "@/components/ui/field";
import { EvidencePicker } from "@/components/appeals/evidence-picker-client";

type Failure = Extract<ActionResult, { ok: false }>;

/** Answering a request for information: text and files; on success the case returns to the moderators. */
export function InfoAnswerForm({ caseId, submit }: { caseId: string; submit: (form: FormData) => Promise<ActionResult> }) {
  const t = useTranslations("seller.info");
  const [body, setBody] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [sent, setSent] = useState(false);
  const [pending, startTransition] = useTransition();
  const status = useRef<HTMLParagraphElement>(null);
  const errors = failure?.fieldErrors ?? {};

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData();
    form.set("caseId", caseId);
    form.set("body", body);
    for (const file of files) form.append("files", file, file.name);
    startTransition(async () => {
      const result = await submit(form);
      if (result.ok) {
        setSent(true);
        setFailure(null);
        setBody("");
        setFiles([]);
      } else setFailure(result);
      requestAnimationFrame(() => status.current?.focus());
    });
  }

  if (sent) {
    return (
      <p ref={status} tabIndex={-1} role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3 font-medium text-emerald-900">
        {t("sent")}
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {failure ? (
        <p ref={status} tabIndex={-1} role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 font-medium text-red-900">
          {failure.error}
        </p>
      ) : null}
      <Field id="info-body" label={t("body")} hint={t("bodyHint")} error={errors.body} {...SELLER_FIELD}>
        {(control) => (
          <textarea {...control} rows={5} value={body} onChange={(e) => setBody(e.target.value)} className="mt-2 block w-full rounded-md border border-slate-400 p-3 text-base" />
        )}
      </Field>
      <EvidencePicker files={files} onChange={setFiles} label={t("files")} serverError={errors.files} />
      <button type="submit" disabled={pending} className="min-h-12 w-full rounded-md bg-brand-700 px-4 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-60 sm:w-auto">
        {pending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
