import "server-only";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { isDatabaseUnavailable } from "@/db/queries/pg-errors";
import { safeCallbackPath } from "./safe-redirect";
import { getCurrentUser, type CurrentUser } from "./session";

// While PostgreSQL is stopped or restarting, users get a translated "try again" instead of a 500:
// route handlers answer 503 with Retry-After, server actions return { ok: false, error }, and
// layouts render an outage notice (components/shell/database-outage.tsx). Other errors are
// rethrown untouched. The pool reconnects by itself once the database is back (db/open.ts).

export const OUTAGE_RETRY_AFTER_SECONDS = 5;

function logOutage(error: unknown): void {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } })?.cause;
  console.error(`database unavailable: ${String(cause?.code ?? (error as { code?: unknown })?.code ?? "")} ${String(cause?.message ?? (error as Error)?.message ?? "")}`.trim());
}

/** A route handler's answer, or 503 `{ error }` with Retry-After when the database is unreachable. */
export async function answerDuringOutage(handle: () => Promise<Response>): Promise<Response> {
  try {
    return await handle();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    logOutage(error);
    const t = await getTranslations("errors");
    return Response.json(
      { error: t("databaseUnavailable") },
      { status: 503, headers: { "retry-after": String(OUTAGE_RETRY_AFTER_SECONDS), "cache-control": "no-store" } },
    );
  }
}

/** A server action's result, or `{ ok: false, error }` saying to try again when the database is unreachable. */
export async function failDuringOutage<T>(act: () => Promise<T>): Promise<T | { ok: false; error: string }> {
  try {
    return await act();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    logOutage(error);
    const t = await getTranslations("errors");
    return { ok: false, error: t("databaseUnavailable") };
  }
}

/** For layouts: the signed-in user, null when signed out, or "outage" when the database is unreachable. */
export async function currentUserOrOutage(): Promise<CurrentUser | null | "outage"> {
  try {
    return await getCurrentUser();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    logOutage(error);
    return "outage";
  }
}

/** The page being shown, to load again from the outage notice (same-site paths only). */
export async function outageRetryPath(): Promise<string> {
  return safeCallbackPath((await headers()).get("x-timbang-path")) ?? "/";
}
