// The hot read paths at scale, by name: the queue (default sort and filters), "review next", the
// case page's seller panel, the seller portal and the dashboard. db/explain.test.ts checks their
// plans; the benchmark replays the same SQL as its floor.
import { sql } from "drizzle-orm";
import { jakartaDay, presetRange } from "@/lib/dashboard/range";
import { DEFAULT_QUEUE_FILTERS, encodeCursor, type QueueFilters } from "@/lib/validation/queue";
import type { Db } from "../open";
import { getCaseDetail } from "../queries/case-detail";
import { refreshOverduePriorities } from "../queries/case-priority";
import { returnExpiredInfoRequests } from "../queries/case-state";
import { claimNext } from "../queries/claims";
import { getDashboardFacts } from "../queries/dashboard";
import { getSellerContext } from "../queries/escalation-context";
import { listPlatformOptions, listQueue, queueCounts } from "../queries/queue";
import { rawRows } from "../queries/rollups";
import { countUnreadSellerNotifications, listSellerNotifications } from "../queries/seller-notifications";
import { listOpenInfoRequests, listSellerAppeals, listSellerDecisions, listSellerShops } from "../queries/seller-portal";

export interface CatalogContext {
  now: Date;
  moderatorId: string;
  /** A seller user of the shop with the most cases, and that shop. */
  sellerUserId: string;
  sellerId: string;
  /** An open case of that shop (its page shows the fullest seller panel). */
  caseId: string;
  /** A cursor deep in the filtered "oldest" queue of the busiest platform. */
  deepFilters: QueueFilters;
}

/** Picks the context from whatever data set is loaded (demo, scale or a test's). */
export async function catalogContext(db: Db, now = new Date()): Promise<CatalogContext> {
  const [moderator] = await rawRows<{ id: string }>(db, sql`select id from users where role = 'moderator' order by email limit 1`);
  const [seller] = await rawRows<{ user_id: string; seller_id: string }>(
    db,
    sql`select m.user_id, m.seller_id from seller_members m
        order by (select count(*) from cases c where c.seller_id = m.seller_id) desc, m.seller_id limit 1`,
  );
  const [theCase] = await rawRows<{ id: string }>(
    db,
    sql`select id from cases where seller_id = ${seller?.seller_id ?? null} order by (state = 'resolved'), flag_count desc, id limit 1`,
  );
  const [platform] = await rawRows<{ platform_id: string }>(
    db,
    sql`select platform_id from cases where state = 'open' group by 1 order by count(*) desc, 1 limit 1`,
  );
  const filters: QueueFilters = { ...DEFAULT_QUEUE_FILTERS, platform: platform?.platform_id ?? null, source: "user_report", sort: "oldest" };
  const [deep] = await rawRows<{ id: string; k: string }>(
    db,
    sql`select id, opened_at::text as k from cases
        where state = 'open' and platform_id = ${filters.platform} and flag_sources @> array['user_report']::flag_source[]
        order by opened_at, id offset 2000 limit 1`,
  );
  if (!moderator || !seller || !theCase) throw new Error("catalogContext: load a data set first (no moderator, seller member or case)");
  return {
    now,
    moderatorId: moderator.id,
    sellerUserId: seller.user_id,
    sellerId: seller.seller_id,
    caseId: theCase.id,
    deepFilters: { ...filters, after: deep ? encodeCursor({ k: deep.k, id: deep.id }) : null },
  };
}

export interface CatalogEntry {
  name: string;
  run: (db: Db) => Promise<unknown>;
}

const queue = (ctx: CatalogContext, filters: Partial<QueueFilters>) => (db: Db) =>
  listQueue(db, { filters: { ...DEFAULT_QUEUE_FILTERS, ...filters }, userId: ctx.moderatorId, now: ctx.now });

/** The dashboard's default view: the last 90 Jakarta days. */
const ninetyDays = (now: Date) => ({ ...presetRange("90", jakartaDay(now)), range: "90" as const });

export function queryCatalog(ctx: CatalogContext): CatalogEntry[] {
  return [
    { name: "queue: default (priority)", run: queue(ctx, {}) },
    { name: "queue: oldest", run: queue(ctx, { sort: "oldest" }) },
    { name: "queue: due", run: queue(ctx, { sort: "due" }) },
    { name: "queue: platform", run: queue(ctx, { platform: ctx.deepFilters.platform }) },
    { name: "queue: source", run: queue(ctx, { source: "ministry_directive" }) },
    { name: "queue: tier", run: queue(ctx, { tier: "menengah" }) },
    { name: "queue: policy", run: queue(ctx, { policy: "circumvention" }) },
    { name: "queue: overdue", run: queue(ctx, { state: "overdue", sort: "due" }) },
    { name: "queue: awaiting seller", run: queue(ctx, { state: "awaiting_seller" }) },
    { name: "queue: in review", run: queue(ctx, { state: "in_review" }) },
    { name: "queue: one seller", run: queue(ctx, { seller: ctx.sellerId }) },
    { name: "queue: filtered deep keyset page", run: queue(ctx, ctx.deepFilters) },
    { name: "queue: counts", run: (db) => queueCounts(db, { userId: ctx.moderatorId, now: ctx.now }) },
    { name: "queue: counts for a platform", run: (db) => queueCounts(db, { userId: ctx.moderatorId, now: ctx.now, platform: ctx.deepFilters.platform }) },
    { name: "queue: platform options", run: (db) => listPlatformOptions(db) },
    { name: "queue: info deadlines passed", run: (db) => returnExpiredInfoRequests(db, ctx.now) },
    { name: "queue: overdue priorities", run: (db) => refreshOverduePriorities(db, ctx.now) },
    { name: "claim: review next", run: (db) => claimNext(db, ctx.moderatorId, ctx.now) },
    { name: "case page and seller panel", run: (db) => getCaseDetail(db, ctx.caseId, ctx.now) },
    { name: "escalation seller panel", run: (db) => getSellerContext(db, ctx.sellerId, ctx.now) },
    { name: "seller portal: shops", run: (db) => listSellerShops(db, { userId: ctx.sellerUserId, now: ctx.now }) },
    { name: "seller portal: info requests", run: (db) => listOpenInfoRequests(db, { userId: ctx.sellerUserId }) },
    { name: "seller portal: decisions", run: (db) => listSellerDecisions(db, { userId: ctx.sellerUserId, limit: 10 }) },
    { name: "seller portal: appeals", run: (db) => listSellerAppeals(db, { userId: ctx.sellerUserId, limit: 10 }) },
    { name: "seller portal: notifications", run: (db) => listSellerNotifications(db, { userId: ctx.sellerUserId, limit: 30 }) },
    { name: "seller portal: unread count", run: (db) => countUnreadSellerNotifications(db, { userId: ctx.sellerUserId }) },
    { name: "dashboard: 90 days, all platforms", run: (db) => getDashboardFacts(db, { ...ninetyDays(ctx.now), platformId: null }, ctx.now) },
    { name: "dashboard: 90 days, one platform", run: (db) => getDashboardFacts(db, { ...ninetyDays(ctx.now), platformId: ctx.deepFilters.platform }, ctx.now) },
  ];
}
