"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTransition } from "react";
import type { ActionResult } from "@/lib/validation/action-result";
import type { NotificationKind } from "@/lib/moderation/constants";
import { notificationText } from "./notification-text";

export interface InboxItem {
  id: string;
  kind: NotificationKind;
  params: Record<string, string | number | null>;
  shopName: string;
  caseId: string | null;
  appealId: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface InboxData {
  unread: number;
  items: InboxItem[];
}

const QUERY_KEY = ["seller-notifications"];

async function fetchInbox(): Promise<InboxData> {
  const response = await fetch("/api/seller/notifications", { cache: "no-store" });
  if (!response.ok) throw new Error(`inbox ${response.status}`);
  return (await response.json()) as InboxData;
}

export function InboxClient({
  initial,
  markRead,
}: {
  initial: InboxData;
  markRead: (ids: string[] | "all") => Promise<ActionResult<{ changed: number }>>;
}) {
  const t = useTranslations("seller");
  const format = useFormatter();
  const client = useQueryClient();
  const [pending, startTransition] = useTransition();
  const { data, isError } = useQuery({ queryKey: QUERY_KEY, queryFn: fetchInbox, initialData: initial, refetchInterval: 20_000 });

  const mark = (ids: string[] | "all") =>
    startTransition(async () => {
      const nowIso = new Date().toISOString();
      client.setQueryData<InboxData>(QUERY_KEY, (old) => {
        if (!old) return old;
        const items = old.items.map((n) => (ids === "all" || ids.includes(n.id) ? { ...n, readAt: n.readAt ?? nowIso } : n));
        return { items, unread: Math.max(0, old.unread - old.items.filter((n) => !n.readAt && (ids === "all" || ids.includes(n.id))).length) };
      });
      await markRead(ids);
      await client.invalidateQueries({ queryKey: QUERY_KEY });
    });

  const dateText = (iso: string) => format.dateTime(new Date(iso), { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" });
  const shortDate = (iso: string) => format.dateTime(new Date(iso), { day: "numeric", month: "long", year: "numeric" });

  return (
    <section aria-labelledby="inbox-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="inbox-heading" className="text-lg font-semibold">
          {t("inbox.heading")}{" "}
          <span className="ml-1 rounded-full bg-brand-700 px-2 py-0.5 align-middle text-sm font-semibold text-white" aria-live="polite">
            {t("inbox.unread", { count: data.unread })}
          </span>
        </h2>
        {data.unread > 0 ? (
          <button type="button" onClick={() => mark("all")} disabled={pending} className="min-h-11 rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100">
            {t("inbox.markAllRead")}
          </button>
        ) : null}
      </div>
      {isError ? <p className="mt-2 text-sm text-amber-800">{t("inbox.loadError")}</p> : null}
      {data.items.length === 0 ? <p className="mt-3 text-sm text-slate-600">{t("inbox.none")}</p> : null}
      <ul className="mt-3 divide-y divide-slate-200">
        {data.items.map((n) => {
          const text = notificationText(n);
          const values = { ...text.values };
          for (const key of text.dates) values[key] = shortDate(String(values[key]));
          values.nextActionText = values.hasNext === "yes" && ["restrict_listings", "suspend", "block"].includes(String(values.nextAction)) ? t(`ladderAction.${String(values.nextAction)}`, { days: values.nextDays ?? 0 }) : "";
          const unread = n.readAt === null;
          return (
            <li key={n.id} className="py-3">
              <div className="flex items-start gap-2">
                {unread ? <span className="mt-1 rounded bg-amber-200 px-1.5 text-xs font-semibold text-amber-950">{t("inbox.new")}</span> : null}
                <div className="min-w-0 flex-1">
                  <p className={`break-words ${unread ? "font-semibold" : ""}`}>{t(`notifications.${text.key}.title`, values)}</p>
                  <p className="mt-0.5 text-sm break-words text-slate-700">{t(`notifications.${text.key}.body`, values)}</p>
                  <p className="mt-1 text-xs text-slate-600">
                    <bdi>{n.shopName}</bdi> · <time dateTime={n.createdAt}>{dateText(n.createdAt)}</time>
                  </p>
                  <div className="mt-1 flex flex-wrap gap-x-4">
                    <Link href={text.href} className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline" onClick={() => unread && mark([n.id])}>
                      {t("inbox.open")}
                    </Link>
                    {unread ? (
                      <button type="button" onClick={() => mark([n.id])} disabled={pending} className="min-h-11 text-sm text-slate-700 underline">
                        {t("inbox.markRead")}
                      </button>
                    ) : null}
                  </div>
                </div>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
