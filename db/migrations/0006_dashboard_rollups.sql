-- Dashboard rollups (db/schema.ts, daily_*): kept in step with the raw tables by statement-level
-- triggers, in the same transaction as the change, whatever code path writes it. Each source
-- table is a "feed": rollup_feed_sql(feed, rows_sql) returns the statements that add the rows of
-- `rows_sql` (the table's columns plus tier_override and sign) to every rollup the feed touches.
-- Inserts add (+1), deletes remove (-1), updates remove the old row and add the new one, so any
-- change keeps the rollups equal to a full recount (rollup_rebuild). Statement-level triggers with
-- transition tables aggregate a bulk insert (seed, flag import) into one upsert per key.
-- Writers never wait on each other: a transaction adds its deltas to rows keyed by its own id
-- (xid), which no other transaction touches; rollup_compact(), run by roughly one trigger call in
-- twenty (never waiting for a lock), folds committed deltas into the xid = 0 rows. Readers sum.

-- The Asia/Jakarta calendar date of a moment (Indonesia has no daylight saving time).
CREATE OR REPLACE FUNCTION rollup_day(ts timestamptz) RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT (ts AT TIME ZONE 'Asia/Jakarta')::date $$;
--> statement-breakpoint

-- Handling-time histogram bucket: 0 below a minute; b >= 1 holds [60*1.1^(b-1), 60*1.1^b) seconds.
CREATE OR REPLACE FUNCTION rollup_bucket(seconds double precision) RETURNS smallint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN seconds IS NULL THEN NULL WHEN seconds < 60 THEN 0
    ELSE least(1 + floor(ln(seconds / 60.0) / ln(1.1)), 32000) END::smallint $$;
--> statement-breakpoint

CREATE OR REPLACE FUNCTION rollup_feed_sql(feed text, rows_sql text, writer text DEFAULT 'pg_current_xact_id()::text::bigint')
  RETURNS text[]
  LANGUAGE plpgsql IMMUTABLE AS $fn$
BEGIN
  CASE feed
  WHEN 'decisions' THEN
    RETURN ARRAY[
      format($q$
        INSERT INTO daily_decision_stats AS t
          (day, xid, platform_id, kind, clear_reason, policy_code, umkm_tier, decisions, reversed)
        SELECT rollup_day(r.created_at), %2$s, r.platform_id, r.kind::text, coalesce(r.clear_reason::text, ''),
               coalesce(r.policy_code::text, ''), coalesce(r.tier_override, s.umkm_tier::text, 'unknown'),
               sum(r.sign), sum(r.sign * (r.reversed_at IS NOT NULL)::int)
        FROM (%1$s) r LEFT JOIN sellers s ON s.id = r.seller_id
        GROUP BY 1, 2, 3, 4, 5, 6, 7
        HAVING sum(r.sign) <> 0 OR sum(r.sign * (r.reversed_at IS NOT NULL)::int) <> 0
        ORDER BY 1, 2, 3, 4, 5, 6, 7
        ON CONFLICT (day, platform_id, kind, clear_reason, policy_code, umkm_tier, xid) DO UPDATE
          SET decisions = t.decisions + EXCLUDED.decisions, reversed = t.reversed + EXCLUDED.reversed
      $q$, rows_sql, writer),
      -- Flag source precision: each resolving decision counts once for every source of its case.
      format($q$
        INSERT INTO daily_source_outcomes AS t (day, xid, platform_id, source, outcome, cases)
        SELECT rollup_day(r.created_at), %2$s, r.platform_id, fs.source::text,
               CASE WHEN r.kind = 'clear' THEN 'cleared' WHEN r.reversed_at IS NOT NULL THEN 'reversed' ELSE 'actioned' END,
               sum(r.sign)
        FROM (%1$s) r JOIN cases c ON c.id = r.case_id
        CROSS JOIN LATERAL (SELECT DISTINCT unnest(c.flag_sources) AS source) fs
        WHERE r.kind <> 'request_info'
        GROUP BY 1, 2, 3, 4, 5
        HAVING sum(r.sign) <> 0
        ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (day, platform_id, source, outcome, xid) DO UPDATE SET cases = t.cases + EXCLUDED.cases
      $q$, rows_sql, writer),
      -- Time from the case opening (its first flag) to the decision that resolved it.
      format($q$
        INSERT INTO daily_duration_histogram AS t (day, xid, platform_id, metric, bucket, n)
        SELECT rollup_day(r.created_at), %2$s, r.platform_id, 'decision',
               rollup_bucket(extract(epoch FROM r.created_at - c.opened_at)), sum(r.sign)
        FROM (%1$s) r JOIN cases c ON c.id = r.case_id
        WHERE r.kind <> 'request_info'
        GROUP BY 1, 2, 3, 4, 5
        HAVING sum(r.sign) <> 0
        ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (day, platform_id, metric, bucket, xid) DO UPDATE SET n = t.n + EXCLUDED.n
      $q$, rows_sql, writer)
    ];
  WHEN 'flags' THEN
    RETURN ARRAY[format($q$
      INSERT INTO daily_flag_stats AS t (day, xid, platform_id, source, umkm_tier, flags)
      SELECT rollup_day(r.received_at), %2$s, r.platform_id, r.source::text,
             coalesce(r.tier_override, s.umkm_tier::text, 'unknown'), sum(r.sign)
      FROM (%1$s) r LEFT JOIN listings l ON l.id = r.listing_id LEFT JOIN sellers s ON s.id = l.seller_id
      GROUP BY 1, 2, 3, 4, 5
      HAVING sum(r.sign) <> 0
      ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT (day, platform_id, source, umkm_tier, xid) DO UPDATE SET flags = t.flags + EXCLUDED.flags
    $q$, rows_sql, writer)];
  WHEN 'cases' THEN
    RETURN ARRAY[format($q$
      INSERT INTO daily_case_stats AS t (day, xid, platform_id, event, cases)
      SELECT e.day, %2$s, r.platform_id, e.event, sum(r.sign)
      FROM (%1$s) r
      CROSS JOIN LATERAL (VALUES
        ('opened', rollup_day(r.opened_at)),
        ('due', rollup_day(r.sla_due_at)),
        ('resolved', CASE WHEN r.state = 'resolved' THEN rollup_day(r.resolved_at) END),
        ('due_closed', CASE WHEN r.state = 'resolved' AND r.resolved_at IS NOT NULL
                            THEN greatest(rollup_day(r.sla_due_at), rollup_day(r.resolved_at)) END)
      ) AS e(event, day)
      WHERE e.day IS NOT NULL
      GROUP BY 1, 2, 3, 4
      HAVING sum(r.sign) <> 0
      ORDER BY 1, 2, 3, 4
      ON CONFLICT (day, platform_id, event, xid) DO UPDATE SET cases = t.cases + EXCLUDED.cases
    $q$, rows_sql, writer)];
  WHEN 'account_actions' THEN
    RETURN ARRAY[format($q$
      INSERT INTO daily_account_action_stats AS t (day, xid, platform_id, kind, umkm_tier, actions, lifted)
      SELECT rollup_day(r.created_at), %2$s, r.platform_id, r.kind::text,
             coalesce(r.tier_override, s.umkm_tier::text, 'unknown'),
             sum(r.sign), sum(r.sign * (r.lifted_at IS NOT NULL)::int)
      FROM (%1$s) r LEFT JOIN sellers s ON s.id = r.seller_id
      GROUP BY 1, 2, 3, 4, 5
      HAVING sum(r.sign) <> 0 OR sum(r.sign * (r.lifted_at IS NOT NULL)::int) <> 0
      ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT (day, platform_id, kind, umkm_tier, xid) DO UPDATE
        SET actions = t.actions + EXCLUDED.actions, lifted = t.lifted + EXCLUDED.lifted
    $q$, rows_sql, writer)];
  WHEN 'escalations' THEN
    RETURN ARRAY[format($q$
      INSERT INTO daily_escalation_stats AS t (day, xid, platform_id, action, state, overridden, escalations)
      SELECT rollup_day(r.reviewed_at), %2$s, r.platform_id, r.action::text, r.state::text,
             coalesce(btrim(r.override_reason), '') <> '', sum(r.sign)
      FROM (%1$s) r
      WHERE r.reviewed_at IS NOT NULL AND r.state <> 'pending'
      GROUP BY 1, 2, 3, 4, 5, 6
      HAVING sum(r.sign) <> 0
      ORDER BY 1, 2, 3, 4, 5, 6
      ON CONFLICT (day, platform_id, action, state, overridden, xid) DO UPDATE
        SET escalations = t.escalations + EXCLUDED.escalations
    $q$, rows_sql, writer)];
  WHEN 'appeals' THEN
    RETURN ARRAY[
      format($q$
        INSERT INTO daily_appeal_stats AS t (day, xid, platform_id, subject, round, event, outcome, appeals)
        SELECT e.day, %2$s, r.platform_id, r.subject::text, r.round, e.event, e.outcome, sum(r.sign)
        FROM (%1$s) r
        CROSS JOIN LATERAL (VALUES
          ('filed', rollup_day(r.created_at), ''),
          ('decided', CASE WHEN r.state <> 'pending' THEN rollup_day(r.decided_at) END, r.state::text)
        ) AS e(event, day, outcome)
        WHERE e.day IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5, 6, 7
        HAVING sum(r.sign) <> 0
        ORDER BY 1, 2, 3, 4, 5, 6, 7
        ON CONFLICT (day, platform_id, subject, round, event, outcome, xid) DO UPDATE
          SET appeals = t.appeals + EXCLUDED.appeals
      $q$, rows_sql, writer),
      format($q$
        INSERT INTO daily_duration_histogram AS t (day, xid, platform_id, metric, bucket, n)
        SELECT rollup_day(r.decided_at), %2$s, r.platform_id, 'appeal',
               rollup_bucket(extract(epoch FROM r.decided_at - r.created_at)), sum(r.sign)
        FROM (%1$s) r
        WHERE r.state <> 'pending' AND r.decided_at IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5
        HAVING sum(r.sign) <> 0
        ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (day, platform_id, metric, bucket, xid) DO UPDATE SET n = t.n + EXCLUDED.n
      $q$, rows_sql, writer)
    ];
  ELSE
    RAISE EXCEPTION 'unknown rollup feed %', feed;
  END CASE;
END;
$fn$;
--> statement-breakpoint

-- Folds the delta rows (xid <> 0) of one rollup into its xid = 0 rows. `keys` and `measures` are
-- column lists. Delta rows of transactions still running are invisible here, so they stay.
CREATE OR REPLACE FUNCTION rollup_compact_table(tbl text, keys text, measures text[]) RETURNS void
  LANGUAGE plpgsql AS $fn$
DECLARE
  sums text;
  nonzero text;
  sets text;
BEGIN
  SELECT string_agg(format('sum(%I)', m), ', '), string_agg(format('sum(%I) <> 0', m), ' OR '),
         string_agg(format('%1$I = x.%1$I + EXCLUDED.%1$I', m), ', ')
    INTO sums, nonzero, sets FROM unnest(measures) AS m;
  EXECUTE format(
    'WITH moved AS (DELETE FROM %1$I WHERE xid <> 0 RETURNING *) '
    'INSERT INTO %1$I AS x (%2$s, xid, %3$s) SELECT %2$s, 0, %4$s FROM moved GROUP BY %2$s HAVING %5$s ORDER BY %2$s '
    'ON CONFLICT (%2$s, xid) DO UPDATE SET %6$s',
    tbl, keys, array_to_string(measures, ', '), sums, nonzero, sets);
END;
$fn$;
--> statement-breakpoint

CREATE OR REPLACE FUNCTION rollup_compact() RETURNS void
  LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM rollup_compact_table('daily_decision_stats', 'day, platform_id, kind, clear_reason, policy_code, umkm_tier', ARRAY['decisions', 'reversed']);
  PERFORM rollup_compact_table('daily_flag_stats', 'day, platform_id, source, umkm_tier', ARRAY['flags']);
  PERFORM rollup_compact_table('daily_case_stats', 'day, platform_id, event', ARRAY['cases']);
  PERFORM rollup_compact_table('daily_source_outcomes', 'day, platform_id, source, outcome', ARRAY['cases']);
  PERFORM rollup_compact_table('daily_account_action_stats', 'day, platform_id, kind, umkm_tier', ARRAY['actions', 'lifted']);
  PERFORM rollup_compact_table('daily_escalation_stats', 'day, platform_id, action, state, overridden', ARRAY['escalations']);
  PERFORM rollup_compact_table('daily_appeal_stats', 'day, platform_id, subject, round, event, outcome', ARRAY['appeals']);
  PERFORM rollup_compact_table('daily_duration_histogram', 'day, platform_id, metric, bucket', ARRAY['n']);
END;
$fn$;
--> statement-breakpoint

-- The one lock compactions and rebuilds share (pg_advisory_xact_lock key 'rollups').
CREATE OR REPLACE FUNCTION rollup_lock_key() RETURNS bigint
  LANGUAGE sql IMMUTABLE AS $$ SELECT 7411500::bigint $$;
--> statement-breakpoint

-- Compacts unless another transaction is compacting or rebuilding; never waits. Returns whether it ran.
CREATE OR REPLACE FUNCTION rollup_try_compact() RETURNS boolean
  LANGUAGE plpgsql AS $fn$
BEGIN
  IF NOT pg_try_advisory_xact_lock(rollup_lock_key()) THEN
    RETURN false;
  END IF;
  PERFORM rollup_compact();
  RETURN true;
END;
$fn$;
--> statement-breakpoint

-- The trigger: TG_ARGV[0] is the feed, TG_ARGV[1] the columns whose change matters on UPDATE
-- (a claim, a version bump or a read receipt changes no rollup and costs one EXISTS).
CREATE OR REPLACE FUNCTION rollup_apply() RETURNS trigger
  LANGUAGE plpgsql AS $fn$
DECLARE
  rows_sql text;
  cond text;
  changed boolean;
  stmt text;
BEGIN
  IF TG_OP = 'INSERT' THEN
    rows_sql := 'SELECT n.*, NULL::text AS tier_override, 1 AS sign FROM new_rows n';
  ELSIF TG_OP = 'DELETE' THEN
    rows_sql := 'SELECT o.*, NULL::text AS tier_override, -1 AS sign FROM old_rows o';
  ELSE
    SELECT string_agg(format('n.%1$I IS DISTINCT FROM o.%1$I', btrim(c)), ' OR ')
      INTO cond FROM unnest(string_to_array(TG_ARGV[1], ',')) AS c;
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE %s)', cond)
      INTO changed;
    IF NOT changed THEN
      RETURN NULL;
    END IF;
    rows_sql := format(
      'WITH changed AS (SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE %s) '
      'SELECT n.*, NULL::text AS tier_override, 1 AS sign FROM new_rows n WHERE n.id IN (SELECT id FROM changed) '
      'UNION ALL SELECT o.*, NULL::text, -1 FROM old_rows o WHERE o.id IN (SELECT id FROM changed)', cond);
  END IF;
  FOREACH stmt IN ARRAY rollup_feed_sql(TG_ARGV[0], rows_sql) LOOP
    EXECUTE stmt;
  END LOOP;
  IF random() < 0.05 THEN
    PERFORM rollup_try_compact();
  END IF;
  RETURN NULL;
