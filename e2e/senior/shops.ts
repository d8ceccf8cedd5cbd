// The escalation specs' shops (created by e2e/senior/fixtures.ts through scripts/e2e-fixtures.ts).
export const SHOPS = {
  suspend: "Toko Uji Tangga Satu",
  own: "Toko Uji Usulan Sendiri",
  unwarned: "Toko Uji Tanpa Peringatan",
  seeded: "Balpres Jaya Abadi Medan",
} as const;

export const SUSPEND_SELLER_EMAIL = "penjual.tangga@timbang.test";
