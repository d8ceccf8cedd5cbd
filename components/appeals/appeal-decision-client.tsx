"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/validation/action-result";
import { FieldError } from "@/components/ui/field-error";

type Outcome = "grant" | "deny" | "partial";

/** Grant, deny or partly grant, with a reason written to the seller. */
export function AppealDecisionForm({
  appealId,
  version,
  partialAvailable,
  canDecide,
  decide,
}: {
  appealId: string;
  version: number;
  partialAvailable: boolean;
  canDecide: boolean;
  decide: (input: { appealId: string; version: number; outcome: Outcome; reason: string }) => Promise<ActionResult<{ state: string }>>;
}) {
  const t = useTranslations("appeals.review");
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [reason, setReason] = useState("");
  const [result, setResult] = useState<ActionResult<{ state: string }> | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const r = await decide({ appealId, version, outcome: outcome ?? ("" as Outcome), reason });
      setResult(r);
      if (r.ok) router.refresh();
    });
  }

  const outcomes: Outcome[] = partialAvailable ? ["grant", "deny", "partial"] : ["grant", "deny"];
  return (
    <form onSubmit={onSubmit} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <h2 className="text-lg font-semibold">{t("decide")}</h2>
      <fieldset aria-describedby={errors.outcome ? "outcome-error" : undefined}>
        <legend className="sr-only">{t("decide")}</legend>
        {outcomes.map((o) => (
          <label key={o} className="flex cursor-pointer items-start gap-2 rounded-md p-2 hover:bg-slate-50">
            <input type="radio" name="outcome" value={o} checked={outcome === o} onChange={() => setOutcome(o)} className="mt-1 h-5 w-5" disabled={!canDecide} />
            <span>
              <span className="font-medium">{t(`outcome.${o}`)}</span>
              <span className="block text-sm text-slate-600">{t(`outcomeHelp.${o}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <FieldError id="outcome-error" message={errors.outcome} />
      <div>
        <label htmlFor="outcome-reason" className="block font-medium">{t("reason")}</label>
        <p id="outcome-reason-hint" className="text-sm text-slate-600">{t("reasonHint")}</p>
        <textarea
          id="outcome-reason"
          rows={5}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          disabled={!canDecide}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={`outcome-reason-hint${errors.reason ? " outcome-reason-error" : ""}`}
          className="mt-1 block w-full rounded-md border border-slate-400 p-2"
        />
        <FieldError id="outcome-reason-error" message={errors.reason} />
      </div>
      {result && !result.ok ? <p role="alert" className="rounded-md bg-red-50 p-2 text-red-900">{result.error}</p> : null}
      {result?.ok ? <p role="status" className="rounded-md bg-emerald-50 p-2 text-emerald-900">{t("saved")}</p> : null}
      <button type="submit" disabled={pending || !canDecide} className="min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 disabled:opacity-50">
        {pending ? t("saving") : t("submit")}
      </button>
    </form>
  );
}
