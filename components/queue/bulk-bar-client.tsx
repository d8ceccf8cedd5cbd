"use client";

import { useActionState, useEffect, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { CLEAR_REASONS, POLICIES, POLICY_CODES, type Locale, type PolicyCode, type PolicyPoints } from "@/lib/moderation";
import type { ActionResult } from "@/lib/validation/action-result";
import { FieldError } from "@/components/ui/field-error";

export interface BulkOutcome {
  caseId: string;
  caseNumber: number | null;
  ok: boolean;
  message: string;
}
export type BulkState = ActionResult<{ outcomes: BulkOutcome[] }> | null;
export type BulkAction = (prev: BulkState, form: FormData) => Promise<BulkState>;

type Kind = "clear" | "warn" | "takedown" | "request_info";

/** One decision for several selected cases of one seller. */
export function BulkBar({
  caseIds,
  shopName,
  policyPoints,
  action,
  onDone,
  onClear,
}: {
  caseIds: string[];
  shopName: string;
  /** Each policy's points on the seller's platform ladder; a bulk takedown uses the default. */
  policyPoints: Record<PolicyCode, PolicyPoints>;
  action: BulkAction;
  onDone: () => void;
  onClear: () => void;
}) {
  const t = useTranslations("queue");
  const tc = useTranslations("cases");
  const locale = useLocale() as Locale;
  const [kind, setKind] = useState<Kind>("clear");
  const [state, formAction, pending] = useActionState(action, null);
  const failure = state && !state.ok ? state : null;
  const outcomes = state && state.ok ? state.data.outcomes : null;
  const fe = failure?.fieldErrors ?? {};

  useEffect(() => {
    if (outcomes && outcomes.every((o) => o.ok)) onDone();
  }, [outcomes, onDone]);

  return (
    <section aria-labelledby="bulk-title" className="mb-3 rounded-md border border-brand-600 bg-brand-50 p-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="bulk-title" className="font-semibold">
          {t("bulk.title", { count: caseIds.length, shop: shopName })}
        </h2>
        <button type="button" onClick={onClear} className="text-sm underline">
          {t("bulk.clearSelection")}
        </button>
      </div>
      <form action={formAction} className="mt-2 flex flex-wrap items-end gap-3 text-sm">
        {caseIds.map((id) => (
          <input key={id} type="hidden" name="caseIds" value={id} />
        ))}
        <label className="flex flex-col">
          <span className="font-medium">{t("bulk.kind")}</span>
          <select name="kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)} className="rounded border border-slate-400 bg-white px-2 py-1">
            {(["clear", "warn", "takedown", "request_info"] as const).map((k) => (
              <option key={k} value={k}>
                {tc(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {kind === "clear" ? (
          <label className="flex flex-col">
            <span className="font-medium">{tc("form.clearReason")}</span>
            <select name="clearReason" className="rounded border border-slate-400 bg-white px-2 py-1" defaultValue="">
              <option value="" disabled>
                {tc("form.choose")}
              </option>
              {CLEAR_REASONS.map((r) => (
                <option key={r} value={r}>
                  {tc(`clearReasons.${r}`)}
                </option>
              ))}
            </select>
            <FieldError id="bulk-clearReason-error" message={fe.clearReason} />
          </label>
        ) : null}
        {kind === "warn" || kind === "takedown" ? (
          <>
            <label className="flex flex-col">
              <span className="font-medium">{tc("form.policy")}</span>
              <select name="policyCode" className="rounded border border-slate-400 bg-white px-2 py-1" defaultValue="">
                <option value="" disabled>
                  {tc("form.choose")}
                </option>
                {POLICY_CODES.filter((c) => kind === "takedown" || !POLICIES[c].takedownRequired).map((c) => (
                  <option key={c} value={c}>
                    {POLICIES[c].title[locale]}
                    {kind === "takedown" ? ` (${policyPoints[c].default})` : ""}
                  </option>
                ))}
              </select>
              <FieldError id="bulk-policy-error" message={fe.policyCode} />
            </label>
            {kind === "takedown" ? <input type="hidden" name="points" value="default" /> : null}
            <label className="flex min-w-80 flex-1 flex-col">
              <span className="font-medium">{tc("form.facts")}</span>
              <textarea name="facts" rows={2} className="rounded border border-slate-400 bg-white px-2 py-1" />
              <FieldError id="bulk-facts-error" message={fe.facts} />
            </label>
          </>
        ) : null}
        {kind === "request_info" ? (
          <>
            <label className="flex min-w-80 flex-1 flex-col">
              <span className="font-medium">{tc("form.sellerMessage")}</span>
              <textarea name="sellerMessage" rows={2} className="rounded border border-slate-400 bg-white px-2 py-1" />
              <FieldError id="bulk-message-error" message={fe.sellerMessage} />
            </label>
            <label className="flex flex-col">
              <span className="font-medium">{tc("form.deadline")}</span>
              <input type="date" name="infoDeadline" className="rounded border border-slate-400 bg-white px-2 py-1" />
              <FieldError id="bulk-deadline-error" message={fe.infoDeadline} />
            </label>
          </>
        ) : null}
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? tc("form.submitting") : t("bulk.apply", { count: caseIds.length })}
        </button>
      </form>
      {failure && !failure.fieldErrors ? (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {failure.error}
        </p>
      ) : null}
      {outcomes ? (
        <ul role="status" className="mt-2 space-y-0.5 text-sm">
          {outcomes.map((o) => (
            <li key={o.caseId} className={o.ok ? "text-emerald-800" : "text-red-800"}>
              #{o.caseNumber ?? "?"}: {o.message}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
