// The past the dashboard looks back on, for three scripted shops: a Shopee suspension that ran its
// course, a Lazada suspension approved with a guardrail override and still in force, and a
// Tokopedia suspension lifted when an appeal against one of its takedowns was granted. Times are
// hours before `now`. Random shops get their own past appeals and escalations (appeal-history.ts,
// escalation-history.ts); these three make sure every kind of ending is in the demo.
import type { AccountActionKind } from "@/lib/moderation";
import type { ScriptedCase } from "./script";
import type { DecisionAuthor, HistorySellerKey, ListingKind } from "./types";

const D = 24;

export const HISTORY_LISTINGS: Record<HistorySellerKey, readonly ListingKind[]> = {
  past_suspension_shopee: ["bale", "evasive", "bale", "import_retail", "bale"],
  past_suspension_lazada: ["bale", "import_retail", "bale", "evasive"],
  lifted_tokopedia: ["bale", "local_preloved", "import_retail", "local_preloved", "local_preloved"],
};

export const HISTORY_CASES: Record<HistorySellerKey, readonly ScriptedCase[]> = {
  // 8 + 4 points on Shopee reach its 12-point step: a 14-day suspension.
  past_suspension_shopee: [
    {
      listing: 0,
      openedHoursAgo: 76 * D,
      sources: ["ministry_directive", "keyword_rule"],
      outcome: { type: "takedown", policy: "imported_used_clothing_bulk", decidedHoursAgo: 75 * D, author: "moderator" },
    },
    {
      listing: 1,
      openedHoursAgo: 69 * D,
      sources: ["platform_classifier", "user_report"],
      outcome: { type: "takedown", policy: "circumvention", decidedHoursAgo: 68 * D, author: "moderator2" },
    },
  ],
  // 24 + 12 points on Lazada reach its 36-point step: a 21-day suspension.
  past_suspension_lazada: [
    {
      listing: 0,
      openedHoursAgo: 41 * D,
      sources: ["ministry_directive", "platform_classifier"],
      outcome: { type: "takedown", policy: "imported_used_clothing_bulk", decidedHoursAgo: 40 * D, author: "senior" },
    },
    {
      listing: 1,
      openedHoursAgo: 17 * D,
      sources: ["keyword_rule", "user_report"],
      outcome: { type: "takedown", policy: "imported_used_clothing_retail", decidedHoursAgo: 16 * D, author: "moderator" },
    },
  ],
  // 24 + 12 points on Tokopedia reach its 36-point step; the second takedown was a mistake.
  lifted_tokopedia: [
    {
      listing: 0,
      openedHoursAgo: 52 * D,
      sources: ["keyword_rule", "platform_classifier"],
      outcome: { type: "takedown", policy: "imported_used_clothing_bulk", decidedHoursAgo: 51 * D, author: "moderator" },
    },
    {
      listing: 1,
      openedHoursAgo: 36 * D,
      sources: ["keyword_rule"],
      outcome: { type: "takedown", policy: "imported_used_clothing_retail", decidedHoursAgo: 35 * D, author: "moderator2" },
    },
  ],
};

export interface PastEscalationScript {
  seller: HistorySellerKey;
  /** Indexes into HISTORY_CASES[seller] of the takedowns it relies on. */
  reliedCases: readonly number[];
  action: AccountActionKind;
  durationDays: number;
  proposer: "moderator" | "moderator2";
  proposedHoursAgo: number;
  approvedHoursAgo: number;
  rationale: string;
  outreachNote: string | null;
  /** Given when a soft guardrail fails at approval (the seed checks that it does). */
  overrideReason: string | null;
}

export const PAST_ESCALATIONS: readonly PastEscalationScript[] = [
  {
    seller: "past_suspension_shopee",
    reliedCases: [0, 1],
    action: "suspend",
    durationDays: 14,
    proposer: "moderator2",
    proposedHoursAgo: 67 * D,
    approvedHoursAgo: 66 * D + 4,
    rationale:
      "Dua penurunan dalam tujuh hari: balpres Korea dijual lewat live dari gudang, lalu bal yang sama diunggah ulang sebagai \"paket usaha\". Poin aktif 12 mencapai langkah penangguhan 14 hari di Shopee; peringatan tangga poin sudah dikirim setelah penurunan pertama.",
    outreachNote: "Penjual dihubungi lewat chat pusat penjual; mengaku stok bal \"sisa lama\", tetapi listing bal baru muncul lagi dua hari kemudian.",
    overrideReason: null,
  },
  {
    seller: "past_suspension_lazada",
    reliedCases: [0, 1],
    action: "suspend",
    durationDays: 21,
    proposer: "moderator",
    proposedHoursAgo: 15 * D,
    approvedHoursAgo: 14 * D + 6,
    rationale:
      "Poin aktif 36 mencapai langkah penangguhan 21 hari di Lazada: bal 100 kg dari gudang di Pontianak, lalu jaket \"second import\" satuan dari stok yang sama. Peringatan tangga poin sudah dikirim setelah penurunan pertama.",
    outreachNote: null,
    overrideReason:
      "Nomor telepon toko tidak aktif dan chat pusat penjual tidak dibaca sejak peringatan pertama; stok bal baru terus diunggah, jadi penangguhan sesuai langkah poin tetap diterapkan tanpa catatan penjangkauan.",
  },
  {
    seller: "lifted_tokopedia",
    reliedCases: [0, 1],
    action: "suspend",
    durationDays: 28,
    proposer: "moderator2",
    proposedHoursAgo: 34 * D,
    approvedHoursAgo: 33 * D + 12,
    rationale:
      "Poin aktif 36 mencapai langkah penangguhan 28 hari di Tokopedia: bal pakaian bekas impor, lalu jaket yang dijual sebagai \"thrift impor\". Peringatan tangga poin sudah dikirim setelah penurunan pertama.",
    outreachNote: "Penjual ditelepon; menyatakan jaket itu milik pribadi dan akan mengirim nota.",
    overrideReason: null,
  },
];

export interface PastAppealScript {
  seller: HistorySellerKey;
  /** Index into HISTORY_CASES[seller] of the appealed takedown. */
  case: number;
  filedHoursAgo: number;
  decidedHoursAgo: number;
  outcome: "granted" | "denied" | "partial";
  reviewer: DecisionAuthor;
  explanation: string;
  references: string | null;
  reason: string;
  files: readonly ("png" | "pdf")[];
}

export const PAST_APPEALS: readonly PastAppealScript[] = [
  {
    seller: "lifted_tokopedia",
    case: 1,
    filedHoursAgo: 33 * D,
    decidedHoursAgo: 31 * D,
    outcome: "granted",
    reviewer: "moderator",
    explanation:
      "Jaket ini milik saya sendiri, dibeli baru di Makassar tahun 2021 dan jarang dipakai; bukan barang impor bekas. Kata \"thrift\" saya pakai karena barangnya bekas pakai. Nota toko dan foto label saya lampirkan.",
    references: "Nota toko MKS-2021-0877",
    reason:
      "Nota toko dalam negeri dan foto label cocok dengan produk: barang bekas pribadi, bukan impor. Keputusan dibatalkan, produk tampil kembali, poin dicabut, dan penangguhan yang bertumpu pada penurunan ini dicabut.",
    files: ["png", "pdf"],
  },
];
