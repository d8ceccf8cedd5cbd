"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/validation/action-result";

// The appeal queue: rows by due time, live counts, "Review next" (claims atomically and opens),
// and the same keyboard as the case queue: j/k move, Enter opens.

export interface AppealQueueItem {
  id: string;
  subject: "decision" | "account_action";
  round: number;
  dueAt: string;
  createdAt: string;
  shopName: string;
  platformName: string;
  actionKind: string;
  listingTitle: string | null;
  caseNumber: number | null;
  claimedByName: string | null;
  blockedReason: string | null;
  overdue: boolean;
}

export interface AppealCounts {
  pending: number;
  inReview: number;
  overdue: number;
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));
}

export function AppealQueueClient({
  rows,
  counts,
  nextHref,
  claimNext,
}: {
  rows: AppealQueueItem[];
  counts: AppealCounts;
  nextHref: string | null;
  claimNext: () => Promise<ActionResult<{ appealId: string }>>;
}) {
  const t = useTranslations("appeals");
  const format = useFormatter();
  const router = useRouter();
  const [selected, setSelected] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const links = useRef<(HTMLAnchorElement | null)[]>([]);
  const { data: live } = useQuery({
    queryKey: ["appeal-counts"],
    queryFn: async () => (await (await fetch("/api/appeals/counts", { cache: "no-store" })).json()) as AppealCounts,
    initialData: counts,
    refetchInterval: 15_000,
  });

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (isTyping(e.target) || e.metaKey || e.ctrlKey || e.altKey || rows.length === 0) return;
      if (e.key === "j" || e.key === "k") {
        e.preventDefault();
        setSelected((i) => {
          const next = Math.max(0, Math.min(rows.length - 1, i + (e.key === "j" ? 1 : -1)));
          links.current[next]?.focus();
          return next;
        });
      } else if (e.key === "Enter" && !(e.target instanceof HTMLAnchorElement) && !(e.target instanceof HTMLButtonElement)) {
        const row = rows[selected];
        if (row) router.push(`/appeals/${row.id}`);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [rows, selected, router]);

  const when = (iso: string) => format.dateTime(new Date(iso), { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <dl className="flex flex-wrap gap-2" aria-live="polite">
          {(["pending", "inReview", "overdue"] as const).map((key) => (
            <div key={key} className={`rounded-md border px-3 py-1 ${key === "overdue" && live.overdue > 0 ? "border-red-300 bg-red-50" : "border-slate-200 bg-white"}`}>
              <dt className="text-xs text-slate-600">{t(`queue.counts.${key}`)}</dt>
              <dd className="text-lg font-bold">{live[key]}</dd>
            </div>
          ))}
        </dl>
        <button
          type="button"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await claimNext();
              if (result.ok) router.push(`/appeals/${result.data.appealId}`);
              else setMessage(result.error);
            })
          }
          className="min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {t("queue.next")}
        </button>
        <p className="text-sm text-slate-600">{t("queue.keyboard")}</p>
      </div>
      {message ? <p role="status" className="rounded-md bg-amber-50 p-2 text-amber-900">{message}</p> : null}
      {rows.length === 0 ? (
        <p className="rounded-md bg-white p-4 text-slate-600">{t("queue.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-100 text-xs text-slate-700 uppercase">
              <tr>
                {(["due", "shop", "appealed", "round", "filed", "status"] as const).map((c) => (
                  <th key={c} scope="col" className="px-3 py-2">{t(`queue.columns.${c}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => {
                const overdue = row.overdue;
                return (
                  <tr key={row.id} className={`border-t border-slate-200 ${i === selected ? "bg-brand-50" : ""} ${row.blockedReason ? "text-slate-500" : ""}`}>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {when(row.dueAt)}
                      {overdue ? <span className="ml-2 rounded bg-red-100 px-1.5 text-xs font-semibold text-red-900">{t("queue.overdue")}</span> : null}
                    </td>
                    <td className="px-3 py-2">
                      <span className="font-medium">{row.shopName}</span>
                      <span className="block text-xs text-slate-600">{row.platformName}</span>
                    </td>
                    <td className="px-3 py-2">
                      <Link
                        ref={(el) => {
                          links.current[i] = el;
                        }}
                        href={`/appeals/${row.id}`}
                        onFocus={() => setSelected(i)}
                        className="font-semibold text-brand-700 underline"
                      >
                        {t(`subject.${row.subject}`, { kind: row.actionKind })}
                        {row.caseNumber ? ` · #${row.caseNumber}` : ""}
                      </Link>
                      {row.listingTitle ? <span className="block max-w-md truncate text-xs text-slate-600">{row.listingTitle}</span> : null}
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {t("queue.round", { round: row.round })}
                      {row.round > 1 || row.subject === "account_action" ? <span className="ml-1 rounded bg-violet-100 px-1.5 text-xs text-violet-900">{t("queue.senior")}</span> : null}
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">{when(row.createdAt)}</td>
                    <td className="px-3 py-2">
                      {row.blockedReason && row.blockedReason !== "claimed_by_other"
                        ? t(`queue.blocked.${row.blockedReason}`)
                        : row.claimedByName
                          ? t("queue.inReviewBy", { name: row.claimedByName })
                          : t("queue.free")}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {nextHref ? (
        <Link href={nextHref} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
          {t("queue.more")} →
        </Link>
      ) : null}
    </div>
  );
}
