// Flags on a listing: who flagged it, with which reference, reason and confidence.
import { findSignals, type FlagSource, type PolicyCode } from "@/lib/moderation";
import type { Random } from "./random";
import type { FlagRow, ListingKind, ListingPlan } from "./types";

interface SourceOdds {
  source: FlagSource;
  chance: number;
}

const ODDS: Record<ListingKind, { sources: SourceOdds[]; confidence: [number, number] }> = {
  bale: {
    sources: [
      { source: "ministry_directive", chance: 0.35 },
      { source: "trusted_flagger", chance: 0.25 },
      { source: "platform_classifier", chance: 0.8 },
      { source: "keyword_rule", chance: 0.75 },
      { source: "user_report", chance: 0.3 },
    ],
    confidence: [0.82, 0.99],
  },
  evasive: {
    sources: [
      { source: "ministry_directive", chance: 0.08 },
      { source: "trusted_flagger", chance: 0.2 },
      { source: "platform_classifier", chance: 0.65 },
      { source: "keyword_rule", chance: 0.3 },
      { source: "user_report", chance: 0.4 },
    ],
    confidence: [0.55, 0.88],
  },
  import_retail: {
    sources: [
      { source: "ministry_directive", chance: 0.03 },
      { source: "trusted_flagger", chance: 0.08 },
      { source: "platform_classifier", chance: 0.5 },
      { source: "keyword_rule", chance: 0.7 },
      { source: "user_report", chance: 0.25 },
    ],
    confidence: [0.5, 0.9],
  },
  local_preloved: {
    sources: [
      { source: "platform_classifier", chance: 0.3 },
      { source: "keyword_rule", chance: 0.6 },
      { source: "user_report", chance: 0.2 },
    ],
    confidence: [0.3, 0.7],
  },
  personal: {
    sources: [
      { source: "platform_classifier", chance: 0.2 },
      { source: "keyword_rule", chance: 0.5 },
      { source: "user_report", chance: 0.25 },
    ],
    confidence: [0.25, 0.6],
  },
  jastip: {
    sources: [
      { source: "platform_classifier", chance: 0.25 },
      { source: "keyword_rule", chance: 0.6 },
      { source: "user_report", chance: 0.2 },
    ],
    confidence: [0.3, 0.65],
  },
  new_goods: {
    sources: [
      { source: "platform_classifier", chance: 0.6 },
      { source: "keyword_rule", chance: 0.3 },
      { source: "user_report", chance: 0.3 },
    ],
    confidence: [0.3, 0.6],
  },
};

const REPORT_NOTES = [
  "Barang datang dalam karung, bau gudang.",
  "Penjual bilang stoknya dari bal Korea.",
  "Saya menduga ini pakaian bekas impor.",
  "Di live penjual membuka karung dan menjual per bal.",
  "Deskripsi bilang preloved tapi stoknya ratusan.",
  "Barang bekas dijual seperti barang baru.",
  "Penjual menawarkan harga per karung lewat chat.",
] as const;

function classifierReason(kind: ListingKind): PolicyCode {
  if (kind === "bale") return "imported_used_clothing_bulk";
  if (kind === "evasive") return "circumvention";
  return "imported_used_clothing_retail";
}

/** The sources that flag a listing: drawn from its kind's odds unless the script names them. */
export function drawSources(rng: Random, listing: ListingPlan): FlagSource[] {
  const chosen = ODDS[listing.kind].sources.filter((o) => rng.chance(o.chance)).map((o) => o.source);
  return chosen.length > 0 ? chosen : ["platform_classifier"];
}

/** Unique references per (platform, source), shared by every flag the seed creates. */
export class FlagReferences {
  private readonly used = new Set<string>();
  private directiveItem = 0;
  private trustedSeq = 0;

  constructor(private readonly rng: Random) {}

  next(platformId: string, source: FlagSource, listing: ListingPlan, rule: string | null): string {
    for (let attempt = 0; ; attempt++) {
      const base = this.make(source, listing, rule);
      const ref = attempt === 0 ? base : `${base}-${attempt}`;
      const key = `${platformId}|${source}|${ref}`;
      if (!this.used.has(key)) {
        this.used.add(key);
        return ref;
      }
    }
  }

