// Statements of reasons for the scale load: one template per (kind, policy, platform), built by the
// domain's own buildStatement with placeholders, so every generated statement has exactly the shape
// the decision flow writes. SQL fills in the listing, the reference and the dates per decision.
import {
  DEFAULT_APPEAL_WINDOW_DAYS,
  DEFAULT_PLATFORMS,
  POLICIES,
  POLICY_CODES,
  addDays,
  buildStatement,
  formatStatementDate,
  type PolicyCode,
} from "@/lib/moderation";

export interface StatementTemplate {
  kind: "warn" | "takedown";
  policy: PolicyCode;
  platform: string;
  points: number;
  tpl: string;
  /** Sentinel strings in `tpl` that SQL replaces with the decision's own dates. */
  sDecided: string;
  sExpire: string;
  sUntil: string;
  sUntilText: string;
}

/** What a moderator wrote as the facts, per policy (Indonesian, the sellers' language). */
export const FACTS: Record<PolicyCode, string> = {
  imported_used_clothing_bulk:
    "Judul dan deskripsi produk menawarkan pakaian bekas impor dalam bal atau karung untuk dijual kembali; harga dan berat sesuai partai besar.",
  imported_used_clothing_retail:
    "Deskripsi produk menyebut barang sebagai pakaian bekas impor (\"second import\"/\"thrift impor\") yang dijual eceran.",
  circumvention:
    "Produk memakai ejaan samaran dan kata \"paket usaha\"/\"karung\" untuk menawarkan pakaian bekas impor dalam jumlah besar.",
  misleading_listing: "Informasi produk tidak sesuai dengan barang yang dijual; kondisi dan asal barang tidak dijelaskan dengan benar.",
  missing_documents: "Penjual tidak melampirkan bukti pembelian atau dokumen asal barang yang diminta untuk produk titipan dari luar negeri.",
  repeat_or_associated_account: "Toko ini terhubung dengan akun yang sebelumnya ditindak untuk produk yang sama.",
};

export const SHOPEE_POINTS_NOTE = "Skala poin Shopee (langkah 3 poin): batas bawah kebijakan.";

const SENTINEL = new Date("2001-01-01T00:00:00.000Z");

export function pointsFor(policy: PolicyCode, platform: string): number {
  return platform === "shopee" ? POLICIES[policy].minPoints : POLICIES[policy].defaultPoints;
}

export function pointsExpireDays(platform: string): number {
  return DEFAULT_PLATFORMS.find((p) => p.code === platform)?.ladder.pointsExpireDays ?? 90;
}

export function buildStatementTemplates(): StatementTemplate[] {
  const out: StatementTemplate[] = [];
  for (const platform of DEFAULT_PLATFORMS) {
    for (const policy of POLICY_CODES) {
      for (const kind of ["warn", "takedown"] as const) {
        const points = kind === "takedown" ? pointsFor(policy, platform.code) : 0;
        const statement = buildStatement({
          kind,
          locale: "id",
          reference: "@@REF@@",
          policyCode: policy,
          facts: FACTS[policy],
          points,
          pointsExpireDays: platform.ladder.pointsExpireDays,
          flagSources: [],
          listing: { title: "@@TITLE@@", url: "@@URL@@", externalId: "@@EXT@@", platformName: platform.name },
          appealWindowDays: DEFAULT_APPEAL_WINDOW_DAYS,
          decidedAt: SENTINEL,
        });
        const until = addDays(SENTINEL, DEFAULT_APPEAL_WINDOW_DAYS).toISOString();
        out.push({
          kind,
          policy,
          platform: platform.code,
          points,
          tpl: JSON.stringify(statement),
          sDecided: SENTINEL.toISOString(),
          sExpire: kind === "takedown" && points > 0 ? addDays(SENTINEL, platform.ladder.pointsExpireDays).toISOString() : "@@NO_EXPIRY@@",
          sUntil: until,
          sUntilText: formatStatementDate(until, "id"),
        });
      }
    }
  }
  return out;
}

/** SQL: a timestamptz as JavaScript's toISOString() writes it. */
export function isoSql(ts: string): string {
  return `to_char((${ts}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

const MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

/** SQL: a timestamptz as formatStatementDate(…, "id") writes it, e.g. "31 Januari 2026". */
export function idDateSql(ts: string): string {
  const local = `((${ts}) AT TIME ZONE 'Asia/Jakarta')`;
  return `(to_char(${local}, 'FMDD') || ' ' || (ARRAY[${MONTHS_ID.map((m) => `'${m}'`).join(", ")}])[extract(month FROM ${local})::int] || ' ' || to_char(${local}, 'YYYY'))`;
}
