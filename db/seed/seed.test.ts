import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { accountActionReference, activePoints, isWithinWarningMargin, POLICIES, pointsWithinBounds, policyPointsFor, reachedStep, type Ladder } from "@/lib/moderation";
import { verifyPassword } from "@/lib/password";
import type { Db } from "../open";
import { rawRows } from "../queries/rollups";
import {
  accountActions,
  appeals,
  cases,
  decisions,
  escalations,
  evidenceFiles,
  flags,
  listings,
  notifications,
  platforms,
  sellerMembers,
  sellers,
  strikes,
  users,
} from "../schema";
import { createTestDatabase, type TestDatabase } from "../testing";
import { sha256Hex } from "./evidence";
import { seedDemo } from "./index";

const NOW = new Date("2025-11-28T10:00:00.000Z");
const TABLES = [
  "users", "platforms", "sellers", "seller_members", "listings", "cases", "flags", "decisions", "strikes",
  "escalations", "account_actions", "appeals", "info_responses", "evidence_files", "notifications", "audit_events",
] as const;

async function countTables(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES) {
    const rows = (await db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`))) as unknown as { rows?: { n: number }[] } & { n: number }[];
    out[table] = (rows.rows ?? rows)[0]?.n ?? -1;
  }
  return out;
}

async function ids(db: Db) {
  return {
    users: (await db.select({ id: users.id }).from(users).orderBy(asc(users.id))).map((r) => r.id),
    sellers: (await db.select({ id: sellers.id }).from(sellers).orderBy(asc(sellers.id))).map((r) => r.id),
    listings: (await db.select({ id: listings.id }).from(listings).orderBy(asc(listings.id))).map((r) => r.id),
    cases: (await db.select({ id: cases.id, n: cases.number }).from(cases).orderBy(asc(cases.id))).map((r) => `${r.id}#${r.n}`),
    flags: (await db.select({ id: flags.id }).from(flags).orderBy(asc(flags.id))).map((r) => r.id),
    decisions: (await db.select({ id: decisions.id }).from(decisions).orderBy(asc(decisions.id))).map((r) => r.id),
    notifications: (await db.select({ id: notifications.id }).from(notifications).orderBy(asc(notifications.id))).map((r) => r.id),
    strikes: (await db.select({ id: strikes.id, revoked: strikes.revokedAt }).from(strikes).orderBy(asc(strikes.id))).map((r) => `${r.id}@${r.revoked?.toISOString() ?? ""}`),
    appeals: (await db.select({ id: appeals.id, state: appeals.state }).from(appeals).orderBy(asc(appeals.id))).map((r) => `${r.id}:${r.state}`),
    escalations: (await db.select({ id: escalations.id, state: escalations.state }).from(escalations).orderBy(asc(escalations.id))).map((r) => `${r.id}:${r.state}`),
    accountActions: (await db.select({ id: accountActions.id }).from(accountActions).orderBy(asc(accountActions.id))).map((r) => r.id),
  };
}

type Moment = Date | string;
/** Epoch milliseconds of a raw timestamp (drivers return Date or string), or null. */
const ms = (value: Moment | null) => (value === null ? null : new Date(value).getTime());

async function userId(db: Db, email: string): Promise<string> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!row) throw new Error(`${email} is missing`);
  return row.id;
}

