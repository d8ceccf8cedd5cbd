// CSV writing shared by every CSV the app produces (dashboard charts, statement exports, ingest
// error reports). RFC 4180 quoting, CRLF line ends, and formula neutralisation: a text cell that a
// spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets a
// leading apostrophe, so "=HYPERLINK(…)" is shown, never executed (OWASP "CSV injection").
// Numbers are written as numbers: -3 is a value, not a formula.

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line, CRLF-terminated. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** A whole CSV document: a header line, then one line per row, columns in `columns` order. */
export function csvDocument<K extends string>(
  columns: readonly { key: K; label: string }[],
  rows: readonly Partial<Record<K, CsvValue>>[],
): string {
  return csvRow(columns.map((c) => c.label)) + rows.map((row) => csvRow(columns.map((c) => row[c.key]))).join("");
}
