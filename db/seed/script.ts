// The demo's story: what happened to the scripted shops. Times are hours before `now`.
import type { ClearReason, FlagSource, PolicyCode } from "@/lib/moderation";
import { HISTORY_CASES } from "./script-history";
import type { AppealScript, DecisionAuthor, SpecialSellerKey } from "./types";

type ScriptedOutcome =
  | { type: "open" }
  | { type: "request_info"; decidedHoursAgo: number; deadlineHours: number; author: DecisionAuthor }
  | { type: "clear"; reason: ClearReason; decidedHoursAgo: number; author: DecisionAuthor }
  | { type: "warn"; policy: PolicyCode; decidedHoursAgo: number; author: DecisionAuthor }
  | {
      type: "takedown";
      policy: PolicyCode;
      /** Omitted: the policy's default on the shop's platform ladder (policyPointsFor). */
      points?: number;
      adjustment?: string;
      decidedHoursAgo: number;
      author: DecisionAuthor;
      appeal?: Omit<AppealScript, "filedAt"> & { filedHoursAgo: number };
    };

export interface ScriptedCase {
  /** Index into SPECIAL_LISTINGS[seller]. */
  listing: number;
  openedHoursAgo: number;
  sources: readonly FlagSource[];
  outcome: ScriptedOutcome;
}

const D = 24;

