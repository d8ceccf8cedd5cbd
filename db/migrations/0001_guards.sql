-- Rules that protect people, held by the database itself so no code path can skip them.

-- Audit events are append-only.
CREATE OR REPLACE FUNCTION reject_rewrite() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION reject_rewrite();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION reject_rewrite();
--> statement-breakpoint

-- An appeal is never reviewed by someone who took part in what is appealed: the decision's
-- author, or the escalation's proposer or approver behind an account action.
CREATE OR REPLACE FUNCTION appeals_independent_reviewer() RETURNS trigger AS $$
DECLARE
  conflict boolean;
BEGIN
  IF NEW.reviewer_id IS NULL THEN
    RETURN NEW;
  END IF;
  IF NEW.subject = 'decision' THEN
    SELECT d.author_id = NEW.reviewer_id INTO conflict FROM decisions d WHERE d.id = NEW.decision_id;
  ELSE
    SELECT NEW.reviewer_id IN (e.proposer_id, e.reviewer_id) INTO conflict
      FROM account_actions a JOIN escalations e ON e.id = a.escalation_id
      WHERE a.id = NEW.account_action_id;
  END IF;
  IF conflict THEN
    RAISE EXCEPTION 'an appeal cannot be reviewed by a person who took the appealed action'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'appeals_independent_reviewer';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER appeals_independent_reviewer BEFORE INSERT OR UPDATE OF reviewer_id ON appeals
  FOR EACH ROW EXECUTE FUNCTION appeals_independent_reviewer();
--> statement-breakpoint

-- An escalation is approved only when the seller was warned before it was proposed
-- (DSA Art. 23; Timbang's "no account action without a prior warning").
CREATE OR REPLACE FUNCTION escalations_prior_warning() RETURNS trigger AS $$
BEGIN
  IF NEW.state = 'approved' AND OLD.state IS DISTINCT FROM 'approved' AND NOT EXISTS (
    SELECT 1 FROM notifications n
    WHERE n.seller_id = NEW.seller_id AND n.kind = 'ladder_warning' AND n.created_at < NEW.created_at
  ) THEN
    RAISE EXCEPTION 'an account action needs a prior warning to the seller'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'escalations_prior_warning';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER escalations_prior_warning BEFORE UPDATE OF state ON escalations
  FOR EACH ROW EXECUTE FUNCTION escalations_prior_warning();
--> statement-breakpoint

-- An account action exists only as the outcome of an approved escalation, for the same seller
-- and action; once written, only its lifting may change.
CREATE OR REPLACE FUNCTION account_actions_need_approval() RETURNS trigger AS $$
DECLARE
  esc escalations%ROWTYPE;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF (NEW.escalation_id, NEW.seller_id, NEW.kind, NEW.starts_at, NEW.ends_at)
       IS DISTINCT FROM (OLD.escalation_id, OLD.seller_id, OLD.kind, OLD.starts_at, OLD.ends_at) THEN
      RAISE EXCEPTION 'an account action cannot be rewritten; lift it instead'
        USING ERRCODE = 'check_violation', CONSTRAINT = 'account_actions_need_approval';
    END IF;
    RETURN NEW;
  END IF;
  SELECT * INTO esc FROM escalations WHERE id = NEW.escalation_id;
  IF esc.state IS DISTINCT FROM 'approved' OR esc.seller_id <> NEW.seller_id OR esc.action <> NEW.kind THEN
    RAISE EXCEPTION 'an account action needs an approved escalation for the same seller and action'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'account_actions_need_approval';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER account_actions_need_approval BEFORE INSERT OR UPDATE ON account_actions
  FOR EACH ROW EXECUTE FUNCTION account_actions_need_approval();
--> statement-breakpoint
CREATE TRIGGER account_actions_no_delete BEFORE DELETE ON account_actions
  FOR EACH ROW EXECUTE FUNCTION reject_rewrite();
