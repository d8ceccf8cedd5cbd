import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STATEMENT_EXPORT_FIELDS } from "@/lib/exports/statements";
import type { FlagSource } from "@/lib/moderation";
import { startStatementExport, statementStream } from "@/server/statement-export";
import type { Database } from "../open";
import { accountActions, auditEvents, cases, decisions, escalations, listings, notifications, sellers } from "../schema";
import { createTestDatabase, type TestDatabase } from "../testing";
import { insertCase, insertListing, insertPlatform, insertSeller, insertUser } from "../test-fixtures";
import { wib } from "./dashboard/test-fixture";

const SHOP = "Toko Budi Santoso";
const NIB = "1234567890123";
const URL_ = "https://www.tokopedia.com/budisantoso/kemeja-flanel-bal-korea";
const EXTERNAL = "TKP-99887766";
const SELLER_EXTERNAL = "shop-4455667788";
const PERSONAL = [SHOP, NIB, URL_, EXTERNAL, SELLER_EXTERNAL, "budi@contoh.id", "0812-3456-7890", "budisantoso", "Budi"];

let database: TestDatabase;
let managerId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  (globalThis as { timbangDb?: Promise<Database> }).timbangDb = Promise.resolve(database);
  const { db } = database;
  await insertPlatform(db, "tokopedia");
  await insertPlatform(db, "shopee");
  const moderator = await insertUser(db, "moderator", "moderator.budi@timbang.test");
  const senior = await insertUser(db, "senior_moderator");
  managerId = (await insertUser(db, "manager")).id;
  const seller = await insertSeller(db, "tokopedia");
  await db.update(sellers).set({ shopName: SHOP, nib: NIB, nibVerified: true, externalId: SELLER_EXTERNAL }).where(eq(sellers.id, seller.id));
  const other = await insertSeller(db, "shopee");

  const decide = async (sellerRow: { id: string; platformId: string }, values: Partial<typeof decisions.$inferInsert>, at: string, sources: FlagSource[] = ["keyword_rule"]) => {
    const listing = await insertListing(db, sellerRow.id, sellerRow.platformId);
    await db.update(listings).set({ url: URL_, externalId: `${EXTERNAL}-${listing.id.slice(0, 4)}` }).where(eq(listings.id, listing.id));
    const theCase = await insertCase(db, listing, wib(at));
    await db.update(cases).set({ flagSources: sources }).where(eq(cases.id, theCase.id));
    const [row] = await db
      .insert(decisions)
      .values({ caseId: theCase.id, sellerId: sellerRow.id, platformId: sellerRow.platformId, kind: "clear", listingSnapshot: { shop: SHOP }, authorId: moderator.id, createdAt: wib(at), ...values })
      .returning();
    return row!;
  };
  const facts = `Produk "Kemeja flanel bal Korea" dari ${SHOP} (NIB ${NIB}, ${URL_}) dijual 300 pcs. Hubungi budi@contoh.id atau 0812-3456-7890. Ref ${SELLER_EXTERNAL}.`;
  // Two takedowns at the very same moment (the cursor must break the tie), a warning without a
  // stored statement, and decisions that carry no statement of reasons (clear, request_info).
  await decide(seller, { kind: "takedown", policyCode: "imported_used_clothing_bulk", points: 24, statementLocale: "id", statement: { locale: "id", facts, ground: { legal_ground: "UU 7/2014 Pasal 47 ayat (1)", explanation: "Pakaian bekas impor dilarang." }, source_type: "authority_order", automated_detection: false } }, "2026-11-02 10:00", ["ministry_directive", "keyword_rule"]);
  await decide(seller, { kind: "takedown", policyCode: "imported_used_clothing_retail", points: 12, reversedAt: wib("2026-11-05 10:00") }, "2026-11-02 10:00");
  await decide(other, { kind: "warn", policyCode: "misleading_listing" }, "2026-11-03 10:00", ["user_report"]);
  await decide(seller, { kind: "clear", clearReason: "cleared_jastip" }, "2026-11-03 11:00");
  await decide(seller, { kind: "request_info", infoDeadline: wib("2026-11-06 11:00"), sellerMessage: `Kirim nota ke ${SHOP}` }, "2026-11-03 11:00");
  await decide(seller, { kind: "takedown", policyCode: "circumvention", points: 12 }, "2026-10-20 10:00"); // before the period
  // An account action for the same seller.
  await db.insert(notifications).values({ sellerId: seller.id, kind: "ladder_warning", createdAt: wib("2026-11-01 08:00") });
  const [esc] = await db.insert(escalations).values({ sellerId: seller.id, platformId: "tokopedia", action: "suspend", durationDays: 28, rationale: `Bal dari ${SHOP}`, proposerId: moderator.id, createdAt: wib("2026-11-03 08:00") }).returning();
  await db.update(escalations).set({ state: "approved", reviewerId: senior.id, reviewedAt: wib("2026-11-04 08:00") }).where(eq(escalations.id, esc!.id));
  await db.insert(accountActions).values({ escalationId: esc!.id, sellerId: seller.id, platformId: "tokopedia", kind: "suspend", startsAt: wib("2026-11-04 08:00"), endsAt: wib("2026-12-02 08:00"), createdAt: wib("2026-11-04 08:00"), statement: { locale: "id", facts: `Akun ${SHOP} melanggar berulang kali.`, ground: { type: "ILLEGAL_CONTENT", policies: [{ legal_ground: "UU 7/2014 Pasal 47." }, { legal_ground: "UU 7/2014 Pasal 47." }, { legal_ground: "PP 80/2019." }], explanation: "Pelanggaran berulang." }, flag_sources: ["user_report"], automated_detection: false } });
});
afterAll(async () => {
  delete (globalThis as { timbangDb?: Promise<Database> }).timbangDb;
  await database.close();
});

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}
const november = { from: wib("2026-11-01 00:00"), to: wib("2026-12-01 00:00"), platformId: null };

