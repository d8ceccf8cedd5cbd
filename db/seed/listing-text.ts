// Indonesian listing titles and descriptions, built from word banks per listing kind. The
// wording follows what sellers write: bale traders say it openly, evaders swap the words, local
// preloved and personal sellers describe one item they owned.
import { BRANDS, JASTIP_PLACES, LOCAL_BRANDS } from "./places-and-names";
import type { Random } from "./random";
import type { ListingKind } from "./types";

export interface ListingText {
  title: string;
  description: string;
  category: string;
}

interface Garment {
  name: string;
  plural: string;
  category: string;
  /** How its size is described: chest and length, waist and length, a square, or a child's age. */
  fit?: "bottom" | "square" | "child";
}

const GARMENTS: readonly Garment[] = [
  { name: "Jaket", plural: "Jaket", category: "Jaket & Outerwear" },
  { name: "Hoodie", plural: "Hoodie", category: "Jaket & Outerwear" },
  { name: "Sweater", plural: "Sweater", category: "Pakaian Pria" },
  { name: "Kemeja Flanel", plural: "Kemeja Flanel", category: "Pakaian Pria" },
  { name: "Kemeja", plural: "Kemeja", category: "Pakaian Pria" },
  { name: "Kaos", plural: "Kaos", category: "Pakaian Pria" },
  { name: "Celana Jeans", plural: "Celana Jeans", category: "Pakaian Pria", fit: "bottom" },
  { name: "Celana Chino", plural: "Celana Chino", category: "Pakaian Pria", fit: "bottom" },
  { name: "Blouse", plural: "Blouse", category: "Pakaian Wanita" },
  { name: "Dress", plural: "Dress", category: "Pakaian Wanita" },
  { name: "Rok Plisket", plural: "Rok", category: "Pakaian Wanita", fit: "bottom" },
  { name: "Cardigan", plural: "Cardigan", category: "Pakaian Wanita" },
  { name: "Coat", plural: "Coat", category: "Jaket & Outerwear" },
  { name: "Jaket Denim", plural: "Jaket Denim", category: "Jaket & Outerwear" },
  { name: "Baju Anak", plural: "Baju Anak", category: "Pakaian Anak", fit: "child" },
  { name: "Kaos Polo", plural: "Kaos Polo", category: "Pakaian Pria" },
  { name: "Jersey Bola", plural: "Jersey", category: "Olahraga" },
  { name: "Sweater Rajut", plural: "Sweater Rajut", category: "Pakaian Wanita" },
];

const MUSLIM_WEAR: readonly Garment[] = [
  { name: "Gamis", plural: "Gamis", category: "Fashion Muslim" },
  { name: "Tunik", plural: "Tunik", category: "Fashion Muslim" },
  { name: "Hijab Segi Empat", plural: "Hijab", category: "Fashion Muslim", fit: "square" },
  { name: "Koko", plural: "Baju Koko", category: "Fashion Muslim" },
];

const PERSONAL_GOODS: readonly Garment[] = [
  { name: "Sepatu Sneakers", plural: "Sepatu", category: "Sepatu" },
  { name: "Tas Selempang", plural: "Tas", category: "Tas Wanita" },
  { name: "Tas Ransel", plural: "Tas", category: "Tas Pria" },
  { name: "Jam Tangan", plural: "Jam", category: "Aksesoris" },
  { name: "Kebaya", plural: "Kebaya", category: "Pakaian Wanita" },
  { name: "Jaket Kulit", plural: "Jaket", category: "Jaket & Outerwear" },
];

const ORIGINS = ["Korea", "Jepang", "China", "Australia", "Korea-Jepang", "Eropa", "USA"] as const;
const SIZES = ["S", "M", "L", "XL", "XXL", "All Size"] as const;
const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"] as const;
const MALLS = ["Paris Van Java", "Grand Indonesia", "Tunjungan Plaza", "Pakuwon Mall", "Plaza Senayan", "Centre Point", "Ambarrukmo Plaza", "Trans Studio Mall", "Sun Plaza", "Mal Taman Anggrek"] as const;
const FABRICS = ["katun", "linen", "rayon", "cotton combed 30s", "fleece", "wolfis", "crinkle airflow", "denim"] as const;
const MINUS = ["sedikit pudar di kerah", "kancing ganti baru", "ada noda kecil di lengan, tidak terlalu kelihatan", "label sudah digunting", "sedikit berbulu"] as const;

