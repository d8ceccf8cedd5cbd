// The platform API contract (issue 7): one set of zod schemas that the route handlers parse with
// and that the OpenAPI document at /api/v1/openapi.json is generated from. The JSON names are
// fixed snake_case because outside systems depend on them.

import { z } from "zod";
import {
  ACCOUNT_ACTION_KINDS,
  CLEAR_REASONS,
  DECISION_KINDS,
  FLAG_SOURCES,
  POLICY_CODES,
  UMKM_TIERS,
} from "@/lib/moderation";

export const MAX_BATCH_ITEMS = 1_000;
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
export const FEED_DEFAULT_LIMIT = 100;
export const FEED_MAX_LIMIT = 500;

export const TEXT_LIMITS = {
  externalId: 200,
  url: 2_000,
  title: 500,
  description: 10_000,
  category: 200,
  imageUrls: 20,
  shopName: 200,
  province: 100,
  sourceReference: 200,
  note: 2_000,
} as const;

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(TEXT_LIMITS.url);
// PostgreSQL stores no U+0000 in text: such a batch could never be written, so it is a 400 (fix
// the data), not a 503 (retry).
const NO_NUL = /^[^\u0000]*$/;
const text = (max: number) => z.string().max(max).regex(NO_NUL, "must not contain U+0000 (NUL)");
const requiredText = (max: number) => z.string().trim().min(1).max(max).regex(NO_NUL, "must not contain U+0000 (NUL)");

export const listingInputSchema = z
  .strictObject({
    external_id: requiredText(TEXT_LIMITS.externalId).meta({ description: "The platform's own listing id." }),
    url: httpUrl,
    title: requiredText(TEXT_LIMITS.title),
    description: text(TEXT_LIMITS.description),
    price_idr: z.int().min(0).max(Number.MAX_SAFE_INTEGER).meta({ description: "Price in whole rupiah." }),
    stock: z.int().min(0).max(10_000_000),
    category: z.string().trim().max(TEXT_LIMITS.category).regex(NO_NUL, "must not contain U+0000 (NUL)"),
    image_urls: z.array(httpUrl).max(TEXT_LIMITS.imageUrls).nullish(),
  })
  .meta({ id: "FlagListing", description: "The listing as the platform sees it now." });

export const sellerInputSchema = z
  .strictObject({
    external_id: requiredText(TEXT_LIMITS.externalId).meta({ description: "The platform's own shop id." }),
    shop_name: requiredText(TEXT_LIMITS.shopName),
    province: requiredText(TEXT_LIMITS.province),
    umkm_tier: z.enum(UMKM_TIERS).nullish(),
    nib: z
      .string()
      .regex(/^[0-9]{13}$/, "must be 13 digits")
      .nullish()
      .meta({ description: "Nomor Induk Berusaha (13 digits), when the shop has one." }),
  })
  .meta({ id: "FlagSeller" });

export const flagItemSchema = z
  .strictObject({
    listing: listingInputSchema,
    seller: sellerInputSchema,
    source: z.enum(FLAG_SOURCES),
    source_reference: requiredText(TEXT_LIMITS.sourceReference).meta({
      description: "Your id for this flag. (platform, source, source_reference) is unique: a resent flag is a duplicate.",
    }),
    reason: z.enum(POLICY_CODES).meta({ description: "The suspected policy." }),
    confidence: z.number().min(0).max(1).nullish().meta({ description: "Classifier confidence, 0 to 1." }),
    note: text(TEXT_LIMITS.note).nullish(),
    observed_at: z.iso.datetime({ offset: true }).meta({
      description: "When the flag was raised, ISO 8601 with a UTC offset.",
      example: "2025-11-07T10:55:00+07:00",
    }),
  })
  .meta({ id: "FlagItem" });

export const flagBatchSchema = z
  .strictObject({
    flags: z.array(flagItemSchema).min(1).max(MAX_BATCH_ITEMS),
  })
  .superRefine((batch, ctx) => {
    // One listing belongs to one shop: the same listing under two shops in one batch is an error.
    const sellerOf = new Map<string, { seller: string; index: number }>();
    batch.flags.forEach((item, index) => {
      const seen = sellerOf.get(item.listing.external_id);
      if (!seen) sellerOf.set(item.listing.external_id, { seller: item.seller.external_id, index });
      else if (seen.seller !== item.seller.external_id) {
        ctx.addIssue({
          code: "custom",
          path: ["flags", index, "seller", "external_id"],
          message: `listing ${item.listing.external_id} was sent with seller ${seen.seller} at index ${seen.index}`,
        });
      }
    });
  })
  .meta({ id: "FlagBatch", description: "1 to 1,000 flags. The platform is the API key's." });

export type FlagItem = z.infer<typeof flagItemSchema>;
export type FlagBatch = z.infer<typeof flagBatchSchema>;

export const ingestResultSchema = z
  .strictObject({
    accepted: z.int().min(0).meta({ description: "New flags stored." }),
    duplicates: z.int().min(0).meta({ description: "Flags already stored (same source and source_reference)." }),
    cases_opened: z.int().min(0),
    cases_updated: z.int().min(0).meta({ description: "Open cases that new flags were folded into." }),
  })
  .meta({ id: "IngestResult" });
export type IngestResult = z.infer<typeof ingestResultSchema>;