END;
$fn$;
--> statement-breakpoint

-- Full recount. Blocks writers to the source tables while it runs (seed, tests, repair).
CREATE OR REPLACE FUNCTION rollup_rebuild() RETURNS void
  LANGUAGE plpgsql AS $fn$
DECLARE
  feed text;
  stmt text;
BEGIN
  PERFORM pg_advisory_xact_lock(rollup_lock_key());
  LOCK TABLE decisions, flags, cases, account_actions, escalations, appeals, sellers IN SHARE MODE;
  DELETE FROM daily_decision_stats;
  DELETE FROM daily_flag_stats;
  DELETE FROM daily_case_stats;
  DELETE FROM daily_source_outcomes;
  DELETE FROM daily_account_action_stats;
  DELETE FROM daily_escalation_stats;
  DELETE FROM daily_appeal_stats;
  DELETE FROM daily_duration_histogram;
  FOREACH feed IN ARRAY ARRAY['decisions', 'flags', 'cases', 'account_actions', 'escalations', 'appeals'] LOOP
    FOREACH stmt IN ARRAY rollup_feed_sql(feed, format('SELECT x.*, NULL::text AS tier_override, 1 AS sign FROM %I x', feed), '0') LOOP
      EXECUTE stmt;
    END LOOP;
  END LOOP;
