"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { POLICIES, type ClearReason, type FlagSource, type Ladder, type Locale, type PolicyCode, type PolicyPoints } from "@/lib/moderation";
import type { ActionResult } from "@/lib/validation/action-result";
import { ReviewNextButton, type ReviewNextState } from "@/components/queue/review-next-client";
import { isShortcutEvent } from "@/components/queue/keyboard";
import { ClearFields, DeadlineField, PointsFields, PolicySelect, TextField, type Kind } from "./decision-fields";
import { DecisionPreview } from "./decision-preview";
import { ShortcutsDialog } from "./shortcuts-dialog-client";
import { useLease } from "./use-lease";

export interface DecidedView {
  kind: Kind;
  points: number;
  activePoints: number;
  ladderWarningSent: boolean;
  recommendation: { action: string; durationDays: number | null; points: number } | null;
  sellerId: string;
}
export type DecideState = ActionResult<DecidedView> | null;

export interface DecisionFormProps {
  caseId: string;
  version: number;
  open: boolean;
  heldByOther: string | null;
  canDecide: boolean;
  suggestedPolicy: PolicyCode | null;
  /** Each policy's default points and bounds on this case's platform ladder. */
  policyPoints: Record<PolicyCode, PolicyPoints>;
  sellerLocale: Locale;
  draftFacts: string;
  draftInfoMessage: string;
  defaultDeadline: string;
  flagSources: FlagSource[];
  listing: { title: string; url: string; externalId: string };
  platform: { name: string; ladder: Ladder; appealWindowDays: number };
  activePoints: number;
  now: Date;
  action: (prev: DecideState, form: FormData) => Promise<DecideState>;
  reviewNextAction: (prev: ReviewNextState, form: FormData) => Promise<ReviewNextState>;
}

const KIND_KEYS: Record<string, Kind> = { c: "clear", i: "request_info", w: "warn", t: "takedown" };

