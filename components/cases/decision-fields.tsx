"use client";

import { useLocale, useTranslations } from "next-intl";
import { CLEAR_REASONS, POLICIES, POLICY_CODES, type ClearReason, type Locale, type PolicyCode, type PolicyPoints } from "@/lib/moderation";
import { FieldError } from "@/components/ui/field-error";

export type Kind = "clear" | "request_info" | "warn" | "takedown";

const input = "mt-0.5 block w-full rounded border border-slate-400 bg-white px-2 py-1 text-sm";
const label = "block text-xs font-semibold text-slate-800";

function describedBy(field: string, errors: Record<string, string>): string | undefined {
  return errors[field] ? `${field}-error` : undefined;
}

export function ClearFields({
  reason,
  onReason,
  errors,
}: {
  reason: ClearReason | null;
  onReason: (r: ClearReason) => void;
  errors: Record<string, string>;
}) {
  const t = useTranslations("cases");
  return (
    <fieldset aria-describedby={describedBy("clearReason", errors)}>
      <legend className={label}>{t("form.clearReason")}</legend>
      <div className="mt-1 space-y-1" data-first-field>
        {CLEAR_REASONS.map((r) => (
          <label key={r} className="flex items-start gap-2 text-sm">
            <input type="radio" name="clearReason" value={r} checked={reason === r} onChange={() => onReason(r)} className="mt-0.5 h-4 w-4" />
            <span>
              {t(`clearReasons.${r}`)}
              <span className="block text-xs text-slate-600">{t(`clearReasonHints.${r}`)}</span>
            </span>
          </label>
        ))}
      </div>
      <FieldError id="clearReason-error" message={errors.clearReason} />
    </fieldset>
  );
}

export function PolicySelect({
  kind,
  value,
  onChange,
  policyPoints,
  errors,
}: {
  kind: "warn" | "takedown";
  value: PolicyCode | "";
  onChange: (code: PolicyCode) => void;
  /** Each policy's points on the case's platform ladder. */
  policyPoints: Record<PolicyCode, PolicyPoints>;
  errors: Record<string, string>;
}) {
  const t = useTranslations("cases");
  const locale = useLocale() as Locale;
  const options = POLICY_CODES.filter((c) => kind === "takedown" || !POLICIES[c].takedownRequired);
  return (
    <div>
      <label htmlFor="policyCode" className={label}>
        {t("form.policy")}
      </label>
      <select
        id="policyCode"
        name="policyCode"
        value={value}
        onChange={(e) => onChange(e.target.value as PolicyCode)}
        aria-invalid={errors.policyCode ? true : undefined}
        aria-describedby={describedBy("policyCode", errors)}
        className={input}
        data-first-field
      >
        <option value="" disabled>
          {t("form.choose")}
        </option>
        {options.map((c) => (
          <option key={c} value={c}>
            {POLICIES[c].title[locale]}
            {kind === "takedown" ? ` · ${t("form.pointsRange", { min: policyPoints[c].min, max: policyPoints[c].max })}` : ""}
          </option>
        ))}
      </select>
      <FieldError id="policyCode-error" message={errors.policyCode} />
    </div>
  );
}

export function PointsFields({
  bounds,
  platformName,
  points,
  onPoints,
  reason,
  onReason,
  errors,
}: {
  /** The chosen policy's points on the platform's ladder; null before a policy is chosen. */
  bounds: PolicyPoints | null;
  platformName: string;
  points: string;
  onPoints: (v: string) => void;
  reason: string;
  onReason: (v: string) => void;
  errors: Record<string, string>;
}) {
  const t = useTranslations("cases");
  const adjusted = bounds !== null && points !== String(bounds.default);
  return (
    <div className="grid grid-cols-[7rem_1fr] gap-2">
      <div>
        <label htmlFor="points" className={label}>
          {t("form.points")}
        </label>
        <input
          id="points"
          name="points"
          type="number"
          inputMode="numeric"
          min={bounds?.min}
          max={bounds?.max}
          value={points}
          onChange={(e) => onPoints(e.target.value)}
          aria-invalid={errors.points ? true : undefined}
          aria-describedby={[describedBy("points", errors), "points-hint"].filter(Boolean).join(" ")}
          className={`${input} tabular-nums`}
        />
        <p id="points-hint" className="mt-0.5 text-[11px] text-slate-600">
          {bounds ? t("form.pointsHint", { platform: platformName, default: bounds.default, min: bounds.min, max: bounds.max }) : ""}
        </p>
        <FieldError id="points-error" message={errors.points} />
      </div>
      {adjusted || errors.pointsReason ? (
        <div>
          <label htmlFor="pointsReason" className={label}>
            {t("form.pointsReason")}
          </label>
          <textarea
            id="pointsReason"
            name="pointsReason"
            rows={2}
            value={reason}
            onChange={(e) => onReason(e.target.value)}
            aria-invalid={errors.pointsReason ? true : undefined}
            aria-describedby={describedBy("pointsReason", errors)}
            className={input}
          />
          <FieldError id="pointsReason-error" message={errors.pointsReason} />
        </div>
      ) : null}
    </div>
  );
}

export function TextField({
  name,
  labelText,
  value,
  onChange,
  rows,
  errors,
  hint,
  firstField,
}: {
  name: string;
  labelText: string;
  value: string;
  onChange: (v: string) => void;
  rows: number;
  errors: Record<string, string>;
  hint?: string;
  firstField?: boolean;
}) {
  return (
    <div>
      <label htmlFor={name} className={label}>
        {labelText}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="text-[11px] text-slate-600">
          {hint}
        </p>
      ) : null}
      <textarea
        id={name}
        name={name}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={[describedBy(name, errors), hint ? `${name}-hint` : undefined].filter(Boolean).join(" ") || undefined}
        className={input}
        {...(firstField ? { "data-first-field": true } : {})}
      />
      <FieldError id={`${name}-error`} message={errors[name]} />
    </div>
  );
}

export function DeadlineField({ value, onChange, errors }: { value: string; onChange: (v: string) => void; errors: Record<string, string> }) {
  const t = useTranslations("cases");
  return (
    <div>
      <label htmlFor="infoDeadline" className={label}>
        {t("form.deadline")}
      </label>
      <input
        id="infoDeadline"
        name="infoDeadline"
        type="datetime-local"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={errors.infoDeadline ? true : undefined}
        aria-describedby={[describedBy("infoDeadline", errors), "infoDeadline-hint"].filter(Boolean).join(" ")}
        className={input}
      />
      <p id="infoDeadline-hint" className="mt-0.5 text-[11px] text-slate-600">
        {t("form.deadlineHint")}
      </p>
      <FieldError id="infoDeadline-error" message={errors.infoDeadline} />
    </div>
  );
}
