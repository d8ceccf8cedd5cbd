import type { Weighted } from "./random";

export interface Province {
  name: string;
  cities: readonly string[];
  /** Share of ordinary online shops. */
  weight: number;
  /** Extra weight for bale traders: ports and hubs where imported bales are known to enter. */
  baleHub?: number;
}

export const PROVINCES: readonly Province[] = [
  { name: "Jawa Barat", cities: ["Bandung", "Bekasi", "Bogor", "Depok", "Cirebon", "Tasikmalaya"], weight: 14, baleHub: 8 },
  { name: "DKI Jakarta", cities: ["Jakarta Pusat", "Jakarta Timur", "Jakarta Barat", "Jakarta Selatan", "Jakarta Utara"], weight: 12, baleHub: 6 },
  { name: "Jawa Timur", cities: ["Surabaya", "Malang", "Sidoarjo", "Kediri", "Jember"], weight: 12, baleHub: 6 },
  { name: "Jawa Tengah", cities: ["Semarang", "Solo", "Pekalongan", "Purwokerto", "Magelang"], weight: 9 },
  { name: "Banten", cities: ["Tangerang", "Tangerang Selatan", "Serang", "Cilegon"], weight: 6 },
  { name: "DI Yogyakarta", cities: ["Yogyakarta", "Sleman", "Bantul"], weight: 4 },
  { name: "Sumatera Utara", cities: ["Medan", "Pematangsiantar", "Binjai"], weight: 6, baleHub: 14 },
  { name: "Riau", cities: ["Pekanbaru", "Dumai"], weight: 3, baleHub: 12 },
  { name: "Kepulauan Riau", cities: ["Batam", "Tanjungpinang"], weight: 3, baleHub: 14 },
  { name: "Kalimantan Barat", cities: ["Pontianak", "Singkawang"], weight: 2, baleHub: 8 },
  { name: "Sumatera Barat", cities: ["Padang", "Bukittinggi"], weight: 2 },
  { name: "Sumatera Selatan", cities: ["Palembang", "Lubuklinggau"], weight: 3 },
  { name: "Lampung", cities: ["Bandar Lampung", "Metro"], weight: 2 },
  { name: "Aceh", cities: ["Banda Aceh", "Lhokseumawe"], weight: 1 },
  { name: "Jambi", cities: ["Jambi"], weight: 1 },
  { name: "Bengkulu", cities: ["Bengkulu"], weight: 0.6 },
  { name: "Kepulauan Bangka Belitung", cities: ["Pangkalpinang"], weight: 0.6 },
  { name: "Kalimantan Timur", cities: ["Samarinda", "Balikpapan"], weight: 2 },
  { name: "Kalimantan Selatan", cities: ["Banjarmasin", "Banjarbaru"], weight: 1 },
  { name: "Kalimantan Tengah", cities: ["Palangka Raya"], weight: 0.6 },
  { name: "Kalimantan Utara", cities: ["Tarakan"], weight: 0.4, baleHub: 3 },
  { name: "Sulawesi Selatan", cities: ["Makassar", "Parepare"], weight: 3, baleHub: 2 },
  { name: "Sulawesi Utara", cities: ["Manado", "Bitung"], weight: 1 },
  { name: "Sulawesi Tengah", cities: ["Palu"], weight: 0.5 },
  { name: "Sulawesi Tenggara", cities: ["Kendari"], weight: 0.5 },
  { name: "Gorontalo", cities: ["Gorontalo"], weight: 0.3 },
  { name: "Sulawesi Barat", cities: ["Mamuju"], weight: 0.2 },
  { name: "Bali", cities: ["Denpasar", "Badung", "Gianyar"], weight: 3 },
  { name: "Nusa Tenggara Barat", cities: ["Mataram"], weight: 1 },
  { name: "Nusa Tenggara Timur", cities: ["Kupang"], weight: 0.8 },
  { name: "Maluku", cities: ["Ambon"], weight: 0.4 },
  { name: "Maluku Utara", cities: ["Ternate"], weight: 0.3 },
  { name: "Papua", cities: ["Jayapura"], weight: 0.4 },
  { name: "Papua Barat", cities: ["Manokwari"], weight: 0.2 },
  { name: "Papua Barat Daya", cities: ["Sorong"], weight: 0.2 },
  { name: "Papua Selatan", cities: ["Merauke"], weight: 0.1 },
  { name: "Papua Tengah", cities: ["Nabire"], weight: 0.1 },
  { name: "Papua Pegunungan", cities: ["Wamena"], weight: 0.1 },
];

export const PROVINCE_WEIGHTS: readonly Weighted<Province>[] = PROVINCES.map((p) => ({ value: p, weight: p.weight }));
export const BALE_PROVINCE_WEIGHTS: readonly Weighted<Province>[] = PROVINCES.map((p) => ({
  value: p,
  weight: p.weight + (p.baleHub ?? 0),
}));

export const FIRST_NAMES = [
  "Sari", "Dewi", "Rina", "Putri", "Ayu", "Wulan", "Intan", "Nisa", "Fitri", "Maya", "Citra", "Indah",
  "Anisa", "Dian", "Yuni", "Tika", "Mega", "Ratna", "Nurul", "Siti", "Laras", "Nadia", "Salsa", "Vina",
  "Andi", "Budi", "Rizal", "Fajar", "Dimas", "Agus", "Bayu", "Eko", "Yoga", "Arif", "Rudi", "Joko",
  "Wahyu", "Ilham", "Fikri", "Reza", "Teguh", "Hadi", "Irfan", "Galih", "Rangga", "Yusuf", "Kevin", "Steven",
] as const;

export const SURNAMES = [
  "Saputra", "Wijaya", "Pratama", "Hidayat", "Kusuma", "Nugroho", "Setiawan", "Siregar", "Nasution", "Harahap",
  "Lubis", "Simanjuntak", "Tanjung", "Sembiring", "Purba", "Halim", "Gunawan", "Santoso", "Susanto", "Rahman",
  "Permata", "Anggraini", "Maharani", "Puspita", "Utami", "Rahayu", "Wibowo", "Firmansyah", "Hutapea", "Tambunan",
] as const;

export const FORTUNE_WORDS = [
  "Jaya", "Makmur", "Abadi", "Sentosa", "Berkah", "Rezeki", "Sejahtera", "Mandiri", "Barokah", "Sumber Rejeki",
  "Maju Jaya", "Jaya Abadi", "Mulia", "Lancar", "Amanah", "Cahaya", "Sinar", "Karya", "Harapan", "Bintang",
] as const;

export const JASTIP_PLACES = ["Jepang", "Korea", "Singapura", "Bangkok", "Hongkong", "Tokyo", "Seoul", "Kuala Lumpur", "Taiwan"] as const;

export const BRANDS = [
  "Uniqlo", "Zara", "H&M", "Cotton On", "Pull&Bear", "Levi's", "Nike", "Adidas", "The North Face", "Champion",
  "Carhartt", "Polo Ralph Lauren", "Tommy Hilfiger", "GU", "Mango", "Stradivarius", "Bershka", "Dickies",
] as const;

export const LOCAL_BRANDS = [
  "Erigo", "Roughneck", "Cottonink", "Heyjacko", "Eiger", "Brodo", "Wearing Klamby", "Buttonscarves",
  "Elzatta", "Rabbani", "Shopatvelvet", "Thenblank", "Sejauh Mata Memandang", "Dagadu",
] as const;