describe("demo seed", () => {
  let a: TestDatabase;
  let b: TestDatabase;

  beforeAll(async () => {
    a = await createTestDatabase();
    b = await createTestDatabase();
    await a.db.transaction((tx) => seedDemo(tx, { now: NOW }));
    await b.db.transaction((tx) => seedDemo(tx, { now: NOW }));
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it("is deterministic: same counts per table and the same ids", async () => {
    const countsA = await countTables(a.db);
    expect(countsA).toEqual(await countTables(b.db));
    expect(countsA.sellers).toBeGreaterThanOrEqual(280);
    expect(countsA.listings).toBeGreaterThanOrEqual(1800);
    expect(await ids(a.db)).toEqual(await ids(b.db));
  });

  it("makes every seller account a member of at least one shop, and seller@ owns shops on two platforms", async () => {
    const lonely = await a.db.execute(
      sql`SELECT u.email FROM users u WHERE u.role = 'seller' AND NOT EXISTS (SELECT 1 FROM seller_members m WHERE m.user_id = u.id)`,
    );
    expect((lonely as unknown as { rows?: unknown[] }).rows ?? lonely).toHaveLength(0);
    const seller = await userId(a.db, "seller@timbang.test");
    const shops = await a.db
      .select({ id: sellers.id, platformId: sellers.platformId })
      .from(sellerMembers)
      .innerJoin(sellers, eq(sellers.id, sellerMembers.sellerId))
      .where(eq(sellerMembers.userId, seller));
    expect(new Set(shops.map((s) => s.platformId)).size).toBe(2);
    const open = await a.db
      .select({ id: cases.id })
      .from(cases)
      .where(and(inArray(cases.sellerId, shops.map((s) => s.id)), eq(cases.state, "open")));
    expect(open.length).toBeGreaterThanOrEqual(3);
  });

  it("gives seller@ a takedown inside its appeal window that has no appeal yet", async () => {
    const seller = await userId(a.db, "seller@timbang.test");
    const rows = await a.db
      .select({ id: decisions.id, deadline: decisions.appealDeadline, statement: decisions.statement, appealId: appeals.id })
      .from(decisions)
      .innerJoin(sellerMembers, and(eq(sellerMembers.sellerId, decisions.sellerId), eq(sellerMembers.userId, seller)))
      .leftJoin(appeals, eq(appeals.decisionId, decisions.id))
      .where(eq(decisions.kind, "takedown"));
    const appealable = rows.filter((r) => r.deadline && r.deadline > NOW && r.appealId === null);
    expect(appealable.length).toBeGreaterThanOrEqual(1);
    expect(appealable[0]?.statement).toMatchObject({
      automated_decision: "not_automated",
      ground: { policy_code: expect.any(String), legal_ground: expect.stringContaining("Permendag") },
      appeal: { how: expect.any(String), until: expect.any(String) },
    });
  });

  it("has exactly one pending escalation, whose shop was warned before it was proposed", async () => {
    const pending = await a.db.select().from(escalations).where(eq(escalations.state, "pending"));
    expect(pending).toHaveLength(1);
    const escalation = pending[0];
    if (!escalation) throw new Error("unreachable");
    expect(escalation.proposerId).toBe(await userId(a.db, "moderator@timbang.test"));
    const warnings = await a.db
      .select({ at: notifications.createdAt })
      .from(notifications)
      .where(and(eq(notifications.sellerId, escalation.sellerId), eq(notifications.kind, "ladder_warning")));
    expect(warnings.some((w) => w.at < escalation.createdAt)).toBe(true);
    // The database's guard lets a senior moderator approve it.
    const senior = await userId(b.db, "senior@timbang.test");
    await b.db.update(escalations).set({ state: "approved", reviewerId: senior, reviewedAt: NOW }).where(eq(escalations.id, escalation.id));
  });

  it("has at least three pending appeals that moderator2 may review, with valid evidence files", async () => {
    const pending = await a.db
      .select({ id: appeals.id, authorId: decisions.authorId })
      .from(appeals)
      .innerJoin(decisions, eq(decisions.id, appeals.decisionId))
      .where(eq(appeals.state, "pending"));
    expect(pending.length).toBeGreaterThanOrEqual(3);
    const moderator2 = await userId(b.db, "moderator2@timbang.test");
    expect(pending.every((p) => p.authorId !== moderator2)).toBe(true);
    for (const p of pending) await b.db.update(appeals).set({ reviewerId: moderator2 }).where(eq(appeals.id, p.id));

    const files = await a.db.select().from(evidenceFiles);
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) {
      expect(f.sizeBytes).toBe(f.content.length);
      expect(f.sha256).toBe(sha256Hex(f.content));
      const magic = f.mimeType === "image/png" ? "\x89PNG" : "%PDF";
      expect(f.content.subarray(0, 4).toString("latin1")).toBe(magic);
    }
  });

  it("folds flags into cases consistently and keeps a seller near a ladder step", async () => {
    const mismatched = await a.db.execute(sql`
      SELECT c.id FROM cases c JOIN platforms p ON p.id = c.platform_id
      WHERE c.flag_count <> (SELECT count(*) FROM flags f WHERE f.case_id = c.id)
         OR c.sla_due_at <> c.opened_at + make_interval(hours => p.case_sla_hours)
         OR EXISTS (SELECT 1 FROM flags f WHERE f.case_id = c.id AND f.listing_id <> c.listing_id)`);
    expect((mismatched as unknown as { rows?: unknown[] }).rows ?? mismatched).toHaveLength(0);

    const ladders = new Map((await a.db.select().from(platforms)).map((p) => [p.id, p.ladder as Ladder]));
    const all = await a.db.select().from(strikes);
    const bySeller = new Map<string, typeof all>();
    for (const s of all) bySeller.set(`${s.sellerId}|${s.platformId}`, [...(bySeller.get(`${s.sellerId}|${s.platformId}`) ?? []), s]);
    const near = [...bySeller.entries()].filter(([key, list]) => {
      const ladder = ladders.get(key.split("|")[1] ?? "");
      const points = activePoints(list, NOW);
      return ladder !== undefined && isWithinWarningMargin(ladder, points) && reachedStep(ladder, points) === null;
    });
    expect(near.length).toBeGreaterThanOrEqual(1);
  });

  it("gives every takedown points on its platform's ladder: the default, or within bounds with a reason", async () => {
    const ladders = new Map((await a.db.select().from(platforms)).map((p) => [p.id, p.ladder as Ladder]));
    const takedowns = await a.db.select().from(decisions).where(eq(decisions.kind, "takedown"));
    expect(takedowns.some((d) => d.platformId === "shopee")).toBe(true);
    for (const d of takedowns) {
      const ladder = ladders.get(d.platformId);
      if (!ladder || !d.policyCode) throw new Error(`takedown ${d.id} without a ladder or policy`);
      const bounds = policyPointsFor(POLICIES[d.policyCode], ladder);
      expect(pointsWithinBounds(bounds, d.points), `${d.platformId} ${d.policyCode} ${d.points}`).toBe(true);
      expect(d.points === bounds.default || d.pointsAdjustmentReason !== null).toBe(true);
    }
  });

  it("has decided appeals, each by a reviewer independent of the decision, whose outcomes undid what they should", async () => {
    const rows = await rawRows<{
      id: string; state: string; round: number; reviewer_id: string; author_id: string; decided_at: Moment; reversed_at: Moment | null;
      listing_status: string; revoked: number; strikes: number; outcome_notices: number; filer_is_member: boolean; kind: string;
    }>(a.db, sql`
      SELECT ap.id, ap.state, ap.round, ap.reviewer_id, d.author_id, ap.decided_at, d.reversed_at, d.kind, l.status AS listing_status,
        (SELECT count(*)::int FROM strikes s WHERE s.decision_id = d.id AND s.revoked_at IS NOT NULL) AS revoked,
        (SELECT count(*)::int FROM strikes s WHERE s.decision_id = d.id) AS strikes,
        (SELECT count(*)::int FROM notifications n WHERE n.appeal_id = ap.id AND n.kind = 'appeal_outcome') AS outcome_notices,
        EXISTS (SELECT 1 FROM seller_members m WHERE m.user_id = ap.filed_by AND m.seller_id = ap.seller_id) AS filer_is_member
      FROM appeals ap JOIN decisions d ON d.id = ap.decision_id JOIN cases c ON c.id = d.case_id JOIN listings l ON l.id = c.listing_id
      WHERE ap.state <> 'pending'`);
    const states = new Set(rows.map((r) => r.state));
    expect([...states].sort()).toEqual(["denied", "granted", "partial"]);
    expect(rows.some((r) => r.round === 2)).toBe(true);
    const granted = rows.filter((r) => r.state === "granted");
    // Roughly a fifth to a third of appeals are granted in full.
    expect(granted.length / rows.length).toBeGreaterThan(0.2);
    expect(granted.length / rows.length).toBeLessThan(0.4);
    for (const r of rows) {
      expect(r.reviewer_id).not.toBe(r.author_id);
      expect(r.outcome_notices).toBe(1);
      expect(r.filer_is_member).toBe(true);
    }
    for (const r of granted) {
      expect(ms(r.reversed_at)).toBe(ms(r.decided_at));
      expect(r.revoked).toBe(r.strikes);
      expect(r.listing_status).toBe("active");
    }
    for (const r of rows.filter((x) => x.state === "partial")) {
      expect(r.kind).toBe("takedown");
      expect(r.reversed_at).toBeNull();
      expect(r.revoked).toBeGreaterThan(0);
    }
    // The platforms' feed saw every reversal, as when the app writes it.
    const [feed] = await rawRows<{ reinstatements: number; reversed: number; points_revoked: number }>(a.db, sql`
      SELECT (SELECT count(*)::int FROM feed_events WHERE kind = 'reinstatement') AS reinstatements,
             (SELECT count(*)::int FROM decisions WHERE reversed_at IS NOT NULL) AS reversed,
             (SELECT count(*)::int FROM feed_events WHERE kind::text = 'points_revoked') AS points_revoked`);
    expect(feed?.reinstatements).toBe(granted.length);
    expect(feed?.reversed).toBe(granted.length);
    expect(feed?.points_revoked).toBe(rows.filter((r) => r.state === "partial").length);
  });

  it("has approved escalations with account actions: warned first, four eyes, several platforms, ended, lifted and overridden ones", async () => {
    const rows = await rawRows<{
      id: string; state: string; proposer_id: string; reviewer_id: string; created_at: Moment; reviewed_at: Moment; override_reason: string | null;
      guardrails: { key: string; hard: boolean; passed: boolean }[]; action_id: string | null; platform_id: string; kind: string | null;
      ends_at: Moment | null; lifted_at: Moment | null; lifted_reason: string | null; statement: { reference: string } | null; warned_before: boolean; ended_notices: number;
    }>(a.db, sql`
      SELECT e.id, e.state, e.proposer_id, e.reviewer_id, e.created_at, e.reviewed_at, e.override_reason, e.guardrails,
        aa.id AS action_id, e.platform_id, aa.kind, aa.ends_at, aa.lifted_at, aa.lifted_reason, aa.statement,
        EXISTS (SELECT 1 FROM notifications n WHERE n.seller_id = e.seller_id AND n.kind = 'ladder_warning' AND n.created_at < e.created_at) AS warned_before,
        (SELECT count(*)::int FROM notifications n WHERE n.escalation_id = e.id AND n.kind = 'account_action_ended') AS ended_notices
      FROM escalations e LEFT JOIN account_actions aa ON aa.escalation_id = e.id
      WHERE e.state <> 'pending'`);
    const approved = rows.filter((r) => r.state === "approved");
    expect(approved.length).toBeGreaterThanOrEqual(10);
    expect(rows.some((r) => r.state === "rejected" && r.action_id === null)).toBe(true);
    for (const r of approved) {
      expect(r.action_id).not.toBeNull();
      expect(r.reviewer_id).not.toBe(r.proposer_id);
      expect(r.warned_before).toBe(true);
      expect(ms(r.reviewed_at)).toBeGreaterThan(ms(r.created_at) ?? Infinity);
      expect(r.statement?.reference).toBe(accountActionReference(r.action_id ?? ""));
      expect(r.guardrails.filter((g) => g.hard).every((g) => g.passed)).toBe(true);
      // An override reason exactly when a soft guardrail failed.
      expect(r.override_reason !== null).toBe(r.guardrails.some((g) => !g.hard && !g.passed));
      const ended = r.ends_at !== null && (ms(r.ends_at) ?? 0) <= NOW.getTime() && r.lifted_at === null;
      expect(r.ended_notices).toBe(ended ? 1 : 0);
    }
    expect(new Set(approved.map((r) => r.platform_id)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(approved.map((r) => r.kind))).toEqual(new Set(["restrict_listings", "suspend"]));
    expect(approved.filter((r) => r.override_reason !== null).length).toBeGreaterThanOrEqual(1);
    expect(approved.some((r) => r.ended_notices === 1)).toBe(true);
    expect(approved.some((r) => (ms(r.ends_at) ?? 0) > NOW.getTime() && r.lifted_at === null)).toBe(true);
    const lifted = approved.filter((r) => r.lifted_at !== null);
    expect(lifted.length).toBeGreaterThanOrEqual(1);
    for (const r of lifted) expect(r.lifted_reason).toMatch(/^appeal [0-9a-f-]{36} \(/);
  });

  it("leaves the shops of seller@ and seller2@ with no decided appeal and no account action", async () => {
    const demo = await rawRows<{ decided: number; actions: number; escalations: number }>(a.db, sql`
      WITH shops AS (SELECT m.seller_id FROM seller_members m JOIN users u ON u.id = m.user_id WHERE u.email IN ('seller@timbang.test', 'seller2@timbang.test'))
      SELECT (SELECT count(*)::int FROM appeals WHERE seller_id IN (SELECT seller_id FROM shops) AND state <> 'pending') AS decided,
             (SELECT count(*)::int FROM account_actions WHERE seller_id IN (SELECT seller_id FROM shops)) AS actions,
             (SELECT count(*)::int FROM escalations WHERE seller_id IN (SELECT seller_id FROM shops)) AS escalations`);
    expect(demo[0]).toEqual({ decided: 0, actions: 0, escalations: 0 });
  });

  it("signs demo accounts in with the demo password", async () => {
    const [row] = await a.db.select({ hash: users.passwordHash }).from(users).where(eq(users.email, "manager@timbang.test"));
    expect(await verifyPassword(row?.hash ?? "", "timbang-demo")).toBe(true);
  });
});
