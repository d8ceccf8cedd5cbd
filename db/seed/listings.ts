import { listingText } from "./listing-text";
import { listingUrl } from "./platforms";
import { HISTORY_LISTINGS } from "./script-history";
import { DAY, type Random, type Weighted } from "./random";
import type { Archetype, ListingKind, ListingPlan, SellerPlan, SpecialSellerKey } from "./types";

const MIX: Record<Archetype, { kinds: Weighted<ListingKind>[]; min: number; max: number }> = {
  wholesaler: { kinds: [{ value: "bale", weight: 70 }, { value: "evasive", weight: 20 }, { value: "import_retail", weight: 10 }], min: 6, max: 12 },
  evader: { kinds: [{ value: "evasive", weight: 60 }, { value: "import_retail", weight: 25 }, { value: "bale", weight: 15 }], min: 5, max: 10 },
  thrift: { kinds: [{ value: "import_retail", weight: 65 }, { value: "local_preloved", weight: 20 }, { value: "evasive", weight: 10 }, { value: "bale", weight: 5 }], min: 5, max: 11 },
  local_preloved: { kinds: [{ value: "local_preloved", weight: 75 }, { value: "personal", weight: 20 }, { value: "import_retail", weight: 5 }], min: 3, max: 8 },
  personal: { kinds: [{ value: "personal", weight: 80 }, { value: "local_preloved", weight: 20 }], min: 1, max: 3 },
  jastip: { kinds: [{ value: "jastip", weight: 80 }, { value: "new_goods", weight: 20 }], min: 3, max: 7 },
  new_goods: { kinds: [{ value: "new_goods", weight: 95 }, { value: "local_preloved", weight: 5 }], min: 6, max: 11 },
  mixed: {
    kinds: [
      { value: "new_goods", weight: 30 },
      { value: "local_preloved", weight: 25 },
      { value: "import_retail", weight: 20 },
      { value: "personal", weight: 10 },
      { value: "evasive", weight: 10 },
      { value: "bale", weight: 5 },
    ],
    min: 4,
    max: 9,
  },
};

/** Listings of the scripted shops, in the order history.ts refers to them. */
export const SPECIAL_LISTINGS: Record<SpecialSellerKey, readonly ListingKind[]> = {
  demo_tiktok: ["import_retail", "import_retail", "import_retail", "local_preloved", "local_preloved", "local_preloved", "local_preloved", "personal", "local_preloved"],
  demo_tokopedia: ["personal", "local_preloved", "jastip", "local_preloved", "local_preloved", "personal", "local_preloved"],
  demo_seller2: ["evasive", "import_retail", "import_retail", "new_goods", "new_goods", "new_goods", "new_goods", "evasive", "import_retail", "new_goods"],
  escalation: ["evasive", "bale", "bale", "bale", "bale", "bale", "evasive", "bale", "evasive"],
  near_step: ["import_retail", "evasive", "import_retail", "import_retail", "import_retail", "import_retail", "evasive", "local_preloved"],
  appeal_thrift: ["import_retail", "import_retail", "local_preloved", "import_retail", "local_preloved", "import_retail"],
  appeal_preloved: ["local_preloved", "local_preloved", "personal", "local_preloved", "local_preloved"],
  appeal_jastip: ["jastip", "jastip", "jastip", "jastip", "new_goods", "jastip"],
  ...HISTORY_LISTINGS,
};

function priceAndStock(rng: Random, kind: ListingKind, singlePiece: boolean | undefined): { priceIdr: number; stock: number } {
  switch (kind) {
    case "bale":
      return { priceIdr: rng.stepped(4_800_000, 7_200_000, 50_000), stock: rng.int(5, 60) };
    case "evasive":
      return singlePiece
        ? { priceIdr: rng.stepped(35_000, 95_000, 5_000), stock: rng.pick([150, 200, 250, 300, 300, 300, 450, 500]) }
        : { priceIdr: rng.stepped(2_500_000, 6_500_000, 50_000), stock: rng.int(10, 80) };
    case "import_retail":
      return { priceIdr: rng.stepped(35_000, 250_000, 5_000), stock: rng.chance(0.6) ? 1 : rng.int(2, 12) };
    case "local_preloved":
      return { priceIdr: rng.stepped(25_000, 350_000, 5_000), stock: rng.chance(0.9) ? 1 : 2 };
    case "personal":
      return { priceIdr: rng.stepped(50_000, 750_000, 5_000), stock: 1 };
    case "jastip":
      return { priceIdr: rng.stepped(150_000, 1_500_000, 10_000), stock: rng.int(5, 30) };
    case "new_goods":
      return { priceIdr: rng.stepped(49_000, 299_000, 1_000), stock: rng.chance(0.3) ? rng.int(300, 800) : rng.int(20, 250) };
  }
}

function itemId(rng: Random, platform: SellerPlan["row"]["platformId"]): string {
  switch (platform) {
    case "shopee":
      return rng.digits(11);
    case "tokopedia":
      return rng.digits(10);
    case "tiktok_shop":
      return `17${rng.digits(17)}`;
    case "lazada":
      return rng.digits(10);
  }
}

/** About 2,000 listings; each seller's kinds follow its archetype, the scripted shops' are fixed. */
export function buildListings(rng: Random, now: Date, sellers: readonly SellerPlan[]): ListingPlan[] {
  const plans: ListingPlan[] = [];
  const itemIds = new Set<string>();
  for (const seller of sellers) {
    const mix = MIX[seller.archetype];
    const kinds = seller.special
      ? SPECIAL_LISTINGS[seller.special]
      : Array.from({ length: rng.int(mix.min, mix.max) }, () => rng.weighted(mix.kinds));
    const ageDays = Math.max(1, (now.getTime() - seller.row.joinedAt.getTime()) / DAY);
    for (const kind of kinds) {
      const text = listingText(rng, kind, seller.city);
      const { priceIdr, stock } = priceAndStock(rng, kind, text.singlePiece);
      let externalId = itemId(rng, seller.row.platformId);
      while (itemIds.has(`${seller.row.platformId}:${externalId}`)) externalId = itemId(rng, seller.row.platformId);
      itemIds.add(`${seller.row.platformId}:${externalId}`);
      // Listed at least 10 days ago, within the shop's life and the last 200 days.
      const listedDaysAgo = 10 + rng.next() * Math.max(1, Math.min(ageDays, 200) - 10);
      const createdAt = new Date(now.getTime() - Math.round((listedDaysAgo * DAY) / 60_000) * 60_000);
      plans.push({
        kind,
        seller,
        row: {
          id: rng.uuid(),
          sellerId: seller.row.id,
          platformId: seller.row.platformId,
          externalId,
          url: listingUrl(seller.row.platformId, seller.row.externalId, seller.row.shopName, externalId, text.title),
          title: text.title,
          description: text.description,
          priceIdr,
          stock,
          category: text.category,
          imageUrls: [],
          status: "active",
          createdAt,
          updatedAt: createdAt,
        },
      });
    }
  }
  return plans;
}
