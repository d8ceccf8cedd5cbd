-- The decisions feed (feed_events) is written by the database itself, so every decision,
-- reversal, account action and lifting reaches the platforms whatever code path made it.

CREATE OR REPLACE FUNCTION feed_events_from_decisions() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO feed_events (platform_id, kind, decision_id, occurred_at)
      VALUES (NEW.platform_id, 'decision', NEW.id, NEW.created_at);
  ELSIF OLD.reversed_at IS NULL AND NEW.reversed_at IS NOT NULL THEN
    INSERT INTO feed_events (platform_id, kind, decision_id, occurred_at)
      VALUES (NEW.platform_id, 'reinstatement', NEW.id, NEW.reversed_at);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER decisions_feed AFTER INSERT OR UPDATE OF reversed_at ON decisions
  FOR EACH ROW EXECUTE FUNCTION feed_events_from_decisions();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION feed_events_from_account_actions() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO feed_events (platform_id, kind, account_action_id, occurred_at)
      VALUES (NEW.platform_id, 'account_action', NEW.id, NEW.created_at);
  ELSIF OLD.lifted_at IS NULL AND NEW.lifted_at IS NOT NULL THEN
    INSERT INTO feed_events (platform_id, kind, account_action_id, occurred_at)
      VALUES (NEW.platform_id, 'account_action_lifted', NEW.id, NEW.lifted_at);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER account_actions_feed AFTER INSERT OR UPDATE OF lifted_at ON account_actions
  FOR EACH ROW EXECUTE FUNCTION feed_events_from_account_actions();
--> statement-breakpoint
-- The feed is append-only, like the audit log.
CREATE TRIGGER feed_events_no_update BEFORE UPDATE OR DELETE ON feed_events
  FOR EACH ROW EXECUTE FUNCTION reject_rewrite();
--> statement-breakpoint
-- Rows written before this migration, oldest first.
INSERT INTO feed_events (platform_id, kind, decision_id, account_action_id, occurred_at)
SELECT platform_id, kind::feed_event_kind, decision_id, account_action_id, occurred_at FROM (
  SELECT platform_id, 'decision' AS kind, id AS decision_id, NULL::uuid AS account_action_id, created_at AS occurred_at FROM decisions
  UNION ALL
  SELECT platform_id, 'reinstatement', id, NULL, reversed_at FROM decisions WHERE reversed_at IS NOT NULL
  UNION ALL
  SELECT platform_id, 'account_action', NULL, id, created_at FROM account_actions
  UNION ALL
  SELECT platform_id, 'account_action_lifted', NULL, id, lifted_at FROM account_actions WHERE lifted_at IS NOT NULL
) AS existing
ORDER BY occurred_at;
