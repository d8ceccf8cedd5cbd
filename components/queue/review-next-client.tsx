"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/validation/action-result";

export type ReviewNextState = ActionResult<null> | null;

/** Claims the highest-priority free case and opens it (the action redirects). */
export function ReviewNextButton({ action, formId }: { action: (prev: ReviewNextState, form: FormData) => Promise<ReviewNextState>; formId: string }) {
  const t = useTranslations("queue");
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form id={formId} action={formAction} className="flex items-center gap-2">
      <button
        type="submit"
        disabled={pending}
        aria-keyshortcuts="n"
        className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white shadow-sm hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? t("reviewNextPending") : t("reviewNext")} <kbd className="ml-1 rounded bg-brand-800 px-1 font-mono text-xs">n</kbd>
      </button>
      {state && !state.ok ? (
        <p role="status" className="text-sm text-slate-700">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