function capitalize(text: string): string {
  return text.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase());
}

function garment(rng: Random): Garment {
  return rng.chance(0.15) ? rng.pick(MUSLIM_WEAR) : rng.pick(GARMENTS);
}

function measurements(rng: Random, g: Garment): string {
  switch (g.fit) {
    case "bottom":
      return `Ukuran: lingkar pinggang ${rng.int(64, 90)} cm, panjang ${rng.int(60, 102)} cm.`;
    case "square":
      return `Ukuran ${rng.pick([110, 115, 120])} x ${rng.pick([110, 115, 120])} cm.`;
    case "child":
      return `Untuk usia ${rng.int(2, 6)}-${rng.int(7, 10)} tahun.`;
    default:
      return `Ukuran: LD ${rng.int(88, 124)} cm, panjang ${rng.int(58, 78)} cm.`;
  }
}

function sized(size: string): string {
  return size === "All Size" ? size : `Size ${size}`;
}

function sentences(rng: Random, pool: readonly string[], min: number, max: number): string {
  return rng.sample(pool, rng.int(min, max)).join(" ");
}

function bale(rng: Random, city: string): ListingText {
  const g = rng.pick(GARMENTS);
  const origin = rng.pick(ORIGINS);
  const word = rng.pick(["Balpres", "Ballpress", "Bal Press", "BALPRES", "Bal", "Karungan"]);
  const grade = rng.pick(["Grade A", "Grade A+", "Grade B", "Super", "Campur"]);
  const kg = rng.pick([45, 50, 100, 100, 100, 110]);
  const pcs = rng.pick([150, 200, 250, 300, 350, 400, 500]);
  const title = rng.pick([
    `${word} ${origin} ${g.plural} ${grade} ${kg}kg`,
    `${word} ${origin} ${g.plural} Isi ${pcs} pcs`,
    `Bal ${origin} ${g.plural} Campur ${grade} - Partai Besar`,
    `${word} ${g.plural} ${origin} Bundle Kepala ${kg}kg`,
    `Karungan ${origin} ${g.plural} Mix Size ${kg}kg Live dari Gudang`,
    `${word} ${origin} Kepala/Badan/Kaki ${g.plural} ${kg}kg`,
  ]);
  const gradeText = grade.startsWith("Grade") ? grade : `Grade ${grade.toLowerCase()}`;
  const description = `Bal ${origin} asli, isi ±${pcs} pcs per bal, berat ${kg} kg. ${sentences(
    rng,
    [
      `${gradeText}, kondisi 85–95%, campur ukuran S sampai XXL.`,
      "Harga partai besar khusus reseller dan pelapak thrift. Ambil 3 bal dapat potongan.",
      `Live dari gudang setiap malam jam ${rng.int(19, 21)}.00 WIB, bisa request buka bal waktu live.`,
      `Barang masih segel karung dari gudang ${city}, belum dibongkar.`,
      "Pengiriman lewat kargo ke seluruh Indonesia, ongkir ditanggung pembeli.",
      "Tidak menerima retur karena barang bal (untung-untungan).",
      `Bisa COD untuk area ${city} dan sekitarnya.`,
      "Bundle kepala, badan dan kaki bisa dipisah sesuai permintaan.",
      "Stok selalu masuk tiap minggu, tanya admin untuk jadwal bongkar kontainer.",
    ],
    3,
    5,
  )}`;
  return { title, description, category: rng.chance(0.6) ? "Grosir" : g.category };
}

