import { describe, expect, it } from "vitest";
import { validate } from "@readme/openapi-parser";
import { Ajv2020 } from "ajv/dist/2020.js";
import { feedPageSchema, flagBatchSchema, ingestResultSchema } from "@/lib/validation/ingest";
import { flagItem } from "@/db/test-flag-items";
import { buildOpenApiDocument } from "./openapi";
import { DECISIONS_STATUSES } from "./decisions-handler";
import { FLAGS_STATUSES } from "./flags-handler";

const doc = buildOpenApiDocument();
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema(doc as object, "doc");
const schemaFor = (name: string) => ajv.getSchema(`doc#/components/schemas/${name}`)!;

const good = { flags: [flagItem(1), flagItem(2)] };
const item = flagItem(3);
const BATCHES: [string, unknown][] = [
  ["valid", good],
  ["minimal", { flags: [{ ...item, confidence: undefined, note: undefined, listing: { ...item.listing, image_urls: undefined }, seller: { ...item.seller, umkm_tier: undefined } }] }],
  ["nulls for optional fields", { flags: [{ ...item, confidence: null, note: null }] }],
  ["empty", { flags: [] }],
  ["no flags", {}],
  ["unknown top-level key", { ...good, extra: 1 }],
  ["unknown item key", { flags: [{ ...item, confidance: 0.5 }] }],
  ["confidence above 1", { flags: [{ ...item, confidence: 1.5 }] }],
  ["negative price", { flags: [{ ...item, listing: { ...item.listing, price_idr: -1 } }] }],
  ["fractional stock", { flags: [{ ...item, listing: { ...item.listing, stock: 1.5 } }] }],
  ["bad source", { flags: [{ ...item, source: "rumour" }] }],
  ["bad reason", { flags: [{ ...item, reason: "looks_bad" }] }],
  ["bad tier", { flags: [{ ...item, seller: { ...item.seller, umkm_tier: "raksasa" } }] }],
  ["bad nib", { flags: [{ ...item, seller: { ...item.seller, nib: "12345" } }] }],
  ["good nib", { flags: [{ ...item, seller: { ...item.seller, nib: "1234567890123" } }] }],
  ["date without offset", { flags: [{ ...item, observed_at: "2025-11-07T10:55:00" }] }],
  ["missing title", { flags: [{ ...item, listing: { ...item.listing, title: undefined } }] }],
  ["too many", { flags: Array.from({ length: 1_001 }, (_, i) => flagItem(i)) }],
];

describe("OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    expect(doc.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
    // …and the validator does reject a broken one.
    expect((await validate({ openapi: "3.1.0", info: { title: "x" }, paths: {} } as never)).valid).toBe(false);
  });

  it("documents exactly the status codes the handlers answer with", () => {
    expect(Object.keys(doc.paths!["/api/v1/flags"]!.post!.responses!).sort()).toEqual([...FLAGS_STATUSES].sort());
    expect(Object.keys(doc.paths!["/api/v1/decisions"]!.get!.responses!).sort()).toEqual([...DECISIONS_STATUSES].sort());
  });

  it("documents the limit query parameter as an integer from 1 to 500", () => {
    const limit = doc.paths!["/api/v1/decisions"]!.get!.parameters!.find((p) => "name" in p && p.name === "limit");
    expect(limit && "schema" in limit ? limit.schema : null).toMatchObject({ type: "integer", minimum: 1, maximum: 500 });
  });

  for (const [name, body] of BATCHES) {
    it(`accepts or rejects a batch exactly as the handler's schema does: ${name}`, () => {
      const json = JSON.parse(JSON.stringify(body)) as unknown;
      expect(schemaFor("FlagBatch")(json)).toBe(flagBatchSchema.safeParse(json).success);
    });
  }

  it("describes the responses the handlers send", () => {
    const result = { accepted: 1, duplicates: 2, cases_opened: 1, cases_updated: 0 };
    expect(ingestResultSchema.parse(result)).toEqual(result);
    expect(schemaFor("IngestResult")(result)).toBe(true);
    expect(schemaFor("IngestResult")({ ...result, extra: 1 })).toBe(false);
    const page = {
      entries: [
        {
          id: "1",
          type: "decision",
          occurred_at: "2025-11-08T03:00:00.000Z",
          seller: { external_id: "S-1" },
          listing: { external_id: "L-1" },
          listing_action: "remove",
          decision: {
            id: "7f8f5a52-9a4c-4a8e-9d53-0d1f3c8b8f10",
            kind: "takedown",
            policy_code: "imported_used_clothing_bulk",
            clear_reason: null,
            info_deadline: null,
            appeal_deadline: "2025-12-08T03:00:00.000Z",
          },
        },
        {
          id: "2",
          type: "account_action",
          occurred_at: "2025-11-09T03:00:00.000Z",
          seller: { external_id: "S-1" },
          account_action: {
            id: "1f8f5a52-9a4c-4a8e-9d53-0d1f3c8b8f10",
            kind: "suspend",
            starts_at: "2025-11-09T03:00:00.000Z",
            ends_at: "2025-12-07T03:00:00.000Z",
            lifted_at: null,
          },
        },
      ],
      next_cursor: "djEuMS4y",
      has_more: false,
    };
    expect(feedPageSchema.safeParse(page).success).toBe(true);
    expect(schemaFor("FeedPage")(page)).toBe(true);
    const broken = { ...page, entries: [{ ...page.entries[0], type: "nonsense" }] };
    expect(feedPageSchema.safeParse(broken).success).toBe(false);
    expect(schemaFor("FeedPage")(broken)).toBe(false);
  });
});