END;
$fn$;
--> statement-breakpoint

-- TRUNCATE fires no row or statement DML triggers; recount so a reset never leaves stale rollups.
CREATE OR REPLACE FUNCTION rollup_after_truncate() RETURNS trigger
  LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM rollup_rebuild();
  RETURN NULL;
END;
$fn$;
--> statement-breakpoint

-- A seller's tier is a dimension of decisions, flags and account actions: move their counts.
CREATE OR REPLACE FUNCTION rollup_seller_tier() RETURNS trigger
  LANGUAGE plpgsql AS $fn$
DECLARE
  old_tier text := coalesce(OLD.umkm_tier::text, 'unknown');
  new_tier text := coalesce(NEW.umkm_tier::text, 'unknown');
  stmt text;
BEGIN
  FOREACH stmt IN ARRAY
    rollup_feed_sql('decisions', format(
      'SELECT x.*, %1$L::text AS tier_override, -1 AS sign FROM decisions x WHERE x.seller_id = %3$L '
      'UNION ALL SELECT x.*, %2$L::text, 1 FROM decisions x WHERE x.seller_id = %3$L', old_tier, new_tier, NEW.id))
    || rollup_feed_sql('account_actions', format(
      'SELECT x.*, %1$L::text AS tier_override, -1 AS sign FROM account_actions x WHERE x.seller_id = %3$L '
      'UNION ALL SELECT x.*, %2$L::text, 1 FROM account_actions x WHERE x.seller_id = %3$L', old_tier, new_tier, NEW.id))
    || rollup_feed_sql('flags', format(
      'SELECT x.*, %1$L::text AS tier_override, -1 AS sign FROM flags x JOIN listings l ON l.id = x.listing_id WHERE l.seller_id = %3$L '
      'UNION ALL SELECT x.*, %2$L::text, 1 FROM flags x JOIN listings l ON l.id = x.listing_id WHERE l.seller_id = %3$L',
      old_tier, new_tier, NEW.id))
  LOOP
    EXECUTE stmt;
  END LOOP;
  RETURN NULL;
