// The decisions feed (GET /api/v1/decisions): feed_events rows of one platform in (xid, id) order,
// with what each entry is about. Rows are read only up to the oldest transaction still running
// (pg_snapshot_xmin), so a row that commits late always sorts after every row already served: a
// client paging with the cursor sees every entry exactly once, in a stable order.

import { and, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../open";
import { accountActions, cases, decisions, feedEvents, listings, sellers } from "../schema";

export interface FeedPosition {
  xid: number;
  id: number;
}

const decisionSeller = alias(sellers, "decision_seller");
const actionSeller = alias(sellers, "action_seller");

export async function readDecisionsFeed(db: Db, platformId: string, after: FeedPosition | null, limit: number) {
  const rows = await db
    .select({
      id: feedEvents.id,
      xid: feedEvents.xid,
      kind: feedEvents.kind,
      occurredAt: feedEvents.occurredAt,
      decisionId: decisions.id,
      decisionKind: decisions.kind,
      policyCode: decisions.policyCode,
      clearReason: decisions.clearReason,
      infoDeadline: decisions.infoDeadline,
      appealDeadline: decisions.appealDeadline,
      listingExternalId: listings.externalId,
      decisionSellerExternalId: decisionSeller.externalId,
      actionId: accountActions.id,
      actionKind: accountActions.kind,
      startsAt: accountActions.startsAt,
      endsAt: accountActions.endsAt,
      liftedAt: accountActions.liftedAt,
      actionSellerExternalId: actionSeller.externalId,
    })
    .from(feedEvents)
    .leftJoin(decisions, eq(decisions.id, feedEvents.decisionId))
    .leftJoin(cases, eq(cases.id, decisions.caseId))
    .leftJoin(listings, eq(listings.id, cases.listingId))
    .leftJoin(decisionSeller, eq(decisionSeller.id, decisions.sellerId))
    .leftJoin(accountActions, eq(accountActions.id, feedEvents.accountActionId))
    .leftJoin(actionSeller, eq(actionSeller.id, accountActions.sellerId))
    .where(
      and(
        eq(feedEvents.platformId, platformId),
        after ? sql`(${feedEvents.xid}, ${feedEvents.id}) > (${after.xid}::bigint, ${after.id}::bigint)` : undefined,
        sql`${feedEvents.xid} < (pg_snapshot_xmin(pg_current_snapshot())::text)::bigint`,
      ),
    )
    .orderBy(feedEvents.xid, feedEvents.id)
    .limit(limit);
  return rows;
}
export type FeedRow = Awaited<ReturnType<typeof readDecisionsFeed>>[number];
