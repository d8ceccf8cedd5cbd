// CSV import of flags (/admin/import): the documented columns, the template, and the mapping of a
// CSV row onto the API's flag item, validated by the same zod schema as POST /api/v1/flags.
// Errors are codes with params, translated by the page (messages `import.errors.*`).

import Papa from "papaparse";
import type { z } from "zod";
import { flagItemSchema, type FlagItem } from "./ingest";

export const CSV_MAX_ROWS = 20_000;
export const CSV_MAX_BYTES = 15 * 1024 * 1024;
export const DEFAULT_CSV_SOURCE = "ministry_directive";

/** Columns in template order; `path` is the field of the API flag item the column fills. */
export const CSV_COLUMNS = [
  { name: "platform", required: true, path: null },
  { name: "source", required: false, path: "source" },
  { name: "source_reference", required: true, path: "source_reference" },
  { name: "reason", required: true, path: "reason" },
  { name: "observed_at", required: true, path: "observed_at" },
  { name: "confidence", required: false, path: "confidence" },
  { name: "note", required: false, path: "note" },
  { name: "listing_external_id", required: true, path: "listing.external_id" },
  { name: "listing_url", required: true, path: "listing.url" },
  { name: "listing_title", required: true, path: "listing.title" },
  { name: "listing_description", required: false, path: "listing.description" },
  { name: "price_idr", required: true, path: "listing.price_idr" },
  { name: "stock", required: true, path: "listing.stock" },
  { name: "category", required: false, path: "listing.category" },
  { name: "image_urls", required: false, path: "listing.image_urls" },
  { name: "seller_external_id", required: true, path: "seller.external_id" },
  { name: "shop_name", required: true, path: "seller.shop_name" },
  { name: "province", required: true, path: "seller.province" },
  { name: "umkm_tier", required: false, path: "seller.umkm_tier" },
  { name: "nib", required: false, path: "seller.nib" },
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number]["name"];

export const CSV_ERROR_CODES = [
  "required",
  "tooLong",
  "tooMany",
  "invalidUrl",
  "invalidChoice",
  "notWholeNumber",
  "notNumber",
  "outOfRange",
  "invalidDate",
  "invalidNib",
  "unknownPlatform",
  "listingSellerConflict",
  "wrongColumnCount",
  "invalid",
] as const;
export type CsvErrorCode = (typeof CSV_ERROR_CODES)[number];

export interface CsvRowError {
  /** Spreadsheet row number: the header is row 1. */
  row: number;
  column: CsvColumn | "";
  code: CsvErrorCode;
  params?: Record<string, string | number>;
  value?: string;
}

export interface ValidCsvRow {
  row: number;
  platformId: string;
  item: FlagItem;
}

export type RawRow = Record<string, string | undefined>;

export interface ParsedCsv {
  delimiter: string;
  headers: string[];
  missingColumns: CsvColumn[];
  rows: RawRow[];
  /** Rows the parser could not read cleanly (wrong number of fields, broken quotes). */
  rowErrors: CsvRowError[];
}

