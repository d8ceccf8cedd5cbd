"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormOutcome, TextArea } from "./form-bits";
import { EMPTY_FORM_STATE, type EscalationFormAction } from "./form-state";

export function ResubmitForm({
  escalationId,
  version,
  question,
  rationale,
  outreachNote,
  action,
}: {
  escalationId: string;
  version: number;
  question: string | null;
  rationale: string;
  outreachNote: string | null;
  action: EscalationFormAction;
}) {
  const t = useTranslations("escalations");
  const [state, submit, pending] = useActionState(action, EMPTY_FORM_STATE);
  return (
    <section aria-labelledby="resubmit-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="resubmit-heading" className="text-lg font-semibold">
        {t("resubmit.title")}
      </h2>
      {question ? <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950">{t("resubmit.question", { question })}</p> : null}
      <FormOutcome state={state} />
      <form action={submit} className="space-y-3" noValidate>
        <input type="hidden" name="escalationId" value={escalationId} />
        <input type="hidden" name="version" value={version} />
        <TextArea id="resubmit-rationale" name="rationale" label={t("form.rationale")} help={t("form.rationaleHelp")} state={state} rows={5} defaultValue={rationale} required />
        <TextArea id="resubmit-outreach" name="outreachNote" label={t("form.outreach")} help={t("form.outreachHelp")} state={state} defaultValue={outreachNote ?? ""} />
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? t("resubmit.submitting") : t("resubmit.submit")}
        </button>
      </form>
    </section>
  );
}
