import type { UmkmTier } from "@/lib/moderation";
import {
  BALE_PROVINCE_WEIGHTS,
  FIRST_NAMES,
  FORTUNE_WORDS,
  JASTIP_PLACES,
  PROVINCE_WEIGHTS,
  SURNAMES,
  type Province,
} from "./places-and-names";
import type { PlatformId } from "./platforms";
import { DAY, type Random, type Weighted } from "./random";
import type { Archetype, SellerPlan, SpecialSellerKey } from "./types";
import type { SeedUserKey } from "./users";

export const RANDOM_SELLER_COUNT = 292;

const ARCHETYPES: readonly Weighted<Archetype>[] = [
  { value: "wholesaler", weight: 10 },
  { value: "evader", weight: 10 },
  { value: "thrift", weight: 17 },
  { value: "local_preloved", weight: 23 },
  { value: "personal", weight: 10 },
  { value: "jastip", weight: 8 },
  { value: "new_goods", weight: 17 },
  { value: "mixed", weight: 5 },
];

const PLATFORM_WEIGHTS: readonly Weighted<PlatformId>[] = [
  { value: "shopee", weight: 38 },
  { value: "tokopedia", weight: 24 },
  { value: "tiktok_shop", weight: 26 },
  { value: "lazada", weight: 12 },
];

function tierWeights(archetype: Archetype): Weighted<UmkmTier | null>[] {
  const bigger = archetype === "wholesaler" || archetype === "new_goods";
  return [
    { value: "mikro", weight: bigger ? 45 : 78 },
    { value: "kecil", weight: bigger ? 28 : 10 },
    { value: "menengah", weight: bigger ? 12 : 3 },
    { value: "besar", weight: bigger ? 4 : 0.5 },
    { value: null, weight: 9 },
  ];
}

function shopName(rng: Random, archetype: Archetype, city: string): string {
  const name = rng.pick(FIRST_NAMES);
  const word = rng.pick(FORTUNE_WORDS);
  const patterns: Record<Archetype, readonly string[]> = {
    wholesaler: [`Balpres ${word} ${city}`, `Gudang Bal ${word}`, `Grosir Karungan ${word}`, `Pusat Bal Import ${city}`, `${word} Bal Korea`, `Bundle Kepala ${city}`, `Ballpress ${word}`],
    evader: [`Paket Usaha ${word}`, `Preloved Mix ${city}`, `Lapak ${word} 88`, `${name} Collection`, `Toko ${word} Sandang`, `Gudang ${word} Fashion`, `Mix Preloved ${name}`],
    thrift: [`Thrift ${name}`, `${name} Thrift Store`, `Second Import ${city}`, `Awul-Awul ${city}`, `Cimol Corner ${name}`, `${word} Thrift`, `Thriftshop ${city}`, `Vintage ${name} Store`],
    local_preloved: [`Lemari ${name}`, `Preloved by ${name}`, `${name}'s Closet`, `Preloved Kak ${name}`, `Lemari Kak ${name}`, `Rak Baju ${name}`, `Preloved ${name} ${city}`],
    personal: [`${name} ${rng.pick(SURNAMES)}`, `Lapak ${name}`, `${name.toLowerCase()}.${rng.pick(SURNAMES).toLowerCase()}`, `Jualan ${name}`],
    jastip: [`Jastip ${rng.pick(JASTIP_PLACES)} by ${name}`, `${name} Jastip ${rng.pick(JASTIP_PLACES)}`, `Titip Beli ${rng.pick(JASTIP_PLACES)}`, `Jastip ${name} ${city}`],
    new_goods: [`Konveksi ${word} ${city}`, `${word} Apparel`, `Batik ${word}`, `Kaos ${word} Official`, `Hijab ${name}`, `${name} Moslem Wear`, `Distro ${word} ${city}`, `Sandang ${word} ${city}`],
    mixed: [`Toko ${name}`, `${word} Fashion ${city}`, `Butik ${name}`, `Serba Ada ${word}`],
  };
  return rng.pick(patterns[archetype]);
}

function externalShopId(rng: Random, platform: PlatformId): string {
  switch (platform) {
    case "shopee":
      return rng.digits(9);
    case "tokopedia":
      return rng.digits(8);
    case "tiktok_shop":
      return `7494${rng.digits(15)}`;
    case "lazada":
      return rng.digits(10);
  }
}

interface SellerSpec {
  platform: PlatformId;
  archetype: Archetype;
  shopName: string;
  province: string;
  tier: UmkmTier | null;
  nib: "none" | "unverified" | "verified";
  joinedDaysAgo: number;
  special: SpecialSellerKey | null;
  members: SeedUserKey[];
}

