// Planning steps: staging tables (scale_stage.*) that decide every generated row before anything
// is written to the real tables. All set-based; each statement is one pass over generate_series or
// a staging table.
import { DEFAULT_CASE_SLA_HOURS, POLICIES, type PolicyCode } from "@/lib/moderation";
import { LISTING_KINDS, type ListingKind } from "../seed/types";
import { ARCHETYPES, SHOPS_PER_ARCHETYPE, TEXTS_PER_KIND, type Pools } from "./pools";
import type { ScaleSizes } from "./sizes";
import { dollar, lit, u, weighted } from "./sql-helpers";
import type { Step } from "./steps";

const kinds = (f: (kind: ListingKind) => string) => `CASE kind ${LISTING_KINDS.map((k, i) => `WHEN ${i} THEN ${f(k)}`).join(" ")} END`;

/** Who flags, how a case ends, and which policy applies, per listing kind. */
const FLAG_WEIGHT: Record<ListingKind, number> = { bale: 0.85, evasive: 0.7, import_retail: 0.6, local_preloved: 0.22, personal: 0.15, jastip: 0.3, new_goods: 0.1 };
const OUTCOME: Record<ListingKind, [number, number, number]> = {
  // takedown, warn, clear
  bale: [88, 4, 8],
  evasive: [70, 10, 20],
  import_retail: [60, 15, 25],
  local_preloved: [5, 10, 85],
  personal: [3, 7, 90],
  jastip: [8, 12, 80],
  new_goods: [2, 8, 90],
};
export const TAKEDOWN_POLICY: Record<ListingKind, PolicyCode> = {
  bale: "imported_used_clothing_bulk",
  evasive: "circumvention",
  import_retail: "imported_used_clothing_retail",
  local_preloved: "misleading_listing",
  personal: "misleading_listing",
  jastip: "missing_documents",
  new_goods: "misleading_listing",
};
const CLEAR_REASON: Record<ListingKind, string> = {
  bale: "cleared_insufficient_evidence",
  evasive: "cleared_insufficient_evidence",
  import_retail: "cleared_insufficient_evidence",
  local_preloved: "cleared_local_preloved",
  personal: "cleared_personal_item",
  jastip: "cleared_jastip",
  new_goods: "cleared_new_goods",
};
const PRICE: Record<ListingKind, [number, number]> = {
  bale: [1_500_000, 9_000_000],
  evasive: [150_000, 5_000_000],
  import_retail: [35_000, 250_000],
  local_preloved: [25_000, 300_000],
  personal: [50_000, 1_500_000],
  jastip: [100_000, 2_500_000],
  new_goods: [35_000, 350_000],
};
const STOCK: Record<ListingKind, [number, number]> = {
  bale: [5, 400],
  evasive: [1, 120],
  import_retail: [1, 3],
  local_preloved: [1, 1],
  personal: [1, 1],
  jastip: [1, 20],
  new_goods: [10, 500],
};
const SOURCE_WEIGHTS_IMPORT: [string, number][] = [["ministry_directive", 15], ["trusted_flagger", 15], ["platform_classifier", 40], ["keyword_rule", 20], ["user_report", 10]];
const SOURCE_WEIGHTS: [string, number][] = [["ministry_directive", 4], ["trusted_flagger", 8], ["platform_classifier", 43], ["keyword_rule", 20], ["user_report", 25]];
const src = (entries: [string, number][]) => entries.map(([s, w]) => [lit(s), w] as const);

