// Contract tests of POST /api/v1/flags: the real handler with Request objects, on a test database.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "../testing";
import { insertPlatform, insertUser } from "../test-fixtures";
import { flagItem, flagItems, snapshotIngestTables } from "../test-flag-items";
import { apiKeys, cases, flags } from "../schema";
import { createApiKey, revokeApiKey } from "../queries/api-keys";
import { recordHit } from "../queries/rate-limits";
import { generateApiKey } from "@/lib/api-keys";
import { apiErrorsSchema, ingestResultSchema } from "@/lib/validation/ingest";
import { createFlagsHandler } from "@/server/api-v1/flags-handler";
import { RATE_LIMITS } from "@/server/rate-limit";

const now = new Date("2025-11-08T03:00:00Z");
let t: TestDatabase;
let key: string;
let keyId: string;
let post: (request: Request) => Promise<Response>;

async function newKey(db: TestDatabase["db"], platformId: string) {
  const admin = await insertUser(db, "admin");
  const k = generateApiKey();
  const { id } = await createApiKey(db, { platformId, label: "test", prefix: k.prefix, hash: k.hash, createdBy: admin.id, now });
  return { key: k.key, id };
}

function request(body: unknown, headers: Record<string, string> = { authorization: `Bearer ${key}` }): Request {
  return new Request("http://localhost/api/v1/flags", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

async function errorsOf(response: Response) {
  return apiErrorsSchema.parse(await response.json()).errors;
}

async function count(table: typeof flags | typeof cases) {
  return (await t.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;
}

beforeEach(async () => {
  t = await createTestDatabase();
  await insertPlatform(t.db, "tokopedia");
  await insertPlatform(t.db, "shopee");
  ({ key, id: keyId } = await newKey(t.db, "tokopedia"));
  post = createFlagsHandler({ db: async () => t.db, now: () => now });
});
afterEach(async () => {
  await t.close();
});

describe("POST /api/v1/flags", () => {
  it("200: stores a batch of 1,000 flags in one request; resending reports 1,000 duplicates and changes no row", async () => {
    const batch = { flags: flagItems(1_000) };
    const first = await post(request(batch));
    expect(first.status).toBe(200);
    expect(ingestResultSchema.parse(await first.json())).toEqual({ accepted: 1_000, duplicates: 0, cases_opened: 1_000, cases_updated: 0 });
    const before = await snapshotIngestTables(t.db);

    const again = await post(request(batch));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ accepted: 0, duplicates: 1_000, cases_opened: 0, cases_updated: 0 });
    expect(await snapshotIngestTables(t.db)).toEqual(before);
  });

  it("400: one bad item among 1,000 writes nothing and names the item and the field", async () => {
    const items = flagItems(1_000);
    items[613] = { ...items[613]!, confidence: 1.7 };
    const response = await post(request({ flags: items }));
    expect(response.status).toBe(400);
    const errors = await errorsOf(response);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ index: 613, path: "confidence" });
    expect(errors[0]!.message).toMatch(/1/);
    expect(await count(flags)).toBe(0);
    expect(await count(cases)).toBe(0);
  });

  it("400: lists every error with its index and path", async () => {
    const a = flagItem(1);
    const b = flagItem(2);
    const response = await post(
      request({
        flags: [
          { ...a, source: "rumour", listing: { ...a.listing, price_idr: -5 } },
          { ...b, observed_at: "yesterday", seller: { ...b.seller, nib: "12" } },
        ],
      }),
    );
    expect(response.status).toBe(400);
    const got = (await errorsOf(response)).map((e) => `${e.index}:${e.path}`).sort();
    expect(got).toEqual(["0:listing.price_idr", "0:source", "1:observed_at", "1:seller.nib"]);
  });

  it("400, not a 503 to retry: text with U+0000, which PostgreSQL cannot store", async () => {
    const a = flagItem(1);
    const response = await post(request({ flags: [{ ...a, note: "a\u0000b", listing: { ...a.listing, title: "Balpres\u0000" } }] }));
    expect(response.status).toBe(400);
    expect((await errorsOf(response)).map((e) => e.path).sort()).toEqual(["listing.title", "note"]);
    expect(await count(flags)).toBe(0);
  });

  it("400: a batch-level problem has a null index", async () => {
    const empty = await errorsOf(await post(request({ flags: [] })));
    expect(empty[0]).toMatchObject({ index: null, path: "flags" });
    const tooMany = await post(request({ flags: flagItems(1_001) }));
    expect(tooMany.status).toBe(400);
    expect((await errorsOf(tooMany))[0]).toMatchObject({ index: null, path: "flags" });
  });

  it("400: the same listing under two shops in one batch", async () => {
    const response = await post(request({ flags: [flagItem(1, { listing: "X", seller: "A" }), flagItem(2, { listing: "X", seller: "B" })] }));
    expect(response.status).toBe(400);
    expect((await errorsOf(response))[0]).toMatchObject({ index: 1, path: "seller.external_id" });
  });

  it("400: malformed JSON, an empty body or invalid UTF-8", async () => {
    for (const body of ['{"flags": [', "", new Uint8Array([0x7b, 0xff, 0x7d])]) {
      const response = await post(
        new Request("http://localhost/api/v1/flags", { method: "POST", headers: { authorization: `Bearer ${key}` }, body }),
      );
      expect(response.status).toBe(400);
      expect((await errorsOf(response))[0]!.index).toBeNull();
    }
    expect(await count(flags)).toBe(0);
  });

  it("401: a missing, malformed, unknown or revoked key, or a staff session cookie", async () => {
    const batch = { flags: [flagItem(1)] };
    const cases401: Record<string, string>[] = [
      {},
      { authorization: "Basic dXNlcjpwYXNz" },
      { authorization: "Bearer not-a-key" },
      { authorization: `Bearer ${generateApiKey().key}` },
      { cookie: "authjs.session-token=whatever" },
    ];
    for (const headers of cases401) {
      const response = await post(request(batch, headers));
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(await errorsOf(response)).toHaveLength(1);
    }
    const admin = await insertUser(t.db, "admin");
    expect(await revokeApiKey(t.db, keyId, { kind: "user", id: admin.id }, now)).toBe(true);
    expect((await post(request(batch))).status).toBe(401);
    expect(await count(flags)).toBe(0);
  });

  it("413: a Content-Length over 5 MB is refused before reading", async () => {
    const response = await post(
      new Request("http://localhost/api/v1/flags", {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-length": String(5 * 1024 * 1024 + 1) },
        body: "{}",
      }),
    );
    expect(response.status).toBe(413);
  });

  it("413: a streamed body over 5 MB without Content-Length is cut off while reading", async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 6) controller.close();
        else {
          sent += 1;
          controller.enqueue(chunk);
        }
      },
    });
    const response = await post(
      new Request("http://localhost/api/v1/flags", {
        method: "POST",
        headers: { authorization: `Bearer ${key}` },
        body: stream,
        duplex: "half",
      } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect(sent).toBeLessThanOrEqual(6);
  });

  it("429: over the per-key limit, with Retry-After; other keys are not affected", async () => {
    const { limit, windowMs } = RATE_LIMITS.ingest;
    const first = new Date(now.getTime() - windowMs + 10_000);
    for (let i = 0; i < limit; i += 1) await recordHit(t.db, "ingest", keyId, first);
    const response = await post(request({ flags: [flagItem(1)] }));
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("10");
    expect(await errorsOf(response)).toHaveLength(1);
    expect(await count(flags)).toBe(0);

    const other = await newKey(t.db, "tokopedia");
    expect((await post(request({ flags: [flagItem(1)] }, { authorization: `Bearer ${other.key}` }))).status).toBe(200);
  });

  it("stores flags under the key's platform and records when the key was used", async () => {
    const shopee = await newKey(t.db, "shopee");
    await post(request({ flags: [flagItem(1)] }, { authorization: `Bearer ${shopee.key}` }));
    const stored = await t.db.select({ platformId: flags.platformId }).from(flags);
    expect(stored).toEqual([{ platformId: "shopee" }]);
    const [row] = await t.db.select({ lastUsedAt: apiKeys.lastUsedAt }).from(apiKeys).where(eq(apiKeys.id, shopee.id));
    expect(row!.lastUsedAt).toEqual(now);
  });

  it("two identical batches sent at once create one set of flags and cases", async () => {
    const batch = { flags: flagItems(200) };
    const responses = await Promise.all([post(request(batch)), post(request(batch))]);
    const bodies = await Promise.all(responses.map((r) => r.json() as Promise<{ accepted: number; duplicates: number; cases_opened: number }>));
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    expect(bodies.reduce((n, b) => n + b.accepted, 0)).toBe(200);
    expect(bodies.reduce((n, b) => n + b.duplicates, 0)).toBe(200);
    expect(bodies.reduce((n, b) => n + b.cases_opened, 0)).toBe(200);
    expect(await count(flags)).toBe(200);
    expect(await count(cases)).toBe(200);
  });
});
