// Ingest's upserts of shops and listings: set-based, newest observation wins, unchanged rows untouched.
import { and, eq, inArray, sql } from "drizzle-orm";
import type { FlagItem } from "@/lib/validation/ingest";
import type { Db } from "../open";
import { listings, sellers } from "../schema";

const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;

/** Plain code-unit order: the same order every batch sorts its keys (and so takes its locks) in. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Latest item per key by observed_at (the newest observation describes the listing best). */
export function latestBy(items: readonly FlagItem[], key: (i: FlagItem) => string): FlagItem[] {
  const best = new Map<string, FlagItem>();
  for (const item of items) {
    const prev = best.get(key(item));
    if (!prev || Date.parse(item.observed_at) > Date.parse(prev.observed_at)) best.set(key(item), item);
  }
  return [...best.entries()].sort(([a], [b]) => cmp(a, b)).map(([, item]) => item);
}

export async function upsertSellers(tx: Db, platformId: string, items: readonly FlagItem[]): Promise<Map<string, string>> {
  const rows = latestBy(items, (i) => i.seller.external_id).map((i) => ({
    platformId,
    externalId: i.seller.external_id,
    shopName: i.seller.shop_name,
    province: i.seller.province,
    umkmTier: i.seller.umkm_tier ?? null,
    nib: i.seller.nib ?? null,
  }));
  await tx.insert(sellers).values(rows).onConflictDoNothing({ target: [sellers.platformId, sellers.externalId] });
  const found = await tx
    .select({ id: sellers.id, externalId: sellers.externalId })
    .from(sellers)
    .where(and(eq(sellers.platformId, platformId), inArray(sellers.externalId, rows.map((r) => r.externalId))));
  return new Map(found.map((s) => [s.externalId, s.id]));
}

export interface ListingRow {
  id: string;
  sellerId: string;
}

export async function upsertListings(
  tx: Db,
  platformId: string,
  items: readonly FlagItem[],
  sellerIds: Map<string, string>,
): Promise<Map<string, ListingRow>> {
  const rows = latestBy(items, (i) => i.listing.external_id).map((i) => ({
    platformId,
    sellerId: sellerIds.get(i.seller.external_id)!,
    externalId: i.listing.external_id,
    url: i.listing.url,
    title: i.listing.title,
    description: i.listing.description,
    priceIdr: i.listing.price_idr,
    stock: i.listing.stock,
    category: i.listing.category,
    imageUrls: i.listing.image_urls ?? [],
  }));
  await tx.insert(listings).values(rows).onConflictDoNothing({ target: [listings.platformId, listings.externalId] });
  const found = await tx
    .select({ id: listings.id, externalId: listings.externalId, sellerId: listings.sellerId })
    .from(listings)
    .where(and(eq(listings.platformId, platformId), inArray(listings.externalId, rows.map((r) => r.externalId))));
  return new Map(found.map((l) => [l.externalId, { id: l.id, sellerId: l.sellerId }]));
}

/** Brings existing listings and shops up to date with new flags; rows already equal are not touched. */
export async function refreshDetails(tx: Db, platformId: string, items: readonly FlagItem[], now: Date): Promise<void> {
  const listingData = latestBy(items, (i) => i.listing.external_id).map((i) => ({ ...i.listing, image_urls: i.listing.image_urls ?? [] }));
  await tx.execute(sql`
    UPDATE listings AS l SET url = x.url, title = x.title, description = x.description, price_idr = x.price_idr,
      stock = x.stock, category = x.category, image_urls = x.image_urls, updated_at = ${now.toISOString()}::timestamptz
    FROM jsonb_to_recordset(${json(listingData)}) AS x(external_id text, url text, title text, description text,
      price_idr bigint, stock integer, category text, image_urls text[])
    WHERE l.platform_id = ${platformId} AND l.external_id = x.external_id
      AND (l.url, l.title, l.description, l.price_idr, l.stock, l.category, l.image_urls)
        IS DISTINCT FROM (x.url, x.title, x.description, x.price_idr, x.stock, x.category, x.image_urls)`);
  const sellerData = latestBy(items, (i) => i.seller.external_id).map((i) => i.seller);
  await tx.execute(sql`
    UPDATE sellers AS s SET shop_name = x.shop_name, province = x.province,
      umkm_tier = COALESCE(x.umkm_tier, s.umkm_tier), nib = COALESCE(x.nib, s.nib),
      nib_verified = s.nib_verified AND COALESCE(x.nib, s.nib) IS NOT DISTINCT FROM s.nib
    FROM jsonb_to_recordset(${json(sellerData)}) AS x(external_id text, shop_name text, province text,
      umkm_tier umkm_tier, nib text)
    WHERE s.platform_id = ${platformId} AND s.external_id = x.external_id
      AND (s.shop_name, s.province, s.umkm_tier, s.nib)
        IS DISTINCT FROM (x.shop_name, x.province, COALESCE(x.umkm_tier, s.umkm_tier), COALESCE(x.nib, s.nib))`);
}
