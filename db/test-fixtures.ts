// Small builders for integration tests: each inserts one row with sensible defaults.
import { randomUUID } from "node:crypto";
import { DEFAULT_PLATFORMS, type Role } from "@/lib/moderation";
import type { Db } from "./open";
import { cases, decisions, listings, platforms, sellerMembers, sellers, users } from "./schema";

export async function insertPlatform(db: Db, id = "tokopedia") {
  const defaults = DEFAULT_PLATFORMS.find((p) => p.code === id) ?? DEFAULT_PLATFORMS[0];
  const [row] = await db
    .insert(platforms)
    .values({ id, name: defaults.name, ladder: { ...defaults.ladder, steps: [...defaults.ladder.steps] } })
    .onConflictDoNothing()
    .returning();
  return row;
}

export async function insertUser(db: Db, role: Role, email = `${role}-${randomUUID()}@test.invalid`) {
  const [row] = await db.insert(users).values({ email, name: email, role, passwordHash: "not-a-real-hash" }).returning();
  return row!;
}

export async function insertSeller(db: Db, platformId = "tokopedia", memberUserId?: string) {
  const [row] = await db
    .insert(sellers)
    .values({ platformId, externalId: randomUUID(), shopName: "Toko Uji", umkmTier: "mikro", province: "Jawa Barat" })
    .returning();
  if (memberUserId) await db.insert(sellerMembers).values({ userId: memberUserId, sellerId: row!.id });
  return row!;
}

export async function insertListing(db: Db, sellerId: string, platformId = "tokopedia") {
  const externalId = randomUUID();
  const [row] = await db
    .insert(listings)
    .values({
      sellerId,
      platformId,
      externalId,
      url: `https://example.invalid/${externalId}`,
      title: "Kemeja flanel preloved pribadi",
      priceIdr: 85_000,
    })
    .returning();
  return row!;
}

export async function insertCase(db: Db, listing: { id: string; sellerId: string; platformId: string }, now = new Date()) {
  const [row] = await db
    .insert(cases)
    .values({
      listingId: listing.id,
      sellerId: listing.sellerId,
      platformId: listing.platformId,
      slaDueAt: new Date(now.getTime() + 48 * 3_600_000),
      openedAt: now,
    })
    .returning();
  return row!;
}

export async function insertTakedown(db: Db, theCase: { id: string; sellerId: string; platformId: string }, authorId: string) {
  const [row] = await db
    .insert(decisions)
    .values({
      caseId: theCase.id,
      sellerId: theCase.sellerId,
      platformId: theCase.platformId,
      kind: "takedown",
      policyCode: "imported_used_clothing_bulk",
      points: 24,
      listingSnapshot: {},
      authorId,
    })
    .returning();
  return row!;
}
