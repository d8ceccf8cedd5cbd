import { useFormatter, useLocale, useTranslations } from "next-intl";
import { POLICIES, type Locale } from "@/lib/moderation";
import type { CaseDetailView } from "./types";

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
      <table className="mt-1 w-full text-xs">
        <thead className="text-left text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-2 font-medium">{t("flags.source")}</th>
            <th scope="col" className="py-1 pr-2 font-medium">{t("flags.reference")}</th>
            <th scope="col" className="py-1 pr-2 font-medium">{t("flags.confidence")}</th>
            <th scope="col" className="py-1 pr-2 font-medium">{t("flags.note")}</th>
            <th scope="col" className="py-1 font-medium">{t("flags.received")}</th>
          </tr>
        </thead>
        <tbody>
          {flags.map((f) => (
            <tr key={f.id} className="border-t border-slate-100 align-top">
              <td className="py-1 pr-2 font-medium">{tq(`sources.${f.source}`)}</td>
              <td className="py-1 pr-2 font-mono">{f.sourceReference}</td>
              <td className="py-1 pr-2 tabular-nums">{f.confidence === null ? "—" : `${Math.round(f.confidence * 100)}%`}</td>
              <td className="py-1 pr-2">
                {f.reason ? <span className="block text-slate-600">{POLICIES[f.reason].title[locale]}</span> : null}
                {f.note ?? ""}
              </td>
              <td className="whitespace-nowrap py-1">{format.dateTime(f.receivedAt, { dateStyle: "short", timeStyle: "short" })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
