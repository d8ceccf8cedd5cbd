import "server-only";
import { readDecisionsFeed, type FeedRow } from "@/db/queries/decisions-feed";
import { FEED_DEFAULT_LIMIT, feedQuerySchema, toApiErrors, type FeedEntry, type FeedPage } from "@/lib/validation/ingest";
import type { DecisionKind } from "@/lib/moderation";
import { authenticateApiKey } from "../api-key";
import { consumeRateLimit } from "../rate-limit";
import { clock, type ApiDeps } from "./deps";
import { decodeCursor, encodeCursor } from "./feed-cursor";
import { apiError, apiErrors, okJson, tooManyRequests, unauthorized } from "./responses";

/** Status codes GET /api/v1/decisions answers with (the OpenAPI document lists the same). */
export const DECISIONS_STATUSES = ["200", "400", "401", "429", "503"] as const;

const LISTING_ACTION: Record<DecisionKind, "remove" | "fix" | "none"> = {
  takedown: "remove",
  warn: "fix",
  clear: "none",
  request_info: "none",
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toFeedEntry(row: FeedRow): FeedEntry {
  const base = { id: String(row.id), occurred_at: row.occurredAt.toISOString() };
  if (row.kind === "decision" || row.kind === "reinstatement" || row.kind === "points_revoked") {
    const seller = { external_id: row.decisionSellerExternalId! };
    const listing = { external_id: row.listingExternalId! };
    const decision = { id: row.decisionId!, kind: row.decisionKind! };
    if (row.kind === "reinstatement") return { ...base, type: "reinstatement", seller, listing, listing_action: "restore", decision };
    if (row.kind === "points_revoked") return { ...base, type: "points_revoked", seller, listing, listing_action: "none", decision };
    return {
      ...base,
      type: "decision",
      seller,
      listing,
      listing_action: LISTING_ACTION[row.decisionKind!],
      decision: {
        id: row.decisionId!,
        kind: row.decisionKind!,
        policy_code: row.policyCode,
        clear_reason: row.clearReason,
        info_deadline: iso(row.infoDeadline),
        appeal_deadline: iso(row.appealDeadline),
      },
    };
  }
  return {
    ...base,
    type: row.kind,
    seller: { external_id: row.actionSellerExternalId! },
    account_action: {
      id: row.actionId!,
      kind: row.actionKind!,
      starts_at: row.startsAt!.toISOString(),
      ends_at: iso(row.endsAt),
      lifted_at: iso(row.liftedAt),
    },
  };
}

/** GET /api/v1/decisions?cursor=…&limit=…: the key's platform only, oldest first. */
export function createDecisionsHandler(deps: ApiDeps) {
  return async function GET(request: Request): Promise<Response> {
    try {
      const db = await deps.db();
      const now = clock(deps);
      const key = await authenticateApiKey(db, request, now);
      if (!key) return unauthorized();
      const limited = await consumeRateLimit(db, "decisionsFeed", key.id, now);
      if (limited.limited) return tooManyRequests(limited.retryAfterSeconds);

      const params = Object.fromEntries(new URL(request.url).searchParams);
      const parsed = feedQuerySchema.safeParse(params);
      if (!parsed.success) return apiErrors(400, toApiErrors(parsed.error));
      const after = parsed.data.cursor ? decodeCursor(parsed.data.cursor) : null;
      if (parsed.data.cursor && !after) return apiError(400, "is not a cursor from this feed", {}, "cursor");
      const limit = parsed.data.limit ? Number(parsed.data.limit) : FEED_DEFAULT_LIMIT;

      const rows = await readDecisionsFeed(db, key.platformId, after, limit + 1);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      const body: FeedPage = {
        entries: page.map(toFeedEntry),
        next_cursor: last ? encodeCursor({ xid: last.xid, id: last.id }) : (parsed.data.cursor ?? null),
        has_more: rows.length > limit,
      };
      return okJson(body);
    } catch (error) {
      console.error("GET /api/v1/decisions failed", error);
      return apiError(503, "The feed is unavailable right now. Retry later.", { "Retry-After": "30" });
    }
  };
}