END;
$fn$;
--> statement-breakpoint
CREATE TRIGGER sellers_rollup_tier AFTER UPDATE OF umkm_tier ON sellers
  FOR EACH ROW WHEN (OLD.umkm_tier IS DISTINCT FROM NEW.umkm_tier) EXECUTE FUNCTION rollup_seller_tier();
--> statement-breakpoint

CREATE TRIGGER decisions_rollup_insert AFTER INSERT ON decisions REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_apply('decisions', 'platform_id,seller_id,case_id,kind,clear_reason,policy_code,created_at,reversed_at');
--> statement-breakpoint
CREATE TRIGGER decisions_rollup_update AFTER UPDATE ON decisions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_apply('decisions', 'platform_id,seller_id,case_id,kind,clear_reason,policy_code,created_at,reversed_at');
--> statement-breakpoint
CREATE TRIGGER decisions_rollup_delete AFTER DELETE ON decisions REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_apply('decisions', '');
--> statement-breakpoint
CREATE TRIGGER decisions_rollup_truncate AFTER TRUNCATE ON decisions
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_after_truncate();
--> statement-breakpoint

CREATE TRIGGER flags_rollup_insert AFTER INSERT ON flags REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_apply('flags', 'platform_id,listing_id,source,received_at');
--> statement-breakpoint
CREATE TRIGGER flags_rollup_update AFTER UPDATE ON flags REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_apply('flags', 'platform_id,listing_id,source,received_at');
--> statement-breakpoint
CREATE TRIGGER flags_rollup_delete AFTER DELETE ON flags REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_apply('flags', '');
--> statement-breakpoint
CREATE TRIGGER flags_rollup_truncate AFTER TRUNCATE ON flags
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_after_truncate();
--> statement-breakpoint

