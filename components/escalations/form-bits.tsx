import { Field } from "@/components/ui/field";
import type { EscalationFormState } from "./form-state";

export function FormOutcome({ state }: { state: EscalationFormState }) {
  if (!state.result) return null;
  if (state.result.ok) {
    return (
      <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
        {state.result.data.message}
      </p>
    );
  }
  return (
    <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
      {state.result.error}
    </p>
  );
}

export function fieldErrorOf(state: EscalationFormState, name: string): string | undefined {
  return state.result && !state.result.ok ? state.result.fieldErrors?.[name] : undefined;
}

export function TextArea({
  id,
  name,
  label,
  help,
  state,
  rows = 3,
  required = false,
  defaultValue,
}: {
  id: string;
  name: string;
  label: string;
  help?: string;
  state: EscalationFormState;
  rows?: number;
  required?: boolean;
  defaultValue?: string;
}) {
  return (
    <Field id={id} label={label} hint={help} error={fieldErrorOf(state, name)}>
      {(control) => (
        <textarea
          {...control}
          name={name}
          rows={rows}
          required={required}
          defaultValue={state.values[name] ?? defaultValue ?? ""}
          className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-sm"
        />
      )}
    </Field>
  );
}
