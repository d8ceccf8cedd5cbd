import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { POLICIES, type Locale } from "@/lib/moderation";
import { PriorityChips } from "@/components/queue/priority-chips";
import type { CaseDetailView } from "./types";

export function CaseHeader({ detail, now }: { detail: CaseDetailView; now: Date }) {
  const t = useTranslations("cases");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const c = detail.case;
  const overdue = c.state !== "resolved" && c.slaDueAt <= now;
  const state = c.state === "open" && c.reviewer ? "in_review" : c.state;
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
      <Link href="/queue" className="text-sm text-slate-700 underline">
        ← {t("backToQueue")}
      </Link>
      <h1 className="text-lg font-semibold">{t("heading", { number: c.number })}</h1>
      <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${STATE_STYLE[state]}`}>{t(`states.${state}`)}</span>
      <span className="text-xs text-slate-700">
        {t("openedDue", {
          opened: format.relativeTime(c.openedAt, now),
          due: format.dateTime(c.slaDueAt, { dateStyle: "medium", timeStyle: "short" }),
        })}
        {overdue ? <strong className="ml-1 text-red-700">{t("overdue")}</strong> : null}
      </span>
      {c.suggestedPolicy ? (
        <span className="text-xs">
          {t("suggested")} <strong>{POLICIES[c.suggestedPolicy].title[locale]}</strong>
        </span>
      ) : null}
      <div className="flex items-center gap-1.5">
        <span className="text-xs text-slate-700">{t("priority")}</span>
        <span className="font-mono font-semibold tabular-nums">{c.priority}</span>
        <PriorityChips terms={c.priorityTerms} max={6} />
      </div>
    </div>
  );
}

const STATE_STYLE: Record<string, string> = {
  open: "bg-slate-200 text-slate-900",
  in_review: "bg-amber-100 text-amber-900",
  awaiting_seller: "bg-sky-100 text-sky-900",
  resolved: "bg-emerald-100 text-emerald-900",
};
