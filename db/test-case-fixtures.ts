// Test-only builders for case scenarios (db/queries/*.test.ts).
import { eq } from "drizzle-orm";
import type { FlagSource, PolicyCode } from "@/lib/moderation";
import type { Db } from "./open";
import { cases, flags, listings } from "./schema";
import { insertCase, insertListing, insertSeller } from "./test-fixtures";

export interface CaseSpec {
  platformId?: string;
  sellerId?: string;
  priority?: number;
  sources?: FlagSource[];
  policy?: PolicyCode;
  openedAt?: Date;
  slaDueAt?: Date;
  title?: string;
  stock?: number;
}

/** A listing with one open case and its flags. */
export async function makeCase(db: Db, spec: CaseSpec = {}, now = new Date()) {
  const platformId = spec.platformId ?? "tokopedia";
  const sellerId = spec.sellerId ?? (await insertSeller(db, platformId)).id;
  const listing = await insertListing(db, sellerId, platformId);
  if (spec.title || spec.stock !== undefined) {
    await db
      .update(listings)
      .set({ ...(spec.title ? { title: spec.title } : {}), ...(spec.stock !== undefined ? { stock: spec.stock } : {}) })
      .where(eq(listings.id, listing.id));
  }
  const row = await insertCase(db, listing, spec.openedAt ?? now);
  const sources = spec.sources ?? ["keyword_rule"];
  for (const [i, source] of sources.entries()) {
    await db.insert(flags).values({
      platformId,
      listingId: listing.id,
      caseId: row.id,
      source,
      sourceReference: `${row.id}-${i}`,
      confidence: source === "platform_classifier" ? 0.9 : null,
      observedAt: now,
      receivedAt: now,
    });
  }
  await db
    .update(cases)
    .set({
      priority: spec.priority ?? 0,
      flagSources: sources,
      flagCount: sources.length,
      suggestedPolicy: spec.policy ?? null,
      ...(spec.slaDueAt ? { slaDueAt: spec.slaDueAt } : {}),
    })
    .where(eq(cases.id, row.id));
  return { caseId: row.id, number: row.number, listingId: listing.id, sellerId, platformId };
}
