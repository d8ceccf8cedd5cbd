// Statement of reasons for restrictive decisions (warn, takedown), modelled on DSA Art. 17 and the
// EU Transparency Database fields (DOMAIN.md). Stored as structured JSON on the decision, in the
// seller's language, and rendered to plain text for the seller and for exports.

import type { FlagSource, Locale, PolicyCode } from "./constants";
import { addDays } from "./ladder";
import { POLICIES } from "./policies";

export const STATEMENT_SCHEMA_VERSION = 1;

/** DSA "source_type": who brought the listing to the platform's attention. */
export const STATEMENT_SOURCE_TYPES = ["authority_order", "trusted_flagger", "notice", "voluntary"] as const;
export type StatementSourceType = (typeof STATEMENT_SOURCE_TYPES)[number];

export type RestrictiveKind = "warn" | "takedown";

// A type alias (not an interface), so it is assignable to the jsonb column's Record<string, unknown>.
export type StatementOfReasons = {
  schema_version: number;
  locale: Locale;
  /** Unique reference of the statement (DSA puid), e.g. "TMB-000123-takedown". */
  reference: string;
  decision_kind: RestrictiveKind;
  restriction: {
    /** DSA decision_visibility: CONTENT_REMOVED for a takedown, OTHER (fix required) for a warning. */
    visibility: "CONTENT_REMOVED" | "OTHER";
    listing_status: "removed" | "needs_fix";
    points: number;
    points_expire_at: string | null;
    summary: string;
  };
  listing: { title: string; url: string; external_id: string; platform: string };
  facts: string;
  ground: {
    type: "ILLEGAL_CONTENT";
    policy_code: PolicyCode;
    policy_title: string;
    legal_ground: string;
    explanation: string;
  };
  category: "UNSAFE_AND_PROHIBITED_PRODUCTS";
  content_type: "PRODUCT";
  automated_detection: boolean;
  automated_decision: "not_automated";
  source_type: StatementSourceType;
  application_date: string;
  appeal: { how: string; until: string };
};

export interface StatementInput {
  kind: RestrictiveKind;
  locale: Locale;
  reference: string;
  policyCode: PolicyCode;
  facts: string;
  points: number;
  pointsExpireDays: number;
  flagSources: readonly FlagSource[];
  listing: { title: string; url: string; externalId: string; platformName: string };
  appealWindowDays: number;
  decidedAt: Date;
}

const AUTOMATED_SOURCES: readonly FlagSource[] = ["platform_classifier", "keyword_rule"];

/** The strongest source decides the DSA source type: an authority's order over a notice. */
export function statementSourceType(sources: readonly FlagSource[]): StatementSourceType {
  if (sources.includes("ministry_directive")) return "authority_order";
  if (sources.includes("trusted_flagger")) return "trusted_flagger";
  if (sources.includes("user_report")) return "notice";
  return "voluntary";
}

const TIME_ZONE = "Asia/Jakarta";

export function formatStatementDate(iso: string, locale: Locale, withTime = false): string {
  return new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", {
    timeZone: TIME_ZONE,
    day: "numeric",
    month: "long",
    year: "numeric",
    ...(withTime ? { hour: "2-digit", minute: "2-digit", timeZoneName: "short" } : {}),
  }).format(new Date(iso));
}

const SUMMARY: Record<Locale, Record<RestrictiveKind, (points: number) => string>> = {
  id: {
    takedown: (p) => `Produk diturunkan dan tidak lagi tampil. Toko menerima ${p} poin pelanggaran.`,
    warn: () => "Peringatan: perbaiki informasi produk. Produk tidak diturunkan dan tidak ada poin pelanggaran.",
  },
  en: {
    takedown: (p) => `The listing was taken down and is no longer shown. The shop received ${p} violation points.`,
    warn: () => "Warning: correct the listing. It was not taken down and no violation points were added.",
  },
};

