import type { ActionResult } from "@/lib/validation/action-result";

export interface PlatformFormState {
  result: ActionResult<{ message: string }> | null;
}

export type PlatformFormAction = (prev: PlatformFormState, form: FormData) => Promise<PlatformFormState>;
