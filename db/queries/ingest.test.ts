import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "../testing";
import { insertPlatform, insertUser } from "../test-fixtures";
import { flagItem, flagItems, snapshotIngestTables as snapshot } from "../test-flag-items";
import { auditEvents, cases, flags, listings, sellers } from "../schema";
import { ingestFlags } from "./ingest";

const now = new Date("2025-11-08T03:00:00Z");
let t: TestDatabase;

beforeEach(async () => {
  t = await createTestDatabase();
  await insertPlatform(t.db, "tokopedia");
  await insertPlatform(t.db, "shopee");
});
afterEach(async () => {
  await t.close();
});

describe("ingestFlags", () => {
  it("opens one case per new listing with priority, sources and a suggested policy", async () => {
    const counts = await ingestFlags(t.db, "tokopedia", flagItems(3), now);
    expect(counts).toEqual({ accepted: 3, duplicates: 0, casesOpened: 3, casesUpdated: 0 });
    const rows = await t.db.select().from(cases);
    expect(rows).toHaveLength(3);
    for (const c of rows) {
      expect(c.state).toBe("open");
      expect(c.openedAt).toEqual(now);
      expect(c.slaDueAt).toEqual(new Date(now.getTime() + 48 * 3_600_000));
      expect(c.flagCount).toBe(1);
      expect(c.flagSources).toEqual(["platform_classifier"]);
      expect(c.suggestedPolicy).toBe("imported_used_clothing_bulk");
      expect(c.priority).toBeGreaterThan(0);
      expect((c.priorityTerms as { key: string }[]).map((term) => term.key)).toContain("signal.import");
    }
    const linked = await t.db.select({ caseId: flags.caseId }).from(flags);
    expect(linked.every((f) => f.caseId !== null)).toBe(true);
  });

  it("a resent batch reports every flag as a duplicate and changes no row", async () => {
    const batch = flagItems(20);
    await ingestFlags(t.db, "tokopedia", batch, now);
    const before = await snapshot(t.db);
    const again = await ingestFlags(t.db, "tokopedia", batch, new Date(now.getTime() + 60_000));
    expect(again).toEqual({ accepted: 0, duplicates: 20, casesOpened: 0, casesUpdated: 0 });
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("folds several flags on one listing into one case and recomputes it", async () => {
    const first = await ingestFlags(t.db, "tokopedia", [flagItem(1, { listing: "X", ref: "a" })], now);
    expect(first.casesOpened).toBe(1);
    const [before] = await t.db.select().from(cases);
    const second = await ingestFlags(
      t.db,
      "tokopedia",
      [flagItem(1, { listing: "X", ref: "b", source: "ministry_directive" }), flagItem(1, { listing: "X", ref: "c", source: "user_report" })],
      now,
    );
    expect(second).toEqual({ accepted: 2, duplicates: 0, casesOpened: 0, casesUpdated: 1 });
    const [after] = await t.db.select().from(cases);
    expect(after!.id).toBe(before!.id);
    expect(after!.flagCount).toBe(3);
    expect(after!.flagSources).toEqual(["ministry_directive", "platform_classifier", "user_report"]);
    expect(after!.priority).toBeGreaterThan(before!.priority);
  });

  it("opens a new case when the listing's earlier case is resolved", async () => {
    await ingestFlags(t.db, "tokopedia", [flagItem(1, { ref: "a" })], now);
    await t.db.update(cases).set({ state: "resolved", resolvedAt: now });
    const counts = await ingestFlags(t.db, "tokopedia", [flagItem(1, { ref: "b" })], now);
    expect(counts.casesOpened).toBe(1);
    expect(await t.db.select().from(cases)).toHaveLength(2);
  });

  it("counts repeats inside one batch as duplicates", async () => {
    const counts = await ingestFlags(t.db, "tokopedia", [flagItem(1), flagItem(1), flagItem(2)], now);
    expect(counts).toEqual({ accepted: 2, duplicates: 1, casesOpened: 2, casesUpdated: 0 });
  });

  it("keeps platforms apart: the same references on another platform are new", async () => {
    await ingestFlags(t.db, "tokopedia", flagItems(2), now);
    const counts = await ingestFlags(t.db, "shopee", flagItems(2), now);
    expect(counts.accepted).toBe(2);
    expect(await t.db.select().from(listings).where(eq(listings.platformId, "shopee"))).toHaveLength(2);
  });

  it("updates listing details from new flags only", async () => {
    await ingestFlags(t.db, "tokopedia", [flagItem(1, { ref: "a", title: "Kemeja lama" })], now);
    await ingestFlags(t.db, "tokopedia", [flagItem(1, { ref: "a", title: "Judul dari kiriman ulang" })], now);
    expect((await t.db.select().from(listings))[0]!.title).toBe("Kemeja lama");
    await ingestFlags(t.db, "tokopedia", [flagItem(1, { ref: "b", title: "Kemeja baru" })], now);
    expect((await t.db.select().from(listings))[0]!.title).toBe("Kemeja baru");
  });

  it("records who ingested in the audit log", async () => {
    const admin = await insertUser(t.db, "admin");
    await ingestFlags(t.db, "tokopedia", flagItems(2), now, { kind: "user", id: admin.id });
    const events = await t.db.select().from(auditEvents).where(eq(auditEvents.actorId, admin.id));
    expect(events.map((e) => e.action).sort()).toEqual(["case.opened", "case.opened", "flags.ingested"]);
  });

  it("takes 1,000 flags in one transaction, quickly", async () => {
    const started = performance.now();
    const counts = await ingestFlags(t.db, "tokopedia", flagItems(1_000), now);
    const ms = performance.now() - started;
    expect(counts).toEqual({ accepted: 1_000, duplicates: 0, casesOpened: 1_000, casesUpdated: 0 });
    expect(ms).toBeLessThan(15_000);
  });

  it("two identical batches at once write one set of flags and cases", async () => {
    const batch = [...flagItems(50), ...flagItems(50, 0).map((i) => ({ ...i, source_reference: `${i.source_reference}-b` }))];
    const results = await Promise.all([ingestFlags(t.db, "tokopedia", batch, now), ingestFlags(t.db, "tokopedia", batch, now)]);
    expect(results.reduce((n, r) => n + r.accepted, 0)).toBe(100);
    expect(results.reduce((n, r) => n + r.duplicates, 0)).toBe(100);
    expect(results.reduce((n, r) => n + r.casesOpened, 0)).toBe(50);
    expect(await t.db.select().from(flags)).toHaveLength(100);
    const all = await t.db.select().from(cases);
    expect(all).toHaveLength(50);
    expect(all.every((c) => c.flagCount === 2)).toBe(true);
    expect(await t.db.select().from(sellers)).toHaveLength(50);
  });

  it("overlapping batches at once fold every flag into one case per listing", async () => {
    const a = flagItems(30).map((i) => ({ ...i, source_reference: `${i.source_reference}-a` }));
    const b = flagItems(30).map((i) => ({ ...i, source_reference: `${i.source_reference}-b`, source: "user_report" as const }));
    await Promise.all([ingestFlags(t.db, "tokopedia", a, now), ingestFlags(t.db, "tokopedia", b, now)]);
    const all = await t.db.select().from(cases);
    expect(all).toHaveLength(30);
    expect(all.every((c) => c.flagCount === 2)).toBe(true);
    expect(all.every((c) => c.flagSources.length === 2)).toBe(true);
  });
});