/** Reads CSV text: UTF-8 with or without BOM, comma or semicolon separated, header in row 1. */
export function parseCsvText(text: string): ParsedCsv {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = Papa.parse<RawRow>(body, {
    header: true,
    skipEmptyLines: "greedy",
    delimitersToGuess: [",", ";"],
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const headers = result.meta.fields ?? [];
  const missingColumns = CSV_COLUMNS.filter((c) => c.required && !headers.includes(c.name)).map((c) => c.name);
  const seen = new Set<number>();
  const rowErrors: CsvRowError[] = [];
  for (const e of result.errors) {
    if (e.row === undefined || e.code === "UndetectableDelimiter" || seen.has(e.row)) continue;
    seen.add(e.row);
    rowErrors.push({ row: e.row + 2, column: "", code: "wrongColumnCount" });
  }
  return { delimiter: result.meta.delimiter || ",", headers, missingColumns, rows: result.data, rowErrors };
}

const PATH_TO_COLUMN = new Map<string, CsvColumn>(
  CSV_COLUMNS.filter((c) => c.path !== null).map((c) => [c.path as string, c.name]),
);

function wholeNumber(v: string): number | null {
  const s = v.replace(/^rp\.?\s*/i, "").replace(/\s/g, "");
  if (/^\d+$/.test(s)) return Number(s);
  if (/^\d{1,3}([.,]\d{3})+$/.test(s)) return Number(s.replace(/[.,]/g, ""));
  return null;
}

function decimal(v: string): number | null {
  const s = v.trim().replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

/** ISO 8601 with offset as is; a date or "date time" without offset is read as Asia/Jakarta. */
export function normalizeObservedAt(v: string): string {
  const s = v.trim().replace(" ", "T");
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return `${s}T00:00:00+07:00`;
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?$/.exec(s);
  if (m) return `${m[1]}${m[2] ?? ":00"}+07:00`;
  return s;
}

function issueToError(issue: z.core.$ZodIssue, row: number, raw: RawRow): CsvRowError | null {
  const path = issue.path.map(String);
  // image_urls.3 → the image_urls column.
  const key = path[0] === "listing" && path[1] === "image_urls" ? "listing.image_urls" : path.join(".");
  const column = PATH_TO_COLUMN.get(key);
  if (!column) return { row, column: "", code: "invalid" };
  const value = raw[column]?.trim() ?? "";
  const base = { row, column, ...(value ? { value } : {}) };
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string") return { ...base, code: "required" };
      return { ...base, code: "outOfRange", params: { min: Number(issue.minimum) } };
    case "too_big":
      if (issue.origin === "string") return { ...base, code: "tooLong", params: { max: Number(issue.maximum) } };
      if (issue.origin === "array") return { ...base, code: "tooMany", params: { max: Number(issue.maximum) } };
      return { ...base, code: "outOfRange", params: { max: Number(issue.maximum) } };
    case "invalid_format":
      if (issue.format === "url") return { ...base, code: "invalidUrl" };
      if (issue.format === "datetime") return { ...base, code: "invalidDate" };
      if (column === "nib") return { ...base, code: "invalidNib" };
      return { ...base, code: "invalid" };
    case "invalid_value":
      return { ...base, code: "invalidChoice", params: { options: issue.values.map(String).join(", ") } };
    case "invalid_type":
      return { ...base, code: value ? "invalid" : "required" };
    default:
      return { ...base, code: "invalid" };
  }
}

export interface PlatformRef {
  id: string;
  name: string;
}

/** One CSV row → a flag item for one platform, or every error of the row. */
export function csvRowToItem(
  raw: RawRow,
  row: number,
  platforms: readonly PlatformRef[],
): { ok: true; value: ValidCsvRow } | { ok: false; errors: CsvRowError[] } {
  const get = (c: CsvColumn) => {
    const v = raw[c]?.trim();
    return v ? v : undefined;
  };
  const errors: CsvRowError[] = [];
  const platformText = get("platform");
  const platform = platformText
    ? platforms.find((p) => p.id.toLowerCase() === platformText.toLowerCase() || p.name.toLowerCase() === platformText.toLowerCase())
    : undefined;
  if (!platformText) errors.push({ row, column: "platform", code: "required" });
  else if (!platform) errors.push({ row, column: "platform", code: "unknownPlatform", value: platformText, params: { options: platforms.map((p) => p.id).join(", ") } });

  const number = (c: "price_idr" | "stock"): number | string | undefined => {
    const v = get(c);
    if (v === undefined) return undefined;
    const n = wholeNumber(v);
    if (n === null) errors.push({ row, column: c, code: "notWholeNumber", value: v });
    return n ?? v;
  };
  const confidenceText = get("confidence");
  const confidence = confidenceText === undefined ? undefined : decimal(confidenceText);
  if (confidenceText !== undefined && confidence === null) errors.push({ row, column: "confidence", code: "notNumber", value: confidenceText });
  const images = get("image_urls");
  const observed = get("observed_at");

  const candidate = {
    listing: {
      external_id: get("listing_external_id"),
      url: get("listing_url"),
      title: get("listing_title"),
      description: get("listing_description") ?? "",
      price_idr: number("price_idr"),
      stock: number("stock"),
      category: get("category") ?? "",
      image_urls: images ? images.split(/[\s|]+/).filter(Boolean) : undefined,
    },
    seller: {
      external_id: get("seller_external_id"),
      shop_name: get("shop_name"),
      province: get("province"),
      umkm_tier: get("umkm_tier")?.toLowerCase(),
      nib: get("nib")?.replace(/[\s.-]/g, ""),
    },
    source: get("source")?.toLowerCase() ?? DEFAULT_CSV_SOURCE,
    source_reference: get("source_reference"),
    reason: get("reason")?.toLowerCase(),
    confidence: confidence ?? undefined,
    note: get("note"),
    observed_at: observed === undefined ? undefined : normalizeObservedAt(observed),
  };
  const parsed = flagItemSchema.safeParse(candidate);
  if (!parsed.success) {
    const already = new Set(errors.map((e) => e.column));
    for (const issue of parsed.error.issues) {
      const e = issueToError(issue, row, raw);
      if (e && !already.has(e.column)) {
        already.add(e.column);
        errors.push(e);
      }
    }
  }
  if (errors.length > 0 || !parsed.success || !platform) return { ok: false, errors };
  return { ok: true, value: { row, platformId: platform.id, item: parsed.data } };
}

export interface CsvValidation {
  valid: ValidCsvRow[];
  errors: CsvRowError[];
  rejectedRows: number;
}

/** Validates every row; a listing named under two shops is an error on the later rows. */
export function validateCsvRows(parsed: ParsedCsv, platforms: readonly PlatformRef[]): CsvValidation {
  const errors: CsvRowError[] = [...parsed.rowErrors];
  const broken = new Set(parsed.rowErrors.map((e) => e.row));
  const valid: ValidCsvRow[] = [];
  const sellerOf = new Map<string, { seller: string; row: number }>();
  parsed.rows.forEach((raw, i) => {
    const row = i + 2;
    if (broken.has(row)) return;
    const result = csvRowToItem(raw, row, platforms);
    if (!result.ok) {
      errors.push(...result.errors);
      return;
    }
    const { platformId, item } = result.value;
    const key = `${platformId}\u0000${item.listing.external_id}`;
    const seen = sellerOf.get(key);
    if (seen && seen.seller !== item.seller.external_id) {
      errors.push({ row, column: "seller_external_id", code: "listingSellerConflict", value: item.seller.external_id, params: { row: seen.row, seller: seen.seller } });
      return;
    }
    if (!seen) sellerOf.set(key, { seller: item.seller.external_id, row });
    valid.push(result.value);
  });
  const order = (c: CsvRowError["column"]) => CSV_COLUMNS.findIndex((col) => col.name === c);
  errors.sort((a, b) => a.row - b.row || order(a.column) - order(b.column));
  return { valid, errors, rejectedRows: new Set(errors.map((e) => e.row)).size };
}
