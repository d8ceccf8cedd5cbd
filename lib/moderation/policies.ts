import type { Locale, PolicyCode } from "./constants";

export type Bilingual = Record<Locale, string>;

export interface Policy {
  code: PolicyCode;
  /**
   * Points on the reference scale (a 48-point ladder, REFERENCE_LADDER_TOP in policy-points.ts).
   * What a takedown on a platform uses comes from policyPointsFor(policy, platform ladder).
   */
  defaultPoints: number;
  minPoints: number;
  maxPoints: number;
  takedownRequired: boolean;
  title: Bilingual;
  /** Legal ground, cited in statements of reasons. */
  legalGround: Bilingual;
  /** What the seller is told in plain words. */
  explanation: Bilingual;
}

const IMPORT_BAN: Bilingual = {
  id: "UU 7/2014 tentang Perdagangan Pasal 47 ayat (1) (barang impor wajib dalam keadaan baru); Permendag 18/2021 jo. Permendag 40/2022 (pakaian bekas, HS 6309.00.00, dilarang impor); PP 80/2019 dan Permendag 31/2023 tentang PMSE.",
  en: "Law 7/2014 on Trade, Art. 47(1) (imported goods must be new); Trade Minister Regulation 18/2021 as amended by 40/2022 (used clothing, HS 6309.00.00, is a prohibited import); Government Regulation 80/2019 and Trade Minister Regulation 31/2023 on e-commerce.",
};
const PMSE_RULES: Bilingual = {
  id: "PP 80/2019 dan Permendag 31/2023 tentang Perdagangan Melalui Sistem Elektronik (informasi produk wajib benar dan jelas); ketentuan platform tentang produk terlarang.",
  en: "Government Regulation 80/2019 and Trade Minister Regulation 31/2023 on e-commerce (product information must be accurate and clear); the platform's prohibited-products terms.",
};

export const POLICIES: Record<PolicyCode, Policy> = {
  imported_used_clothing_bulk: {
    code: "imported_used_clothing_bulk",
    defaultPoints: 24,
    minPoints: 12,
    maxPoints: 48,
    takedownRequired: true,
    title: { id: "Pakaian bekas impor dalam partai besar", en: "Imported used clothing in bulk" },
    legalGround: IMPORT_BAN,
    explanation: {
      id: "Produk ini menjual pakaian bekas impor dalam jumlah besar (bal, karung, partai besar, atau live dari gudang). Impor pakaian bekas dilarang di Indonesia.",
      en: "This listing sells imported used clothing in bulk (bales, sacks, wholesale lots or warehouse livestreams). Importing used clothing is prohibited in Indonesia.",
    },
  },
  imported_used_clothing_retail: {
    code: "imported_used_clothing_retail",
    defaultPoints: 12,
    minPoints: 6,
    maxPoints: 24,
    takedownRequired: true,
    title: { id: "Pakaian bekas impor eceran", en: "Imported used clothing, retail" },
    legalGround: IMPORT_BAN,
    explanation: {
      id: "Produk ini menjual pakaian bekas yang berasal dari impor (misalnya \"second import\" atau \"thrift impor\"). Pakaian bekas impor tidak boleh diperdagangkan.",
      en: "This listing sells used clothing that was imported (for example \"second import\" or \"thrift impor\"). Imported used clothing may not be traded.",
    },
  },
  circumvention: {
    code: "circumvention",
    defaultPoints: 12,
    minPoints: 6,
    maxPoints: 24,
    takedownRequired: true,
    title: { id: "Menghindari deteksi", en: "Circumvention" },
    legalGround: IMPORT_BAN,
    explanation: {
      id: "Judul, deskripsi atau foto produk diubah untuk menyamarkan pakaian bekas impor (misalnya \"bal\" ditulis \"karung\", atau stok bal disebut \"preloved\").",
      en: "The title, description or photos were changed to disguise imported used clothing (for example \"bal\" written as \"karung\", or bale stock called \"preloved\").",
    },
  },
  misleading_listing: {
    code: "misleading_listing",
    defaultPoints: 6,
    minPoints: 3,
    maxPoints: 12,
    takedownRequired: false,
    title: { id: "Informasi produk menyesatkan", en: "Misleading listing" },
    legalGround: PMSE_RULES,
    explanation: {
      id: "Kategori atau deskripsi produk menyembunyikan asal barang. Perbaiki informasi produk agar benar dan jelas.",
      en: "The category or description hides where the goods come from. Correct the listing so it is accurate and clear.",
    },
  },
  missing_documents: {
    code: "missing_documents",
    defaultPoints: 6,
    minPoints: 3,
    maxPoints: 12,
    takedownRequired: false,
    title: { id: "Dokumen asal barang tidak ada", en: "Missing documents" },
    legalGround: PMSE_RULES,
    explanation: {
      id: "Toko menyatakan barang berasal dari dalam negeri tetapi tidak mengirim bukti (nota, faktur, atau NIB) saat diminta.",
      en: "The shop claimed the goods were sourced in Indonesia but did not send proof (receipt, invoice or NIB) when asked.",
    },
  },
  repeat_or_associated_account: {
    code: "repeat_or_associated_account",
    defaultPoints: 24,
    minPoints: 12,
    maxPoints: 48,
    takedownRequired: true,
    title: { id: "Akun berulang atau terkait", en: "Repeat or associated account" },
    legalGround: IMPORT_BAN,
    explanation: {
      id: "Toko ini adalah toko baru milik pemilik yang sudah pernah dikenai sanksi karena menjual pakaian bekas impor.",
      en: "This shop is a new shop of an owner already sanctioned for selling imported used clothing.",
    },
  },
};