function evasive(rng: Random, city: string): ListingText & { singlePiece: boolean } {
  const g = rng.pick(GARMENTS);
  const origin = rng.pick(ORIGINS);
  const pcs = rng.pick([100, 150, 200, 300]);
  const singlePiece = rng.chance(0.45);
  const title = singlePiece
    ? rng.pick([
        `Preloved ${rng.pick(BRANDS)} ${g.name} Mulus`,
        `${g.name} Preloved Mix Brand Kondisi 90%`,
        `Preloved ${g.name} Random Brand Murah`,
        `${g.name} Preloved Luar Negeri Pilihan`,
      ])
    : rng.pick([
        `Paket Usaha Preloved ${origin} Isi ${pcs} pcs`,
        `Karung Campur Preloved ${g.plural} 100kg`,
        `B4L ${origin} ${g.plural} Grade A Mix`,
        `B.A.L ${origin} ${g.plural} Mix 100kg`,
        `Paket Reseller Baju Second Isi ${pcs}`,
        `Karung Preloved ${g.plural} Siap Jual`,
      ]);
  const description = sentences(
    rng,
    [
      "Preloved kondisi 90% up, stok selalu ada karena kami ambil langsung dari pemasok.",
      "Tanya admin untuk harga per karung.",
      "Cocok buat modal usaha thrift, ambil banyak dapat harga khusus.",
      "Foto hanya contoh, barang dikirim acak (random).",
      "Chat admin untuk info paket besar.",
      "Kualitas luar, bukan barang lokal.",
      `Gudang kami di ${city}, bisa ambil langsung.`,
      "Bisa pilih paket atasan, bawahan atau campur.",
    ],
    3,
    5,
  );
  return { title, description, category: singlePiece ? g.category : "Grosir", singlePiece };
}

function importRetail(rng: Random): ListingText {
  const g = garment(rng);
  const brand = rng.pick(BRANDS);
  const origin = rng.pick(ORIGINS);
  const size = rng.pick(SIZES);
  const title = rng.pick([
    `${g.name} ${brand} Second Import ${origin} ${sized(size)}`,
    `Thrift Impor ${g.name} ${brand} Original`,
    `${g.name} Bekas Impor ${origin} Kondisi 90%`,
    `Seken Impor ${g.name} ${brand} ${sized(size)}`,
    `${g.name} Thrift ${brand} ${origin}`,
    `Cimol ${g.name} ${brand} ${sized(size)}`,
  ]);
  const description = [
    rng.pick([`Second import ${origin}, sudah dilaundry dan disetrika.`, `Hasil sortir bal ${origin} pilihan, sudah dicuci bersih.`, `Thrift impor ${origin}, barang pilihan.`]),
    `Kondisi ${rng.int(85, 95)}%, tidak ada noda atau bolong.`,
    measurements(rng, g),
    rng.pick(["Barang thrift, hanya 1 pcs, siapa cepat dia dapat.", "Stok terbatas, cek foto dengan teliti.", "Tersedia beberapa warna, tanya stok dulu."]),
  ].join(" ");
  return { title, description, category: g.category };
}

