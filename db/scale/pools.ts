// Word pools for the scale load, built in TypeScript once (a few thousand rows) with the demo
// seed's own text generators, then loaded into staging tables that the set-based SQL picks from.
import { computePriority, type PriorityTerm } from "@/lib/moderation";
import { listingText } from "../seed/listing-text";
import { FIRST_NAMES, FORTUNE_WORDS, JASTIP_PLACES, PROVINCES } from "../seed/places-and-names";
import { slugify } from "../seed/platforms";
import { Random } from "../seed/random";
import { LISTING_KINDS, type ListingKind } from "../seed/types";

export const SCALE_SEED = "timbang-scale-2025";

/** Shop archetypes (index = archetype number in SQL) with their share of shops. */
export const ARCHETYPES = [
  ["wholesaler", 10],
  ["evader", 10],
  ["thrift", 17],
  ["local_preloved", 23],
  ["personal", 10],
  ["jastip", 8],
  ["new_goods", 17],
  ["mixed", 5],
] as const;

const K = (kind: ListingKind) => LISTING_KINDS.indexOf(kind);

/** Listing kinds a shop of each archetype sells, as 20 weighted slots. */
const KIND_SLOTS: Record<(typeof ARCHETYPES)[number][0], [ListingKind, number][]> = {
  wholesaler: [["bale", 14], ["evasive", 4], ["import_retail", 2]],
  evader: [["evasive", 14], ["bale", 3], ["import_retail", 3]],
  thrift: [["import_retail", 14], ["local_preloved", 4], ["evasive", 2]],
  local_preloved: [["local_preloved", 16], ["personal", 3], ["import_retail", 1]],
  personal: [["personal", 16], ["local_preloved", 4]],
  jastip: [["jastip", 17], ["new_goods", 3]],
  new_goods: [["new_goods", 19], ["local_preloved", 1]],
  mixed: [["new_goods", 6], ["local_preloved", 5], ["import_retail", 5], ["personal", 2], ["bale", 2]],
};

export const TEXTS_PER_KIND = 300;
export const SHOPS_PER_ARCHETYPE = 200;

export interface Pools {
  kinds: { arch: number; n: number; kind: number }[];
  places: { n: number; province: string; city: string }[];
  shops: { arch: number; n: number; name: string; slug: string }[];
  texts: {
    kind: number;
    n: number;
    title: string;
    slug: string;
    description: string;
    category: string;
    /** The title and description's signal terms (computePriority's "signal.*"), and their sum. */
    terms: PriorityTerm[];
    score: number;
  }[];
}

function shopName(rng: Random, arch: string, city: string): string {
  const name = rng.pick(FIRST_NAMES);
  const word = rng.pick(FORTUNE_WORDS);
  const patterns: Record<string, string[]> = {
    wholesaler: [`Balpres ${word} ${city}`, `Gudang Bal ${word}`, `Grosir Karungan ${word}`, `Pusat Bal Import ${city}`, `Ballpress ${word}`],
    evader: [`Paket Usaha ${word}`, `Preloved Mix ${city}`, `Lapak ${word} 88`, `${name} Collection`, `Gudang ${word} Fashion`],
    thrift: [`Thrift ${name}`, `${name} Thrift Store`, `Second Import ${city}`, `Cimol Corner ${name}`, `Vintage ${name} Store`],
    local_preloved: [`Lemari ${name}`, `Preloved by ${name}`, `${name}'s Closet`, `Preloved Kak ${name}`, `Rak Baju ${name}`],
    personal: [`Lapak ${name}`, `Jualan ${name}`, `${name} ${word}`],
    jastip: [`Jastip ${rng.pick(JASTIP_PLACES)} by ${name}`, `Titip Beli ${rng.pick(JASTIP_PLACES)}`, `Jastip ${name} ${city}`],
    new_goods: [`Konveksi ${word} ${city}`, `${word} Apparel`, `Batik ${word}`, `Hijab ${name}`, `Distro ${word} ${city}`],
    mixed: [`Toko ${name}`, `${word} Fashion ${city}`, `Butik ${name}`, `Serba Ada ${word}`],
  };
  return rng.pick(patterns[arch] ?? patterns.mixed!);
}

/** The signal terms of a listing text: computePriority with nothing else contributing. */
function signalTerms(title: string, description: string): { terms: PriorityTerm[]; score: number } {
  const at = new Date("2025-01-01T00:00:00Z");
  const far = new Date("2099-01-01T00:00:00Z");
  const { terms } = computePriority(
    { flags: [], title, description, stock: 2, priorTakedowns: 0, activePoints: 0, openedAt: at, slaDueAt: far },
    at,
  );
  const signals = terms.filter((t) => t.key.startsWith("signal."));
  return { terms: signals, score: signals.reduce((sum, t) => sum + t.weight, 0) };
}

export function buildPools(): Pools {
  const rng = new Random(SCALE_SEED);
  const places: Pools["places"] = [];
  for (const p of PROVINCES) {
    const copies = Math.max(1, Math.round(p.weight * 4));
    for (let i = 0; i < copies; i++) places.push({ n: places.length, province: p.name, city: p.cities[i % p.cities.length]! });
  }
  const kinds: Pools["kinds"] = [];
  ARCHETYPES.forEach(([arch], a) => {
    let n = 0;
    for (const [kind, slots] of KIND_SLOTS[arch]) for (let s = 0; s < slots; s++) kinds.push({ arch: a, n: n++, kind: K(kind) });
  });
  const shops: Pools["shops"] = [];
  const shopRng = rng.fork("shops");
  ARCHETYPES.forEach(([arch], a) => {
    for (let n = 0; n < SHOPS_PER_ARCHETYPE; n++) {
      const name = shopName(shopRng, arch, shopRng.pick(places).city);
      shops.push({ arch: a, n, name, slug: slugify(name).replace(/-/g, "") || "toko" });
    }
  });
  const texts: Pools["texts"] = [];
  const textRng = rng.fork("texts");
  LISTING_KINDS.forEach((kind, k) => {
    for (let n = 0; n < TEXTS_PER_KIND; n++) {
      const t = listingText(textRng, kind, textRng.pick(places).city);
      texts.push({ kind: k, n, title: t.title, slug: slugify(t.title) || "produk", description: t.description, category: t.category, ...signalTerms(t.title, t.description) });
    }
  });
  return { kinds, places, shops, texts };
}