const APPEAL_HOW: Record<Locale, (until: string) => string> = {
  id: (until) =>
    `Anda dapat mengajukan banding gratis melalui portal penjual Timbang (menu Kasus) sampai ${until}. Jelaskan alasan Anda dan lampirkan bukti, misalnya nota atau faktur pembelian dalam negeri, foto label barang, atau NIB. Banding diperiksa oleh moderator lain, bukan oleh sistem otomatis.`,
  en: (until) =>
    `You can appeal free of charge in the Timbang seller portal (Cases) until ${until}. Explain why and attach evidence, such as a domestic purchase receipt or invoice, photos of the label, or your NIB. Appeals are reviewed by a different moderator, not by an automated system.`,
};

/** The statement's unique reference (DSA puid), e.g. "TMB-000123-1A2B3C4D". */
export function caseReference(caseNumber: number, decisionId: string): string {
  return `TMB-${String(caseNumber).padStart(6, "0")}-${decisionId.slice(0, 8).toUpperCase()}`;
}

export function buildStatement(input: StatementInput): StatementOfReasons {
  const policy = POLICIES[input.policyCode];
  const l = input.locale;
  const takedown = input.kind === "takedown";
  const points = takedown ? input.points : 0;
  const appealUntil = addDays(input.decidedAt, input.appealWindowDays);
  return {
    schema_version: STATEMENT_SCHEMA_VERSION,
    locale: l,
    reference: input.reference,
    decision_kind: input.kind,
    restriction: {
      visibility: takedown ? "CONTENT_REMOVED" : "OTHER",
      listing_status: takedown ? "removed" : "needs_fix",
      points,
      points_expire_at: takedown && points > 0 ? addDays(input.decidedAt, input.pointsExpireDays).toISOString() : null,
      summary: SUMMARY[l][input.kind](points),
    },
    listing: {
      title: input.listing.title,
      url: input.listing.url,
      external_id: input.listing.externalId,
      platform: input.listing.platformName,
    },
    facts: input.facts.trim(),
    ground: {
      type: "ILLEGAL_CONTENT",
      policy_code: policy.code,
      policy_title: policy.title[l],
      legal_ground: policy.legalGround[l],
      explanation: policy.explanation[l],
    },
    category: "UNSAFE_AND_PROHIBITED_PRODUCTS",
    content_type: "PRODUCT",
    automated_detection: input.flagSources.some((s) => AUTOMATED_SOURCES.includes(s)),
    automated_decision: "not_automated",
    source_type: statementSourceType(input.flagSources),
    application_date: input.decidedAt.toISOString(),
    appeal: { how: APPEAL_HOW[l](formatStatementDate(appealUntil.toISOString(), l)), until: appealUntil.toISOString() },
  };
}

const LABELS: Record<Locale, Record<string, string>> = {
  id: {
    heading: "Pernyataan alasan",
    reference: "Nomor",
    date: "Tanggal keputusan",
    listing: "Produk",
    decision: "Keputusan",
    pointsExpire: "Poin berlaku sampai",
    facts: "Fakta",
    ground: "Dasar",
    policy: "Kebijakan",
    legal: "Dasar hukum",
    explanation: "Penjelasan",
    detection: "Deteksi otomatis",
    detectionYes: "Ya, produk ini pertama kali ditandai oleh sistem otomatis (klasifikasi atau kata kunci).",
    detectionNo: "Tidak, produk ini tidak ditandai oleh sistem otomatis.",
    automated: "Keputusan otomatis",
    automatedNo: "Tidak. Keputusan ini diambil oleh moderator manusia.",
    source: "Sumber laporan",
    appeal: "Banding",
  },
  en: {
    heading: "Statement of reasons",
    reference: "Reference",
    date: "Date of decision",
    listing: "Listing",
    decision: "Decision",
    pointsExpire: "Points valid until",
    facts: "Facts",
    ground: "Ground",
    policy: "Policy",
    legal: "Legal ground",
    explanation: "Explanation",
    detection: "Automated detection",
    detectionYes: "Yes, this listing was first flagged by an automated system (classifier or keyword rule).",
    detectionNo: "No, this listing was not flagged by an automated system.",
    automated: "Automated decision",
    automatedNo: "No. A human moderator made this decision.",
    source: "Source of the report",
    appeal: "Appeal",
  },
};