export const apiErrorSchema = z
  .strictObject({
    index: z.int().min(0).nullable().meta({ description: "The item in `flags`, or null for the request as a whole." }),
    path: z.string().meta({ description: "The field inside the item (dot-separated), or the request field.", example: "listing.price_idr" }),
    message: z.string(),
  })
  .meta({ id: "ApiError" });
export const apiErrorsSchema = z.strictObject({ errors: z.array(apiErrorSchema).min(1) }).meta({ id: "ApiErrors" });
export type ApiError = z.infer<typeof apiErrorSchema>;

/** Every issue of a failed parse as {index, path, message}; the index is the item in `flags`. */
export function toApiErrors(error: z.ZodError, listKey = "flags"): ApiError[] {
  return error.issues.map((issue) => {
    const path = [...issue.path];
    let index: number | null = null;
    if (path[0] === listKey && typeof path[1] === "number") {
      index = path[1];
      path.splice(0, 2);
    }
    return { index, path: path.map(String).join("."), message: issue.message };
  });
}

// ---- GET /api/v1/decisions ----

export const feedQuerySchema = z.object({
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,200}$/, "is not a cursor from this feed")
    .optional()
    .meta({ description: "`next_cursor` of the previous page; omit to start from the beginning." }),
  limit: z
    .string()
    .regex(/^[0-9]{1,4}$/, `must be a whole number from 1 to ${FEED_MAX_LIMIT}`)
    .refine((v) => Number(v) >= 1 && Number(v) <= FEED_MAX_LIMIT, `must be a whole number from 1 to ${FEED_MAX_LIMIT}`)
    .optional()
    .meta({
      description: `Entries per page, 1 to ${FEED_MAX_LIMIT} (default ${FEED_DEFAULT_LIMIT}).`,
      // A query string is text on the wire; documented as the integer it must spell.
      override: { type: "integer", minimum: 1, maximum: FEED_MAX_LIMIT, default: FEED_DEFAULT_LIMIT, pattern: undefined },
    }),
});

const at = z.iso.datetime({ offset: true });
const listingRef = z.strictObject({ external_id: z.string() }).meta({ id: "FeedListing" });
const sellerRef = z.strictObject({ external_id: z.string() }).meta({ id: "FeedSeller" });
const entryBase = {
  id: z.string().meta({ description: "Unique id of this feed entry." }),
  occurred_at: at,
  seller: sellerRef,
};

export const LISTING_ACTIONS = ["remove", "fix", "restore", "none"] as const;

const decisionEntry = z
  .strictObject({
    ...entryBase,
    type: z.literal("decision"),
    listing: listingRef,
    listing_action: z.enum(LISTING_ACTIONS).meta({ description: "What the platform should do with the listing." }),
    decision: z.strictObject({
      id: z.uuid(),
      kind: z.enum(DECISION_KINDS),
      policy_code: z.enum(POLICY_CODES).nullable(),
      clear_reason: z.enum(CLEAR_REASONS).nullable(),
      info_deadline: at.nullable(),
      appeal_deadline: at.nullable(),
    }),
  })
  .meta({ id: "DecisionEntry", description: "A moderator's decision on a listing case." });

const reinstatementEntry = z
  .strictObject({
    ...entryBase,
    type: z.literal("reinstatement"),
    listing: listingRef,
    listing_action: z.literal("restore"),
    decision: z.strictObject({ id: z.uuid(), kind: z.enum(DECISION_KINDS) }),
  })
  .meta({ id: "ReinstatementEntry", description: "A decision reversed after a granted appeal: restore the listing." });

const pointsRevokedEntry = z
  .strictObject({
    ...entryBase,
    type: z.literal("points_revoked"),
    listing: listingRef,
    listing_action: z.literal("none"),
    decision: z.strictObject({ id: z.uuid(), kind: z.enum(DECISION_KINDS) }),
  })
  .meta({
    id: "PointsRevokedEntry",
    description: "A partly granted appeal: the takedown stays, but the strike points of the decision are revoked. Take them off the shop's ladder.",
  });

const accountAction = z.strictObject({
  id: z.uuid(),
  kind: z.enum(ACCOUNT_ACTION_KINDS),
  starts_at: at,
  ends_at: at.nullable().meta({ description: "Null for a permanent block." }),
  lifted_at: at.nullable(),
});

const accountActionEntry = z
  .strictObject({ ...entryBase, type: z.literal("account_action"), account_action: accountAction })
  .meta({ id: "AccountActionEntry", description: "A restriction, suspension or block of the shop." });

const accountActionLiftedEntry = z
  .strictObject({ ...entryBase, type: z.literal("account_action_lifted"), account_action: accountAction })
  .meta({ id: "AccountActionLiftedEntry", description: "An account action lifted early (e.g. a granted appeal)." });

export const feedEntrySchema = z
  .discriminatedUnion("type", [decisionEntry, reinstatementEntry, pointsRevokedEntry, accountActionEntry, accountActionLiftedEntry])
  .meta({ id: "FeedEntry" });
export type FeedEntry = z.infer<typeof feedEntrySchema>;

export const feedPageSchema = z
  .strictObject({
    entries: z.array(feedEntrySchema),
    next_cursor: z.string().nullable().meta({
      description: "Pass it as `cursor` to read on. Null only when the feed is empty; poll with the last one you got.",
    }),
    has_more: z.boolean(),
  })
  .meta({ id: "FeedPage" });
export type FeedPage = z.infer<typeof feedPageSchema>;
