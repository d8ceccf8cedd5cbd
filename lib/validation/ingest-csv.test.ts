import { describe, expect, it } from "vitest";
import {
  CSV_COLUMNS,
  normalizeObservedAt,
  parseCsvText,
  validateCsvRows,
} from "./ingest-csv";
import { CSV_TEMPLATE_EXAMPLE, chunkRows, csvTemplate, toCsv } from "./ingest-csv-files";

const platforms = [
  { id: "tokopedia", name: "Tokopedia" },
  { id: "tiktok_shop", name: "TikTok Shop" },
];
const header = CSV_COLUMNS.map((c) => c.name);
const example = CSV_COLUMNS.map((c) => CSV_TEMPLATE_EXAMPLE[c.name]);

function csv(rows: string[][], sep = ","): string {
  return rows.map((r) => r.map((v) => (v.includes(sep) || v.includes('"') ? `"${v.replace(/"/g, '""')}"` : v)).join(sep)).join("\n");
}
function row(overrides: Partial<Record<(typeof header)[number], string>>): string[] {
  return CSV_COLUMNS.map((c) => overrides[c.name] ?? CSV_TEMPLATE_EXAMPLE[c.name]);
}

describe("CSV import", () => {
  it("the template parses back into one valid row", () => {
    const parsed = parseCsvText(csvTemplate());
    expect(parsed.missingColumns).toEqual([]);
    const result = validateCsvRows(parsed, platforms);
    expect(result.errors).toEqual([]);
    expect(result.valid).toHaveLength(1);
    expect(result.valid[0]).toMatchObject({ row: 2, platformId: "tokopedia" });
    expect(result.valid[0]!.item.listing.image_urls).toHaveLength(2);
    expect(result.valid[0]!.item.listing.price_idr).toBe(6_500_000);
  });

  it("reads semicolon-separated files with a BOM, decimal commas and Rupiah thousands", () => {
    const text = `\uFEFF${csv([header, row({ confidence: "0,85", price_idr: "Rp 6.500.000", platform: "TikTok Shop" })], ";")}`;
    const parsed = parseCsvText(text);
    expect(parsed.delimiter).toBe(";");
    const result = validateCsvRows(parsed, platforms);
    expect(result.errors).toEqual([]);
    expect(result.valid[0]).toMatchObject({ platformId: "tiktok_shop", item: { confidence: 0.85, listing: { price_idr: 6_500_000 } } });
  });

  it("reports every error by row and column, and keeps valid rows", () => {
    const text = csv([
      header,
      example,
      row({ price_idr: "mahal", listing_url: "not a url", reason: "jelek" }),
      row({ platform: "bukalapak", confidence: "2" }),
      row({ shop_name: "", observed_at: "kemarin", nib: "123" }),
    ]);
    const result = validateCsvRows(parseCsvText(text), platforms);
    expect(result.valid.map((v) => v.row)).toEqual([2]);
    expect(result.rejectedRows).toBe(3);
    expect(result.errors.map((e) => `${e.row}:${e.column}:${e.code}`)).toEqual([
      "3:reason:invalidChoice",
      "3:listing_url:invalidUrl",
      "3:price_idr:notWholeNumber",
      "4:platform:unknownPlatform",
      "4:confidence:outOfRange",
      "5:observed_at:invalidDate",
      "5:shop_name:required",
      "5:nib:invalidNib",
    ]);
  });

  it("names missing required columns", () => {
    const parsed = parseCsvText(csv([header.filter((h) => h !== "listing_url" && h !== "nib"), example.slice(0, -1)]));
    expect(parsed.missingColumns).toEqual(["listing_url"]);
  });

  it("flags rows with the wrong number of fields", () => {
    const parsed = parseCsvText(`${csv([header, example])}\ntokopedia,too,few`);
    const result = validateCsvRows(parsed, platforms);
    expect(result.errors).toEqual([{ row: 3, column: "", code: "wrongColumnCount" }]);
  });

  it("a listing under two shops is an error on the later row", () => {
    const result = validateCsvRows(parseCsvText(csv([header, example, row({ source_reference: "other", seller_external_id: "someone-else" })])), platforms);
    expect(result.errors).toMatchObject([{ row: 3, column: "seller_external_id", code: "listingSellerConflict", params: { row: 2 } }]);
  });

  it("defaults the source to a ministry directive and reads dates without offset as Jakarta time", () => {
    const result = validateCsvRows(parseCsvText(csv([header, row({ source: "", observed_at: "2025-11-07 10:55" })])), platforms);
    expect(result.valid[0]!.item).toMatchObject({ source: "ministry_directive", observed_at: "2025-11-07T10:55:00+07:00" });
    expect(normalizeObservedAt("2025-11-07")).toBe("2025-11-07T00:00:00+07:00");
    expect(normalizeObservedAt("2025-11-07T10:55:00Z")).toBe("2025-11-07T10:55:00Z");
  });

  it("neutralises formulas in downloaded files", () => {
    expect(toCsv([['=HYPERLINK("x")', "+62", "-5", "@SUM", "biasa"]])).toBe(`\uFEFF"'=HYPERLINK(""x"")",'+62,'-5,'@SUM,biasa\r\n`);
    expect(toCsv([["a", "b"]])).toBe("\uFEFFa,b\r\n");
  });

  it("chunks by row count and by size", () => {
    const valid = validateCsvRows(parseCsvText(csvTemplate()), platforms).valid[0]!;
    const rows = Array.from({ length: 1_200 }, (_, i) => ({ ...valid, row: i + 2 }));
    expect(chunkRows(rows).map((c) => c.length)).toEqual([500, 500, 200]);
    expect(chunkRows(rows, 500, 10_000).every((c) => JSON.stringify(c).length <= 10_000 + 2_000)).toBe(true);
    expect(chunkRows(rows, 500, 10_000).flat()).toHaveLength(1_200);
  });
});
