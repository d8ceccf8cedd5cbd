"use client";

import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/validation/action-result";
import {
  CSV_MAX_BYTES,
  CSV_MAX_ROWS,
  parseCsvText,
  validateCsvRows,
  type CsvRowError,
  type PlatformRef,
  type ValidCsvRow,
} from "@/lib/validation/ingest-csv";
import { chunkRows } from "@/lib/validation/ingest-csv-files";
import { CsvErrorTable } from "./csv-error-table";
import { ErrorReportButton } from "./error-report-button";

export interface ChunkResultView {
  accepted: number;
  duplicates: number;
  casesOpened: number;
  casesUpdated: number;
  rejected: CsvRowError[];
}

interface Preview {
  fileName: string;
  delimiter: string;
  rows: number;
  valid: ValidCsvRow[];
  errors: CsvRowError[];
  rejectedRows: number;
}

interface Progress {
  done: number;
  total: number;
  totals: Omit<ChunkResultView, "rejected">;
  serverRejected: CsvRowError[];
  finished: boolean;
  failure: string | null;
}

export function ImportClient({
  platforms,
  importChunk,
}: {
  platforms: PlatformRef[];
  importChunk: (rows: ValidCsvRow[]) => Promise<ActionResult<ChunkResultView>>;
}) {
  const t = useTranslations("import");
  const format = useFormatter();
  const n = (v: number) => format.number(v);
  const [fileError, setFileError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const busy = progress !== null && !progress.finished;

  async function onFile(file: File | undefined) {
    setFileError(null);
    setPreview(null);
    setProgress(null);
    if (!file) return;
    if (file.size > CSV_MAX_BYTES) return setFileError(t("file.tooLarge", { mb: CSV_MAX_BYTES / 1024 / 1024 }));
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      return setFileError(t("file.notUtf8"));
    }
    const parsed = parseCsvText(text);
    if (parsed.missingColumns.length > 0) return setFileError(t("file.missingColumns", { columns: parsed.missingColumns.join(", ") }));
    if (parsed.rows.length === 0) return setFileError(t("file.empty"));
    if (parsed.rows.length > CSV_MAX_ROWS) return setFileError(t("file.tooManyRows", { max: n(CSV_MAX_ROWS) }));
    const result = validateCsvRows(parsed, platforms);
    setPreview({ fileName: file.name, delimiter: parsed.delimiter, rows: parsed.rows.length, ...result });
  }

  async function runImport() {
    if (!preview) return;
    const chunks = chunkRows(preview.valid);
    const state: Progress = {
      done: 0,
      total: preview.valid.length,
      totals: { accepted: 0, duplicates: 0, casesOpened: 0, casesUpdated: 0 },
      serverRejected: [],
      finished: false,
      failure: null,
    };
    setProgress({ ...state });
    for (const chunk of chunks) {
      let result: ActionResult<ChunkResultView>;
      try {
        result = await importChunk(chunk);
      } catch {
        result = { ok: false, error: t("progress.networkError") };
      }
      if (!result.ok) {
        state.failure = result.error;
        break;
      }
      state.done += chunk.length;
      state.totals.accepted += result.data.accepted;
      state.totals.duplicates += result.data.duplicates;
      state.totals.casesOpened += result.data.casesOpened;
      state.totals.casesUpdated += result.data.casesUpdated;
      state.serverRejected.push(...result.data.rejected);
      setProgress({ ...state, totals: { ...state.totals } });
    }
    state.finished = true;
    setProgress({ ...state, totals: { ...state.totals } });
  }

  const allErrors = preview ? [...preview.errors, ...(progress?.serverRejected ?? [])] : [];
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;

  return (
    <div className="space-y-5">
      <div>
        <label htmlFor="csv-file" className="block text-sm font-medium">
          {t("file.label")}
        </label>
        <input
          id="csv-file"
          type="file"
          accept=".csv,text/csv"
          disabled={busy}
          onChange={(e) => void onFile(e.currentTarget.files?.[0])}
          aria-describedby="csv-file-hint"
          className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-500 file:bg-white file:px-3 file:py-2 file:font-medium"
        />
        <p id="csv-file-hint" className="mt-1 text-sm text-slate-600">
          {t("file.hint", { max: n(CSV_MAX_ROWS) })}
        </p>
        {fileError ? (
          <p role="alert" className="mt-2 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
            {fileError}
          </p>
        ) : null}
      </div>

      {preview ? (
        <section aria-labelledby="preview-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="preview-heading" className="text-lg font-semibold">
            {t("preview.heading", { file: preview.fileName })}
          </h2>
          <p data-testid="import-preview-counts">
            {t("preview.counts", {
              rows: n(preview.rows),
              valid: n(preview.valid.length),
              rejected: n(preview.rejectedRows),
              separator: preview.delimiter === ";" ? t("preview.semicolon") : t("preview.comma"),
            })}
          </p>
          <CsvErrorTable errors={preview.errors} />
          <div className="flex flex-wrap gap-3">
            <button
              type="button"
              onClick={() => void runImport()}
              disabled={busy || progress?.finished === true || preview.valid.length === 0}
              className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
            >
              {t("preview.import", { count: preview.valid.length, formatted: n(preview.valid.length) })}
            </button>
            <ErrorReportButton errors={preview.errors} fileName={preview.fileName} />
          </div>
        </section>
      ) : null}

      {progress ? (
        <section aria-labelledby="progress-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="progress-heading" className="text-lg font-semibold">
            {progress.finished ? t("summary.heading") : t("progress.heading")}
          </h2>
          <div
            role="progressbar"
            aria-labelledby="progress-heading"
            aria-valuemin={0}
            aria-valuemax={progress.total}
            aria-valuenow={progress.done}
            aria-valuetext={t("progress.text", { done: n(progress.done), total: n(progress.total) })}
            className="h-4 w-full overflow-hidden rounded-full bg-slate-200"
          >
            <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${percent}%` }} />
          </div>
          <p className="text-sm tabular-nums" aria-live="polite">
            {t("progress.text", { done: n(progress.done), total: n(progress.total) })}
          </p>
          {progress.failure ? (
            <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
              {t("progress.stopped", { done: n(progress.done), error: progress.failure })}
            </p>
          ) : null}
          {progress.finished ? (
            <>
              <dl data-testid="import-summary" className="grid grid-cols-2 gap-3 sm:grid-cols-5">
                {(
                  [
                    ["imported", progress.totals.accepted],
                    ["duplicates", progress.totals.duplicates],
                    ["rejected", (preview?.rejectedRows ?? 0) + progress.serverRejected.length],
                    ["casesOpened", progress.totals.casesOpened],
                    ["casesUpdated", progress.totals.casesUpdated],
                  ] as const
                ).map(([key, value]) => (
                  <div key={key} className="rounded-md bg-slate-50 p-3">
                    <dt className="text-sm text-slate-600">{t(`summary.${key}`)}</dt>
                    <dd className="text-2xl font-semibold tabular-nums">{n(value)}</dd>
                  </div>
                ))}
              </dl>
              <ErrorReportButton errors={allErrors} fileName={preview?.fileName ?? "import"} />
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
