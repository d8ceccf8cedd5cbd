// Builders of API flag items for integration tests.
import type { FlagItem } from "@/lib/validation/ingest";

export interface ItemOptions {
  listing?: string;
  seller?: string;
  ref?: string;
  source?: FlagItem["source"];
  title?: string;
  stock?: number;
}

/** Flag number `n`: its own listing, seller and reference unless told otherwise. */
export function flagItem(n: number, o: ItemOptions = {}): FlagItem {
  const listing = o.listing ?? `L-${n}`;
  return {
    listing: {
      external_id: listing,
      url: `https://shop.example.invalid/p/${listing}`,
      title: o.title ?? `Balpres kemeja impor Korea ${n}`,
      description: "Bal isi 300 pcs, grade kepala. Live dari gudang tiap malam.",
      price_idr: 6_500_000,
      stock: o.stock ?? 40,
      category: "Pakaian Pria",
      image_urls: [`https://img.example.invalid/${listing}.jpg`],
    },
    seller: { external_id: o.seller ?? `S-${n}`, shop_name: `Toko ${n}`, province: "Jawa Barat", umkm_tier: "mikro" },
    source: o.source ?? "platform_classifier",
    source_reference: o.ref ?? `ref-${n}`,
    reason: "imported_used_clothing_bulk",
    confidence: 0.8,
    note: "classifier v3",
    observed_at: "2025-11-07T10:55:00+07:00",
  };
}

export function flagItems(count: number, offset = 0): FlagItem[] {
  return Array.from({ length: count }, (_, i) => flagItem(offset + i));
}

export { snapshotIngestTables } from "./test-snapshot";
