"use client";

import { useTranslations } from "next-intl";
import type { CsvRowError } from "@/lib/validation/ingest-csv";
import { toCsv } from "@/lib/validation/ingest-csv-files";
import { useCsvErrorText } from "./use-csv-error-text";

/** Downloads the errors as CSV (formula-safe), named after the imported file. */
export function ErrorReportButton({ errors, fileName }: { errors: readonly CsvRowError[]; fileName: string }) {
  const t = useTranslations("import");
  const text = useCsvErrorText();
  if (errors.length === 0) return null;
  function download() {
    const rows = [
      [t("preview.row"), t("preview.column"), t("preview.value"), t("preview.problem")],
      ...errors.map((e) => [String(e.row), e.column, e.value ?? "", text(e)]),
    ];
    const url = URL.createObjectURL(new Blob([toCsv(rows)], { type: "text/csv;charset=utf-8" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = `${fileName.replace(/\.csv$/i, "")}-errors.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  }
  return (
    <button type="button" onClick={download} className="rounded-md border border-slate-500 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50">
      {t("errorReport", { count: errors.length })}
    </button>
  );
}
