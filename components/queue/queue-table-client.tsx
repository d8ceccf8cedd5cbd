"use client";

import Image from "next/image";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { formatRupiah, POLICIES, type FlagSource, type Locale, type PolicyCode, type PolicyPoints, type PriorityTerm } from "@/lib/moderation";
import { ShortcutsDialog } from "@/components/cases/shortcuts-dialog-client";
import { isShortcutEvent } from "./keyboard";
import { PriorityChips } from "./priority-chips";
import { BulkBar, type BulkAction } from "./bulk-bar-client";

export interface QueueTableRow {
  id: string;
  number: number;
  state: "open" | "awaiting_seller" | "resolved";
  priority: number;
  priorityTerms: PriorityTerm[];
  flagCount: number;
  flagSources: FlagSource[];
  suggestedPolicy: keyof typeof POLICIES | null;
  openedAt: Date;
  slaDueAt: Date;
  awaitingUntil: Date | null;
  reviewer: { id: string; name: string } | null;
  listing: { title: string; imageUrl: string | null; priceIdr: number; stock: number };
  seller: { id: string; shopName: string; umkmTier: string | null };
  platform: { id: string; name: string };
}

export function QueueTable({
  rows,
  now,
  userId,
  canDecide,
  bulkAction,
  policyPoints,
  reviewNextFormId,
}: {
  rows: QueueTableRow[];
  now: Date;
  userId: string;
  canDecide: boolean;
  bulkAction: BulkAction;
  /** Per platform id: each policy's points on that platform's ladder. */
  policyPoints: Record<string, Record<PolicyCode, PolicyPoints>>;
  reviewNextFormId: string;
}) {
  const t = useTranslations("queue");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const router = useRouter();
  const [active, setActive] = useState(-1);
  const [selected, setSelected] = useState<string[]>([]);
  const [helpOpen, setHelpOpen] = useState(false);
  const links = useRef<(HTMLAnchorElement | null)[]>([]);

  const selectedRow = rows.find((r) => r.id === selected[0]) ?? null;
  const selectedSeller = selectedRow?.seller ?? null;
  const selectedPoints = selectedRow ? policyPoints[selectedRow.platform.id] : undefined;
  const toggle = useCallback(
    (row: QueueTableRow) => {
      setSelected((current) => {
        if (current.includes(row.id)) return current.filter((id) => id !== row.id);
        const seller = rows.find((r) => r.id === current[0])?.seller.id;
        if (seller && seller !== row.seller.id) return current;
        return [...current, row.id];
      });
    },
    [rows],
  );

  const move = useCallback(
    (delta: number) => {
      if (rows.length === 0) return;
      const next = Math.min(rows.length - 1, Math.max(0, (active < 0 ? (delta > 0 ? -1 : rows.length) : active) + delta));
      setActive(next);
      links.current[next]?.focus();
    },
    [active, rows.length],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (helpOpen || !isShortcutEvent(event)) return;
      if (event.key === "j") move(1);
      else if (event.key === "k") move(-1);
      else if (event.key === "x" && active >= 0 && rows[active] && canDecide) toggle(rows[active]);
      else if (event.key === "n") {
        const form = document.getElementById(reviewNextFormId);
        if (form instanceof HTMLFormElement) form.requestSubmit();
      } else if (event.key === "?") setHelpOpen(true);
      else if (event.key === "Enter" && active >= 0 && rows[active] && document.activeElement === document.body) {
        router.push(`/cases/${rows[active].id}`);
      } else return;
      event.preventDefault();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [active, canDecide, helpOpen, move, reviewNextFormId, router, rows, toggle]);

  if (rows.length === 0) {
    return <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">{t("empty")}</p>;
  }

  return (
    <>
      {canDecide && selected.length > 0 && selectedSeller && selectedPoints ? (
        <BulkBar
          caseIds={selected}
          shopName={selectedSeller.shopName}
          policyPoints={selectedPoints}
          action={bulkAction}
          onDone={() => {
            setSelected([]);
            router.refresh();
          }}
          onClear={() => setSelected([])}
        />
      ) : null}
      <div className="rounded-md border border-slate-200 bg-white md:overflow-x-auto">
        <table className="w-full border-collapse text-sm max-md:block md:min-w-[1180px] md:table-fixed">
          <colgroup>
            {canDecide ? <col className="w-8" /> : null}
            <col className="w-[22%]" />
            <col className="w-[11%]" />
            <col className="w-[10%]" />
            <col className="w-[12%]" />
            <col className="w-[25%]" />
            <col className="w-[12%]" />
            <col className="w-[8%]" />
          </colgroup>
          <caption className="sr-only">{t("tableCaption")}</caption>
          <thead className="bg-slate-100 max-md:hidden text-left text-xs font-semibold uppercase tracking-wide text-slate-700">
            <tr>
              {canDecide ? (
                <th scope="col" className="w-8 px-2 py-2">
                  <span className="sr-only">{t("columns.select")}</span>
                </th>
              ) : null}
              <th scope="col" className="px-2 py-2">{t("columns.listing")}</th>
              <th scope="col" className="px-2 py-2">{t("columns.shop")}</th>
              <th scope="col" className="px-2 py-2">{t("columns.policy")}</th>
              <th scope="col" className="px-2 py-2">{t("columns.flags")}</th>
              <th scope="col" className="px-2 py-2">{t("columns.priority")}</th>
              <th scope="col" className="px-2 py-2">{t("columns.age")}</th>
              <th scope="col" className="px-2 py-2">{t("columns.reviewer")}</th>
            </tr>
          </thead>
          <tbody className="max-md:block">
            {rows.map((row, i) => {
              const overdue = row.slaDueAt.getTime() <= now.getTime();
              const disabled = selectedSeller !== null && selectedSeller.id !== row.seller.id;
              return (
                <tr
                  key={row.id}
                  className={`border-t border-slate-200 align-top max-md:flex max-md:flex-wrap max-md:gap-x-3 max-md:pb-2 ${i === active ? "bg-brand-50 outline-2 -outline-offset-2 outline-brand-600" : "hover:bg-slate-50"}`}
                  onFocus={() => setActive(i)}
                >
                  {canDecide ? (
                    <td className="px-2 py-2 max-md:w-8">
                      <input
                        type="checkbox"
                        checked={selected.includes(row.id)}
                        disabled={disabled || row.state !== "open" || (row.reviewer !== null && row.reviewer.id !== userId)}
                        onChange={() => toggle(row)}
                        aria-label={t("selectCase", { number: row.number })}
                        title={disabled ? t("bulk.oneSellerOnly") : undefined}
                        className="h-4 w-4"
                      />
                    </td>
                  ) : null}
                  <td className="px-2 py-1.5 max-md:w-[calc(100%-3rem)]">
                    <div className="flex gap-2">
                      {row.listing.imageUrl ? (
                        <Image src={row.listing.imageUrl} alt="" width={40} height={40} unoptimized className="h-10 w-10 shrink-0 rounded bg-slate-100 object-cover" />
                      ) : null}
                      <div className="min-w-0">
                        <Link
                          href={`/cases/${row.id}`}
                          ref={(el) => {
                            links.current[i] = el;
                          }}
                          className="line-clamp-2 font-medium text-slate-900 underline-offset-2 hover:underline"
                        >
                          {row.listing.title}
                        </Link>
                        <div className="text-xs text-slate-600">
                          #{row.number} · {row.platform.name} · {formatRupiah(row.listing.priceIdr)} · {t("stock", { stock: row.listing.stock })}
                        </div>
                      </div>
                    </div>
                  </td>
                  <td className="px-2 py-1.5 max-md:w-full max-md:py-0 max-md:pl-10">
                    <div className="font-medium leading-tight">{row.seller.shopName}</div>
                    <div className="text-xs text-slate-600">{row.seller.umkmTier ? t(`tiers.${row.seller.umkmTier}`) : t("tierUnknown")}</div>
                  </td>
                  <td className="px-2 py-1.5 text-xs leading-tight max-md:hidden">{row.suggestedPolicy ? POLICIES[row.suggestedPolicy].title[locale] : "—"}</td>
                  <td className="px-2 py-1.5 text-xs leading-tight max-md:hidden">
                    <span className="font-semibold">{t("flagCount", { count: row.flagCount })}</span>
                    <span className="text-slate-600">: {[...new Set(row.flagSources)].map((s) => t(`sourcesShort.${s}`)).join(", ")}</span>
                  </td>
                  <td className="px-2 py-1.5 max-md:w-full max-md:pl-8">
                    <div className="flex items-start gap-2">
                      <span className="w-8 shrink-0 text-right font-mono text-base font-semibold tabular-nums" aria-label={t("priorityScore", { score: row.priority })}>
                        {row.priority}
                      </span>
                      <PriorityChips terms={tableTerms(row.priorityTerms)} max={4} dense />
                    </div>
                  </td>
                  <td className="whitespace-nowrap px-2 py-1.5 text-xs max-md:py-0 max-md:pl-10">
                    <div>{t("opened", { when: format.relativeTime(row.openedAt, now) })}</div>
                    <div className={overdue ? "font-semibold text-red-700" : dueSoon(row, now) ? "font-semibold text-amber-800" : "text-slate-600"}>
                      {overdue ? t("overdueSince", { when: format.relativeTime(row.slaDueAt, now) }) : t("dueIn", { when: format.relativeTime(row.slaDueAt, now) })}
                    </div>
                  </td>
                  <td className="px-2 py-1.5 text-xs leading-tight max-md:py-0">
                    {row.state === "awaiting_seller" ? (
                      <span className="text-sky-800">{t("awaitingUntil", { when: format.dateTime(row.awaitingUntil ?? now, { dateStyle: "medium", timeStyle: "short" }) })}</span>
                    ) : row.reviewer ? (
                      <span className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">
                        {row.reviewer.id === userId ? t("reviewingByYou") : t("reviewingBy", { name: row.reviewer.name })}
                      </span>
                    ) : (
                      <span className="text-slate-500">{t("free")}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-xs text-slate-600">{t("keyboardHint")}</p>
      <ShortcutsDialog
        open={helpOpen}
        onClose={() => setHelpOpen(false)}
        shortcuts={[
          { keys: "j / k", label: t("shortcuts.move") },
          { keys: "Enter", label: t("shortcuts.open") },
          { keys: "n", label: t("shortcuts.next") },
          { keys: "x", label: t("shortcuts.select") },
          { keys: "?", label: t("shortcuts.help") },
        ]}
      />
    </>
  );
}

/** In the table the flags column already names the sources; chips show what else raised or lowered the score. */
function tableTerms(terms: readonly PriorityTerm[]): PriorityTerm[] {
  return terms.filter((term) => !term.key.startsWith("source.") || term.key === "source.platform_classifier");
}

function dueSoon(row: QueueTableRow, now: Date): boolean {
  const left = row.slaDueAt.getTime() - now.getTime();
  return left > 0 && left < Math.max(6 * 3_600_000, (row.slaDueAt.getTime() - row.openedAt.getTime()) * 0.25);
}
