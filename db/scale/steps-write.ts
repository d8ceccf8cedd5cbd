// Writing steps: staff, sellers, listings, cases and flags, from the staging plan. Each is one
// INSERT … SELECT, so the statement-level rollup triggers see the whole table's rows at once.
import { DEFAULT_CASE_SLA_HOURS } from "@/lib/moderation";
import { FIRST_NAMES, SURNAMES } from "../seed/places-and-names";
import { LISTING_KINDS } from "../seed/types";
import type { ScaleSizes } from "./sizes";
import { lit, switchOn, u } from "./sql-helpers";
import type { Step } from "./steps";
import { TAKEDOWN_POLICY } from "./steps-plan";

/** SQL: a listing's address in its platform's public URL style (as db/seed/platforms.ts). */
export function listingUrlSql(platform: string, shopExt: string, shopSlug: string, titleSlug: string, itemId: string): string {
  return `CASE ${platform}
    WHEN 'shopee' THEN 'https://shopee.co.id/product/' || ${shopExt} || '/' || ${itemId}
    WHEN 'tokopedia' THEN 'https://www.tokopedia.com/' || ${shopSlug} || '/' || ${titleSlug} || '-' || ${itemId}
    WHEN 'tiktok_shop' THEN 'https://shop.tiktok.com/view/product/' || ${itemId} || '?region=ID'
    ELSE 'https://www.lazada.co.id/products/' || ${titleSlug} || '-i' || ${itemId} || '.html' END`;
}

export const sellerExt = (j: string) => `('66' || lpad((${j})::text, 9, '0'))`;
export const listingExt = (i: string) => `('77' || lpad((${i})::text, 11, '0'))`;
const kindPolicy = `(${switchOn("p.kind", LISTING_KINDS.map((k) => lit(TAKEDOWN_POLICY[k])))})::policy_code`;

export function staffRows(count: number): { k: number; email: string; name: string; role: string }[] {
  return Array.from({ length: count }, (_, k) => ({
    k,
    email: `staf${k + 1}@scale.timbang.test`,
    name: `${FIRST_NAMES[(k * 7) % FIRST_NAMES.length]} ${SURNAMES[(k * 11) % SURNAMES.length]}`,
    // Every fifth is a senior moderator (they can review escalations).
    role: k % 5 === 4 ? "senior_moderator" : "moderator",
  }));
}

