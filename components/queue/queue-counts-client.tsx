"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { queueSearch } from "@/lib/validation/queue";

export interface Counts {
  open: number;
  inReview: number;
  awaitingSeller: number;
  overdue: number;
  mine: number;
}

export const COUNTS_POLL_MS = 15_000;

/** Live counts, refreshed by polling /api/queue/counts (never a server action). */
export function QueueCounts({ initial, platform }: { initial: Counts; platform: string | null }) {
  const t = useTranslations("queue");
  const { data } = useQuery({
    queryKey: ["queue-counts", platform],
    queryFn: async (): Promise<Counts> => {
      const res = await fetch(`/api/queue/counts${platform ? `?platform=${encodeURIComponent(platform)}` : ""}`, { cache: "no-store" });
      if (!res.ok) throw new Error(String(res.status));
      return (await res.json()) as Counts;
    },
    initialData: initial,
    refetchInterval: COUNTS_POLL_MS,
  });
  const items = [
    { key: "open", value: data.open, href: queueSearch({ state: "open", platform }), tone: "text-slate-900" },
    { key: "inReview", value: data.inReview, href: queueSearch({ state: "in_review", platform }), tone: "text-amber-800" },
    { key: "awaitingSeller", value: data.awaitingSeller, href: queueSearch({ state: "awaiting_seller", platform }), tone: "text-sky-800" },
    { key: "overdue", value: data.overdue, href: queueSearch({ state: "overdue", platform }), tone: "text-red-700" },
  ] as const;
  return (
    <ul aria-label={t("counts.label")} data-testid="queue-counts" className="flex flex-wrap gap-2 text-sm">
      {items.map((item) => (
        <li key={item.key}>
          <Link href={`/queue${item.href}`} className="flex items-baseline gap-1.5 rounded border border-slate-200 bg-white px-2.5 py-1 hover:border-slate-400">
            <span className={`font-mono text-lg font-semibold tabular-nums ${item.tone}`} data-count={item.key}>
              {item.value}
            </span>
            <span className="text-slate-700">{t(`counts.${item.key}`)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