export function planSteps(sizes: ScaleSizes, pools: Pools, now: string): Step[] {
  const { listings: L, sellers: S, cases: C, openCases: O, awaitingCases: A, infoThenResolved: X, flags: F, staff: M } = sizes;
  // Extra flags land on cases through a fixed permutation, so the busiest cases are spread over
  // every outcome rather than bunched at the low case numbers.
  let P = 1_000_003;
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  while (gcd(P, C) !== 1) P += 2;

  return [
    {
      label: "word pools",
      sql: `
CREATE UNLOGGED TABLE scale_stage.pool_kind AS SELECT * FROM jsonb_to_recordset(${dollar(JSON.stringify(pools.kinds))}::jsonb) AS x(arch int, n int, kind int);
CREATE UNLOGGED TABLE scale_stage.pool_place AS SELECT * FROM jsonb_to_recordset(${dollar(JSON.stringify(pools.places))}::jsonb) AS x(n int, province text, city text);
CREATE UNLOGGED TABLE scale_stage.pool_shop AS SELECT * FROM jsonb_to_recordset(${dollar(JSON.stringify(pools.shops))}::jsonb) AS x(arch int, n int, name text, slug text);
CREATE UNLOGGED TABLE scale_stage.pool_text AS SELECT * FROM jsonb_to_recordset(${dollar(JSON.stringify(pools.texts))}::jsonb)
  AS x(kind int, n int, title text, slug text, description text, category text, terms jsonb, score int);
ANALYZE scale_stage.pool_kind, scale_stage.pool_place, scale_stage.pool_shop, scale_stage.pool_text;`,
    },
    {
      label: "plan sellers",
      sql: `
CREATE UNLOGGED TABLE scale_stage.seller AS
SELECT j, platform, arch,
  CASE WHEN arch IN (0, 6) THEN ${weighted("t", [["'mikro'", 45], ["'kecil'", 28], ["'menengah'", 12], ["'besar'", 4], ["NULL", 9]])}
       ELSE ${weighted("t", [["'mikro'", 78], ["'kecil'", 10], ["'menengah'", 3], ["'besar'", 0.5], ["NULL", 9]])} END::umkm_tier AS tier,
  floor(${u("j", 104)} * ${pools.places.length})::int AS place_n,
  floor(${u("j", 105)} * ${SHOPS_PER_ARCHETYPE})::int AS shop_n,
  ${now} - make_interval(days => CASE WHEN ${u("j", 106)} < 0.8 THEN 20 + floor(${u("j", 107)} * 1075) ELSE 1095 + floor(${u("j", 107)} * 1825) END::int,
                         mins => floor(${u("j", 108)} * 1380)::int) AS joined_at,
  ${u("j", 109)} AS nib_draw
FROM (
  SELECT j,
    ${weighted(u("j", 101), [["'shopee'", 38], ["'tokopedia'", 24], ["'tiktok_shop'", 26], ["'lazada'", 12]])} AS platform,
    ${weighted("a", ARCHETYPES.map(([, w], i) => [String(i), w] as const))} AS arch,
    ${u("j", 103)} AS t
  FROM (SELECT j, ${u("j", 102)} AS a FROM generate_series(0, ${S - 1}) AS j) g
) x;
ALTER TABLE scale_stage.seller ADD PRIMARY KEY (j);`,
    },
    {
      label: "plan listings",
      sql: `
CREATE UNLOGGED TABLE scale_stage.listing AS
SELECT i, seller, platform, kind, text_n,
  (floor((${kinds((k) => String(PRICE[k][0]))} + p * (${kinds((k) => String(PRICE[k][1] - PRICE[k][0]))})) / 1000) * 1000)::bigint AS price,
  (${kinds((k) => String(STOCK[k][0]))} + floor(power(q, 3) * (${kinds((k) => String(STOCK[k][1] - STOCK[k][0] + 1))})))::int AS stock,
  joined_at + (${now} - interval '1 day' - joined_at) * power(r, 0.6) AS created_at
FROM (
  SELECT g.i, s.j AS seller, s.platform, s.joined_at, k.kind,
    floor(${u("g.i", 203)} * ${TEXTS_PER_KIND})::int AS text_n,
    ${u("g.i", 204)} AS p, ${u("g.i", 205)} AS q, ${u("g.i", 206)} AS r
  FROM generate_series(0, ${L - 1}) AS g(i)
  JOIN scale_stage.seller s ON s.j = least(${S - 1}, floor(${S} * power(${u("g.i", 201)}, 2))::int)
  JOIN scale_stage.pool_kind k ON k.arch = s.arch AND k.n = floor(${u("g.i", 202)} * 20)::int
) x;`,
    },
    {
      label: "plan cases",
      sql: `
CREATE UNLOGGED TABLE scale_stage.case_plan AS
WITH picked AS (
  SELECT i, seller, platform, kind, text_n, stock FROM scale_stage.listing
  ORDER BY -ln(1 - ${u("i", 301)}) / (${kinds((k) => String(FLAG_WEIGHT[k]))}) LIMIT ${C}
), numbered AS (
  SELECT (row_number() OVER (ORDER BY ${u("i", 302)}, i) - 1)::int AS c, * FROM picked
), timed AS (
  SELECT n.*,
    CASE WHEN c < ${O} THEN 0 WHEN c < ${O + A} THEN 1 ELSE 2 END AS outcome,
    CASE WHEN c < ${O} THEN ${now} - ${u("c", 310)} * interval '72 hours'
         WHEN c < ${O + A} THEN ${now} - (24 + ${u("c", 310)} * 72) * interval '1 hour'
         ELSE ${now} - interval '6 hours' - power(${u("c", 310)}, 0.8) * interval '365 days' END AS opened_at,
    ${u("c", 311)} AS t1, ${u("c", 313)} AS t3, ${u("c", 314)} AS k
  FROM numbered n
)
SELECT c, i, seller, platform, kind, text_n, stock, outcome, opened_at,
  (SELECT coalesce(max(number), 0) FROM cases) + row_number() OVER (ORDER BY opened_at, c) AS num,
  opened_at + interval '${DEFAULT_CASE_SLA_HOURS} hours' AS sla_due_at,
  resolved_at,
  CASE WHEN outcome = 1 THEN opened_at + t1 * interval '12 hours'
       WHEN c < ${O + A + X} THEN opened_at + (resolved_at - opened_at) * 0.3 END AS info_at,
  CASE WHEN outcome = 2 THEN ${kinds((kd) => weighted("k", [["'takedown'", OUTCOME[kd][0]], ["'warn'", OUTCOME[kd][1]], ["'clear'", OUTCOME[kd][2]]]))} END AS dkind,
  floor(${u("c", 315)} * ${M})::int AS author,
  floor(${u("c", 316)} * ${M})::int AS info_author
FROM (
  SELECT t.*, CASE WHEN outcome = 2 THEN least(opened_at + interval '5 minutes' * exp(t3 * ln(1500)), ${now} - interval '1 hour') END AS resolved_at
  FROM timed t
) x;
ALTER TABLE scale_stage.case_plan ADD PRIMARY KEY (c);
CREATE INDEX ON scale_stage.case_plan (seller);`,
    },
    {
      label: "plan decisions and appeals",
      sql: `
ALTER TABLE scale_stage.case_plan
  ADD COLUMN policy policy_code, ADD COLUMN clear_reason clear_reason, ADD COLUMN points int NOT NULL DEFAULT 0,
  ADD COLUMN appealed boolean NOT NULL DEFAULT false, ADD COLUMN filed_at timestamptz, ADD COLUMN appeal_state appeal_state,
  ADD COLUMN appeal_decided_at timestamptz, ADD COLUMN reviewer int;
UPDATE scale_stage.case_plan SET
  policy = CASE dkind WHEN 'takedown' THEN (${kinds((k) => lit(TAKEDOWN_POLICY[k]))})::policy_code
                      WHEN 'warn' THEN (CASE WHEN kind = ${LISTING_KINDS.indexOf("jastip")} THEN 'missing_documents' ELSE 'misleading_listing' END)::policy_code END,
  clear_reason = CASE WHEN dkind = 'clear' THEN (${kinds((k) => lit(CLEAR_REASON[k]))})::clear_reason END;
UPDATE scale_stage.case_plan SET points = CASE WHEN platform = 'shopee' THEN ${pointsCase("min")} ELSE ${pointsCase("default")} END
  WHERE dkind = 'takedown';
WITH ranked AS (
  SELECT c, row_number() OVER (ORDER BY ${u("c", 320)}, c) AS r FROM scale_stage.case_plan WHERE dkind IN ('warn', 'takedown')
)
UPDATE scale_stage.case_plan p SET appealed = true,
  filed_at = p.resolved_at + ${u("p.c", 321)} * least(interval '29 days', ${now} - p.resolved_at - interval '1 minute'),
  reviewer = (p.author + 1 + floor(${u("p.c", 324)} * ${M - 1})::int) % ${M}
FROM ranked WHERE ranked.c = p.c AND ranked.r <= ${sizes.appeals};
UPDATE scale_stage.case_plan SET
  appeal_state = CASE WHEN filed_at > ${now} - interval '72 hours' THEN 'pending' WHEN ${u("c", 322)} < 0.18 THEN 'granted' ELSE 'denied' END::appeal_state,
  appeal_decided_at = CASE WHEN filed_at > ${now} - interval '72 hours' THEN NULL ELSE filed_at + ${u("c", 323)} * interval '72 hours' END
WHERE appealed;`,
    },
    {
      label: "plan flags",
      sql: `
CREATE UNLOGGED TABLE scale_stage.flag AS
SELECT f, p.c, p.platform, p.i, p.kind, x.source,
  CASE WHEN f < ${C} THEN p.opened_at ELSE p.opened_at + ${u("f", 403)} * (coalesce(p.resolved_at, p.info_at, ${now}) - p.opened_at) END AS received_at,
  CASE WHEN x.source = 'platform_classifier' THEN round((0.4 + 0.6 * ${u("f", 405)})::numeric, 2)::float8 END AS confidence
FROM (
  SELECT f,
    CASE WHEN f < ${C} THEN f ELSE ((floor(${C} * power(${u("f", 401)}, 1.3))::bigint * ${P}) % ${C})::int END AS c,
    ${u("f", 402)} AS s
  FROM generate_series(0, ${F - 1}) AS f
) g
JOIN scale_stage.case_plan p ON p.c = g.c
CROSS JOIN LATERAL (SELECT (CASE WHEN p.kind <= 2 AND f < ${C} THEN ${weighted("g.s", src(SOURCE_WEIGHTS_IMPORT))} ELSE ${weighted("g.s", src(SOURCE_WEIGHTS))} END)::flag_source AS source) x;`,
    },
    {
      label: "plan case priorities",
      sql: `
CREATE UNLOGGED TABLE scale_stage.case_src AS
SELECT c, source, count(*)::int AS n, max(confidence) AS conf FROM scale_stage.flag GROUP BY c, source;
CREATE UNLOGGED TABLE scale_stage.case_terms AS
SELECT c, sum(weight)::int AS score, jsonb_agg(term ORDER BY abs(weight) DESC, ord) AS terms, bool_or(src_policy) AS src_policy FROM (
  SELECT c, array_position(enum_range(NULL::flag_source), source) AS ord, w AS weight,
    jsonb_build_object('key', 'source.' || source, 'weight', w, 'params',
      CASE WHEN source = 'platform_classifier' AND conf IS NOT NULL THEN jsonb_build_object('count', n, 'confidence', round(conf * 100))
           ELSE jsonb_build_object('count', n) END) AS term,
    source IN ('ministry_directive', 'trusted_flagger', 'platform_classifier') AS src_policy
  FROM (SELECT s.*, CASE source WHEN 'ministry_directive' THEN 100 WHEN 'trusted_flagger' THEN 60 WHEN 'keyword_rule' THEN 10
      WHEN 'user_report' THEN least(24, 8 + 4 * (n - 1)) ELSE round(15 + coalesce(conf, 0.3) * 35)::int END AS w FROM scale_stage.case_src s) s
  UNION ALL
  SELECT p.c, 10 + e.ord, (e.term->>'weight')::int, e.term, false
  FROM scale_stage.case_plan p JOIN scale_stage.pool_text t ON t.kind = p.kind AND t.n = p.text_n
  CROSS JOIN LATERAL jsonb_array_elements(t.terms) WITH ORDINALITY AS e(term, ord)
  UNION ALL
  SELECT c, 20, w, jsonb_build_object('key', CASE WHEN w > 0 THEN 'stock.large' ELSE 'stock.single' END, 'weight', w, 'params', jsonb_build_object('stock', stock)), false
  FROM (SELECT c, stock, CASE WHEN stock >= 300 THEN 20 WHEN stock >= 100 THEN 12 WHEN stock = 1 THEN -5 ELSE 0 END AS w FROM scale_stage.case_plan) s WHERE w <> 0
  UNION ALL
  SELECT c, 30, w, jsonb_build_object('key', key, 'weight', w, 'params', jsonb_build_object('hours', hours)), false FROM (
    SELECT c, CASE WHEN sla_due_at <= ${now} THEN 'age.overdue' ELSE 'age.due_soon' END AS key,
      CASE WHEN sla_due_at <= ${now} THEN least(40, 20 + floor(extract(epoch FROM ${now} - sla_due_at) / 3600))::int ELSE 10 END AS w,
      CASE WHEN sla_due_at <= ${now} THEN floor(extract(epoch FROM ${now} - sla_due_at) / 3600)::int
           ELSE ceil(extract(epoch FROM sla_due_at - ${now}) / 3600)::int END AS hours
    FROM scale_stage.case_plan
    WHERE outcome < 2 AND (sla_due_at <= ${now} OR sla_due_at - ${now} < (sla_due_at - opened_at) * 0.25)
  ) a
) t GROUP BY c;
ALTER TABLE scale_stage.case_terms ADD PRIMARY KEY (c);`,
    },
  ];
}

function pointsCase(which: "min" | "default"): string {
  const entries = Object.values(POLICIES).map((p) => `WHEN ${lit(p.code)} THEN ${which === "min" ? p.minPoints : p.defaultPoints}`);
  return `CASE policy::text ${entries.join(" ")} ELSE 0 END`;
}

