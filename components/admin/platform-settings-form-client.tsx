"use client";

import { useActionState, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { ACCOUNT_ACTION_KINDS, type AccountActionKind } from "@/lib/moderation/constants";
import type { PlatformSettings } from "@/lib/moderation/ladder";
import { FieldError } from "@/components/ui/field-error";
import type { PlatformFormAction, PlatformFormState } from "./platform-form-state";

interface StepRow {
  key: number;
  points: string;
  action: AccountActionKind;
  durationDays: string;
}

const input = "mt-1 block w-full rounded-md border border-slate-400 px-2 py-1.5";

function NumberField({ id, name, label, value, onChange, error }: { id: string; name: string; label: string; value: string; onChange: (v: string) => void; error?: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="number"
        inputMode="numeric"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={input}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function PlatformSettingsForm({
  platform,
  updatedAt,
  action,
}: {
  platform: PlatformSettings & { id: string; name: string };
  updatedAt: Date;
  action: PlatformFormAction;
}) {
  const t = useTranslations("platforms");
  const format = useFormatter();
  const [state, submit, pending] = useActionState<PlatformFormState, FormData>(action, { result: null });
  const [steps, setSteps] = useState<StepRow[]>(() =>
    platform.ladder.steps.map((s, i) => ({ key: i, points: String(s.points), action: s.action, durationDays: s.durationDays === null ? "" : String(s.durationDays) })),
  );
  const [fields, setFields] = useState({
    warningMargin: String(platform.ladder.warningMargin),
    pointsExpireDays: String(platform.ladder.pointsExpireDays),
    appealWindowDays: String(platform.appealWindowDays),
    secondAppealWindowDays: String(platform.secondAppealWindowDays),
    appealSlaHours: String(platform.appealSlaHours),
    caseSlaHours: String(platform.caseSlaHours),
  });
  const errors = state.result && !state.result.ok ? (state.result.fieldErrors ?? {}) : {};
  const id = (name: string) => `${platform.id}-${name}`;
  const setStep = (key: number, patch: Partial<StepRow>) => setSteps((rows) => rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const field = (name: keyof typeof fields, error?: string) => (
    <NumberField id={id(name)} name={name} label={t(name)} value={fields[name]} onChange={(v) => setFields((f) => ({ ...f, [name]: v }))} error={error} />
  );

  return (
    <section aria-labelledby={id("heading")} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={id("heading")} className="text-lg font-semibold">
        {platform.name}
      </h2>
      <p className="text-sm text-slate-600">{t("updatedAt", { date: format.dateTime(updatedAt, { dateStyle: "medium", timeStyle: "short" }) })}</p>
      <form action={submit} className="mt-3 space-y-4" noValidate>
        {state.result ? (
          <p role={state.result.ok ? "status" : "alert"} className={`rounded-md border px-3 py-2 text-sm ${state.result.ok ? "border-emerald-300 bg-emerald-50 text-emerald-900" : "border-red-300 bg-red-50 text-red-800"}`}>
            {state.result.ok ? state.result.data.message : state.result.error}
          </p>
        ) : null}
        <input type="hidden" name="platformId" value={platform.id} />
        <fieldset>
          <legend className="font-medium">{t("ladder")}</legend>
          <p className="text-xs text-slate-600">{t("ladderHelp")}</p>
          <FieldError id={id("steps-error")} message={errors["ladder.steps"]} />
          <ol className="mt-2 space-y-2">
            {steps.map((row, i) => (
              <li key={row.key} className="grid grid-flow-row-dense grid-cols-2 items-start gap-2 rounded-md bg-slate-50 p-2 sm:grid-flow-row sm:grid-cols-[1fr_2fr_1fr_auto]">
                <NumberField id={id(`step-${row.key}-points`)} name="stepPoints" label={`${t("step", { number: i + 1 })}: ${t("points")}`} value={row.points} onChange={(v) => setStep(row.key, { points: v })} error={errors[`ladder.steps.${i}.points`]} />
                <div className="col-span-2 sm:col-span-1">
                  <label htmlFor={id(`step-${row.key}-action`)} className="block text-sm font-medium">
                    {t("action")}
                  </label>
                  <select
                    id={id(`step-${row.key}-action`)}
                    name="stepAction"
                    value={row.action}
                    onChange={(e) => setStep(row.key, { action: e.target.value as AccountActionKind, ...(e.target.value === "block" ? { durationDays: "" } : {}) })}
                    className={`${input} bg-white`}
                  >
                    {ACCOUNT_ACTION_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(`actions.${k}`)}
                      </option>
                    ))}
                  </select>
                  <FieldError id={id(`step-${row.key}-action-error`)} message={errors[`ladder.steps.${i}.action`]} />
                </div>
                <NumberField id={id(`step-${row.key}-duration`)} name="stepDuration" label={t("duration")} value={row.durationDays} onChange={(v) => setStep(row.key, { durationDays: v })} error={errors[`ladder.steps.${i}.durationDays`]} />
                <button
                  type="button"
                  onClick={() => setSteps((rows) => rows.filter((r) => r.key !== row.key))}
                  className="justify-self-start rounded border border-slate-300 px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-100 sm:mt-6"
                  aria-label={t("removeStep", { number: i + 1 })}
                >
                  ×
                </button>
              </li>
            ))}
          </ol>
          <button
            type="button"
            onClick={() => setSteps((rows) => [...rows, { key: Math.max(-1, ...rows.map((r) => r.key)) + 1, points: "", action: "suspend", durationDays: "" }])}
            className="mt-2 rounded border border-brand-700 px-3 py-1 text-sm font-semibold text-brand-800 hover:bg-brand-50"
          >
            {t("addStep")}
          </button>
          <div className="mt-3 grid gap-3 sm:grid-cols-2">
            {field("warningMargin", errors["ladder.warningMargin"])}
            {field("pointsExpireDays", errors["ladder.pointsExpireDays"])}
          </div>
        </fieldset>
        <fieldset>
          <legend className="font-medium">{t("windows")}</legend>
          <div className="mt-2 grid gap-3 sm:grid-cols-2">
            {field("appealWindowDays", errors.appealWindowDays)}
            {field("secondAppealWindowDays", errors.secondAppealWindowDays)}
            {field("appealSlaHours", errors.appealSlaHours)}
            {field("caseSlaHours", errors.caseSlaHours)}
          </div>
        </fieldset>
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? t("saving") : t("save", { platform: platform.name })}
        </button>
      </form>
    </section>
  );
}
