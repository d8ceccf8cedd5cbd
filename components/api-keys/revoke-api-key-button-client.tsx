"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/validation/action-result";

/** Two steps, so a key in use is not revoked by a slip of the finger. */
export function RevokeApiKeyButton({
  id,
  label,
  action,
}: {
  id: string;
  label: string;
  action: (id: string) => Promise<ActionResult<null>>;
}) {
  const t = useTranslations("apiKeys");
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (!confirming) {
    return (
      <button
        type="button"
        onClick={() => setConfirming(true)}
        aria-label={t("table.revokeNamed", { label })}
        className="rounded-md border border-red-700 px-3 py-1 text-sm font-medium text-red-800 hover:bg-red-50"
      >
        {t("table.revoke")}
      </button>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="text-sm">{t("table.confirm")}</span>
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await action(id);
            if (!result.ok) setError(result.error);
            else setConfirming(false);
          })
        }
        className="rounded-md bg-red-700 px-3 py-1 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60"
      >
        {pending ? t("table.revoking") : t("table.confirmRevoke")}
      </button>
      <button type="button" onClick={() => setConfirming(false)} className="rounded-md border border-slate-400 px-3 py-1 text-sm">
        {t("table.cancel")}
      </button>
      {error ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
