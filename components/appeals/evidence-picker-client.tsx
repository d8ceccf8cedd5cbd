"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { EVIDENCE_MAX_BYTES, EVIDENCE_MAX_FILES, sniffEvidenceType, type EvidenceFileError } from "@/lib/moderation/evidence";

// Choosing evidence files: each file is checked at once by its first bytes and size (the same
// rules the server applies again), refused files are named with the reason, and the chosen
// files stay chosen when the form comes back with an error.

export async function localCheck(file: File): Promise<EvidenceFileError | null> {
  if (file.size === 0) return "empty";
  if (file.size > EVIDENCE_MAX_BYTES) return "too_large";
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  return sniffEvidenceType(head) ? null : "unsupported_type";
}

export function EvidencePicker({
  files,
  onChange,
  label,
  serverError,
  name = "files",
}: {
  files: File[];
  onChange: (files: File[]) => void;
  label: string;
  serverError?: string;
  name?: string;
}) {
  const t = useTranslations("appeals");
  const format = useFormatter();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [refusals, setRefusals] = useState<string[]>([]);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const message = [...refusals, ...(serverError ? [serverError] : [])].join(" ");

  async function add(list: FileList | null) {
    if (!list) return;
    const next = [...files];
    const refused: string[] = [];
    for (const file of Array.from(list)) {
      const problem = await localCheck(file);
      if (problem) refused.push(t(`errors.file.${problem}`, { name: file.name }));
      else if (next.length >= EVIDENCE_MAX_FILES) refused.push(t("errors.tooManyFiles"));
      else next.push(file);
    }
    setRefusals([...new Set(refused)]);
    onChange(next);
    if (input.current) input.current.value = "";
  }

  return (
    <div>
      <p id={`${id}-label`} className="font-semibold">
        {label}
      </p>
      <p id={hintId} className="mt-1 text-sm text-slate-600">
        {t("form.filesHint")}
      </p>
      {/* The native control's own text follows the browser's language, so it is hidden behind a translated button. */}
      <input
        ref={input}
        id={id}
        name={name}
        type="file"
        multiple
        accept="image/jpeg,image/png,image/webp,application/pdf"
        aria-labelledby={`${id}-label ${id}-button`}
        aria-describedby={message ? `${hintId} ${errorId}` : hintId}
        aria-invalid={message ? true : undefined}
        onChange={(e) => void add(e.currentTarget.files)}
        className="peer sr-only"
      />
      <label
        id={`${id}-button`}
        htmlFor={id}
        className="mt-2 inline-flex min-h-11 cursor-pointer items-center rounded-md border-2 border-brand-700 bg-white px-4 font-semibold text-brand-800 peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600 hover:bg-brand-50"
      >
        {t("form.choose")}
      </label>
      {message ? (
        <p id={errorId} className="mt-1 text-sm text-red-700" role="alert">
          {message}
        </p>
      ) : null}
      {files.length > 0 ? (
        <>
          <p className="mt-2 text-sm text-slate-700">{t("form.fileCount", { count: files.length, max: EVIDENCE_MAX_FILES })}</p>
          <ul className="mt-1 space-y-1">
            {files.map((file, i) => (
              <li key={`${file.name}-${i}`} className="flex items-center justify-between gap-2 rounded-md border border-slate-200 bg-slate-50 px-3 py-1 text-sm">
                <span className="min-w-0 truncate">
                  {file.name} · {t("evidence.size", { size: format.number(Math.max(1, Math.round(file.size / 1024))) })}
                </span>
                <button
                  type="button"
                  className="min-h-11 flex-none px-2 font-semibold text-red-800 underline"
                  onClick={() => onChange(files.filter((_, j) => j !== i))}
                  aria-label={t("form.remove", { name: file.name })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
