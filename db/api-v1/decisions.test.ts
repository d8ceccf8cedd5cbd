// Contract tests of GET /api/v1/decisions: the real handler with Request objects, on a test database.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "../testing";
import { insertPlatform, insertUser } from "../test-fixtures";
import { flagItem } from "../test-flag-items";
import { accountActions, appeals, cases, decisions, escalations, notifications } from "../schema";
import type { Db } from "../open";
import { createApiKey } from "../queries/api-keys";
import { ingestFlags } from "../queries/ingest";
import { recordHit } from "../queries/rate-limits";
import { generateApiKey } from "@/lib/api-keys";
import type { DecisionKind } from "@/lib/moderation";
import { apiErrorsSchema, feedPageSchema, type FeedEntry } from "@/lib/validation/ingest";
import { createDecisionsHandler } from "@/server/api-v1/decisions-handler";
import { RATE_LIMITS } from "@/server/rate-limit";

const now = new Date("2025-11-08T03:00:00Z");
let t: TestDatabase;
let author: { id: string };
let keys: Record<"tokopedia" | "shopee", string>;
let keyIds: Record<"tokopedia" | "shopee", string>;
const get = createDecisionsHandler({ db: async () => t.db, now: () => now });

async function read(query = "", platform: keyof typeof keys = "tokopedia") {
  const response = await get(
    new Request(`http://localhost/api/v1/decisions${query}`, { headers: { authorization: `Bearer ${keys[platform]}` } }),
  );
  return response;
}

async function page(query = "", platform: keyof typeof keys = "tokopedia") {
  const response = await read(query, platform);
  expect(response.status).toBe(200);
  return feedPageSchema.parse(await response.json());
}

/**
 * The feed serves rows only up to the oldest write transaction still running in the whole
 * PostgreSQL cluster; on a shared server another test's open transaction can hold entries back for
 * a moment. Read until `n` entries are there (or give up after 15 s), as a polling client would.
 */
