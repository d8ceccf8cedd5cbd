import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { activePoints, isWithinWarningMargin, POLICIES, pointsWithinBounds, policyPointsFor, reachedStep, type Ladder } from "@/lib/moderation";
import { verifyPassword } from "@/lib/password";
import type { Db } from "../open";
import {
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
  };
}

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

  it("signs demo accounts in with the demo password", async () => {
    const [row] = await a.db.select({ hash: users.passwordHash }).from(users).where(eq(users.email, "manager@timbang.test"));
    expect(await verifyPassword(row?.hash ?? "", "timbang-demo")).toBe(true);
  });
});
