// What sellers wrote in the seeded past appeals and what reviewers answered, in Indonesian (every
// seeded seller reads Indonesian). Picked by what the listing really was (types.ts ListingKind).
import type { AppealState } from "@/lib/moderation";
import type { ListingKind } from "./types";

export interface AppealWording {
  explanation: string;
  references: string | null;
}

type Bucket = "retail" | "evasive" | "bale" | "legit" | "warn";

export function appealBucket(kind: ListingKind, decision: "warn" | "takedown"): Bucket {
  if (decision === "warn") return "warn";
  if (kind === "import_retail") return "retail";
  if (kind === "evasive" || kind === "bale") return kind;
  return "legit";
}

export const EXPLANATIONS: Record<Bucket, readonly AppealWording[]> = {
  retail: [
    { explanation: "Barang ini saya beli satuan dari pedagang pasar, bukan dari bal impor. Kata \"second import\" hanya ikut-ikutan judul toko lain dan sudah saya hapus. Foto label dan nota pasar saya lampirkan.", references: "Nota pasar terlampir" },
    { explanation: "Kemeja ini stok lama toko saya dari pemasok di Bandung, bukan barang impor bekas. Saya lampirkan nota pemasok dan foto label produksi dalam negeri.", references: "Faktur pemasok" },
    { explanation: "Saya tidak tahu pakaian bekas impor dilarang dijual. Ini usaha kecil saya satu-satunya; listing serupa sudah saya hapus semua. Mohon keringanan.", references: null },
    { explanation: "Jaket ini saya beli dari teman yang pindah kota, satu potong saja. Saya bukan pedagang thrift impor.", references: "Pesanan 2025-11" },
  ],
  evasive: [
    { explanation: "Kata \"karung\" maksudnya paket hemat isi sepuluh potong dari konveksi kami sendiri, bukan bal impor. Nota konveksi terlampir.", references: "Nota konveksi" },
    { explanation: "Foto karung hanya contoh kemasan pengiriman. Barang kami pakaian baru sisa produksi pabrik di Jawa Tengah.", references: null },
    { explanation: "Kami sudah mengganti judul dan foto sesuai aturan. Mohon produk ditampilkan lagi dan poin dikurangi.", references: null },
  ],
  bale: [
    { explanation: "Bal ini kami beli dari pemasok lokal yang mengaku barangnya legal. Kami tidak mengimpor sendiri.", references: "Nota pemasok lokal" },
    { explanation: "Kami sudah berhenti menjual bal dan semua produk lama sudah kami hapus. Mohon poin pelanggaran dikurangi.", references: null },
  ],
  legit: [
    { explanation: "Ini barang pribadi saya, dibeli baru di toko dalam negeri dan jarang dipakai. Bukan barang impor bekas. Foto label dan struk saya lampirkan.", references: "Struk toko terlampir" },
    { explanation: "Produk ini buatan konveksi kami sendiri, barang baru. Kata \"bekas\" di deskripsi salah ketik dan sudah diperbaiki.", references: "NIB dan nota produksi" },
  ],
  warn: [
    { explanation: "Deskripsi sudah saya perbaiki: asal barang dan kondisinya saya tulis jelas. Nota pembelian saya lampirkan.", references: "Nota pembelian" },
    { explanation: "Barang ini bekas pakai lokal, bukan impor. Judulnya sudah saya ganti supaya tidak menyesatkan.", references: null },
  ],
};

const REASONS: Record<Bucket, Partial<Record<Exclude<AppealState, "pending">, readonly string[]>>> = {
  retail: {
    granted: [
      "Nota pembelian dari pemasok dalam negeri dan foto label cocok dengan produk: barang bukan pakaian bekas impor. Keputusan dibatalkan, produk tampil kembali, poin dicabut.",
      "Bukti menunjukkan barang satuan yang dibeli di dalam negeri. Keputusan dibatalkan dan poin dicabut.",
    ],
    denied: [
      "Label ukuran dan foto menunjukkan pakaian bekas impor; nota yang dilampirkan tidak menyebut barang ini. Keputusan tetap.",
      "Tidak ada bukti asal barang dalam negeri; judul dan foto menunjukkan \"second import\". Keputusan tetap.",
    ],
    partial: [
      "Produk tetap diturunkan karena asal barang belum terbukti, tetapi ini pelanggaran pertama dan penjual sudah menghapus listing serupa; poin pelanggaran dicabut.",
    ],
  },
  evasive: {
    granted: ["Nota konveksi dan foto produk menunjukkan paket baju baru produksi lokal; kata \"karung\" merujuk ke kemasan. Keputusan dibatalkan."],
    denied: [
      "Foto karung, stok ratusan, dan kata kunci pengganti menunjukkan penyamaran penjualan bal. Nota tidak cocok dengan produk. Keputusan tetap.",
      "Mengganti judul tidak mengubah barangnya: foto menunjukkan bal pakaian bekas. Keputusan tetap.",
    ],
    partial: ["Produk tetap diturunkan, tetapi penyamaran hanya pada judul dan penjual kooperatif; poin pelanggaran dicabut."],
  },
  bale: {
    granted: ["Pemeriksaan ulang menunjukkan foto diambil dari toko lain dan stok penjual sendiri adalah kaos baru. Keputusan dibatalkan."],
    denied: [
      "Produk adalah bal pakaian bekas impor (HS 6309); membelinya dari pemasok lokal tidak membuat barang ini legal. Keputusan tetap.",
      "Menghapus listing tidak menghapus pelanggaran yang sudah terjadi; bal pakaian bekas impor tetap dilarang. Keputusan tetap.",
    ],
    partial: ["Produk tetap diturunkan; penjual menunjukkan itikad baik dengan menghentikan penjualan bal, sehingga poin pelanggaran dicabut."],
  },
  legit: {
    granted: [
      "Struk dan foto label menunjukkan barang pribadi yang dibeli di dalam negeri. Keputusan dibatalkan, produk tampil kembali, poin dicabut.",
      "Barang baru produksi dalam negeri; penurunan keliru. Keputusan dibatalkan.",
    ],
    denied: ["Struk yang dilampirkan tidak cocok dengan produk di foto. Keputusan tetap."],
  },
  warn: {
    granted: ["Deskripsi sudah diperbaiki dan nota menunjukkan asal barang dalam negeri; peringatan dibatalkan."],
    denied: ["Judul masih menyebut \"impor\" dan asal barang belum dijelaskan. Peringatan tetap."],
  },
};

export function outcomeReason(bucket: Bucket, state: Exclude<AppealState, "pending">, pick: <T>(items: readonly T[]) => T): string {
  const options = REASONS[bucket][state] ?? REASONS.retail[state];
  if (!options) throw new Error(`no reason text for ${bucket} ${state}`);
  return pick(options);
}

export const SECOND_ROUND_EXPLANATION =
  "Saya mengajukan banding kedua dengan bukti tambahan: nota pemasok yang sudah dilegalisasi dan foto gudang kami. Mohon ditinjau oleh moderator senior.";
