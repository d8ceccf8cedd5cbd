import { startTransition, useActionState, type FormEvent } from "react";

/**
 * useActionState for a form that keeps what was typed when the action refuses it: submitting
 * through onSubmit skips React's automatic form reset, so a correction is one keystroke away.
 */
export function useFormAction<S>(action: (prev: Awaited<S>, form: FormData) => Promise<S>, initial: Awaited<S>) {
  const [state, dispatch, pending] = useActionState<S, FormData>(action, initial);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  return [state, onSubmit, pending] as const;
}
