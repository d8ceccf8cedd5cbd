import type { ActionResult } from "@/lib/validation/action-result";

/** The outcome of a form's last submission: a polite status on success, an alert on failure. */
export function FormStatus({ result, success }: { result: ActionResult<unknown> | null; success?: string }) {
  if (!result) return null;
  if (result.ok) {
    if (!success) return null;
    return (
      <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
        {success}
      </p>
    );
  }
  return (
    <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
      {result.error}
    </p>
  );
}

export const inputBare = "block w-full rounded-md border border-slate-400 bg-white px-3 py-2";
export const inputClass = `mt-1 ${inputBare}`;
export const primaryButton = "rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60";
export const secondaryButton = "rounded-md border border-slate-400 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60";
