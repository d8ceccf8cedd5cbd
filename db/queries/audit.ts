import { and, desc, eq, gte, ilike, inArray, like, lt, lte, or, sql, type SQL } from "drizzle-orm";
import type { ActorKind } from "@/lib/moderation";
import { AUDIT_PAGE_SIZE, decodeAuditCursor, encodeAuditCursor, jakartaDayEnd, jakartaDayStart, type AuditFilters } from "@/lib/validation/audit";
import type { Db } from "../open";
import { apiKeys, auditEvents, users } from "../schema";
import { escapeLike, likeContains } from "./like";

export interface Actor {
  kind: ActorKind;
  id: string | null;
}

export const SYSTEM_ACTOR: Actor = { kind: "system", id: null };

export interface AuditInput {
  actor: Actor;
  action: string;
  subjectType: string;
  subjectId: string;
  data?: Record<string, unknown>;
  at?: Date;
}

/** Writes one audit event; call it inside the transaction of the change it records. */
export async function recordAudit(db: Db, input: AuditInput): Promise<void> {
  await db.insert(auditEvents).values({
    actorKind: input.actor.kind,
    actorId: input.actor.id,
    action: input.action,
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    data: input.data ?? {},
    ...(input.at ? { at: input.at } : {}),
  });
}

export interface AuditEventRow {
  id: number;
  at: Date;
  actorKind: ActorKind;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  apiKeyPrefix: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  data: Record<string, unknown>;
}

const ACTOR_MATCH_LIMIT = 100;

/** Actor ids a search means: a user by email or name fragment, or an API key by prefix. */
async function actorIdsMatching(db: Db, text: string): Promise<string[]> {
  const pattern = likeContains(text);
  const [people, keys] = await Promise.all([
    db
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(or(ilike(users.email, pattern), ilike(users.name, pattern)))
      .limit(ACTOR_MATCH_LIMIT),
    db
      .select({ id: apiKeys.id })
      .from(apiKeys)
      .where(ilike(apiKeys.prefix, `${escapeLike(text)}%`))
      .limit(ACTOR_MATCH_LIMIT),
  ]);
  // An exact email means that one person (and one index range to read).
  const exact = people.find((p) => p.email === text.toLowerCase());
  if (exact) return [exact.id];
  return [...people, ...keys].map((r) => r.id);
}

/**
 * The subject types present, read as a loose index scan over audit_events_subject_idx (one
 * index probe per type, whatever the table's size).
 */
export async function listAuditSubjectTypes(db: Db): Promise<string[]> {
  const result = await db.execute(sql`
    WITH RECURSIVE t(v) AS (
      (SELECT subject_type FROM audit_events ORDER BY subject_type LIMIT 1)
      UNION ALL
      SELECT (SELECT subject_type FROM audit_events WHERE subject_type > t.v ORDER BY subject_type LIMIT 1)
      FROM t WHERE t.v IS NOT NULL
    )
    SELECT v FROM t WHERE v IS NOT NULL`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { v: string }[];
  return rows.map((r) => r.v);
}

/**
 * One page of audit events, newest first: by time, then id (keyset: `before` is the cursor of the
 * last event shown). Every audit index ends in `at`, so each filter reads its index backwards and
 * stops after one page: an actor → audit_events_actor_idx, a subject →
 * audit_events_subject_idx, otherwise audit_events_at_idx. (Ordering by id alone would let the
 * planner walk the primary key backwards through every event of a quiet actor.)
 */
export async function listAuditEvents(
  db: Db,
  filters: AuditFilters,
  limit = AUDIT_PAGE_SIZE,
): Promise<{ rows: AuditEventRow[]; nextBefore: string | null }> {
  const where: SQL[] = [];
  let actorIds: string[] = [];
  const actor = filters.actor?.trim();
  if (actor) {
    if (actor.toLowerCase() === "system") where.push(eq(auditEvents.actorKind, "system"));
    else {
      actorIds = UUID.test(actor) ? [actor.toLowerCase()] : await actorIdsMatching(db, actor);
      if (actorIds.length === 0) return { rows: [], nextBefore: null };
      if (actorIds.length === 1) where.push(eq(auditEvents.actorId, actorIds[0]!));
    }
  }
  if (filters.subjectType) where.push(eq(auditEvents.subjectType, filters.subjectType));
  if (filters.subjectId) {
    where.push(eq(auditEvents.subjectId, filters.subjectId));
    if (!filters.subjectType) {
      // Lead with the index's first column so an id alone still uses audit_events_subject_idx.
      const types = await listAuditSubjectTypes(db);
      if (types.length === 0) return { rows: [], nextBefore: null };
      where.push(inArray(auditEvents.subjectType, types));
    }
  }
  if (filters.action) where.push(like(auditEvents.action, `${escapeLike(filters.action)}%`));
  if (filters.from) where.push(gte(auditEvents.at, jakartaDayStart(filters.from)));
  if (filters.to) where.push(lt(auditEvents.at, jakartaDayEnd(filters.to)));
  const cursor = filters.before ? decodeAuditCursor(filters.before) : null;
  if (cursor) {
    const at = sql`(timestamptz 'epoch' + ${cursor.atMicros}::bigint * interval '1 microsecond')`;
    // The plain `at <=` lets the index bound its scan; the row comparison breaks ties by id.
    where.push(lte(auditEvents.at, at), sql`(${auditEvents.at}, ${auditEvents.id}) < (${at}, ${cursor.id})`);
  }
  if (actorIds.length > 1) {
    // Several people match: one bounded backward read of audit_events_actor_idx per person,
    // merged, so a quiet actor never turns into a walk through the whole table.
    const page = await pageIdsOfActors(db, actorIds, where, limit + 1);
    if (page.length === 0) return { rows: [], nextBefore: null };
    where.splice(0, where.length, inArray(auditEvents.id, page));
  }

  const rows = await db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      actorKind: auditEvents.actorKind,
      actorId: auditEvents.actorId,
      actorName: users.name,
      actorEmail: users.email,
      apiKeyPrefix: apiKeys.prefix,
      action: auditEvents.action,
      subjectType: auditEvents.subjectType,
      subjectId: auditEvents.subjectId,
      data: auditEvents.data,
      atMicros: sql<string>`(extract(epoch from ${auditEvents.at}) * 1000000)::bigint::text`,
    })
    .from(auditEvents)
    .leftJoin(users, and(eq(auditEvents.actorKind, "user"), eq(users.id, auditEvents.actorId)))
    .leftJoin(apiKeys, and(eq(auditEvents.actorKind, "api_key"), eq(apiKeys.id, auditEvents.actorId)))
    .where(and(...where))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(limit + 1);
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return {
    rows: rows.slice(0, limit),
    nextBefore: last ? encodeAuditCursor({ atMicros: last.atMicros, id: last.id }) : null,
  };
}

async function pageIdsOfActors(db: Db, actorIds: string[], where: SQL[], limit: number): Promise<number[]> {
  const ids = sql.join(actorIds.map((id) => sql`${id}`), sql`, `);
  const result = await db.execute(sql`
    SELECT e.id FROM unnest(ARRAY[${ids}]::uuid[]) AS a(actor_id)
    CROSS JOIN LATERAL (
      SELECT audit_events.id, audit_events.at FROM audit_events
      WHERE audit_events.actor_id = a.actor_id${where.length ? sql` AND ${and(...where)}` : sql``}
      ORDER BY audit_events.at DESC, audit_events.id DESC LIMIT ${limit}
    ) e
    ORDER BY e.at DESC, e.id DESC LIMIT ${limit}`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { id: number | string }[];
  return rows.map((r) => Number(r.id));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