async function pageWith(n: number, query = "", platform: keyof typeof keys = "tokopedia") {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const body = await page(query, platform);
    if (body.entries.length >= n || Date.now() > deadline) return body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A case on a listing with external id `listing`, opened through the ingest path. */
async function caseFor(db: Db, platformId: string, listing: string, seller = `S-${listing}`) {
  await ingestFlags(db, platformId, [flagItem(0, { listing, seller, ref: `ref-${listing}-${Math.random()}` })], now);
  const [c] = await db.select().from(cases).where(eq(cases.platformId, platformId)).orderBy(cases.number);
  const all = await db.select().from(cases).where(eq(cases.platformId, platformId));
  return all.at(-1) ?? c!;
}

async function decide(db: Db, c: { id: string; sellerId: string; platformId: string }, kind: DecisionKind) {
  const [row] = await db
    .insert(decisions)
    .values({
      caseId: c.id,
      sellerId: c.sellerId,
      platformId: c.platformId,
      kind,
      policyCode: kind === "takedown" || kind === "warn" ? "imported_used_clothing_bulk" : null,
      clearReason: kind === "clear" ? "cleared_local_preloved" : null,
      points: kind === "takedown" ? 24 : 0,
      infoDeadline: kind === "request_info" ? new Date(now.getTime() + 7 * 86_400_000) : null,
      listingSnapshot: {},
      authorId: author.id,
    })
    .returning();
  return row!;
}

async function suspend(db: Db, sellerId: string, platformId: string) {
  const reviewer = await insertUser(db, "senior_moderator");
  await db.insert(notifications).values({ sellerId, kind: "ladder_warning", createdAt: new Date(now.getTime() - 86_400_000) });
  const [esc] = await db
    .insert(escalations)
    .values({ sellerId, platformId, action: "suspend", durationDays: 28, rationale: "r", proposerId: author.id })
    .returning();
  await db.update(escalations).set({ state: "approved", reviewerId: reviewer.id, reviewedAt: now }).where(eq(escalations.id, esc!.id));
  const [action] = await db
    .insert(accountActions)
    .values({ escalationId: esc!.id, sellerId, platformId, kind: "suspend", startsAt: now, endsAt: new Date(now.getTime() + 28 * 86_400_000) })
    .returning();
  return action!;
}

beforeEach(async () => {
  t = await createTestDatabase();
  await insertPlatform(t.db, "tokopedia");
  await insertPlatform(t.db, "shopee");
  author = await insertUser(t.db, "moderator");
  const admin = await insertUser(t.db, "admin");
  const made = await Promise.all(
    (["tokopedia", "shopee"] as const).map(async (platformId) => {
      const k = generateApiKey();
      const { id } = await createApiKey(t.db, { platformId, label: platformId, prefix: k.prefix, hash: k.hash, createdBy: admin.id, now });
      return [platformId, k.key, id] as const;
    }),
  );
  keys = Object.fromEntries(made.map(([p, k]) => [p, k])) as typeof keys;
  keyIds = Object.fromEntries(made.map(([p, , id]) => [p, id])) as typeof keyIds;
});
afterEach(async () => {
  await t.close();
});

describe("GET /api/v1/decisions", () => {
  it("200: decisions of every kind, reinstatements and account actions, oldest first, with the platform's own ids", async () => {
    const kinds: DecisionKind[] = ["takedown", "warn", "clear", "request_info"];
    const made = [];
    for (const kind of kinds) {
      const c = await caseFor(t.db, "tokopedia", `L-${kind}`);
      made.push(await decide(t.db, c, kind));
    }
    await t.db.update(decisions).set({ reversedAt: now }).where(eq(decisions.id, made[0]!.id));
    const action = await suspend(t.db, made[0]!.sellerId, "tokopedia");
    await t.db.update(accountActions).set({ liftedAt: now, liftedReason: "appeal granted" }).where(eq(accountActions.id, action.id));

    const body = await pageWith(7);
    expect(body.has_more).toBe(false);
    expect(body.entries.map((e) => e.type)).toEqual([
      "decision",
      "decision",
      "decision",
      "decision",
      "reinstatement",
      "account_action",
      "account_action_lifted",
    ]);
    const [takedown, warn, clear, info, reinstated, suspended, lifted] = body.entries as FeedEntry[];
    expect(takedown).toMatchObject({
      listing: { external_id: "L-takedown" },
      seller: { external_id: "S-L-takedown" },
      listing_action: "remove",
      decision: { id: made[0]!.id, kind: "takedown", policy_code: "imported_used_clothing_bulk" },
    });
    expect(warn).toMatchObject({ listing_action: "fix" });
    expect(clear).toMatchObject({ listing_action: "none", decision: { clear_reason: "cleared_local_preloved" } });
    expect(info).toMatchObject({ listing_action: "none", decision: { kind: "request_info" } });
    expect(info!.type === "decision" && info!.decision.info_deadline).toBeTruthy();
    expect(reinstated).toMatchObject({ listing: { external_id: "L-takedown" }, listing_action: "restore", decision: { id: made[0]!.id } });
    expect(suspended).toMatchObject({ seller: { external_id: "S-L-takedown" }, account_action: { kind: "suspend", id: action.id } });
    expect(lifted).toMatchObject({ account_action: { lifted_at: now.toISOString() } });
    expect(new Set(body.entries.map((e) => e.id)).size).toBe(7);
  });

  it("a key of one platform never sees another platform's entries", async () => {
    const toko = await caseFor(t.db, "tokopedia", "T1");
    const shop = await caseFor(t.db, "shopee", "P1");
    await decide(t.db, toko, "takedown");
    await decide(t.db, shop, "clear");
    await suspend(t.db, toko.sellerId, "tokopedia");
    const tokoPage = await pageWith(2);
    const shopeePage = await pageWith(1, "", "shopee");
    expect(tokoPage.entries.map((e) => e.seller.external_id)).toEqual(["S-T1", "S-T1"]);
    expect(shopeePage.entries.map((e) => e.seller.external_id)).toEqual(["S-P1"]);
    // Even with the other platform's cursor.
    const foreign = await page(`?cursor=${tokoPage.next_cursor}`, "shopee");
    expect(foreign.entries).toEqual([]);
  });

  it("pages with a stable cursor: no gaps or repeats while new decisions arrive", async () => {
    const seen: string[] = [];
    const expected: string[] = [];
    let cursor: string | null = null;
    for (let round = 0; round < 6; round += 1) {
      for (let i = 0; i < 3; i += 1) {
        const c = await caseFor(t.db, "tokopedia", `R${round}-${i}`);
        expected.push((await decide(t.db, c, i === 1 ? "clear" : "takedown")).id);
      }
      const body: Awaited<ReturnType<typeof page>> = await page(`?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      for (const e of body.entries) if (e.type === "decision") seen.push(e.decision.id);
      cursor = body.next_cursor;
    }
    const deadline = Date.now() + 15_000;
    while (seen.length < expected.length && Date.now() < deadline) {
      const body: Awaited<ReturnType<typeof page>> = await page(`?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      for (const e of body.entries) if (e.type === "decision") seen.push(e.decision.id);
      cursor = body.next_cursor;
    }
    expect(seen).toEqual(expected);
    // Polling at the end returns nothing and keeps the cursor.
    const tail = await page(`?cursor=${cursor}`);
    expect(tail.entries).toEqual([]);
    expect(tail.next_cursor).toBe(cursor);
  });

  it("a reinstatement arrives later as its own entry; the original decision stays where it was", async () => {
    const c = await caseFor(t.db, "tokopedia", "X");
    const d = await decide(t.db, c, "takedown");
    const first = await pageWith(1);
    expect(first.entries.map((e) => e.type)).toEqual(["decision"]);
    await t.db.update(decisions).set({ reversedAt: now }).where(eq(decisions.id, d.id));
    const next = await pageWith(1, `?cursor=${first.next_cursor}`);
    expect(next.entries.map((e) => e.type)).toEqual(["reinstatement"]);
    expect((await pageWith(2)).entries.map((e) => e.type)).toEqual(["decision", "reinstatement"]);
  });

  it("a partly granted appeal arrives as points_revoked: the listing stays down", async () => {
    const c = await caseFor(t.db, "tokopedia", "P");
    const d = await decide(t.db, c, "takedown");
    const reviewer = await insertUser(t.db, "moderator");
    await t.db.insert(appeals).values({
      sellerId: c.sellerId,
      platformId: c.platformId,
      subject: "decision",
      decisionId: d.id,
      explanation: "Stok lokal.",
      goodFaithDeclared: true,
      filedBy: author.id,
      dueAt: now,
    });
    await t.db.update(appeals).set({ state: "partial", reviewerId: reviewer.id, decidedAt: now, outcomeReason: "Poin dicabut." }).where(eq(appeals.decisionId, d.id));
    const body = await pageWith(2);
    expect(body.entries.map((e) => e.type)).toEqual(["decision", "points_revoked"]);
    expect(body.entries[1]).toMatchObject({ listing_action: "none", decision: { id: d.id, kind: "takedown" }, listing: { external_id: "P" } });
  });

  it("an empty feed answers 200 with no entries and a null cursor", async () => {
    expect(await page()).toEqual({ entries: [], next_cursor: null, has_more: false });
  });

  it("400: a bad cursor or limit", async () => {
    for (const query of ["?cursor=!!!", "?cursor=Zm9vYmFy", "?limit=0", "?limit=501", "?limit=abc", "?limit=1.5"]) {
      const response = await read(query);
      expect(response.status, query).toBe(400);
      const errors = apiErrorsSchema.parse(await response.json()).errors;
      expect(errors[0]!.path).toMatch(/^(cursor|limit)$/);
    }
    expect((await read("?limit=500")).status).toBe(200);
  });

  it("401: no key, an unknown key or only a session cookie", async () => {
    for (const headers of [{}, { authorization: `Bearer ${generateApiKey().key}` }, { cookie: "authjs.session-token=x" }] as Record<string, string>[]) {
      const response = await get(new Request("http://localhost/api/v1/decisions", { headers }));
      expect(response.status).toBe(401);
    }
  });

  it("429: over the per-key limit, with Retry-After", async () => {
    const { limit } = RATE_LIMITS.decisionsFeed;
    for (let i = 0; i < limit; i += 1) await recordHit(t.db, "decisionsFeed", keyIds.tokopedia, now);
    const response = await read();
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBe(60);
    expect((await read("", "shopee")).status).toBe(200);
  });

  it.runIf(process.env.DATABASE_URL)("a decision that commits late is not skipped by a cursor that moved past a later one", async () => {
    const early = await caseFor(t.db, "tokopedia", "EARLY");
    const late = await caseFor(t.db, "tokopedia", "LATE");
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const insertedYet = new Promise<void>((resolve) => (inserted = resolve));
    // Transaction A takes a feed id first but commits last.
    const slow = t.db.transaction(async (tx) => {
      await decide(tx, early, "takedown");
      inserted();
      await gate;
    });
    await insertedYet;
    const fast = await decide(t.db, late, "takedown");

    const during = await page();
    expect(during.entries).toEqual([]); // held back until A finishes, not served out of order
    release();
    await slow;
    const after = await pageWith(2);
    expect(after.entries.map((e) => e.type === "decision" && e.decision.id)).toEqual([
      expect.any(String),
      fast.id,
    ]);
    expect(after.entries).toHaveLength(2);
  });
});
