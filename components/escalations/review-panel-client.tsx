"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { GuardrailKey } from "@/lib/moderation/guardrails";
import { FormOutcome, TextArea } from "./form-bits";
import { EMPTY_FORM_STATE, type EscalationFormAction } from "./form-state";

export type ReviewMode = "review" | "own" | "not_reviewer" | "decided";

interface Props {
  escalationId: string;
  version: number;
  mode: ReviewMode;
  hardFailed: GuardrailKey[];
  softFailed: GuardrailKey[];
  approveAction: EscalationFormAction;
  rejectAction: EscalationFormAction;
  returnAction: EscalationFormAction;
}

const button = "rounded-md px-4 py-2 font-semibold disabled:cursor-not-allowed disabled:opacity-60";

export function ReviewPanel({ escalationId, version, mode, hardFailed, softFailed, approveAction, rejectAction, returnAction }: Props) {
  const t = useTranslations("escalations.review");
  const [approveState, approve, approving] = useActionState(approveAction, EMPTY_FORM_STATE);
  const [rejectState, reject, rejecting] = useActionState(rejectAction, EMPTY_FORM_STATE);
  const [returnState, sendBack, sendingBack] = useActionState(returnAction, EMPTY_FORM_STATE);
  const busy = approving || rejecting || sendingBack;
  const hidden = (
    <>
      <input type="hidden" name="escalationId" value={escalationId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  const outcomes = (
    <>
      <FormOutcome state={approveState} />
      <FormOutcome state={rejectState} />
      <FormOutcome state={returnState} />
    </>
  );

  if (mode !== "review") {
    const note = mode === "own" ? t("ownProposal") : mode === "not_reviewer" ? t("notReviewer") : t("decided");
    return (
      <section aria-labelledby="review-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="review-heading" className="text-lg font-semibold">
          {t("title")}
        </h2>
        {outcomes}
        <p className="rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm" id="review-note">
          {note}
        </p>
        {mode === "own" ? (
          <button type="button" disabled aria-describedby="review-note" className={`${button} bg-brand-700 text-white`}>
            {t("approve")}
          </button>
        ) : null}
      </section>
    );
  }

  const hardBlocked = hardFailed.length > 0;
  return (
    <section aria-labelledby="review-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-3">
      <h2 id="review-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {outcomes}
      <form action={approve} className="space-y-2" noValidate>
        {hidden}
        {hardBlocked ? (
          <p id="approve-blocked" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
            {t("hardBlocked", { keys: hardFailed.join(", ") })}
          </p>
        ) : null}
        {!hardBlocked && softFailed.length > 0 ? (
          <TextArea id="override-reason" name="overrideReason" label={t("overrideLabel")} help={t("overrideHelp", { keys: softFailed.join(", ") })} state={approveState} required />
        ) : null}
        <button type="submit" disabled={hardBlocked || busy} aria-describedby={hardBlocked ? "approve-blocked" : undefined} className={`${button} bg-brand-700 text-white hover:bg-brand-800`}>
          {approving ? t("approving") : t("approve")}
        </button>
      </form>
      <details className="border-t border-slate-200 pt-3" open={rejectState.result && !rejectState.result.ok ? true : undefined}>
        <summary className="cursor-pointer font-semibold text-red-800">{t("reject")}</summary>
        <form action={reject} className="mt-2 space-y-2" noValidate>
          {hidden}
          <TextArea id="reject-reason" name="reason" label={t("reasonLabel")} state={rejectState} required />
          <button type="submit" disabled={busy} className={`${button} border border-red-700 bg-white text-red-800 hover:bg-red-50`}>
            {rejecting ? t("rejecting") : t("reject")}
          </button>
        </form>
      </details>
      <details className="border-t border-slate-200 pt-3" open={returnState.result && !returnState.result.ok ? true : undefined}>
        <summary className="cursor-pointer font-semibold text-slate-800">{t("sendBack")}</summary>
        <form action={sendBack} className="mt-2 space-y-2" noValidate>
          {hidden}
          <TextArea id="return-question" name="question" label={t("questionLabel")} state={returnState} required />
          <button type="submit" disabled={busy} className={`${button} border border-slate-400 bg-white text-slate-800 hover:bg-slate-100`}>
            {sendingBack ? t("sendingBack") : t("sendBack")}
          </button>
        </form>
      </details>
    </section>
  );
}