const SOURCE_TEXT: Record<Locale, Record<StatementSourceType, string>> = {
  id: {
    authority_order: "Permintaan instansi pemerintah (Kementerian UMKM)",
    trusted_flagger: "Pelapor tepercaya",
    notice: "Laporan pengguna",
    voluntary: "Pemeriksaan atas inisiatif platform",
  },
  en: {
    authority_order: "Order of a government authority (Ministry of UMKM)",
    trusted_flagger: "Trusted flagger",
    notice: "User report",
    voluntary: "The platform's own initiative",
  },
};

/** Plain-text rendering; labels in `locale`, content in the language the statement was written in. */
export function renderStatementText(statement: StatementOfReasons, locale: Locale = statement.locale): string {
  const t = LABELS[locale];
  const lines = [
    `${t.heading} — ${statement.reference}`,
    `${t.date}: ${formatStatementDate(statement.application_date, locale, true)}`,
    `${t.listing}: ${statement.listing.title} (${statement.listing.platform}, ${statement.listing.external_id})`,
    "",
    `${t.decision}: ${statement.restriction.summary}`,
  ];
  if (statement.restriction.points_expire_at) {
    lines.push(`${t.pointsExpire}: ${formatStatementDate(statement.restriction.points_expire_at, locale)}`);
  }
  lines.push(
    "",
    `${t.facts}:`,
    statement.facts,
    "",
    `${t.ground}:`,
    `${t.policy}: ${statement.ground.policy_title} (${statement.ground.policy_code})`,
    `${t.legal}: ${statement.ground.legal_ground}`,
    `${t.explanation}: ${statement.ground.explanation}`,
    "",
    `${t.detection}: ${statement.automated_detection ? t.detectionYes : t.detectionNo}`,
    `${t.automated}: ${t.automatedNo}`,
    `${t.source}: ${SOURCE_TEXT[locale][statement.source_type]}`,
    "",
    `${t.appeal}:`,
    statement.appeal.how,
  );
  return lines.join("\n");
}

export interface FactsInput {
  title: string;
  priceIdr: number;
  stock: number;
  /** Signal words found in the listing, as written. */
  signalWords: readonly string[];
  flagSources: readonly FlagSource[];
}

const SOURCE_NAMES: Record<Locale, Record<FlagSource, string>> = {
  id: {
    ministry_directive: "permintaan Kementerian UMKM",
    trusted_flagger: "pelapor tepercaya",
    platform_classifier: "klasifikasi otomatis platform",
    keyword_rule: "aturan kata kunci",
    user_report: "laporan pengguna",
  },
  en: {
    ministry_directive: "a Ministry of UMKM directive",
    trusted_flagger: "a trusted flagger",
    platform_classifier: "the platform's automated classifier",
    keyword_rule: "a keyword rule",
    user_report: "a user report",
  },
};

export function formatRupiah(amount: number): string {
  return `Rp${new Intl.NumberFormat("id-ID").format(amount)}`;
}

/** A first draft of the facts, which the moderator edits before deciding. */
export function draftFacts(input: FactsInput, locale: Locale): string {
  const sources = [...new Set(input.flagSources)].map((s) => SOURCE_NAMES[locale][s]).join(", ");
  const words = [...new Set(input.signalWords.map((w) => w.toLowerCase()))].map((w) => `"${w}"`).join(", ");
  if (locale === "id") {
    return [
      `Produk "${input.title}" dijual seharga ${formatRupiah(input.priceIdr)} dengan stok ${input.stock}.`,
      words ? `Judul atau deskripsi memuat ${words}.` : "",
      sources ? `Produk ditandai oleh ${sources} dan diperiksa oleh moderator.` : "",
    ]
      .filter(Boolean)
      .join(" ");
  }
  return [
    `The listing "${input.title}" is offered at ${formatRupiah(input.priceIdr)} with a stock of ${input.stock}.`,
    words ? `Its title or description contains ${words}.` : "",
    sources ? `It was flagged by ${sources} and reviewed by a moderator.` : "",
  ]
    .filter(Boolean)
    .join(" ");
}
