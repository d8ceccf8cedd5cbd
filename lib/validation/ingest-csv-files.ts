// What /admin/import offers and sends: the template, the error report, and request-sized chunks.
import { csvRow } from "@/lib/csv";
import { CSV_COLUMNS, type CsvColumn, type ValidCsvRow } from "./ingest-csv";

/** A CSV file for spreadsheets: a BOM so Excel reads UTF-8, formulas neutralised by lib/csv. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map(csvRow).join("")}`;
}

export const CSV_TEMPLATE_EXAMPLE: Record<CsvColumn, string> = {
  platform: "tokopedia",
  source: "ministry_directive",
  source_reference: "KEMENKOP-UMKM-2025-11-001",
  reason: "imported_used_clothing_bulk",
  observed_at: "2025-11-07T10:55:00+07:00",
  confidence: "",
  note: "Daftar Kementerian UMKM, lampiran 1",
  listing_external_id: "1234567890",
  listing_url: "https://www.tokopedia.com/contoh-toko/balpres-kemeja-korea",
  listing_title: "Balpres kemeja Korea 100 kg",
  listing_description: "Bal isi 300 pcs, grade kepala",
  price_idr: "6500000",
  stock: "40",
  category: "Pakaian Pria",
  image_urls: "https://images.example.com/1.jpg https://images.example.com/2.jpg",
  seller_external_id: "toko-contoh-88",
  shop_name: "Toko Contoh",
  province: "Jawa Barat",
  umkm_tier: "mikro",
  nib: "",
};

export function csvTemplate(): string {
  return toCsv([CSV_COLUMNS.map((c) => c.name), CSV_COLUMNS.map((c) => CSV_TEMPLATE_EXAMPLE[c.name])]);
}

/** Splits valid rows into chunks small enough for one request each (rows and serialized size). */
export function chunkRows(rows: readonly ValidCsvRow[], maxRows = 500, maxBytes = 700_000): ValidCsvRow[][] {
  const chunks: ValidCsvRow[][] = [];
  let current: ValidCsvRow[] = [];
  let size = 0;
  for (const r of rows) {
    const bytes = JSON.stringify(r).length;
    if (current.length > 0 && (current.length >= maxRows || size + bytes > maxBytes)) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(r);
    size += bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
