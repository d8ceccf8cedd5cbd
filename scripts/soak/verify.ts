// After the run, by SQL on the soak database: decisions against what the clients were told, the
// audit trail against the state changes the triggers recorded (instrument.ts), every decision's
// effects complete, every claim exclusive.
import { sql } from "drizzle-orm";
import type { Db } from "../../db/open";
import { rawRows } from "../../db/queries/rollups";
import { CHANGE_KIND } from "./instrument";
import type { Submission } from "./moderator";

export interface Marks {
  /** Wall clock at the start of the run (decisions.created_at is written by the app on this machine). */
  startedAt: Date;
  auditId: number;
  changeSeq: number;
}

export async function takeMarks(db: Db): Promise<Marks> {
  const [row] = await rawRows<{ audit: string | null; seq: string | null }>(
    db,
    sql`select (select max(id) from audit_events)::text as audit, (select max(seq) from soak_case_changes)::text as seq`,
  );
  return { startedAt: new Date(), auditId: Number(row?.audit ?? 0), changeSeq: Number(row?.seq ?? 0) };
}

const count = async (db: Db, query: ReturnType<typeof sql>) => (await rawRows<{ n: number }>(db, query))[0]?.n ?? 0;

export interface DecisionChecks {
  decisions: number;
  doubleDecisions: number;
  lostDecisions: number;
  lostReleases: number;
  decisionsWithoutOneAudit: number;
  decidedAuditsWithoutDecision: number;
  halfApplied: Record<string, number>;
}

export async function checkDecisions(db: Db, marks: Marks, submissions: readonly Submission[], userIds: readonly string[]): Promise<DecisionChecks> {
  const since = marks.startedAt.toISOString();
  const acked = submissions.filter((s) => s.result === "ok");
  const pairs = (kind: "decision" | "release") =>
    JSON.stringify(acked.filter((s) => (s.kind === "release") === (kind === "release")).map((s) => ({ c: s.caseId, u: userIds[s.moderator] })));
  const inRun = sql`select * from decisions where created_at >= ${since}::timestamptz`;
  const decidedAudits = sql`select id, data->>'decisionId' as decision_id, (data->>'version')::int as version from audit_events
                            where id > ${marks.auditId} and action = 'case.decided'`;
  const [half] = await rawRows<Record<string, number>>(
    db,
    sql`with d as (${inRun}), a as (${decidedAudits})
        select
          count(*) filter (where not exists (select 1 from notifications n where n.decision_id = d.id))::int as "no seller notification",
          count(*) filter (where (d.points > 0) <> exists (select 1 from strikes s where s.decision_id = d.id))::int as "strike missing or extra",
          count(*) filter (where c.state::text <> case d.kind when 'request_info' then 'awaiting_seller' else 'resolved' end)::int as "case state not the decision's",
          count(*) filter (where c.version <> (select a.version from a where a.decision_id = d.id::text limit 1))::int as "case version not the audited one",
          count(*) filter (where l.status::text <> case d.kind when 'takedown' then 'removed' when 'warn' then 'needs_fix' when 'clear' then 'active' else l.status::text end)::int as "listing status not the decision's",
          count(*) filter (where (d.kind in ('warn', 'takedown')) <> (d.statement is not null))::int as "statement missing or extra"
        from d join cases c on c.id = d.case_id join listings l on l.id = c.listing_id`,
  );
  return {
    decisions: await count(db, sql`select count(*)::int as n from (${inRun}) d`),
    doubleDecisions: await count(db, sql`select count(*)::int as n from (select case_id from (${inRun}) d where reversed_at is null group by case_id having count(*) > 1) x`),
    lostDecisions: await count(
      db,
      sql`select count(*)::int as n from jsonb_to_recordset(${pairs("decision")}::jsonb) as p(c uuid, u uuid)
          where not exists (select 1 from decisions d where d.case_id = p.c and d.author_id = p.u and d.created_at >= ${since}::timestamptz)`,
    ),
    lostReleases: await count(
      db,
      sql`select count(*)::int as n from jsonb_to_recordset(${pairs("release")}::jsonb) as p(c uuid, u uuid)
          where not exists (select 1 from audit_events e where e.id > ${marks.auditId} and e.action = 'case.released'
                            and e.subject_id = p.c::text and e.actor_id = p.u)`,
    ),
    decisionsWithoutOneAudit: await count(
      db,
      sql`with d as (${inRun}), a as (${decidedAudits})
          select count(*)::int as n from d where (select count(*) from a where a.decision_id = d.id::text) <> 1`,
    ),
    decidedAuditsWithoutDecision: await count(
      db,
      sql`with a as (${decidedAudits}) select count(*)::int as n from a where not exists (select 1 from decisions d where d.id::text = a.decision_id)`,
    ),
    halfApplied: half ?? {},
  };
}