function localPreloved(rng: Random, city: string): ListingText {
  const g = garment(rng);
  const brand = rng.chance(0.55) ? rng.pick(LOCAL_BRANDS) : rng.pick(BRANDS);
  const size = rng.pick(SIZES);
  const title = rng.pick([
    `Preloved ${brand} ${g.name} ${sized(size)}`,
    `${g.name} ${brand} Preloved Jarang Dipakai`,
    `Preloved Pribadi ${g.name} ${sized(size)} Kondisi 95%`,
    `Preloved ${g.name} ${brand} Warna Sage`,
  ]);
  const description = [
    rng.pick(["Preloved pribadi, jarang dipakai.", "Preloved milik sendiri, baru dipakai 2-3 kali.", "Preloved lokal, koleksi pribadi."]),
    `Beli di ${rng.pick(MALLS)} tahun ${rng.int(2019, 2024)}.`,
    `Kondisi ${rng.int(90, 98)}%, ${rng.chance(0.5) ? "tidak ada minus" : `minus ${rng.pick(MINUS)}`}.`,
    measurements(rng, g),
    rng.pick(["Dijual karena sudah tidak muat.", "Lemari penuh, mau dikurangi.", "Barang cuma satu, tidak restock."]),
    rng.chance(0.4) ? `Bisa COD di ${city}.` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return !g.fit && rng.chance(0.08)
    ? { title: "Kemeja Batik Tulis Preloved Mulus", description, category: "Batik" }
    : { title, description, category: g.category };
}

function personal(rng: Random, city: string): ListingText {
  const item = rng.chance(0.6) ? rng.pick(PERSONAL_GOODS) : garment(rng);
  const brand = rng.pick(BRANDS);
  const title = rng.pick([
    `Jual Cepat ${item.name} ${brand} Punya Sendiri`,
    `${item.name} ${brand} Ori Milik Pribadi`,
    `${item.name} ${brand} Baru Dipakai 2x`,
    `${item.name} Preloved Pribadi Masih Bagus`,
  ]);
  const description = [
    "Punya sendiri, jarang dipakai, masih bagus.",
    rng.chance(0.3) ? `Dulu beli di ${rng.pick(JASTIP_PLACES)} waktu liburan.` : `Beli di ${rng.pick(MALLS)}.`,
    rng.pick(["Dijual karena butuh dana.", "Dijual karena pindahan.", "Dijual karena jarang terpakai."]),
    rng.chance(0.5) ? "Nota pembelian masih ada." : "",
    `Bisa cek fisik di ${city}.`,
  ]
    .filter(Boolean)
    .join(" ");
  return { title, description, category: item.category };
}

function jastip(rng: Random): ListingText {
  const g = garment(rng);
  const brand = rng.pick(BRANDS);
  const place = rng.pick(JASTIP_PLACES);
  const days = rng.pick([7, 10, 14, 21]);
  const title = rng.pick([
    `Jastip ${place} ${brand} ${g.name} PO ${days} Hari`,
    `Jastip Outlet ${place} - ${brand} ${g.name} (BARU)`,
    `Jasa Titip ${brand} ${g.name} ${place} Open PO`,
    `Jastip ${place}: ${brand} ${g.name} Ori Store`,
  ]);
  const description = [
    `Jasa titip beli, barang baru dari store resmi ${brand} di ${place}.`,
    "Bukan stok, dibelikan sesuai pesanan (PO).",
    `Berangkat tanggal ${rng.int(1, 28)} ${rng.pick(MONTHS)}, estimasi sampai ${days} hari setelah pulang.`,
    "DP 50%, pelunasan saat barang sampai. Struk pembelian disertakan.",
  ].join(" ");
  return { title, description, category: g.category };
}

function newGoods(rng: Random, city: string): ListingText {
  const g = garment(rng);
  const fabric = rng.pick(FABRICS);
  const [title, category] = rng.pick<[string, string]>([
    [`${g.name} ${capitalize(fabric.split(" ")[0] ?? fabric)} Baru Produksi ${city}`, g.category],
    ["Kaos Polos Cotton Combed 30s Premium", "Pakaian Pria"],
    [`${g.name} Terbaru Konveksi Sendiri`, g.category],
    [`Kemeja Batik ${city} Lengan Panjang`, "Batik"],
    ["Hoodie Polos Fleece Tebal Unisex", "Jaket & Outerwear"],
    [`${g.name} ${capitalize(fabric)} Ready Stok Semua Ukuran`, g.category],
  ]);
  const description = [
    `Produk baru, produksi konveksi sendiri di ${city}.`,
    `Bahan ${fabric} adem, jahitan rapi.`,
    g.fit ? "Tersedia beberapa ukuran dan warna." : "Tersedia ukuran S sampai XXL, warna lengkap.",
    rng.chance(0.35) ? "Melayani partai besar untuk seragam kantor dan komunitas." : "Bisa grosir untuk reseller (min. 12 pcs).",
  ].join(" ");
  return { title, description, category };
}

export function listingText(rng: Random, kind: ListingKind, city: string): ListingText & { singlePiece?: boolean } {
  switch (kind) {
    case "bale":
      return bale(rng, city);
    case "evasive":
      return evasive(rng, city);
    case "import_retail":
      return importRetail(rng);
    case "local_preloved":
      return localPreloved(rng, city);
    case "personal":
      return personal(rng, city);
    case "jastip":
      return jastip(rng);
    case "new_goods":
      return newGoods(rng, city);
  }
}
