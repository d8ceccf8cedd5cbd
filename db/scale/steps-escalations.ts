// Escalations and account actions, through the same guardrails the app uses: the seller got a
// ladder warning first, the escalation is proposed (pending) and then approved by a different,
// senior moderator (the database's prior-warning trigger checks the warning on that UPDATE), and
// an account action is written only for an approved escalation (its trigger checks that too).
import { DEFAULT_APPEAL_WINDOW_DAYS } from "@/lib/moderation";
import type { ScaleSizes } from "./sizes";
import { u, weighted } from "./sql-helpers";
import type { Step } from "./steps";

export function escalationSteps(sizes: ScaleSizes, now: string): Step[] {
  const seniors = Array.from({ length: sizes.staff }, (_, k) => k).filter((k) => k % 5 === 4);
  const seniorArray = `ARRAY[${seniors.join(", ")}]`;
  return [
    {
      label: "plan escalations",
      sql: `
CREATE UNLOGGED TABLE scale_stage.esc AS
SELECT (row_number() OVER (ORDER BY n DESC, seller) - 1)::int AS e, * FROM (
  SELECT seller, min(platform) AS platform, count(*) AS n, min(resolved_at) AS first_td, max(resolved_at) AS last_td,
    (array_agg(c ORDER BY resolved_at DESC))[1:5] AS relied
  FROM scale_stage.case_plan WHERE dkind = 'takedown' AND appeal_state IS DISTINCT FROM 'granted'
  GROUP BY seller ORDER BY count(*) DESC, seller LIMIT ${sizes.escalations}
) s;
ALTER TABLE scale_stage.esc
  ADD COLUMN action account_action_kind, ADD COLUMN days int, ADD COLUMN proposer int, ADD COLUMN reviewer int,
  ADD COLUMN state escalation_state, ADD COLUMN created_at timestamptz, ADD COLUMN reviewed_at timestamptz;
UPDATE scale_stage.esc SET
  action = (${weighted(u("e", 501), [["'restrict_listings'", 60], ["'suspend'", 30], ["'block'", 10]])})::account_action_kind,
  proposer = floor(${u("e", 503)} * ${sizes.staff})::int,
  state = (${weighted(u("e", 504), [["'approved'", 75], ["'rejected'", 15], ["'pending'", 10]])})::escalation_state,
  created_at = least(last_td + interval '30 minutes', ${now} - interval '30 minutes');
UPDATE scale_stage.esc SET
  days = CASE action WHEN 'block' THEN NULL WHEN 'suspend' THEN (ARRAY[14, 28])[1 + floor(${u("e", 502)} * 2)::int]
    ELSE (ARRAY[7, 14, 28])[1 + floor(${u("e", 502)} * 3)::int] END,
  reviewer = (${seniorArray})[1 + floor(${u("e", 505)} * ${seniors.length})::int],
  reviewed_at = CASE WHEN state <> 'pending' THEN least(created_at + ${u("e", 506)} * interval '48 hours', ${now} - interval '1 minute') END;
-- Nobody reviews their own proposal: a senior who proposed hands the review to the next senior.
UPDATE scale_stage.esc SET reviewer = (${seniorArray})[1 + (array_position(${seniorArray}, reviewer) % ${seniors.length})] WHERE reviewer = proposer`,
    },
    {
      label: "ladder warnings",
      table: "notifications",
      sql: `
INSERT INTO notifications (id, seller_id, kind, params, read_at, created_at)
SELECT scale_stage.sid('nw', e.e), scale_stage.sid('s', e.seller), 'ladder_warning',
  jsonb_build_object('points', e.n * 6, 'platform', pl.name, 'nextStepPoints', NULL, 'nextStepAction', e.action, 'nextStepDays', e.days),
  e.first_td + interval '2 minutes', e.first_td + interval '1 minute'
FROM scale_stage.esc e JOIN platforms pl ON pl.id = e.platform`,
    },
    {
      label: "escalations",
      table: "escalations",
      sql: `
INSERT INTO escalations (id, seller_id, platform_id, action, duration_days, rationale, relied_case_ids, proposer_id, state, created_at)
SELECT scale_stage.sid('e', e.e), scale_stage.sid('s', e.seller), e.platform, e.action, e.days,
  'Toko ini berulang kali menjual pakaian bekas impor setelah peringatan; ' || e.n || ' produk diturunkan.',
  ARRAY(SELECT scale_stage.sid('c', c) FROM unnest(e.relied) AS c), scale_stage.sid('u', e.proposer), 'pending', e.created_at
FROM scale_stage.esc e ORDER BY e.e;
UPDATE escalations x SET state = e.state, reviewer_id = scale_stage.sid('u', e.reviewer), reviewed_at = e.reviewed_at,
  review_reason = CASE e.state WHEN 'approved' THEN 'Pedoman terpenuhi: peringatan sudah dikirim dan poin melewati batas.'
    ELSE 'Bukti belum cukup untuk tindakan akun; pantau dulu.' END,
  version = 2
FROM scale_stage.esc e WHERE x.id = scale_stage.sid('e', e.e) AND e.state <> 'pending'`,
    },
    {
      label: "account actions",
      table: "account_actions",
      sql: `
INSERT INTO account_actions (id, escalation_id, seller_id, platform_id, kind, starts_at, ends_at, appeal_deadline, created_at)
SELECT scale_stage.sid('aa', e.e), scale_stage.sid('e', e.e), scale_stage.sid('s', e.seller), e.platform, e.action,
  e.reviewed_at, e.reviewed_at + e.days * interval '1 day', e.reviewed_at + interval '${DEFAULT_APPEAL_WINDOW_DAYS} days', e.reviewed_at
FROM scale_stage.esc e WHERE e.state = 'approved' ORDER BY e.reviewed_at`,
    },
  ];
}
