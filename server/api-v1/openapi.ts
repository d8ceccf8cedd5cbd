import "server-only";
import { createDocument, type ZodOpenApiResponseObject } from "zod-openapi";
import {
  apiErrorsSchema,
  FEED_MAX_LIMIT,
  feedPageSchema,
  feedQuerySchema,
  flagBatchSchema,
  ingestResultSchema,
  MAX_BATCH_ITEMS,
  MAX_BODY_BYTES,
} from "@/lib/validation/ingest";
import { RATE_LIMITS } from "../rate-limit";
import { DECISIONS_STATUSES } from "./decisions-handler";
import { FLAGS_STATUSES } from "./flags-handler";

// The OpenAPI 3.1 document, generated from the zod schemas the handlers parse with.

const errors = (description: string, headers?: Record<string, { description: string; schema: { type: "integer" } }>) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { "application/json": { schema: apiErrorsSchema } },
});
const retryAfter = { "Retry-After": { description: "Seconds to wait before retrying.", schema: { type: "integer" as const } } };

const FLAGS_RESPONSES: Record<(typeof FLAGS_STATUSES)[number], ZodOpenApiResponseObject> = {
  "200": { description: "The batch was stored (or was all duplicates).", content: { "application/json": { schema: ingestResultSchema } } },
  "400": errors("Malformed JSON, or invalid items: every error is listed and nothing is written."),
  "401": errors("Missing, unknown or revoked API key."),
  "413": errors(`The body is larger than ${MAX_BODY_BYTES} bytes.`),
  "429": errors(`More than ${RATE_LIMITS.ingest.limit} requests per minute with this key.`, retryAfter),
  "503": errors("Temporarily unavailable; nothing was written.", retryAfter),
};

const DECISIONS_RESPONSES: Record<(typeof DECISIONS_STATUSES)[number], ZodOpenApiResponseObject> = {
  "200": { description: "A page of the feed, oldest first.", content: { "application/json": { schema: feedPageSchema } } },
  "400": errors("Invalid cursor or limit."),
  "401": errors("Missing, unknown or revoked API key."),
  "429": errors(`More than ${RATE_LIMITS.decisionsFeed.limit} requests per minute with this key.`, retryAfter),
  "503": errors("Temporarily unavailable.", retryAfter),
};

export function buildOpenApiDocument() {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Timbang platform API",
      version: "1.0.0",
      description:
        "Push flags of suspected imported used clothing into Timbang's review queue and read back the decisions. " +
        "Authenticate with an API key created by a Timbang admin for your platform: `Authorization: Bearer tmb_…`.",
    },
    servers: [{ url: "/" }],
    security: [{ bearerAuth: [] }],
    components: { securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "A platform API key (tmb_…)." } } },
    paths: {
      "/api/v1/flags": {
        post: {
          operationId: "postFlags",
          summary: `Submit 1 to ${MAX_BATCH_ITEMS} flags`,
          description:
            "Validated as a whole first; applied in one transaction. Idempotent on (source, source_reference): a resent flag counts as a duplicate and changes nothing.",
          requestBody: { required: true, content: { "application/json": { schema: flagBatchSchema } } },
          responses: FLAGS_RESPONSES,
        },
      },
      "/api/v1/decisions": {
        get: {
          operationId: "getDecisions",
          summary: "Read the decisions feed of your platform",
          description: `Decisions, reinstatements, revoked strike points and account actions, oldest first, up to ${FEED_MAX_LIMIT} per page. Keep the last next_cursor and poll with it.`,
          requestParams: { query: feedQuerySchema },
          responses: DECISIONS_RESPONSES,
        },
      },
    },
  });
}
