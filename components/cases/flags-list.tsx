import { useFormatter, useLocale, useTranslations } from "next-intl";
import { POLICIES, type Locale } from "@/lib/moderation";
import type { CaseDetailView } from "./types";

/** Every flag: source, reference, confidence, suspected policy, note and when it arrived. */
export function FlagsList({ flags }: { flags: CaseDetailView["flags"] }) {
  const t = useTranslations("cases");
  const tq = useTranslations("queue");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  return (
    <section aria-labelledby="flags-title" className="rounded-md border border-slate-200 bg-white p-3">
      <h2 id="flags-title" className="text-sm font-semibold">
        {t("flags.title", { count: flags.length })}
      </h2>
      <ul className="mt-1 divide-y divide-slate-100 text-xs">
        {flags.map((f) => (
          <li key={f.id} className="py-1.5">
            <div className="flex flex-wrap items-baseline gap-x-2">
              <span className="font-semibold">{tq(`sources.${f.source}`)}</span>
              <span className="break-all font-mono text-slate-700">
                <span className="sr-only">{t("flags.reference")}: </span>
                {f.sourceReference}
              </span>
              {f.confidence !== null ? (
                <span className="tabular-nums">{t("flags.confidenceValue", { value: Math.round(f.confidence * 100) })}</span>
              ) : null}
              <time dateTime={f.receivedAt.toISOString()} className="ml-auto text-slate-600">
                <span className="sr-only">{t("flags.received")}: </span>
                {format.dateTime(f.receivedAt, { dateStyle: "short", timeStyle: "short" })}
              </time>
            </div>
            {f.reason || f.note ? (
              <p className="mt-0.5 text-slate-800">
                {f.reason ? <span className="font-medium">{POLICIES[f.reason].title[locale]}. </span> : null}
                {f.note ?? ""}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
