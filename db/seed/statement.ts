// The statement of reasons for a restricting decision (warn, takedown), modelled on DSA Art. 17 and
// the EU Transparency Database fields. One builder, so every seeded statement has the same shape
// the decision flow writes.
import { POLICIES, findSignals, type FlagSource, type Locale, type PolicyCode } from "@/lib/moderation";

export type StatementSourceType = "authority_notice" | "trusted_flagger" | "notice" | "voluntary";

// A type alias (not an interface) so it is assignable to the jsonb column's Record<string, unknown>.
export type StatementOfReasons = {
  restriction: {
    decision: "warn" | "takedown";
    /** EU Transparency Database wording: CONTENT_REMOVED for a takedown, OTHER for a warning. */
    visibility: "CONTENT_REMOVED" | "OTHER";
    description: string;
    points: number;
    listing: { id: string; external_id: string; title: string; url: string };
    platform: string;
    application_date: string;
  };
  facts: string;
  ground: {
    /** ILLEGAL_CONTENT (the import ban) or INCOMPATIBLE_CONTENT (listing rules). */
    type: "ILLEGAL_CONTENT" | "INCOMPATIBLE_CONTENT";
    policy: PolicyCode;
    policy_title: string;
    legal_ground: string;
    explanation: string;
  };
  category: "UNSAFE_AND_PROHIBITED_PRODUCTS";
  content_type: "PRODUCT";
  automated_detection: boolean;
  automated_decision: "not_automated";
  source_type: StatementSourceType;
  appeal: { how: string; until: string };
};

export interface StatementInput {
  decision: "warn" | "takedown";
  policy: PolicyCode;
  points: number;
  listing: { id: string; externalId: string; title: string; description: string; url: string; priceIdr: number; stock: number };
  platformName: string;
  flagSources: readonly FlagSource[];
  decidedAt: Date;
  appealDeadline: Date;
  locale: Locale;
}

export function formatRupiah(amount: number): string {
  return `Rp${String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`;
}

/** "a", "a dan b", "a, b, dan c". */
function listJoin(items: readonly string[]): string {
  if (items.length <= 2) return items.join(" dan ");
  return `${items.slice(0, -1).join(", ")}, dan ${items[items.length - 1]}`;
}

const SOURCE_NAMES: Record<FlagSource, string> = {
  ministry_directive: "daftar Kementerian UMKM",
  trusted_flagger: "mitra pelapor tepercaya",
  platform_classifier: "klasifikasi otomatis platform",
  keyword_rule: "aturan kata kunci",
  user_report: "laporan pembeli",
};

function sourceType(sources: readonly FlagSource[]): StatementSourceType {
  if (sources.includes("ministry_directive")) return "authority_notice";
  if (sources.includes("trusted_flagger")) return "trusted_flagger";
  if (sources.includes("user_report")) return "notice";
  return "voluntary";
}

/** Builds the statement in Indonesian (the seller's language); `locale` is stored beside it. */
export function buildStatementOfReasons(input: StatementInput): StatementOfReasons {
  const policy = POLICIES[input.policy];
  const { listing } = input;
  const words = [...new Set(findSignals(`${listing.title} ${listing.description}`).filter((m) => m.direction === "import").map((m) => m.text.toLowerCase()))];
  const facts = [
    `Produk "${listing.title}" di ${input.platformName} ditawarkan seharga ${formatRupiah(listing.priceIdr)} dengan stok ${listing.stock}.`,
    words.length > 0 ? `Judul atau deskripsi memuat: ${words.map((w) => `"${w}"`).join(", ")}.` : "",
    `Produk ini ditandai oleh ${listJoin(input.flagSources.map((s) => SOURCE_NAMES[s]))}, lalu ditinjau oleh moderator.`,
  ]
    .filter(Boolean)
    .join(" ");
  const until = input.appealDeadline.toISOString();
  return {
    restriction: {
      decision: input.decision,
      visibility: input.decision === "takedown" ? "CONTENT_REMOVED" : "OTHER",
      description:
        input.decision === "takedown"
          ? `Produk diturunkan dari ${input.platformName}. Toko menerima ${input.points} poin pelanggaran.`
          : "Produk tetap tayang tetapi wajib diperbaiki; tidak ada poin pelanggaran.",
      points: input.points,
      listing: { id: listing.id, external_id: listing.externalId, title: listing.title, url: listing.url },
      platform: input.platformName,
      application_date: input.decidedAt.toISOString(),
    },
    facts,
    ground: {
      type: policy.takedownRequired ? "ILLEGAL_CONTENT" : "INCOMPATIBLE_CONTENT",
      policy: policy.code,
      policy_title: policy.title.id,
      legal_ground: policy.legalGround.id,
      explanation: policy.explanation.id,
    },
    category: "UNSAFE_AND_PROHIBITED_PRODUCTS",
    content_type: "PRODUCT",
    automated_detection: input.flagSources.some((s) => s === "platform_classifier" || s === "keyword_rule"),
    automated_decision: "not_automated",
    source_type: sourceType(input.flagSources),
    appeal: {
      how: "Ajukan banding gratis dari halaman kasus di portal penjual Timbang sebelum batas waktu, dengan penjelasan dan bukti (nota atau faktur pembelian dalam negeri, foto label, NIB). Banding ditinjau oleh moderator lain, bukan yang membuat keputusan ini.",
      until,
    },
  };
}
