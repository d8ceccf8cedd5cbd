// Queue view state: every filter and sort lives in the URL, so a view can be shared. Unknown or
// tampered values fall back to the default instead of failing the page.

import { FLAG_SOURCES, POLICY_CODES, UMKM_TIERS, type FlagSource, type PolicyCode, type UmkmTier } from "@/lib/moderation";

export const QUEUE_STATES = ["active", "open", "in_review", "awaiting_seller", "overdue"] as const;
/** active = open cases, claimed or not (the default); overdue = unresolved past the SLA. */
export type QueueState = (typeof QUEUE_STATES)[number];

export const QUEUE_SORTS = ["priority", "oldest", "due"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export const QUEUE_PAGE_SIZE = 50;

export interface QueueFilters {
  platform: string | null;
  source: FlagSource | null;
  policy: PolicyCode | null;
  tier: UmkmTier | null;
  state: QueueState;
  sort: QueueSort;
  mine: boolean;
  seller: string | null;
  /** Opaque keyset cursor: the sort key and id of the last row of the previous page. */
  after: string | null;
}

export const DEFAULT_QUEUE_FILTERS: QueueFilters = {
  platform: null,
  source: null,
  policy: null,
  tier: null,
  state: "active",
  sort: "priority",
  mine: false,
  seller: null,
  after: null,
};

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

function first(params: SearchParams, name: string): string | null {
  const value = params instanceof URLSearchParams ? params.get(name) : params[name];
  const v = Array.isArray(value) ? value[0] : value;
  return v === undefined || v === null || v === "" ? null : v;
}

function oneOf<T extends string>(list: readonly T[], value: string | null): T | null {
  return value !== null && (list as readonly string[]).includes(value) ? (value as T) : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PLATFORM = /^[a-z0-9_]{1,40}$/;

export function parseQueueFilters(params: SearchParams): QueueFilters {
  const platform = first(params, "platform");
  const seller = first(params, "seller");
  const after = first(params, "after");
  return {
    platform: platform && PLATFORM.test(platform) ? platform : null,
    source: oneOf(FLAG_SOURCES, first(params, "source")),
    policy: oneOf(POLICY_CODES, first(params, "policy")),
    tier: oneOf(UMKM_TIERS, first(params, "tier")),
    state: oneOf(QUEUE_STATES, first(params, "state")) ?? "active",
    sort: oneOf(QUEUE_SORTS, first(params, "sort")) ?? "priority",
    mine: first(params, "mine") === "1",
    seller: seller && UUID.test(seller) ? seller.toLowerCase() : null,
    after: after && after.length <= 200 ? after : null,
  };
}

/** The query string for filters (defaults left out), e.g. "?platform=shopee&sort=due". */
export function queueSearch(filters: Partial<QueueFilters>): string {
  const f = { ...DEFAULT_QUEUE_FILTERS, ...filters };
  const out = new URLSearchParams();
  if (f.platform) out.set("platform", f.platform);
  if (f.source) out.set("source", f.source);
  if (f.policy) out.set("policy", f.policy);
  if (f.tier) out.set("tier", f.tier);
  if (f.state !== "active") out.set("state", f.state);
  if (f.sort !== "priority") out.set("sort", f.sort);
  if (f.mine) out.set("mine", "1");
  if (f.seller) out.set("seller", f.seller);
  if (f.after) out.set("after", f.after);
  const s = out.toString();
  return s ? `?${s}` : "";
}

export interface QueueCursor {
  /** The sort key: priority (number) or a time (ISO string). */
  k: number | string;
  id: string;
}

export function encodeCursor(cursor: QueueCursor): string {
  const json = JSON.stringify(cursor);
  return btoa(json).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function decodeCursor(value: string | null, sort: QueueSort): QueueCursor | null {
  if (!value) return null;
  try {
    const json = atob(value.replace(/-/g, "+").replace(/_/g, "/"));
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed !== "object" || parsed === null) return null;
    const { k, id } = parsed as { k?: unknown; id?: unknown };
    if (typeof id !== "string" || !UUID.test(id)) return null;
    if (sort === "priority") return typeof k === "number" && Number.isInteger(k) ? { k, id } : null;
    return typeof k === "string" && !Number.isNaN(new Date(k).getTime()) ? { k, id } : null;
  } catch {
    return null;
  }
}
