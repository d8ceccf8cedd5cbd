"use client";

import { useTranslations } from "next-intl";
import type { CsvRowError } from "@/lib/validation/ingest-csv";

/** The reader's-language sentence for one row error. */
export function useCsvErrorText(): (e: CsvRowError) => string {
  const t = useTranslations("import");
  return (e) => t(`errors.${e.code}`, { column: e.column, ...(e.params ?? {}) });
}