export function DecisionForm(props: DecisionFormProps) {
  const t = useTranslations("cases");
  const format = useFormatter();
  const [state, formAction, pending] = useActionState(props.action, null);
  const decided = state?.ok ? state.data : null;
  const failure = state && !state.ok ? state : null;
  const errors = failure?.fieldErrors ?? {};
  const lease = useLease(props.caseId, props.open && props.canDecide && props.heldByOther === null);

  const warnDefault: PolicyCode =
    props.suggestedPolicy && !POLICIES[props.suggestedPolicy].takedownRequired ? props.suggestedPolicy : "misleading_listing";
  const [kind, setKind] = useState<Kind | null>(null);
  const [clearReason, setClearReason] = useState<ClearReason | null>(null);
  const [policy, setPolicy] = useState<PolicyCode | "">(props.suggestedPolicy ?? "");
  const [points, setPoints] = useState(props.suggestedPolicy ? String(props.policyPoints[props.suggestedPolicy].default) : "");
  const [pointsReason, setPointsReason] = useState("");
  const [facts, setFacts] = useState(props.draftFacts);
  const [sellerMessage, setSellerMessage] = useState("");
  const [infoMessage, setInfoMessage] = useState(props.draftInfoMessage);
  const [deadline, setDeadline] = useState(props.defaultDeadline);
  const [note, setNote] = useState("");
  const [helpOpen, setHelpOpen] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);

  const lost = lease.status.kind === "lost" ? lease.status.message : null;
  const editable = props.open && props.canDecide && props.heldByOther === null && !lost && !decided;

  function choose(next: Kind) {
    setKind(next);
    if (next === "warn" && (!policy || POLICIES[policy].takedownRequired)) choosePolicy(warnDefault);
    requestAnimationFrame(() => {
      const form = formRef.current;
      const target =
        next === "clear" || (next === "takedown" && !policy)
          ? form?.querySelector<HTMLElement>("[data-first-field] input, select[data-first-field]")
          : next === "request_info"
            ? form?.querySelector<HTMLElement>("textarea[data-first-field]")
            : form?.querySelector<HTMLElement>(`input[name=kind][value=${next}]`);
      target?.focus();
    });
  }
  function choosePolicy(code: PolicyCode) {
    setPolicy(code);
    setPoints(String(props.policyPoints[code].default));
    setPointsReason("");
  }
  function submit(intent: "submit" | "next") {
    const button = formRef.current?.querySelector<HTMLButtonElement>(`button[value=${intent}]`);
    if (button && !button.disabled) formRef.current?.requestSubmit(button);
  }

  useEffect(() => {
    if (decided) {
      lease.done();
      resultRef.current?.focus();
    }
  }, [decided, lease]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (helpOpen) return; // the dialog handles its own keys (Esc closes it)
      if (event.key === "Escape") {
        const el = document.activeElement;
        if (el instanceof HTMLElement && el !== document.body && formRef.current?.contains(el) && !isShortcutEvent(event)) {
          el.blur();
          event.preventDefault();
          return;
        }
      }
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && formRef.current?.contains(document.activeElement)) {
        event.preventDefault();
        submit("submit");
        return;
      }
      if (!isShortcutEvent(event)) return;
      const k = event.key;
      if (KIND_KEYS[k] && editable) choose(KIND_KEYS[k]);
      else if (k === "s" && editable) submit("submit");
      else if (k === "n") {
        if (decided || !editable) (document.getElementById("review-next") as HTMLFormElement | null)?.requestSubmit();
        else submit("next");
      } else if (k === "Escape") setKind(null);
      else if (k === "?") setHelpOpen(true);
      else return;
      event.preventDefault();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });

  const shortcuts = [
    { keys: "c", label: t("shortcuts.clear") },
    { keys: "i", label: t("shortcuts.requestInfo") },
    { keys: "w", label: t("shortcuts.warn") },
    { keys: "t", label: t("shortcuts.takedown") },
    { keys: "s", label: t("shortcuts.submit") },
    { keys: "n", label: t("shortcuts.submitNext") },
    { keys: "Ctrl+Enter", label: t("shortcuts.submitFromField") },
    { keys: "Esc", label: t("shortcuts.cancel") },
    { keys: "?", label: t("shortcuts.help") },
  ];

  return (
    <section aria-labelledby="decision-title" className="flex min-h-full flex-col rounded-md border border-slate-200 bg-white">
      <div className="flex items-baseline justify-between gap-2 border-b border-slate-200 px-3 py-2">
        <h2 id="decision-title" className="text-base font-semibold">
          {t("form.title")}
        </h2>
        <button type="button" onClick={() => setHelpOpen(true)} className="text-xs text-slate-700 underline" aria-keyshortcuts="?">
          {t("shortcuts.open")}
        </button>
      </div>
      <div className="px-3 pt-2 text-xs" role="status">
        {props.heldByOther ? (
          <p className="rounded bg-amber-100 px-2 py-1 text-amber-900">{t("claim.heldBy", { name: props.heldByOther })}</p>
        ) : lost ? (
          <p className="rounded bg-red-100 px-2 py-1 text-red-900">{lost}</p>
        ) : lease.status.kind === "held" && !decided ? (
          <p className="text-slate-700">{t("claim.held", { until: format.dateTime(new Date(lease.status.until), { timeStyle: "short" }) })}</p>
        ) : !props.canDecide ? (
          <p className="text-slate-700">{t("claim.readOnly")}</p>
        ) : null}
      </div>

      {decided ? (
        <div className="space-y-2 p-3 text-sm">
          <h3 ref={resultRef} tabIndex={-1} className="font-semibold text-emerald-900">
            {t("result.saved", { kind: t(`kinds.${decided.kind}`) })}
          </h3>
          {decided.points > 0 ? <p>{t("result.points", { points: decided.points, total: decided.activePoints })}</p> : null}
          {decided.ladderWarningSent ? <p>{t("result.ladderWarning")}</p> : null}
          {decided.recommendation ? (
            <p className="rounded border border-red-300 bg-red-50 px-2 py-1 text-red-900">
              {t("result.recommended", {
                action: t(`actions.${decided.recommendation.action}`, { days: decided.recommendation.durationDays ?? 0 }),
                points: decided.recommendation.points,
              })}{" "}
              <Link href={`/escalations/new?seller=${decided.sellerId}&case=${props.caseId}`} className="font-semibold underline">
                {t("seller.propose")}
              </Link>
            </p>
          ) : null}
          <div className="flex flex-wrap items-center gap-3 pt-1">
            <ReviewNextButton action={props.reviewNextAction} formId="review-next" />
            <Link href="/queue" className="underline">
              {t("result.backToQueue")}
            </Link>
          </div>
        </div>
      ) : (
        <form ref={formRef} action={formAction} noValidate className="flex flex-1 flex-col">
          <input type="hidden" name="caseId" value={props.caseId} />
          <input type="hidden" name="version" value={props.version} />
          <fieldset disabled={!editable || pending} className="flex-1 space-y-3 px-3 py-2">
            {failure && !failure.fieldErrors ? (
              <p role="alert" className="rounded border border-red-300 bg-red-50 px-2 py-1 text-sm text-red-900">
                {failure.error}
              </p>
            ) : null}
            <fieldset>
              <legend className="text-xs font-semibold text-slate-800">{t("form.kind")}</legend>
              <div className="mt-1 grid grid-cols-2 gap-1.5">
                {(["clear", "request_info", "warn", "takedown"] as const).map((k) => (
                  <label
                    key={k}
                    className={`flex cursor-pointer items-center justify-between gap-1 rounded border lg:whitespace-nowrap px-2 py-1.5 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600 ${kind === k ? KIND_STYLE[k] : "border-slate-300 hover:bg-slate-50"}`}
                  >
                    <span className="flex items-center gap-1.5">
                      <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => choose(k)} className="h-4 w-4" />
                      {t(`kinds.${k}`)}
                    </span>
                    <kbd className="rounded border border-slate-300 bg-slate-50 px-1 font-mono text-[11px] text-slate-700">{KIND_SHORTCUT[k]}</kbd>
                  </label>
                ))}
              </div>
              {errors.kind ? <p className="mt-1 text-sm text-red-700">{errors.kind}</p> : null}
            </fieldset>

            {kind === "clear" ? <ClearFields reason={clearReason} onReason={setClearReason} errors={errors} /> : null}
            {kind === "request_info" ? (
              <>
                <TextField name="sellerMessage" labelText={t("form.sellerMessage")} value={infoMessage} onChange={setInfoMessage} rows={4} errors={errors} firstField hint={t("form.sellerLanguage", { language: t(`languages.${props.sellerLocale}`) })} />
                <DeadlineField value={deadline} onChange={setDeadline} errors={errors} />
              </>
            ) : null}
            {kind === "warn" || kind === "takedown" ? (
              <>
                <PolicySelect kind={kind} value={policy} onChange={choosePolicy} policyPoints={props.policyPoints} errors={errors} />
                {kind === "takedown" ? (
                  <PointsFields bounds={policy ? props.policyPoints[policy] : null} platformName={props.platform.name} points={points} onPoints={setPoints} reason={pointsReason} onReason={setPointsReason} errors={errors} />
                ) : null}
                <TextField name="facts" labelText={t("form.facts")} value={facts} onChange={setFacts} rows={4} errors={errors} hint={t("form.factsHint", { language: t(`languages.${props.sellerLocale}`) })} />
                {kind === "warn" ? (
                  <TextField name="sellerMessage" labelText={t("form.whatToFix")} value={sellerMessage} onChange={setSellerMessage} rows={2} errors={errors} />
                ) : null}
                <DecisionPreview
                  kind={kind}
                  policy={policy}
                  points={Number(points) || 0}
                  facts={facts}
                  sellerLocale={props.sellerLocale}
                  flagSources={props.flagSources}
                  listing={props.listing}
                  platform={props.platform}
                  activePoints={props.activePoints}
                  now={props.now}
                />
              </>
            ) : null}
            {kind ? (
              <details className="text-sm" open={Boolean(errors.internalNote) || note.length > 0}>
                <summary className="cursor-pointer text-xs font-semibold text-slate-800">{t("form.internalNote")}</summary>
                <TextField name="internalNote" labelText={t("form.internalNoteLabel")} value={note} onChange={setNote} rows={2} errors={errors} />
              </details>
            ) : (
              <p className="text-sm text-slate-600">{t("form.chooseKind")}</p>
            )}
          </fieldset>
          <div className="sticky bottom-0 flex flex-wrap gap-2 border-t border-slate-200 bg-white px-3 py-2">
            <button type="submit" name="intent" value="submit" disabled={!editable || pending || !kind} className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-50" aria-keyshortcuts="s">
              {pending ? t("form.submitting") : t("form.submit")} <kbd className="ml-1 font-mono text-[11px] opacity-80">s</kbd>
            </button>
            <button type="submit" name="intent" value="next" disabled={!editable || pending || !kind} className="rounded border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-50" aria-keyshortcuts="n">
              {t("form.submitNext")} <kbd className="ml-1 font-mono text-[11px] opacity-80">n</kbd>
            </button>
            <Link href="/queue" className="ml-auto self-center text-sm text-slate-700 underline">
              {t("form.release")}
            </Link>
          </div>
        </form>
      )}
      {!decided && !editable && props.canDecide ? (
        <div className="border-t border-slate-200 px-3 py-2">
          <ReviewNextButton action={props.reviewNextAction} formId="review-next" />
        </div>
      ) : null}
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} shortcuts={shortcuts} />
    </section>
  );
}

const KIND_SHORTCUT: Record<Kind, string> = { clear: "c", request_info: "i", warn: "w", takedown: "t" };
const KIND_STYLE: Record<Kind, string> = {
  clear: "border-emerald-600 bg-emerald-50 font-semibold text-emerald-900",
  request_info: "border-sky-600 bg-sky-50 font-semibold text-sky-900",
  warn: "border-amber-600 bg-amber-50 font-semibold text-amber-900",
  takedown: "border-red-600 bg-red-50 font-semibold text-red-900",
};
