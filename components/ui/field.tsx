import type { ReactNode } from "react";
import { FieldError } from "./field-error";

/** What a form control needs to be tied to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

export const INPUT_CLASS = "mt-1 block w-full rounded-md border border-slate-400 px-3 py-2";

/**
 * A labelled form control with an optional hint and its error message, wired for screen readers:
 * the hint and error are announced with the control, and aria-invalid follows the error.
 * `describedBy` adds ids of other descriptions (e.g. a character counter).
 */
export function Field({
  id,
  label,
  hint,
  error,
  describedBy = [],
  labelClassName = "block text-sm font-medium",
  hintClassName = "text-xs text-slate-600",
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  describedBy?: string[];
  labelClassName?: string;
  hintClassName?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const ids = [hint ? `${id}-hint` : null, ...describedBy, error ? `${id}-error` : null].filter(Boolean);
  return (
    <div>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className={hintClassName}>
          {hint}
        </p>
      ) : null}
      {children({
        id,
        ...(error ? { "aria-invalid": true as const } : {}),
        ...(ids.length ? { "aria-describedby": ids.join(" ") } : {}),
      })}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** The seller portal's larger, phone-first labels and hints. */
export const SELLER_FIELD = { labelClassName: "block font-semibold", hintClassName: "mt-1 text-sm text-slate-600" } as const;
