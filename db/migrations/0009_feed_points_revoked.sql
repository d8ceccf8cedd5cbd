ALTER TYPE "public"."feed_event_kind" ADD VALUE 'points_revoked' BEFORE 'account_action';--> statement-breakpoint
-- A partial appeal outcome keeps the takedown but revokes its strike points: the platform's own
-- ladder counts those points, so it must hear about it. (Written by the database, like the other
-- feed entries. The kind is cast from text so the new enum value is only used at run time.)
CREATE OR REPLACE FUNCTION feed_events_from_partial_appeals() RETURNS trigger AS $$
BEGIN
  IF NEW.state = 'partial' AND NEW.decision_id IS NOT NULL
     AND (TG_OP = 'INSERT' OR OLD.state IS DISTINCT FROM 'partial') THEN
    INSERT INTO feed_events (platform_id, kind, decision_id, occurred_at)
      VALUES (NEW.platform_id, 'points_revoked'::text::feed_event_kind, NEW.decision_id, COALESCE(NEW.decided_at, now()));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER appeals_partial_feed AFTER INSERT OR UPDATE OF state ON appeals
  FOR EACH ROW EXECUTE FUNCTION feed_events_from_partial_appeals();