describe("statement-of-reasons export", () => {
  it("streams one JSON line per statement with exactly the documented fields, in batches", async () => {
    const lines = (await text(statementStream(database.db, november, "jsonl", 2))).trim().split("\n");
    expect(lines).toHaveLength(4);
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const record of records) {
      expect(Object.keys(record)).toEqual([...STATEMENT_EXPORT_FIELDS]);
      expect(record.puid).toMatch(/^[0-9a-f-]{36}$/);
      expect(["CONTENT_REMOVED", "OTHER", null]).toContain(record.decision_visibility);
      expect(["SUSPENDED", "TERMINATED", null]).toContain(record.decision_account);
      expect(record.decision_ground).toBe("ILLEGAL_CONTENT");
      expect(record.category).toBe("UNSAFE_AND_PROHIBITED_PRODUCTS");
      expect(record.content_type).toBe("PRODUCT");
      expect(["AUTHORITY_ORDER", "TRUSTED_FLAGGER", "NOTICE", "VOLUNTARY"]).toContain(record.source_type);
      expect(["Yes", "No"]).toContain(record.automated_detection);
      expect(record.automated_decision).toBe("NOT_AUTOMATED");
      expect(Number.isNaN(Date.parse(String(record.application_date)))).toBe(false);
      expect(typeof record.illegal_content_legal_ground).toBe("string");
    }
    expect(new Set(records.map((r) => r.puid)).size).toBe(4);
    // The two takedowns share a timestamp; their order is by id.
    const first = records.find((r) => r.policy_code === "imported_used_clothing_bulk");
    const second = records.find((r) => r.policy_code === "imported_used_clothing_retail");
    const [warn, action] = records.slice(2);
    expect(first).toMatchObject({ decision_visibility: "CONTENT_REMOVED", source_type: "AUTHORITY_ORDER", automated_detection: "No", policy_code: "imported_used_clothing_bulk", strike_points: 24, illegal_content_legal_ground: "UU 7/2014 Pasal 47 ayat (1)" });
    expect(first!.decision_facts).toBe(
      'Produk "Kemeja flanel bal Korea" dari [redacted] (NIB [redacted], [redacted]) dijual 300 pcs. Hubungi [redacted] atau [redacted]. Ref [redacted].',
    );
    expect(second).toMatchObject({ source_type: "VOLUNTARY", automated_detection: "Yes", reversed_date: "2026-11-05T03:00:00.000Z" });
    expect(warn).toMatchObject({ platform_name: "Shopee", decision_visibility: "OTHER", decision_visibility_other: "LISTING_CORRECTION_REQUIRED", source_type: "NOTICE", strike_points: 0 });
    expect(action).toMatchObject({
      decision_account: "SUSPENDED",
      end_date_account_restriction: "2026-12-02T01:00:00.000Z",
      decision_facts: "Akun [redacted] melanggar berulang kali.",
      illegal_content_legal_ground: "UU 7/2014 Pasal 47. PP 80/2019.",
      illegal_content_explanation: "Pelanggaran berulang.",
      source_type: "NOTICE",
    });
  });

  it("contains no personal data, in JSON Lines or CSV", async () => {
    for (const format of ["jsonl", "csv"] as const) {
      const out = (await text(statementStream(database.db, november, format))).toLowerCase();
      for (const secret of PERSONAL) expect(out).not.toContain(secret.toLowerCase());
      expect(out).not.toContain("moderator.budi");
    }
  });

  it("writes CSV with the field names as header and one row per statement", async () => {
    const csv = await text(statementStream(database.db, { ...november, platformId: "tokopedia" }, "csv"));
    const rows = csv.trimEnd().split("\r\n");
    expect(rows[0]).toBe(STATEMENT_EXPORT_FIELDS.join(","));
    expect(rows).toHaveLength(1 + 3);
    expect(rows[1]).toContain(",PROHIBITED_PRODUCTS,CONTENT_REMOVED,");
  });

  it("is audited and rate limited per user", async () => {
    const query = { from: "2026-11-01", to: "2026-11-30", format: "jsonl" as const };
    const started = await startStatementExport(database.db, managerId, query);
    expect(started.ok).toBe(true);
    if (started.ok) expect((await text(started.stream)).trim().split("\n")).toHaveLength(4);
    const audits = await database.db.select().from(auditEvents).where(eq(auditEvents.action, "export.statements"));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorKind: "user", actorId: managerId, data: { from: "2026-11-01", to: "2026-11-30", platform: null, format: "jsonl" } });
    expect(await startStatementExport(database.db, managerId, { ...query, platform: "ebay" })).toEqual({ ok: false, status: 400, error: "unknownPlatform" });
    await database.db.execute(sql`insert into rate_limit_hits (bucket, key, at) select 'export', ${managerId}, now() from generate_series(1, 29)`);
    const limited = await startStatementExport(database.db, managerId, query);
    expect(limited).toMatchObject({ ok: false, status: 429, error: "rateLimited" });
  });
});
