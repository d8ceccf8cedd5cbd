"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/validation/action-result";

type LeaseAction = (id: string) => Promise<ActionResult<{ claimExpiresAt: string | null }>>;

const RENEW_EVERY_MS = 4 * 60_000;

/** The reviewer's lease on an appeal: claim, keep it alive while the page is open, release. */
export function ClaimPanel({
  appealId,
  mine,
  claimedByName,
  claimExpiresAt,
  claim,
  renew,
  release,
}: {
  appealId: string;
  mine: boolean;
  claimedByName: string | null;
  claimExpiresAt: string | null;
  claim: LeaseAction;
  renew: LeaseAction;
  release: LeaseAction;
}) {
  const t = useTranslations("appeals.review");
  const format = useFormatter();
  const router = useRouter();
  const [until, setUntil] = useState(claimExpiresAt);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    if (!mine) return;
    const timer = setInterval(async () => {
      const result = await renew(appealId);
      if (result.ok) setUntil(result.data.claimExpiresAt);
      else setError(result.error);
    }, RENEW_EVERY_MS);
    return () => clearInterval(timer);
  }, [mine, appealId, renew]);

  const run = (action: LeaseAction) =>
    startTransition(async () => {
      const result = await action(appealId);
      if (!result.ok) setError(result.error);
      else {
        setError(null);
        setUntil(result.data.claimExpiresAt);
        router.refresh();
      }
    });
  const time = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { hour: "2-digit", minute: "2-digit" }) : "");

  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
      {mine ? (
        <p>{t("claimedByYou", { time: time(until) })}</p>
      ) : claimedByName ? (
        <p>{t("claimedByOther", { name: claimedByName, time: time(claimExpiresAt) })}</p>
      ) : (
        <p>{t("notClaimed")}</p>
      )}
      <div className="mt-2 flex gap-2">
        {mine ? (
          <button type="button" disabled={pending} onClick={() => run(release)} className="min-h-11 rounded-md border border-slate-300 px-3 hover:bg-slate-100">
            {t("release")}
          </button>
        ) : (
          <button type="button" disabled={pending || !!claimedByName} onClick={() => run(claim)} className="min-h-11 rounded-md bg-brand-700 px-3 font-semibold text-white hover:bg-brand-800 disabled:opacity-50">
            {t("claim")}
          </button>
        )}
      </div>
      {error ? <p role="alert" className="mt-2 text-red-700">{error}</p> : null}
    </div>
  );
}
