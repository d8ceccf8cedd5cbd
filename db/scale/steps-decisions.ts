// Decisions with their statements of reasons, strikes, the sellers' accounts, appeals and the
// notifications sellers read, from the staging plan.
import { DEFAULT_APPEAL_SLA_HOURS, DEFAULT_APPEAL_WINDOW_DAYS, DEFAULT_PLATFORMS } from "@/lib/moderation";
import type { ScaleSizes } from "./sizes";
import { dollar, lit, u } from "./sql-helpers";
import { buildStatementTemplates, idDateSql, isoSql, SHOPEE_POINTS_NOTE } from "./statements";
import type { Step } from "./steps";

const INFO_MESSAGE =
  "Mohon kirimkan bukti asal barang (nota pembelian, foto label, atau dokumen impor) agar kami dapat menilai produk ini.";
const WARN_MESSAGE = "Perbaiki judul dan deskripsi produk agar sesuai dengan kondisi dan asal barang yang sebenarnya.";
const APPEAL_TEXTS = [
  "Barang ini koleksi pribadi saya yang dibeli di mal di Indonesia, bukan barang impor bekas. Saya lampirkan nota pembelian.",
  "Produk kami adalah hasil konveksi sendiri, bukan pakaian bekas. Kata 'bal' di judul maksudnya paket grosir barang baru.",
  "Saya reseller barang jastip dengan bukti pembelian dari toko resmi di luar negeri, bukan barang bekas.",
  "Listing sudah saya perbaiki dan stok bekas impor sudah tidak dijual lagi. Mohon ditinjau kembali.",
];
const expireDays = `CASE p.platform ${DEFAULT_PLATFORMS.map((pl) => `WHEN '${pl.code}' THEN ${pl.ladder.pointsExpireDays}`).join(" ")} ELSE 90 END`;

/** SQL: the case reference shown on statements and notifications (decide.ts caseReference). */
const reference = (num: string, id: string) => `('TMB-' || lpad((${num})::text, 6, '0') || '-' || upper(left((${id})::text, 8)))`;

function snapshot(l: string): string {
  return `jsonb_build_object('title', ${l}.title, 'description', ${l}.description, 'priceIdr', ${l}.price, 'stock', ${l}.stock,
    'category', ${l}.category, 'url', ${l}.url, 'imageUrls', '[]'::jsonb, 'status', 'active')`;
}

