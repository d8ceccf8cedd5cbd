import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMPTY_AUDIT_FILTERS, parseAuditFilters, type AuditFilters } from "@/lib/validation/audit";
import { createTestDatabase, type TestDatabase } from "../testing";
import { apiKeys } from "../schema";
import { listAuditEvents, listAuditSubjectTypes, recordAudit } from "./audit";
import { ensurePlatform, makeUser } from "./escalation-test-fixtures";

let tdb: TestDatabase;
let alice: { id: string };
let bob: { id: string };
let keyId: string;
const caseId = randomUUID();

beforeAll(async () => {
  tdb = await createTestDatabase();
  const db = tdb.db;
  alice = await makeUser(db, "moderator", "Alice Moderator");
  bob = await makeUser(db, "admin", "Bob Admin");
  const platformId = await ensurePlatform(db, 0);
  const [key] = await db
    .insert(apiKeys)
    .values({ platformId, label: "Classifier", prefix: "tmb_AbCd1234", keyHash: randomUUID(), createdBy: bob.id })
    .returning({ id: apiKeys.id });
  keyId = key!.id;
  // Jakarta is UTC+7: 2026-03-01 23:30 UTC is already 2 March there.
  const events = [
    { actor: { kind: "user" as const, id: alice.id }, action: "case.claimed", subjectType: "case", subjectId: caseId, at: new Date("2026-03-01T02:00:00Z") },
    { actor: { kind: "user" as const, id: alice.id }, action: "case.decided", subjectType: "case", subjectId: caseId, at: new Date("2026-03-01T03:00:00Z"), data: { kind: "takedown" } },
    { actor: { kind: "api_key" as const, id: keyId }, action: "case.opened", subjectType: "case", subjectId: randomUUID(), at: new Date("2026-03-01T23:30:00Z") },
    { actor: { kind: "system" as const, id: null }, action: "case.info_deadline_passed", subjectType: "case", subjectId: caseId, at: new Date("2026-03-03T01:00:00Z") },
    { actor: { kind: "user" as const, id: bob.id }, action: "user.disabled", subjectType: "user", subjectId: alice.id, at: new Date("2026-03-04T01:00:00Z") },
    { actor: { kind: "user" as const, id: bob.id }, action: "casex_literal", subjectType: "platform", subjectId: "shopee", at: new Date("2026-03-04T02:00:00Z") },
  ];
  for (const e of events) await recordAudit(db, e);
});
afterAll(async () => {
  await tdb.close();
});

const list = async (filters: Partial<AuditFilters>, limit?: number) =>
  (await listAuditEvents(tdb.db, { ...EMPTY_AUDIT_FILTERS, ...filters }, limit)).rows.map((r) => r.action);

