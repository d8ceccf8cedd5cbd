// What the matrix's last two columns need beyond the demo seed, written through the app's own
// queries by scripts/e2e-fixtures.ts:
//  - another seller: the seed gives evidence files only to seller2@timbang.test's shop, so
//    seller@timbang.test's Tokopedia shop gets a warning, an appeal with a photo and a denial
//    (decided, so the staff appeal queue is unchanged);
//  - another platform's key: one API key each for Tokopedia and Shopee, with known secrets.
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/open";
import { createApiKey } from "../../db/queries/api-keys";
import { fileAppeal } from "../../db/queries/appeals";
import { apiKeys, listings, sellerMembers, sellers, users } from "../../db/schema";
import { API_KEY_PREFIX, hashApiKey } from "../../lib/api-keys";
import { claimAndDecide, denyAppeal, flagItem, openCase, pngEvidence, staffActor } from "../support/fixture-steps";

export const CROSS_SELLER_LISTING = "e2e-matrix-evidence";

/** Test-only platform keys (the e2e database only): `tmb_` and 43 URL-safe characters. */
export const PLATFORM_KEYS = {
  tokopedia: `${API_KEY_PREFIX}${"e2e_matrix_tokopedia_".padEnd(43, "0")}`,
  shopee: `${API_KEY_PREFIX}${"e2e_matrix_shopee_".padEnd(43, "0")}`,
} as const;

export async function seedPlatformKeys(db: Db, now: Date): Promise<void> {
  const admin = await staffActor(db, "admin@timbang.test");
  for (const [platformId, key] of Object.entries(PLATFORM_KEYS)) {
    const hash = hashApiKey(key);
    const [exists] = await db.select({ id: apiKeys.id }).from(apiKeys).where(eq(apiKeys.keyHash, hash));
    if (exists) continue;
    await createApiKey(db, { platformId, label: `Matriks e2e ${platformId}`, prefix: key.slice(0, API_KEY_PREFIX.length + 8), hash, createdBy: admin.id, now });
  }
}

export async function seedCrossSellerFixtures(db: Db, now: Date): Promise<void> {
  const [done] = await db.select({ id: listings.id }).from(listings).where(eq(listings.externalId, CROSS_SELLER_LISTING));
  if (done) return;
  const [shop] = await db
    .select({ externalId: sellers.externalId, shopName: sellers.shopName, province: sellers.province, userId: users.id })
    .from(sellers)
    .innerJoin(sellerMembers, eq(sellerMembers.sellerId, sellers.id))
    .innerJoin(users, eq(users.id, sellerMembers.userId))
    .where(and(eq(users.email, "seller@timbang.test"), eq(sellers.platformId, "tokopedia")));
  if (!shop) throw new Error("the demo seed must run first (seller@timbang.test's Tokopedia shop is missing)");
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
  const caseId = await openCase(
    db,
    "tokopedia",
    flagItem({
      ref: CROSS_SELLER_LISTING,
      listing: { external_id: CROSS_SELLER_LISTING, title: "Kemeja batik preloved, foto label terlampir", url: "https://www.tokopedia.com/dinda/e2e-matrix" },
      seller: { external_id: shop.externalId, shop_name: shop.shopName, province: shop.province ?? "Jawa Barat" },
      observedAt: hoursAgo(80),
    }),
    hoursAgo(80),
  );
  const moderator2 = await staffActor(db, "moderator2@timbang.test");
  const decisionId = await claimAndDecide(
    db,
    caseId,
    moderator2,
    { kind: "warn", policyCode: "misleading_listing", facts: "Judul tidak menyebut bahwa barang bekas pakai." },
    hoursAgo(70),
  );
  const appeal = await fileAppeal(db, {
    userId: shop.userId,
    subject: "decision",
    subjectId: decisionId,
    explanation: "Label dan nota terlampir; judul sudah kami perbaiki.",
    references: null,
    files: [pngEvidence("foto-label.png")],
    now: hoursAgo(60),
  });
  if (!appeal.ok) throw new Error(`appeal refused: ${appeal.reason}`);
  await denyAppeal(db, appeal.appealId, await staffActor(db, "senior@timbang.test"), "Peringatan tetap berlaku: judul menyesatkan saat diputuskan.", hoursAgo(50));
}
