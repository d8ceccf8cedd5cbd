// Shops the escalation specs need, written straight into the e2e database after the demo seed
// (scripts/e2e-fixtures.ts). Each spec gets its own shop, so specs run in any order.
import { eq } from "drizzle-orm";
import type { Db } from "../../db/open";
import { makeTakedown, sendWarning } from "../../db/queries/escalation-test-fixtures";
import { sellerMembers, sellers, users } from "../../db/schema";
import { addDays, type UmkmTier } from "../../lib/moderation";
import { hashPassword } from "../../lib/password";
import { SHOPS, SUSPEND_SELLER_EMAIL } from "./shops";

export const E2E_SHOPS = {
  /** 36 points on TikTok Shop, warned: the moderator proposes a 28-day suspension, a senior approves. */
  suspend: { shopName: SHOPS.suspend, sellerEmail: SUSPEND_SELLER_EMAIL, warned: true, tier: "kecil" },
  /** 36 points, warned: a senior proposes and then cannot approve their own proposal. */
  own: { shopName: SHOPS.own, sellerEmail: null, warned: true, tier: "kecil" },
  /** 36 points but never warned: guardrail a fails and approval is impossible. */
  unwarned: { shopName: SHOPS.unwarned, sellerEmail: null, warned: false, tier: "kecil" },
} as const satisfies Record<string, { shopName: string; sellerEmail: string | null; warned: boolean; tier: UmkmTier }>;

export async function seedEscalationFixtures(db: Db, now: Date, password: string): Promise<void> {
  const [moderator2] = await db.select({ id: users.id }).from(users).where(eq(users.email, "moderator2@timbang.test"));
  if (!moderator2) throw new Error("the demo seed must run first (moderator2@timbang.test is missing)");
  const passwordHash = await hashPassword(password);
  for (const [key, shop] of Object.entries(E2E_SHOPS)) {
    const [existing] = await db.select({ id: sellers.id }).from(sellers).where(eq(sellers.shopName, shop.shopName));
    if (existing) continue;
    const [seller] = await db
      .insert(sellers)
      .values({ platformId: "tiktok_shop", externalId: `e2e-${key}`, shopName: shop.shopName, province: "Jawa Tengah", umkmTier: shop.tier, joinedAt: addDays(now, -400) })
      .returning({ id: sellers.id });
    if (!seller) throw new Error("seller insert failed");
    if (shop.sellerEmail) {
      const [user] = await db
        .insert(users)
        .values({ email: shop.sellerEmail, name: "Penjual Uji", role: "seller", passwordHash, locale: "id" })
        .returning({ id: users.id });
      if (!user) throw new Error("user insert failed");
      await db.insert(sellerMembers).values({ userId: user.id, sellerId: seller.id });
    }
    const base = { sellerId: seller.id, platformId: "tiktok_shop", authorId: moderator2.id };
    await makeTakedown(db, { ...base, points: 24, at: addDays(now, -20) });
    if (shop.warned) await sendWarning(db, seller.id, addDays(now, -19));
    await makeTakedown(db, { ...base, points: 12, at: addDays(now, -4), policy: "imported_used_clothing_retail", sources: ["keyword_rule"] });
  }
}