/** The shops the demo's story relies on (see history.ts for what happened to them). */
const SPECIAL_SELLERS: readonly (SellerSpec & { city: string })[] = [
  { special: "demo_tiktok", city: "Bandung", platform: "tiktok_shop", archetype: "local_preloved", shopName: "Lemari Dinda", province: "Jawa Barat", tier: "mikro", nib: "none", joinedDaysAgo: 410, members: ["seller"] },
  { special: "demo_tokopedia", city: "Bandung", platform: "tokopedia", archetype: "local_preloved", shopName: "Dinda Preloved", province: "Jawa Barat", tier: "mikro", nib: "verified", joinedDaysAgo: 1290, members: ["seller"] },
  { special: "demo_seller2", city: "Sidoarjo", platform: "shopee", archetype: "mixed", shopName: "Grosir Baju Budi", province: "Jawa Timur", tier: "kecil", nib: "verified", joinedDaysAgo: 980, members: ["seller2"] },
  { special: "escalation", city: "Medan", platform: "tiktok_shop", archetype: "wholesaler", shopName: "Balpres Jaya Abadi Medan", province: "Sumatera Utara", tier: "kecil", nib: "none", joinedDaysAgo: 230, members: [] },
  { special: "near_step", city: "Surabaya", platform: "lazada", archetype: "thrift", shopName: "Gudang Thrift Surabaya", province: "Jawa Timur", tier: "mikro", nib: "unverified", joinedDaysAgo: 540, members: [] },
  { special: "appeal_thrift", city: "Bandung", platform: "tokopedia", archetype: "thrift", shopName: "Thrift Kita Bandung", province: "Jawa Barat", tier: "mikro", nib: "unverified", joinedDaysAgo: 760, members: ["appellant1"] },
  { special: "appeal_preloved", city: "Yogyakarta", platform: "shopee", archetype: "local_preloved", shopName: "Lemari Rina", province: "DI Yogyakarta", tier: "mikro", nib: "none", joinedDaysAgo: 640, members: ["appellant2"] },
  { special: "appeal_jastip", city: "Jakarta Selatan", platform: "lazada", archetype: "jastip", shopName: "Jastip Seoul by Nadia", province: "DKI Jakarta", tier: "mikro", nib: "verified", joinedDaysAgo: 350, members: ["appellant3"] },
];

/** Shops of the scripted past (script-history.ts); built after the random ones so those stay as they were. */
const HISTORY_SELLERS: readonly (SellerSpec & { city: string })[] = [
  { special: "past_suspension_shopee", city: "Batam", platform: "shopee", archetype: "wholesaler", shopName: "Gudang Bal Batam Sentosa", province: "Kepulauan Riau", tier: "kecil", nib: "unverified", joinedDaysAgo: 520, members: [] },
  { special: "past_suspension_lazada", city: "Pontianak", platform: "lazada", archetype: "wholesaler", shopName: "Bal Korea Pontianak", province: "Kalimantan Barat", tier: "mikro", nib: "none", joinedDaysAgo: 310, members: [] },
  { special: "lifted_tokopedia", city: "Makassar", platform: "tokopedia", archetype: "thrift", shopName: "Thrift Impor Makassar", province: "Sulawesi Selatan", tier: "mikro", nib: "verified", joinedDaysAgo: 720, members: [] },
];

function randomSpec(rng: Random): SellerSpec & { city: string } {
  const archetype = rng.weighted(ARCHETYPES);
  const province: Province = rng.weighted(archetype === "wholesaler" || archetype === "evader" ? BALE_PROVINCE_WEIGHTS : PROVINCE_WEIGHTS);
  const city = rng.pick(province.cities);
  const nibChance = archetype === "new_goods" ? 0.7 : archetype === "personal" ? 0.05 : archetype === "wholesaler" ? 0.3 : 0.35;
  const nib = rng.chance(nibChance) ? (rng.chance(0.55) ? "verified" : "unverified") : "none";
  // Joined: most within three years, some since the platforms' early days.
  const joinedDaysAgo = rng.chance(0.8) ? rng.int(20, 3 * 365) : rng.int(3 * 365, 8 * 365);
  return {
    special: null,
    platform: rng.weighted(PLATFORM_WEIGHTS),
    archetype,
    shopName: shopName(rng, archetype, city),
    province: province.name,
    tier: rng.weighted(tierWeights(archetype)),
    nib,
    joinedDaysAgo,
    members: [],
    city,
  };
}

/** The special shops first, then the random ones, then the history shops; shop names are unique per platform. */
export function buildSellers(rng: Random, now: Date): SellerPlan[] {
  const taken = new Set<string>();
  const externalIds = new Set<string>();
  const specs = [
    ...SPECIAL_SELLERS,
    ...Array.from({ length: RANDOM_SELLER_COUNT }, () => randomSpec(rng)),
    ...HISTORY_SELLERS,
  ];
  return specs.map((spec) => {
    let name = spec.shopName;
    for (let n = 2; taken.has(`${spec.platform}:${name.toLowerCase()}`); n++) name = `${spec.shopName} ${n}`;
    taken.add(`${spec.platform}:${name.toLowerCase()}`);
    let externalId = externalShopId(rng, spec.platform);
    while (externalIds.has(`${spec.platform}:${externalId}`)) externalId = externalShopId(rng, spec.platform);
    externalIds.add(`${spec.platform}:${externalId}`);
    const joinedAt = new Date(now.getTime() - spec.joinedDaysAgo * DAY - rng.int(0, 23 * 60) * 60_000);
    return {
      row: {
        id: rng.uuid(),
        platformId: spec.platform,
        externalId,
        shopName: name,
        province: spec.province,
        umkmTier: spec.tier,
        nib: spec.nib === "none" ? null : `${rng.pick(["81", "91", "02", "12"])}${rng.digits(11)}`,
        nibVerified: spec.nib === "verified",
        joinedAt,
        createdAt: joinedAt,
      },
      archetype: spec.archetype,
      city: spec.city,
      special: spec.special,
      members: spec.members,
    };
  });
}