-- A case's flag_sources and opened_at also feed the decision rollups; they are settled before the
-- case's resolving decision (a new flag on a resolved listing opens a new case).
CREATE TRIGGER cases_rollup_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_apply('cases', 'platform_id,state,opened_at,sla_due_at,resolved_at');
--> statement-breakpoint
CREATE TRIGGER cases_rollup_update AFTER UPDATE ON cases REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_apply('cases', 'platform_id,state,opened_at,sla_due_at,resolved_at');
--> statement-breakpoint
CREATE TRIGGER cases_rollup_delete AFTER DELETE ON cases REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_apply('cases', '');
--> statement-breakpoint
CREATE TRIGGER cases_rollup_truncate AFTER TRUNCATE ON cases
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_after_truncate();
--> statement-breakpoint

CREATE TRIGGER account_actions_rollup_insert AFTER INSERT ON account_actions REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_apply('account_actions', 'platform_id,seller_id,kind,created_at,lifted_at');
--> statement-breakpoint
CREATE TRIGGER account_actions_rollup_update AFTER UPDATE ON account_actions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_apply('account_actions', 'platform_id,seller_id,kind,created_at,lifted_at');
--> statement-breakpoint
CREATE TRIGGER account_actions_rollup_delete AFTER DELETE ON account_actions REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_apply('account_actions', '');
--> statement-breakpoint
CREATE TRIGGER account_actions_rollup_truncate AFTER TRUNCATE ON account_actions
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_after_truncate();
--> statement-breakpoint