export function decisionSteps(sizes: ScaleSizes, now: string, passwordHash: string): Step[] {
  const templates = buildStatementTemplates();
  const decided = "p.resolved_at";
  const until = `(${decided} + interval '${DEFAULT_APPEAL_WINDOW_DAYS} days')`;
  const expire = `(${decided} + (${expireDays}) * interval '1 day')`;
  const did = "scale_stage.sid('d', p.c)";
  const statementSql = `jsonb_set(jsonb_set(
    replace(replace(replace(replace(replace(replace(replace(replace(t.tpl,
      '"@@TITLE@@"', to_json(l.title)::text), '"@@URL@@"', to_json(l.url)::text), '"@@EXT@@"', to_json(l.ext)::text),
      '@@REF@@', ${reference("p.num", did)}), t.s_decided, ${isoSql(decided)}), t.s_expire, ${isoSql(expire)}),
      t.s_until, ${isoSql(until)}), t.s_until_text, ${idDateSql(until)})::jsonb,
    '{automated_detection}', to_jsonb(fs.sources && ARRAY['platform_classifier', 'keyword_rule']::flag_source[])),
    '{source_type}', to_jsonb(CASE WHEN 'ministry_directive' = ANY(fs.sources) THEN 'authority_order'
      WHEN 'trusted_flagger' = ANY(fs.sources) THEN 'trusted_flagger' WHEN 'user_report' = ANY(fs.sources) THEN 'notice' ELSE 'voluntary' END))`;
  return [
    {
      label: "statement templates",
      sql: `
CREATE UNLOGGED TABLE scale_stage.stmt_tpl AS SELECT * FROM jsonb_to_recordset(${dollar(JSON.stringify(templates))}::jsonb)
  AS x(kind text, policy text, platform text, points int, tpl text, "sDecided" text, "sExpire" text, "sUntil" text, "sUntilText" text);
ALTER TABLE scale_stage.stmt_tpl RENAME "sDecided" TO s_decided;
ALTER TABLE scale_stage.stmt_tpl RENAME "sExpire" TO s_expire;
ALTER TABLE scale_stage.stmt_tpl RENAME "sUntil" TO s_until;
ALTER TABLE scale_stage.stmt_tpl RENAME "sUntilText" TO s_until_text`,
    },
    {
      label: "requests for information",
      table: "decisions",
      sql: `
INSERT INTO decisions (id, case_id, seller_id, platform_id, kind, points, seller_message, info_deadline, listing_snapshot, author_id, created_at)
SELECT scale_stage.sid('q', p.c), scale_stage.sid('c', p.c), scale_stage.sid('s', p.seller), p.platform, 'request_info', 0,
  ${lit(INFO_MESSAGE)}, p.info_at + interval '5 days', ${snapshot("l")}, scale_stage.sid('u', p.info_author), p.info_at
FROM scale_stage.case_plan p JOIN scale_stage.case_listing l ON l.c = p.c
WHERE p.info_at IS NOT NULL
ORDER BY p.info_at`,
    },
    {
      label: "decisions",
      table: "decisions",
      sql: `
INSERT INTO decisions (id, case_id, seller_id, platform_id, kind, clear_reason, policy_code, points, points_adjustment_reason, seller_message,
  statement, statement_locale, listing_snapshot, author_id, appeal_deadline, reversed_at, created_at)
SELECT ${did}, scale_stage.sid('c', p.c), scale_stage.sid('s', p.seller), p.platform, p.dkind::decision_kind, p.clear_reason, p.policy,
  p.points, CASE WHEN p.dkind = 'takedown' AND p.platform = 'shopee' THEN ${lit(SHOPEE_POINTS_NOTE)} END,
  CASE WHEN p.dkind = 'warn' THEN ${lit(WARN_MESSAGE)} END,
  CASE WHEN p.dkind <> 'clear' THEN ${statementSql} END,
  CASE WHEN p.dkind <> 'clear' THEN 'id'::locale END,
  ${snapshot("l")}, scale_stage.sid('u', p.author),
  CASE WHEN p.dkind <> 'clear' THEN ${until} END,
  CASE WHEN p.appeal_state = 'granted' THEN p.appeal_decided_at END,
  ${decided}
FROM scale_stage.case_plan p
JOIN scale_stage.case_listing l ON l.c = p.c
JOIN (SELECT c, array_agg(source) AS sources FROM scale_stage.case_src GROUP BY c) fs ON fs.c = p.c
LEFT JOIN scale_stage.stmt_tpl t ON t.kind = p.dkind AND t.policy = p.policy::text AND t.platform = p.platform
WHERE p.outcome = 2
ORDER BY ${decided}`,
    },
    {
      label: "strikes",
      table: "strikes",
      sql: `
INSERT INTO strikes (id, seller_id, platform_id, decision_id, points, expires_at, revoked_at, revoked_reason, created_at)
SELECT scale_stage.sid('k', p.c), scale_stage.sid('s', p.seller), p.platform, scale_stage.sid('d', p.c), p.points, ${expire},
  CASE WHEN p.appeal_state = 'granted' THEN p.appeal_decided_at END,
  CASE WHEN p.appeal_state = 'granted' THEN 'Banding dikabulkan' END,
  ${decided}
FROM scale_stage.case_plan p WHERE p.dkind = 'takedown' AND p.points > 0
ORDER BY ${decided}`,
    },
    {
      label: "seller accounts",
      table: "users",
      sql: `
CREATE UNLOGGED TABLE scale_stage.seller_account AS
SELECT DISTINCT p.seller FROM scale_stage.case_plan p WHERE p.appealed
UNION SELECT seller FROM (SELECT seller, count(*) AS n FROM scale_stage.case_plan GROUP BY seller ORDER BY n DESC, seller LIMIT 1) top;
INSERT INTO users (id, email, name, role, password_hash, locale, created_at)
SELECT scale_stage.sid('su', a.seller), 'penjual' || a.seller || '@scale.timbang.test', 'Pemilik ' || s.shop_name, 'seller', ${lit(passwordHash)}, 'id', s.joined_at
FROM scale_stage.seller_account a JOIN sellers s ON s.id = scale_stage.sid('s', a.seller);
INSERT INTO seller_members (user_id, seller_id, created_at)
SELECT scale_stage.sid('su', a.seller), scale_stage.sid('s', a.seller), s.joined_at
FROM scale_stage.seller_account a JOIN sellers s ON s.id = scale_stage.sid('s', a.seller)`,
    },
    {
      label: "appeals",
      table: "appeals",
      sql: `
INSERT INTO appeals (id, seller_id, platform_id, subject, decision_id, round, explanation, good_faith_declared, filed_by, state, outcome_reason,
  reviewer_id, version, due_at, created_at, decided_at)
SELECT scale_stage.sid('a', p.c), scale_stage.sid('s', p.seller), p.platform, 'decision', scale_stage.sid('d', p.c), 1,
  (ARRAY[${APPEAL_TEXTS.map(lit).join(", ")}])[1 + floor(${u("p.c", 330)} * ${APPEAL_TEXTS.length})::int], true,
  scale_stage.sid('su', p.seller), p.appeal_state,
  CASE p.appeal_state WHEN 'granted' THEN 'Bukti yang dilampirkan menunjukkan barang bukan pakaian bekas impor.'
    WHEN 'denied' THEN 'Bukti tidak cukup: deskripsi produk tetap menunjukkan pakaian bekas impor.' END,
  CASE WHEN p.appeal_state <> 'pending' THEN scale_stage.sid('u', p.reviewer) END,
  CASE WHEN p.appeal_state = 'pending' THEN 1 ELSE 2 END,
  p.filed_at + interval '${DEFAULT_APPEAL_SLA_HOURS} hours', p.filed_at, p.appeal_decided_at
FROM scale_stage.case_plan p WHERE p.appealed
ORDER BY p.filed_at`,
    },
    {
      label: "notifications",
      table: "notifications",
      sql: `
INSERT INTO notifications (id, seller_id, kind, params, case_id, decision_id, read_at, created_at)
SELECT scale_stage.sid(d.tag, p.c), scale_stage.sid('s', p.seller), d.kind::notification_kind,
  jsonb_build_object('caseNumber', p.num, 'kind', d.dkind, 'listingTitle', l.title, 'policyCode', d.policy, 'clearReason', d.clear_reason,
    'points', d.points, 'deadline', d.deadline, 'reference', CASE WHEN d.dkind IN ('warn', 'takedown') THEN ${reference("p.num", "scale_stage.sid('d', p.c)")} END),
  scale_stage.sid('c', p.c), scale_stage.sid(d.dtag, p.c),
  CASE WHEN d.at < ${now} - interval '7 days' AND ${u("p.c", 340)} < 0.85 THEN d.at + interval '1 day' END, d.at
FROM scale_stage.case_plan p
JOIN scale_stage.case_listing l ON l.c = p.c
CROSS JOIN LATERAL (
  SELECT 'nq' AS tag, 'q' AS dtag, 'request_info' AS kind, 'request_info' AS dkind, NULL::text AS policy, NULL::text AS clear_reason, 0 AS points,
    ${isoSql("p.info_at + interval '5 days'")} AS deadline, p.info_at AS at WHERE p.info_at IS NOT NULL
  UNION ALL
  SELECT 'nd', 'd', 'decision', p.dkind, p.policy::text, p.clear_reason::text, p.points, NULL, p.resolved_at WHERE p.outcome = 2
) d
ORDER BY d.at`,
    },
  ];
}