describe("listing audit events", () => {
  it("lists newest first, with who acted", async () => {
    const { rows } = await listAuditEvents(tdb.db, EMPTY_AUDIT_FILTERS);
    expect(rows.map((r) => r.action)).toEqual(["casex_literal", "user.disabled", "case.info_deadline_passed", "case.opened", "case.decided", "case.claimed"]);
    expect(rows.find((r) => r.action === "case.opened")).toMatchObject({ actorKind: "api_key", apiKeyPrefix: "tmb_AbCd1234", actorName: null });
    expect(rows.find((r) => r.action === "case.decided")).toMatchObject({ actorKind: "user", actorName: "Alice Moderator", data: { kind: "takedown" } });
    expect(rows.find((r) => r.action === "case.info_deadline_passed")).toMatchObject({ actorKind: "system", actorName: null, apiKeyPrefix: null });
  });

  it("pages with a keyset on time and id", async () => {
    const first = await listAuditEvents(tdb.db, EMPTY_AUDIT_FILTERS, 4);
    expect(first.rows).toHaveLength(4);
    expect(first.nextBefore).toMatch(new RegExp(`^[0-9]+_${first.rows[3]!.id}$`));
    const second = await listAuditEvents(tdb.db, { ...EMPTY_AUDIT_FILTERS, before: first.nextBefore }, 4);
    expect(second.rows.map((r) => r.action)).toEqual(["case.decided", "case.claimed"]);
    expect(second.nextBefore).toBeNull();
  });

  it("filters by actor: id, email or name fragment, API key prefix, or system", async () => {
    expect(await list({ actor: alice.id })).toEqual(["case.decided", "case.claimed"]);
    expect(await list({ actor: "alice moder" })).toEqual(["case.decided", "case.claimed"]);
    expect(await list({ actor: "moderator-" })).toEqual(["case.decided", "case.claimed"]);
    expect(await list({ actor: "tmb_abcd" })).toEqual(["case.opened"]);
    expect(await list({ actor: "system" })).toEqual(["case.info_deadline_passed"]);
    expect(await list({ actor: "nobody-at-all" })).toEqual([]);
    // Several people match: merged newest first, paged, and combined with other filters.
    const both = { ...EMPTY_AUDIT_FILTERS, actor: "@test.invalid" };
    const first = await listAuditEvents(tdb.db, both, 2);
    expect(first.rows.map((r) => r.action)).toEqual(["casex_literal", "user.disabled"]);
    const second = await listAuditEvents(tdb.db, { ...both, before: first.nextBefore }, 2);
    expect(second.rows.map((r) => r.action)).toEqual(["case.decided", "case.claimed"]);
    expect(second.nextBefore).toBeNull();
    expect(await list({ actor: "@test.invalid", action: "case." })).toEqual(["case.decided", "case.claimed"]);
    expect(await list({ actor: "%" })).toEqual([]);
  });

  it("filters by subject type and id, or an id alone", async () => {
    expect(await list({ subjectType: "case", subjectId: caseId })).toEqual(["case.info_deadline_passed", "case.decided", "case.claimed"]);
    expect(await list({ subjectId: caseId })).toEqual(["case.info_deadline_passed", "case.decided", "case.claimed"]);
    expect(await list({ subjectType: "user" })).toEqual(["user.disabled"]);
    expect(await list({ subjectType: "user", subjectId: caseId })).toEqual([]);
    expect(await listAuditSubjectTypes(tdb.db)).toEqual(["case", "platform", "user"]);
  });

  it("filters by action prefix, with _ and % taken literally", async () => {
    expect(await list({ action: "case." })).toEqual(["case.info_deadline_passed", "case.opened", "case.decided", "case.claimed"]);
    expect(await list({ action: "case.d" })).toEqual(["case.decided"]);
    expect(await list({ action: "user.disabled" })).toEqual(["user.disabled"]);
    expect(await list({ action: "case_" })).toEqual([]);
  });

  it("filters by Jakarta calendar days, inclusive", async () => {
    expect(await list({ from: "2026-03-02", to: "2026-03-02" })).toEqual(["case.opened"]);
    expect(await list({ to: "2026-03-01" })).toEqual(["case.decided", "case.claimed"]);
    expect(await list({ from: "2026-03-04" })).toEqual(["casex_literal", "user.disabled"]);
    expect(await list({ action: "case.", from: "2026-03-02", actor: "system" })).toEqual(["case.info_deadline_passed"]);
  });

  it("reads filters from the URL and drops tampered values", () => {
    expect(parseAuditFilters({ actor: " a@b.c ", subjectType: "case'; drop", action: "CASE.", from: "2026-02-30", to: "2026-03-01", before: "-1" })).toEqual({
      ...EMPTY_AUDIT_FILTERS,
      actor: "a@b.c",
      action: "case.",
      to: "2026-03-01",
    });
  });

  it("uses the audit indexes at volume: actor, subject and date filters", async () => {
    // 30,000 events over 60 days from 300 actors, then the plans of the list's query shapes.
    await tdb.db.execute(sql`
      INSERT INTO audit_events (actor_kind, actor_id, action, subject_type, subject_id, at)
      SELECT 'user', md5('actor' || (g % 300))::uuid, 'case.claimed', 'case', md5('case' || g)::uuid::text,
             timestamptz '2025-01-01' + (g * interval '3 minutes')
      FROM generate_series(1, 30000) g`);
    await tdb.db.execute(sql`ANALYZE audit_events`);
    const plan = async (where: ReturnType<typeof sql>) => {
      const res = await tdb.db.execute(sql`EXPLAIN SELECT id FROM audit_events WHERE ${where} ORDER BY at DESC, id DESC LIMIT 51`);
      const rows = (Array.isArray(res) ? res : (res as unknown as { rows: unknown[] }).rows) as Record<string, string>[];
      return rows.map((r) => Object.values(r)[0]).join("\n");
    };
    expect(await plan(sql`actor_id IN (${alice.id})`)).toMatch(/Index Scan Backward using audit_events_actor_idx/);
    const lateral = await tdb.db.execute(sql`EXPLAIN SELECT e.id FROM unnest(ARRAY[${alice.id}, ${bob.id}]::uuid[]) AS a(actor_id)
      CROSS JOIN LATERAL (SELECT id, at FROM audit_events WHERE audit_events.actor_id = a.actor_id ORDER BY at DESC, id DESC LIMIT 51) e
      ORDER BY e.at DESC, e.id DESC LIMIT 51`);
    const lateralPlan = ((Array.isArray(lateral) ? lateral : (lateral as unknown as { rows: unknown[] }).rows) as Record<string, string>[]).map((r) => Object.values(r)[0]).join("\n");
    expect(lateralPlan).toMatch(/Index Scan Backward using audit_events_actor_idx/);
    expect(await plan(sql`subject_type = 'case' AND subject_id = ${caseId}`)).toMatch(/Index Scan Backward using audit_events_subject_idx/);
    expect(await plan(sql`subject_type IN ('case', 'platform', 'user') AND subject_id = ${caseId}`)).toMatch(/audit_events_subject_idx/);
    expect(await plan(sql`at >= '2025-01-10T00:00:00+07' AND at < '2025-01-11T00:00:00+07'`)).toMatch(/audit_events_at_idx/);
    expect(await plan(sql`true`)).toMatch(/Index Scan Backward using audit_events_at_idx/);
    // A later page of one actor's events still reads the actor's index, bounded by the cursor.
    expect(await plan(sql`actor_id IN (${alice.id}) AND at <= now() AND (at, id) < (now(), 5)`)).toMatch(/audit_events_actor_idx/);
  });
});
