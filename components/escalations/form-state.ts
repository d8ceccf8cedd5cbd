import type { ActionResult } from "@/lib/validation/action-result";

/** What the escalation forms send to their server actions and get back (typed text is kept). */
export interface EscalationFormState {
  result: ActionResult<{ message: string }> | null;
  values: Record<string, string>;
}

export type EscalationFormAction = (prev: EscalationFormState, form: FormData) => Promise<EscalationFormState>;

export const EMPTY_FORM_STATE: EscalationFormState = { result: null, values: {} };
