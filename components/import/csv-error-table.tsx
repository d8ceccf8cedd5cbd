"use client";

import { useTranslations } from "next-intl";
import type { CsvRowError } from "@/lib/validation/ingest-csv";
import { useCsvErrorText } from "./use-csv-error-text";

const SHOWN = 100;

export function CsvErrorTable({ errors }: { errors: readonly CsvRowError[] }) {
  const t = useTranslations("import");
  const text = useCsvErrorText();
  if (errors.length === 0) return null;
  return (
    <div>
      <ul aria-label={t("preview.errorsCaption")} className="max-h-96 divide-y divide-slate-200 overflow-auto rounded-md border border-slate-200 bg-white text-sm sm:hidden">
        {errors.slice(0, SHOWN).map((e, i) => (
          <li key={`${e.row}-${e.column}-${i}`} className="px-3 py-2">
            <span className="font-medium tabular-nums">{t("preview.rowN", { row: e.row })}</span>
            {e.column ? <span className="ml-2 font-mono text-slate-700">{e.column}</span> : null}
            <span className="block">{text(e)}</span>
          </li>
        ))}
      </ul>
      <div className="relative hidden max-h-96 overflow-auto rounded-md border border-slate-200 bg-white sm:block">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">{t("preview.errorsCaption")}</caption>
          <thead className="sticky top-0 bg-slate-50">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">{t("preview.row")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("preview.column")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("preview.value")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("preview.problem")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {errors.slice(0, SHOWN).map((e, i) => (
              <tr key={`${e.row}-${e.column}-${i}`}>
                <td className="px-3 py-1.5 tabular-nums">{e.row}</td>
                <td className="px-3 py-1.5 font-mono">{e.column || "—"}</td>
                <td className="max-w-48 truncate px-3 py-1.5">{e.value ?? ""}</td>
                <td className="px-3 py-1.5">{text(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {errors.length > SHOWN ? (
        <p className="mt-2 text-sm text-slate-600">{t("preview.moreErrors", { shown: SHOWN, total: errors.length })}</p>
      ) : null}
    </div>
  );
}
