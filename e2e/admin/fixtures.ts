// The user-administration specs' shops, written into the e2e database after the demo seed
// (scripts/e2e-fixtures.ts). Two shops share a name, to show the "enter the shop id" message.
import { sellers } from "../../db/schema";
import type { Db } from "../../db/open";

export const ADMIN_SHOPS = {
  link: { shopName: "Toko Uji Tautan Admin", externalId: "e2e-admin-link" },
  twinA: { shopName: "Toko Uji Kembar", externalId: "e2e-admin-twin-a" },
  twinB: { shopName: "Toko Uji Kembar", externalId: "e2e-admin-twin-b" },
} as const;
export const ADMIN_SHOP_PLATFORM = { id: "shopee", name: "Shopee" } as const;

export async function seedAdminFixtures(db: Db): Promise<void> {
  await db
    .insert(sellers)
    .values(Object.values(ADMIN_SHOPS).map((s) => ({ platformId: ADMIN_SHOP_PLATFORM.id, externalId: s.externalId, shopName: s.shopName, province: "DKI Jakarta", umkmTier: "mikro" as const })))
    .onConflictDoNothing();
}