  private make(source: FlagSource, listing: ListingPlan, rule: string | null): string {
    switch (source) {
      case "ministry_directive":
        this.directiveItem++;
        return `KEMENUMKM/DUM/2025/11/${String(17 + (this.directiveItem % 9)).padStart(3, "0")}#${this.directiveItem}`;
      case "trusted_flagger":
        this.trustedSeq++;
        return `TF-2025-${String(this.trustedSeq).padStart(5, "0")}`;
      case "platform_classifier":
        return `clf-v3-${this.rng.hex(16)}`;
      case "keyword_rule":
        return `kw-${rule ?? "impor"}-${listing.row.externalId}`;
      case "user_report":
        return `rpt-${this.rng.digits(10)}`;
    }
  }
}

/** One or more flags per source; the first is received at openedAt, the rest before `until`. */
export function buildFlags(
  rng: Random,
  refs: FlagReferences,
  listing: ListingPlan,
  sources: readonly FlagSource[],
  openedAt: Date,
  until: Date,
): FlagRow[] {
  const text = `${listing.row.title}\n${listing.row.description}`;
  const importWords = [...new Set(findSignals(text).filter((m) => m.direction === "import").map((m) => m.key))];
  const span = Math.max(0, until.getTime() - openedAt.getTime());
  const flags: FlagRow[] = [];
  sources.forEach((wanted, i) => {
    // A keyword rule only fires on words that are there; otherwise the classifier caught it.
    const source: FlagSource = wanted === "keyword_rule" && importWords.length === 0 ? "platform_classifier" : wanted;
    const count = source === "user_report" ? rng.weighted([{ value: 1, weight: 6 }, { value: 2, weight: 3 }, { value: 3, weight: 1 }]) : 1;
    for (let n = 0; n < count; n++) {
      const receivedAt = i === 0 && n === 0 ? openedAt : new Date(openedAt.getTime() + Math.floor((rng.next() * span) / 60_000) * 60_000);
      const observedAt = new Date(receivedAt.getTime() - rng.int(1, 360) * 60_000);
      const [lo, hi] = ODDS[listing.kind].confidence;
      let reason: PolicyCode | null = null;
      let confidence: number | null = null;
      let note: string;
      let rule: string | null = null;
      switch (source) {
        case "ministry_directive":
          reason = "imported_used_clothing_bulk";
          note = "Tercantum dalam daftar tautan Kementerian UMKM (surat Deputi Bidang Usaha Mikro, November 2025).";
          break;
        case "trusted_flagger":
          reason = classifierReason(listing.kind);
          note = "Laporan mitra pelapor tepercaya (asosiasi tekstil) dengan tangkapan layar live dan chat penjual.";
          break;
        case "platform_classifier":
          reason = classifierReason(listing.kind);
          confidence = Math.round((lo + rng.next() * (hi - lo)) * 100) / 100;
          note = "Model klasifikasi produk v3 (teks dan foto): mirip pola pakaian bekas impor.";
          break;
        case "keyword_rule":
          rule = rng.pick(importWords);
          reason = ["balpres", "karung", "bal", "partai_besar", "live_gudang", "bundle"].includes(rule)
            ? "imported_used_clothing_bulk"
            : "imported_used_clothing_retail";
          note = `Aturan kata kunci cocok: ${importWords.map((w) => `"${w.replaceAll("_", " ")}"`).join(", ")}.`;
          break;
        case "user_report":
          reason = rng.chance(0.5) ? "misleading_listing" : null;
          note = `Laporan pembeli: "${rng.pick(REPORT_NOTES)}"`;
          break;
      }
      flags.push({
        id: rng.uuid(),
        platformId: listing.row.platformId,
        listingId: listing.row.id,
        source,
        sourceReference: refs.next(listing.row.platformId, source, listing, rule),
        reason,
        confidence,
        note,
        observedAt,
        receivedAt,
      });
    }
  });
  return flags.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
}