export interface AuditChecks {
  /** State changes recorded by the triggers, by kind. */
  changes: Record<string, number>;
  /** Audit events of the same kinds. */
  audits: Record<string, number>;
  changesWithoutAudit: number;
  auditsWithoutChange: number;
  unclassifiedChanges: number;
  /** Holder replaced while their lease was live, or a claim of a case that was not open. */
  claimsNotExclusive: number;
  /** Decisions made by someone other than the lease holder. */
  decidedWithoutLease: number;
}

export async function checkAudit(db: Db, marks: Marks): Promise<AuditChecks> {
  const ch = sql`select c.*, c.case_id::text as subject, ${sql.raw(CHANGE_KIND)} as kind from soak_case_changes c where c.seq > ${marks.changeSeq}`;
  const au = sql`select e.id, e.actor_id, e.subject_id as subject, e.action as kind, t.txid from audit_events e join soak_audit_tx t on t.audit_id = e.id
                 where e.id > ${marks.auditId} and e.subject_type = 'case' and e.action in ('case.claimed', 'case.released', 'case.decided')`;
  const byKind = async (q: ReturnType<typeof sql>) =>
    Object.fromEntries((await rawRows<{ kind: string; n: number }>(db, sql`select kind, count(*)::int as n from (${q}) x group by kind order by kind`)).map((r) => [r.kind, r.n]));
  return {
    changes: await byKind(ch),
    audits: await byKind(au),
    changesWithoutAudit: await count(
      db,
      sql`with ch as (${ch}), au as (${au}) select count(*)::int as n from ch where kind <> 'other'
          and not exists (select 1 from au where au.txid = ch.txid and au.subject = ch.subject and au.kind = ch.kind)`,
    ),
    auditsWithoutChange: await count(
      db,
      sql`with ch as (${ch}), au as (${au}) select count(*)::int as n from au
          where not exists (select 1 from ch where ch.txid = au.txid and ch.subject = au.subject and ch.kind = au.kind)`,
    ),
    unclassifiedChanges: await count(db, sql`with ch as (${ch}) select count(*)::int as n from ch where kind = 'other'`),
    claimsNotExclusive: await count(
      db,
      sql`with ch as (${ch}) select count(*)::int as n from ch where kind = 'case.claimed'
          and (new_state <> 'open' or (old_claimed_by is not null and old_claim_expires_at > at))`,
    ),
    decidedWithoutLease: await count(
      db,
      sql`with ch as (${ch}), au as (${au}) select count(*)::int as n from ch join au on au.txid = ch.txid and au.subject = ch.subject and au.kind = ch.kind
          where ch.kind = 'case.decided' and (ch.old_claimed_by is distinct from au.actor_id or ch.old_claim_expires_at <= ch.at)`,
    ),
  };
}

/** Feeder batches: each one all or nothing, and every acknowledged one all there. */
export async function checkFeed(db: Db, batches: readonly { tag: string; outcome: string }[], size: number) {
  const tags = JSON.stringify(batches.map((b) => ({ t: b.tag, ok: b.outcome === "ok" })));
  const [row] = await rawRows<{ partial: number; lost: number; stored: number }>(
    db,
    sql`with b as (select t, ok, (select count(*) from flags f where f.source_reference like 'soak-' || t || '-%' and f.case_id is not null) as n
                   from jsonb_to_recordset(${tags}::jsonb) as x(t text, ok boolean))
        select count(*) filter (where n not in (0, ${size}))::int as partial,
               count(*) filter (where ok and n <> ${size})::int as lost,
               count(*) filter (where n = ${size})::int as stored
        from b`,
  );
  return { batches: batches.length, size, acknowledged: batches.filter((b) => b.outcome === "ok").length, ...row! };
}
