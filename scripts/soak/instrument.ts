// Instrumentation of the soak database only (never a migration): triggers that record, inside the
// very transaction that makes them, every change of a case's holder, state or version, and the
// transaction of every audit event. Checking the audit trail against these is checking it against
// what really changed, independently of the code that writes the audit events.
import { sql } from "drizzle-orm";
import type { Database } from "../../db/open";

const STATEMENTS = [
  `create table soak_case_changes (
     seq bigserial primary key,
     txid bigint not null default txid_current(),
     at timestamptz not null default clock_timestamp(),
     case_id uuid not null,
     old_claimed_by uuid, new_claimed_by uuid,
     old_claim_expires_at timestamptz, new_claim_expires_at timestamptz,
     old_state text not null, new_state text not null,
     old_version int not null, new_version int not null
   )`,
  `create function soak_log_case_change() returns trigger language plpgsql as $$
   begin
     insert into soak_case_changes (case_id, old_claimed_by, new_claimed_by, old_claim_expires_at, new_claim_expires_at,
                                    old_state, new_state, old_version, new_version)
     values (new.id, old.claimed_by, new.claimed_by, old.claim_expires_at, new.claim_expires_at,
             old.state, new.state, old.version, new.version);
     return null;
   end $$`,
  `create trigger soak_case_changes after update on cases for each row
     when (old.claimed_by is distinct from new.claimed_by or old.state is distinct from new.state
           or old.version is distinct from new.version)
     execute function soak_log_case_change()`,
  `create table soak_audit_tx (audit_id bigint primary key, txid bigint not null default txid_current())`,
  `create function soak_log_audit_tx() returns trigger language plpgsql as $$
   begin
     insert into soak_audit_tx (audit_id) values (new.id);
     return null;
   end $$`,
  `create trigger soak_audit_tx after insert on audit_events for each row execute function soak_log_audit_tx()`,
];

export async function installInstrumentation(database: Database): Promise<void> {
  for (const statement of STATEMENTS) await database.db.execute(sql.raw(statement));
}

/**
 * How each recorded change reads (SQL expression over soak_case_changes `c`): a decision moves the
 * version; otherwise a new holder is a claim, a holder gone is a release.
 */
export const CHANGE_KIND = `case
  when c.new_version <> c.old_version then 'case.decided'
  when c.new_claimed_by is not null and c.new_claimed_by is distinct from c.old_claimed_by then 'case.claimed'
  when c.new_claimed_by is null and c.old_claimed_by is not null then 'case.released'
  else 'other' end`;
