// Wording of the seeded past escalations, in Indonesian: the proposer's rationale, outreach notes,
// the senior's override reasons and rejections.
import { POLICIES, type GuardrailKey, type ProposedAction } from "@/lib/moderation";
import type { DecisionRow } from "./history";
import type { CasePlan } from "./types";

const ACTION_WORDS: Record<ProposedAction["action"], string> = {
  restrict_listings: "pembatasan produk baru",
  suspend: "penangguhan toko",
  block: "penutupan toko",
};

function actionPhrase(action: ProposedAction): string {
  return action.durationDays ? `${ACTION_WORDS[action.action]} ${action.durationDays} hari` : ACTION_WORDS[action.action];
}

export function proposalWording(input: { plan: CasePlan; decision: DecisionRow; points: number; action: ProposedAction; platformName: string }): string {
  const { plan, decision, points, action, platformName } = input;
  const policy = decision.policyCode ? POLICIES[decision.policyCode].title.id.toLowerCase() : "pelanggaran";
  return (
    `Penurunan #${plan.number} (${policy}, ${decision.points} poin) membawa toko ini ke ${points} poin aktif di ${platformName}. ` +
    `Usulan: ${actionPhrase(action)} sesuai tangga poin. Peringatan tangga poin sudah dikirim setelah penurunan itu.`
  );
}

export const OUTREACH_NOTES: readonly string[] = [
  "Penjual dihubungi lewat chat pusat penjual dan diminta menghapus listing serupa; belum ada tanggapan.",
  "Penjual ditelepon; mengaku tidak tahu larangan impor pakaian bekas dan berjanji menghapus stoknya.",
  "Pesan dikirim lewat pusat penjual dengan tautan panduan barang terlarang; dibaca tetapi tidak dibalas.",
  "Penjual membalas chat dan meminta waktu untuk mengosongkan stok; listing baru tetap muncul.",
];

/** Why the senior approved although a soft guardrail failed (hard ones are never overridden). */
export const OVERRIDE_REASONS: Record<GuardrailKey, string> = {
  a: "",
  b: "",
  c: "Toko menjual bal lewat live dari gudang setiap hari; tindakan di atas langkah poin diperlukan untuk menghentikan penjualan.",
  d: "Banding yang tertunda hanya mengulang klaim tanpa bukti baru; tindakan tidak menunggu hasilnya dan akan dicabut bila banding dikabulkan.",
  e: "Penjual tidak bisa dihubungi lewat chat maupun telepon sejak peringatan; tindakan sesuai langkah poin tetap perlu agar stok terlarang tidak terus dijual.",
};

export function rejectReason(points: number, required: number | null): string {
  return required === null
    ? `Tindakan ini di luar tangga poin platform; poin aktif ${points}. Peringatan sudah cukup untuk saat ini.`
    : `Poin aktif ${points} belum mencapai langkah ${required} poin; peringatan sudah cukup untuk saat ini. Usulkan lagi bila ada pelanggaran baru.`;
}
