import "server-only";
import { ingestFlags } from "@/db/queries/ingest";
import { flagBatchSchema, MAX_BODY_BYTES, toApiErrors, type IngestResult } from "@/lib/validation/ingest";
import { authenticateApiKey } from "../api-key";
import { consumeRateLimit } from "../rate-limit";
import { readJsonBody } from "./body";
import { clock, type ApiDeps } from "./deps";
import { apiError, apiErrors, okJson, tooManyRequests, unauthorized } from "./responses";

/** Status codes POST /api/v1/flags answers with (the OpenAPI document lists the same). */
export const FLAGS_STATUSES = ["200", "400", "401", "413", "429", "503"] as const;

/**
 * POST /api/v1/flags: key → rate limit → size → JSON → validate the whole batch → one
 * transaction. Nothing is written unless every item is valid.
 */
export function createFlagsHandler(deps: ApiDeps) {
  return async function POST(request: Request): Promise<Response> {
    try {
      const db = await deps.db();
      const now = clock(deps);
      const key = await authenticateApiKey(db, request, now);
      if (!key) return unauthorized();
      const limit = await consumeRateLimit(db, "ingest", key.id, now);
      if (limit.limited) return tooManyRequests(limit.retryAfterSeconds);

      const body = await readJsonBody(request, MAX_BODY_BYTES);
      if (!body.ok) return apiError(body.status, body.message);
      const parsed = flagBatchSchema.safeParse(body.value);
      if (!parsed.success) return apiErrors(400, toApiErrors(parsed.error));

      const counts = await ingestFlags(db, key.platformId, parsed.data.flags, now, { kind: "api_key", id: key.id });
      const result: IngestResult = {
        accepted: counts.accepted,
        duplicates: counts.duplicates,
        cases_opened: counts.casesOpened,
        cases_updated: counts.casesUpdated,
      };
      return okJson(result);
    } catch (error) {
      console.error("POST /api/v1/flags failed", error);
      return apiError(503, "The service could not store the batch; nothing was written. Retry later.", { "Retry-After": "30" });
    }
  };
}
