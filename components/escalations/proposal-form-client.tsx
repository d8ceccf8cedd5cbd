"use client";

import { useActionState, useMemo, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { ACCOUNT_ACTION_KINDS, type AccountActionKind, type UmkmTier } from "@/lib/moderation/constants";
import { evaluateGuardrails, type ReliedDecision } from "@/lib/moderation/guardrails";
import type { Ladder } from "@/lib/moderation/ladder";
import { FieldError } from "@/components/ui/field-error";
import { FormOutcome, TextArea, fieldErrorOf } from "./form-bits";
import { EMPTY_FORM_STATE, type EscalationFormAction } from "./form-state";
import { GuardrailList } from "./guardrail-list";

export interface ProposalCandidate {
  caseId: string;
  caseNumber: number;
  listingTitle: string;
  points: number;
  decidedAt: Date;
  decisions: ReliedDecision[];
}

interface Props {
  seller: { id: string; umkmTier: UmkmTier | null; earlierAccountActions: number };
  ladder: Ladder;
  activePoints: number;
  warningTimes: Date[];
  candidates: ProposalCandidate[];
  initial: { action: AccountActionKind; durationDays: number | null; reliedCaseIds: string[] };
  proposerId: string;
  now: Date;
  action: EscalationFormAction;
}

export function ProposalForm({ seller, ladder, activePoints, warningTimes, candidates, initial, proposerId, now, action }: Props) {
  const t = useTranslations("escalations");
  const format = useFormatter();
  const [state, submit, pending] = useActionState(action, EMPTY_FORM_STATE);
  const [kind, setKind] = useState<AccountActionKind>(initial.action);
  const [duration, setDuration] = useState(initial.durationDays === null ? "" : String(initial.durationDays));
  const [outreach, setOutreach] = useState("");
  const [selected, setSelected] = useState<string[]>(initial.reliedCaseIds);

  const guardrails = useMemo(() => {
    const days = Number(duration);
    return evaluateGuardrails({
      proposal: { action: kind, durationDays: kind === "block" || !Number.isInteger(days) ? null : days, proposerId, proposedAt: now, outreachNote: outreach },
      approverId: null,
      warningTimes,
      ladder,
      activePoints,
      reliedDecisions: candidates.filter((c) => selected.includes(c.caseId)).flatMap((c) => c.decisions),
      seller: { umkmTier: seller.umkmTier, earlierAccountActions: seller.earlierAccountActions },
    });
  }, [kind, duration, outreach, selected, proposerId, now, warningTimes, ladder, activePoints, candidates, seller]);

  const durationError = fieldErrorOf(state, "durationDays");
  const casesError = fieldErrorOf(state, "reliedCaseIds");
  const toggle = (id: string) => setSelected((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));

  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
      <form action={submit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
        <FormOutcome state={state} />
        <input type="hidden" name="sellerId" value={seller.id} />
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="proposal-action" className="block text-sm font-medium">
              {t("form.action")}
            </label>
            <select
              id="proposal-action"
              name="action"
              value={kind}
              onChange={(e) => {
                const next = e.target.value as AccountActionKind;
                setKind(next);
                if (next === "block") setDuration("");
              }}
              className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
            >
              {ACCOUNT_ACTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`actions.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="proposal-duration" className="block text-sm font-medium">
              {t("form.duration")}
            </label>
            <input
              id="proposal-duration"
              name="durationDays"
              type="number"
              inputMode="numeric"
              min={1}
              max={365}
              value={duration}
              disabled={kind === "block"}
              onChange={(e) => setDuration(e.target.value)}
              aria-invalid={durationError ? true : undefined}
              aria-describedby={`proposal-duration-help${durationError ? " proposal-duration-error" : ""}`}
              className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 disabled:bg-slate-100"
            />
            <p id="proposal-duration-help" className="mt-1 text-xs text-slate-600">
              {t("form.durationHelp")}
            </p>
            <FieldError id="proposal-duration-error" message={durationError} />
          </div>
        </div>
        <TextArea id="proposal-rationale" name="rationale" label={t("form.rationale")} help={t("form.rationaleHelp")} state={state} rows={5} required />
        <div>
          <label htmlFor="proposal-outreach" className="block text-sm font-medium">
            {t("form.outreach")}
          </label>
          <p id="proposal-outreach-help" className="text-xs text-slate-600">
            {t("form.outreachHelp")}
          </p>
          <textarea
            id="proposal-outreach"
            name="outreachNote"
            rows={2}
            value={outreach}
            onChange={(e) => setOutreach(e.target.value)}
            aria-describedby="proposal-outreach-help"
            className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-sm"
          />
        </div>
        <fieldset aria-describedby={`proposal-cases-help${casesError ? " proposal-cases-error" : ""}`}>
          <legend className="text-sm font-medium">{t("form.cases")}</legend>
          <p id="proposal-cases-help" className="text-xs text-slate-600">
            {t("form.casesHelp")}
          </p>
          {candidates.length === 0 ? <p className="mt-1 text-sm text-slate-600">{t("form.noCases")}</p> : null}
          <ul className="mt-2 max-h-64 space-y-1 overflow-y-auto">
            {candidates.map((c) => (
              <li key={c.caseId}>
                <label className="flex items-start gap-2 text-sm">
                  <input type="checkbox" name="reliedCaseIds" value={c.caseId} checked={selected.includes(c.caseId)} onChange={() => toggle(c.caseId)} className="mt-1" />
                  <span>
                    {t("form.caseOption", { number: c.caseNumber, title: c.listingTitle, points: c.points, date: format.dateTime(c.decidedAt, { dateStyle: "medium" }) })}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <FieldError id="proposal-cases-error" message={casesError} />
        </fieldset>
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? t("form.submitting") : t("form.submit")}
        </button>
      </form>
      <GuardrailList guardrails={guardrails} headingId="proposal-guardrails" />
    </div>
  );
}