CREATE TRIGGER escalations_rollup_insert AFTER INSERT ON escalations REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_apply('escalations', 'platform_id,action,state,override_reason,reviewed_at');
--> statement-breakpoint
CREATE TRIGGER escalations_rollup_update AFTER UPDATE ON escalations REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_apply('escalations', 'platform_id,action,state,override_reason,reviewed_at');
--> statement-breakpoint
CREATE TRIGGER escalations_rollup_delete AFTER DELETE ON escalations REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_apply('escalations', '');
--> statement-breakpoint
CREATE TRIGGER escalations_rollup_truncate AFTER TRUNCATE ON escalations
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_after_truncate();
--> statement-breakpoint

CREATE TRIGGER appeals_rollup_insert AFTER INSERT ON appeals REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_apply('appeals', 'platform_id,subject,round,state,created_at,decided_at');
--> statement-breakpoint
CREATE TRIGGER appeals_rollup_update AFTER UPDATE ON appeals REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_apply('appeals', 'platform_id,subject,round,state,created_at,decided_at');
--> statement-breakpoint
CREATE TRIGGER appeals_rollup_delete AFTER DELETE ON appeals REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_apply('appeals', '');
--> statement-breakpoint
CREATE TRIGGER appeals_rollup_truncate AFTER TRUNCATE ON appeals
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_after_truncate();
