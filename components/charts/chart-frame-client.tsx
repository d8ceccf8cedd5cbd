"use client";

import { useState, type ReactNode } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { csvDocument } from "@/lib/csv";
import type { ChartRow } from "@/lib/dashboard/types";

export type ColumnFormat = "text" | "date" | "count" | "percent" | "hours";
export interface ChartColumn {
  key: string;
  label: string;
  format: ColumnFormat;
}

/**
 * A chart card: title, caption, a one-line finding, the chart, and its accessible alternative —
 * a data table toggle and a CSV of exactly the rows and columns the chart draws.
 */
export function ChartFrame({
  id,
  title,
  caption,
  insight,
  columns,
  rows,
  fileName,
  children,
}: {
  id: string;
  title: string;
  caption: string;
  insight: string;
  columns: ChartColumn[];
  rows: ChartRow[];
  fileName: string;
  children: ReactNode;
}) {
  const t = useTranslations("dashboard.chart");
  const [open, setOpen] = useState(false);
  const download = () => {
    // A byte-order mark so spreadsheet programs read the file as UTF-8.
    const blob = new Blob([`\uFEFF${csvDocument(columns, rows)}`], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <section aria-labelledby={`${id}-title`} data-chart={id} className="flex flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm break-inside-avoid">
      <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
        <h2 id={`${id}-title`} className="min-w-[14rem] flex-1 text-base font-semibold text-slate-900">
          {title}
        </h2>
        <div className="flex shrink-0 gap-2 whitespace-nowrap text-xs print:hidden">
          <button
            type="button"
            aria-expanded={open}
            aria-controls={`${id}-table`}
            onClick={() => setOpen((v) => !v)}
            className="rounded border border-slate-300 px-2 py-1 font-medium text-slate-700 hover:bg-slate-100"
          >
            {open ? t("hideTable") : t("showTable")}
          </button>
          <button type="button" onClick={download} className="rounded border border-slate-300 px-2 py-1 font-medium text-slate-700 hover:bg-slate-100">
            {t("downloadCsv")}
          </button>
        </div>
      </div>
      <p className="mt-1 text-xs leading-snug text-slate-600">{caption}</p>
      <p className="mt-2 text-sm font-semibold text-slate-900" data-insight>
        {insight}
      </p>
      <div role="img" aria-label={`${title}. ${insight}`} className="mt-2">
        {children}
      </div>
      <div id={`${id}-table`} hidden={!open} className="mt-3 overflow-x-auto">
        {open ? <DataTable title={title} columns={columns} rows={rows} /> : null}
      </div>
    </section>
  );
}

function DataTable({ title, columns, rows }: { title: string; columns: ChartColumn[]; rows: ChartRow[] }) {
  const t = useTranslations("dashboard.chart");
  const format = useFormatter();
  const cell = (value: ChartRow[string] | undefined, kind: ColumnFormat) => {
    if (value === null || value === undefined || value === "") return t("notApplicable");
    if (typeof value === "string") {
      return kind === "date" ? format.dateTime(new Date(`${value}T00:00:00+07:00`), { day: "numeric", month: "short", year: "numeric" }) : value;
    }
    if (kind === "percent") return format.number(value / 100, { style: "percent", maximumFractionDigits: 1 });
    if (kind === "hours") return t("hoursValue", { n: format.number(value, { maximumFractionDigits: 1 }) });
    return format.number(value);
  };
  return (
    <table className="w-full border-collapse text-left text-xs">
      <caption className="sr-only">{t("tableCaption", { title })}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" className="border-b border-slate-300 px-2 py-1 font-semibold text-slate-700">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i} className="odd:bg-slate-50">
            {columns.map((c, j) =>
              j === 0 ? (
                <th key={c.key} scope="row" className="px-2 py-1 font-medium text-slate-800">
                  {cell(row[c.key], c.format)}
                </th>
              ) : (
                <td key={c.key} className="px-2 py-1 tabular-nums text-slate-800">
                  {cell(row[c.key], c.format)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