export const SCRIPTED_CASES: Record<SpecialSellerKey, readonly ScriptedCase[]> = {
  // seller@timbang.test, TikTok Shop: a takedown still inside its appeal window, not yet appealed.
  demo_tiktok: [
    {
      listing: 0,
      openedHoursAgo: 4 * D,
      sources: ["keyword_rule", "platform_classifier"],
      outcome: {
        type: "takedown",
        policy: "imported_used_clothing_retail",
        points: 6,
        adjustment: "Pelanggaran pertama dan hanya satu potong barang; poin diturunkan ke batas bawah kebijakan.",
        decidedHoursAgo: 3 * D,
        author: "moderator",
      },
    },
    { listing: 1, openedHoursAgo: 20, sources: ["keyword_rule", "platform_classifier"], outcome: { type: "open" } },
    { listing: 2, openedHoursAgo: 30, sources: ["user_report"], outcome: { type: "open" } },
    { listing: 3, openedHoursAgo: 6, sources: ["platform_classifier"], outcome: { type: "open" } },
    { listing: 4, openedHoursAgo: 21 * D, sources: ["user_report"], outcome: { type: "clear", reason: "cleared_local_preloved", decidedHoursAgo: 20 * D, author: "moderator2" } },
  ],
  // seller@timbang.test, Tokopedia.
  demo_tokopedia: [
    { listing: 0, openedHoursAgo: 41 * D, sources: ["keyword_rule"], outcome: { type: "clear", reason: "cleared_personal_item", decidedHoursAgo: 40 * D, author: "moderator" } },
    { listing: 1, openedHoursAgo: 10, sources: ["user_report"], outcome: { type: "open" } },
    { listing: 2, openedHoursAgo: 40, sources: ["platform_classifier"], outcome: { type: "request_info", decidedHoursAgo: 24, deadlineHours: 72, author: "senior" } },
  ],
  // seller2@timbang.test, Shopee: an appealed takedown and open cases.
  demo_seller2: [
    {
      listing: 0,
      openedHoursAgo: 11 * D,
      sources: ["platform_classifier", "user_report"],
      outcome: {
        type: "takedown",
        policy: "circumvention",
        decidedHoursAgo: 10 * D,
        author: "senior",
        appeal: {
          filedHoursAgo: 2 * D,
          filedBy: "seller2",
          explanation:
            "Produk ini adalah paket baju sisa produksi konveksi kami sendiri di Sidoarjo, bukan pakaian bekas impor. Kata \"preloved\" kami pakai karena sebagian barang contoh pernah dipajang. Kami lampirkan nota dari konveksi dan NIB toko.",
          references: "Nota KNV-2025-0412; NIB terlampir",
          files: ["pdf"],
        },
      },
    },
    { listing: 1, openedHoursAgo: 15, sources: ["keyword_rule"], outcome: { type: "open" } },
    { listing: 2, openedHoursAgo: 50, sources: ["keyword_rule", "user_report"], outcome: { type: "open" } },
    { listing: 3, openedHoursAgo: 8, sources: ["platform_classifier"], outcome: { type: "open" } },
    { listing: 7, openedHoursAgo: 60 * D, sources: ["user_report"], outcome: { type: "warn", policy: "misleading_listing", decidedHoursAgo: 59 * D, author: "moderator2" } },
  ],
  // A bale trader past a ladder step, with a pending escalation (see ESCALATION below).
  escalation: [
    {
      listing: 0,
      openedHoursAgo: 46 * D,
      sources: ["platform_classifier", "user_report"],
      outcome: { type: "takedown", policy: "circumvention", points: 12, decidedHoursAgo: 45 * D, author: "moderator2" },
    },
    {
      listing: 1,
      openedHoursAgo: 9 * D,
      sources: ["ministry_directive", "platform_classifier", "keyword_rule"],
      outcome: { type: "takedown", policy: "imported_used_clothing_bulk", points: 24, decidedHoursAgo: 8 * D, author: "moderator" },
    },
    { listing: 2, openedHoursAgo: 30, sources: ["ministry_directive", "keyword_rule"], outcome: { type: "open" } },
    { listing: 3, openedHoursAgo: 5, sources: ["platform_classifier", "keyword_rule", "user_report"], outcome: { type: "open" } },
  ],
  // 20 active points on Lazada: within 5 of the 24-point step, warned, no step reached.
  near_step: [
    {
      listing: 0,
      openedHoursAgo: 61 * D,
      sources: ["keyword_rule"],
      outcome: { type: "takedown", policy: "imported_used_clothing_retail", points: 12, decidedHoursAgo: 60 * D, author: "moderator" },
    },
    {
      listing: 1,
      openedHoursAgo: 16 * D,
      sources: ["trusted_flagger"],
      outcome: {
        type: "takedown",
        policy: "circumvention",
        points: 8,
        adjustment: "Penyamaran hanya pada judul, foto sesuai; poin di bawah standar.",
        decidedHoursAgo: 15 * D,
        author: "senior",
      },
    },
    { listing: 2, openedHoursAgo: 12, sources: ["keyword_rule"], outcome: { type: "open" } },
    { listing: 3, openedHoursAgo: 70, sources: ["keyword_rule", "platform_classifier"], outcome: { type: "open" } },
  ],
  appeal_thrift: [
    {
      listing: 0,
      openedHoursAgo: 8 * D,
      sources: ["keyword_rule", "platform_classifier"],
      outcome: {
        type: "takedown",
        policy: "imported_used_clothing_retail",
        points: 12,
        decidedHoursAgo: 7 * D,
        author: "moderator",
        appeal: {
          filedHoursAgo: 3 * D,
          filedBy: "appellant1",
          explanation:
            "Jaket ini saya beli satuan dari pedagang di Pasar Gedebage, bukan dari bal impor. Kata \"second import\" saya tulis karena ikut-ikutan judul toko lain. Saya lampirkan foto label dan nota dari pedagang pasar.",
          references: "Pesanan TKP-88213",
          files: ["png", "pdf"],
        },
      },
    },
    { listing: 3, openedHoursAgo: 18, sources: ["keyword_rule"], outcome: { type: "open" } },
  ],
  appeal_preloved: [
    {
      listing: 0,
      openedHoursAgo: 6 * D,
      sources: ["user_report"],
      outcome: {
        type: "takedown",
        policy: "imported_used_clothing_retail",
        decidedHoursAgo: 5 * D,
        author: "moderator",
        appeal: {
          filedHoursAgo: 4 * D,
          filedBy: "appellant2",
          explanation:
            "Ini baju pribadi saya, dibeli baru di Ambarrukmo Plaza tahun 2022 dan jarang dipakai. Saya bukan pedagang thrift impor. Foto label dan baju saya lampirkan.",
          references: null,
          files: ["png"],
        },
      },
    },
  ],
  appeal_jastip: [
    {
      listing: 0,
      openedHoursAgo: 13 * D,
      sources: ["keyword_rule", "platform_classifier"],
      outcome: {
        type: "takedown",
        policy: "circumvention",
        points: 12,
        decidedHoursAgo: 12 * D,
        author: "senior",
        appeal: {
          filedHoursAgo: 1 * D,
          filedBy: "appellant3",
          explanation:
            "Ini jasa titip barang baru dari toko resmi di Seoul, bukan pakaian bekas. Setiap pesanan dibelikan sesuai permintaan pembeli dan struk toko selalu saya kirim. Struk pembelian terlampir.",
          references: "PO batch Oktober; struk toko terlampir",
          files: ["pdf"],
        },
      },
    },
    { listing: 1, openedHoursAgo: 30, sources: ["keyword_rule"], outcome: { type: "open" } },
  ],
  ...HISTORY_CASES,
};

export const ESCALATION = {
  seller: "escalation" as const,
  action: "suspend" as const,
  durationDays: 28,
  createdHoursAgo: 2 * D,
  proposer: "moderator" as const,
  /** Indexes into SCRIPTED_CASES.escalation of the decided cases it relies on. */
  reliedCases: [0, 1],
  rationale:
    "Dua penurunan dalam 45 hari: penyamaran kata kunci (\"karung\" untuk bal) lalu penjualan balpres Korea 100 kg dengan live dari gudang. Poin aktif 36 mencapai langkah penangguhan 28 hari di TikTok Shop. Peringatan tangga poin sudah dikirim setelah penurunan pertama.",
  outreachNote: "Penjual sudah dihubungi lewat chat pusat penjual; belum ada tanggapan dan dua listing bal baru muncul minggu ini.",
};