export function writeSteps(sizes: ScaleSizes, now: string, passwordHash: string): Step[] {
  const staff = staffRows(sizes.staff);
  return [
    {
      label: "staff",
      table: "users",
      sql: `
INSERT INTO users (id, email, name, role, password_hash, locale, created_at)
SELECT scale_stage.sid('u', x.k), x.email, x.name, x.role::role, ${lit(passwordHash)}, 'id', ${now} - interval '400 days'
FROM jsonb_to_recordset(${lit(JSON.stringify(staff))}::jsonb) AS x(k int, email text, name text, role text)`,
    },
    {
      label: "sellers",
      table: "sellers",
      sql: `
INSERT INTO sellers (id, platform_id, external_id, shop_name, province, umkm_tier, nib, nib_verified, joined_at, created_at)
SELECT scale_stage.sid('s', s.j), s.platform, ${sellerExt("s.j")}, sh.name, pl.province, s.tier,
  CASE WHEN s.nib_draw < 0.35 THEN (CASE WHEN s.nib_draw < 0.1 THEN '91' ELSE '81' END) || lpad(s.j::text, 11, '0') END,
  s.nib_draw < 0.2, s.joined_at, s.joined_at
FROM scale_stage.seller s
JOIN scale_stage.pool_shop sh ON sh.arch = s.arch AND sh.n = s.shop_n
JOIN scale_stage.pool_place pl ON pl.n = s.place_n
ORDER BY s.j`,
    },
    {
      label: "listings",
      table: "listings",
      sql: `
INSERT INTO listings (id, seller_id, platform_id, external_id, url, title, description, price_idr, stock, category, status, created_at, updated_at)
SELECT scale_stage.sid('l', l.i), scale_stage.sid('s', l.seller), l.platform, ${listingExt("l.i")},
  ${listingUrlSql("l.platform", sellerExt("l.seller"), "sh.slug", "t.slug", listingExt("l.i"))},
  t.title, t.description, l.price, l.stock, t.category,
  coalesce(st.status, 'active')::listing_status, l.created_at, greatest(l.created_at, coalesce(st.changed_at, l.created_at))
FROM scale_stage.listing l
JOIN scale_stage.pool_text t ON t.kind = l.kind AND t.n = l.text_n
JOIN scale_stage.seller s ON s.j = l.seller
JOIN scale_stage.pool_shop sh ON sh.arch = s.arch AND sh.n = s.shop_n
LEFT JOIN (
  SELECT i,
    CASE WHEN appeal_state = 'granted' THEN 'active' WHEN dkind = 'takedown' THEN 'removed' WHEN dkind = 'warn' THEN 'needs_fix' END AS status,
    CASE WHEN appeal_state = 'granted' THEN appeal_decided_at ELSE resolved_at END AS changed_at
  FROM scale_stage.case_plan WHERE outcome = 2
) st ON st.i = l.i
ORDER BY l.i`,
    },
    {
      label: "case listings (staging)",
      sql: `
CREATE UNLOGGED TABLE scale_stage.case_listing AS
SELECT p.c, t.title, t.description, t.category, l.price, l.stock, ${listingExt("l.i")} AS ext,
  ${listingUrlSql("l.platform", sellerExt("l.seller"), "sh.slug", "t.slug", listingExt("l.i"))} AS url
FROM scale_stage.case_plan p
JOIN scale_stage.listing l ON l.i = p.i
JOIN scale_stage.pool_text t ON t.kind = l.kind AND t.n = l.text_n
JOIN scale_stage.seller s ON s.j = l.seller
JOIN scale_stage.pool_shop sh ON sh.arch = s.arch AND sh.n = s.shop_n;
ALTER TABLE scale_stage.case_listing ADD PRIMARY KEY (c)`,
    },
    {
      label: "cases",
      table: "cases",
      sql: `
INSERT INTO cases (id, number, listing_id, seller_id, platform_id, state, suggested_policy, priority, priority_terms, flag_count, flag_sources,
  awaiting_until, version, opened_at, sla_due_at, resolved_at, updated_at)
SELECT scale_stage.sid('c', p.c), p.num, scale_stage.sid('l', p.i), scale_stage.sid('s', p.seller), p.platform,
  (CASE p.outcome WHEN 0 THEN 'open' WHEN 1 THEN 'awaiting_seller' ELSE 'resolved' END)::case_state,
  CASE WHEN ct.src_policy THEN ${kindPolicy} END,
  greatest(0, ct.score), ct.terms, fs.n, fs.sources,
  CASE WHEN p.outcome = 1 THEN p.info_at + interval '5 days' END,
  1 + (p.info_at IS NOT NULL)::int + (p.outcome = 2)::int,
  p.opened_at, p.opened_at + interval '${DEFAULT_CASE_SLA_HOURS} hours', p.resolved_at,
  coalesce(p.resolved_at, p.info_at, p.opened_at)
FROM scale_stage.case_plan p
JOIN scale_stage.case_terms ct ON ct.c = p.c
JOIN (SELECT c, sum(n)::int AS n, array_agg(source ORDER BY source) AS sources FROM scale_stage.case_src GROUP BY c) fs ON fs.c = p.c
ORDER BY p.num;
SELECT setval(pg_get_serial_sequence('cases', 'number'), (SELECT max(number) FROM cases))`,
    },
    {
      label: "flags",
      table: "flags",
      sql: `
INSERT INTO flags (id, platform_id, listing_id, case_id, source, source_reference, reason, confidence, observed_at, received_at)
SELECT scale_stage.sid('f', p.f), p.platform, scale_stage.sid('l', p.i), scale_stage.sid('c', p.c), p.source,
  'SCALE-' || upper(left(p.source::text, 3)) || '-' || (p.f + 1),
  CASE WHEN p.source IN ('ministry_directive', 'trusted_flagger', 'platform_classifier') THEN ${kindPolicy} END,
  p.confidence, p.received_at - ${u("p.f", 404)} * interval '2 hours', p.received_at
FROM scale_stage.flag p
ORDER BY p.f`,
    },
  ];
}
