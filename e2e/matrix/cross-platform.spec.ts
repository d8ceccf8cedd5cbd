import { expect, request, test, type APIRequestContext, type Page } from "@playwright/test";
import { ROUTE_ACCESS } from "../../lib/moderation/route-access";
import { signIn } from "../support/session";
import { CROSS_SELLER_LISTING, PLATFORM_KEYS } from "./fixtures";

// The matrix's "another platform's key" column: a platform's API key reads only its own platform's
// decisions feed, writes flags only to its own platform, and a flag or listing reference that
// another platform already uses is neither seen nor changed through it. Keys: e2e/matrix/fixtures.ts.

type Platform = keyof typeof PLATFORM_KEYS;
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
let api: APIRequestContext;

test.beforeAll(async ({ baseURL }) => {
  api = await request.newContext({ baseURL });
});
test.afterAll(async () => {
  await api.dispose();
});

const auth = (platform: Platform) => ({ Authorization: `Bearer ${PLATFORM_KEYS[platform]}` });

interface FeedEntry {
  id: string;
  type: string;
  seller: { external_id: string };
  listing?: { external_id: string };
  decision?: { id: string };
  account_action?: { id: string };
}

/** The key's whole feed, page by page. */
async function wholeFeed(platform: Platform): Promise<FeedEntry[]> {
  const entries: FeedEntry[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 50; page += 1) {
    const response = await api.get(`/api/v1/decisions?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, { headers: auth(platform) });
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { entries: FeedEntry[]; next_cursor: string | null; has_more: boolean };
    entries.push(...body.entries);
    cursor = body.next_cursor;
    if (!body.has_more) return entries;
  }
  throw new Error("the feed did not end");
}

test("the apiKey routes in the table are the ones probed here", () => {
  expect(Object.entries(ROUTE_ACCESS).filter(([, a]) => a.kind === "apiKey").map(([r]) => r).sort()).toEqual(["/api/v1/decisions", "/api/v1/flags"]);
});

test("a key reads its own platform's decisions and none of another platform's", async () => {
  const [tokopedia, shopee] = await Promise.all([wholeFeed("tokopedia"), wholeFeed("shopee")]);
  // The fixture's warning on seller@timbang.test's Tokopedia shop is in Tokopedia's feed only.
  expect(tokopedia.some((e) => e.listing?.external_id === CROSS_SELLER_LISTING)).toBe(true);
  expect(shopee.some((e) => e.listing?.external_id === CROSS_SELLER_LISTING)).toBe(false);
  expect(shopee.length).toBeGreaterThan(0);
  const subject = (e: FeedEntry) => e.decision?.id ?? e.account_action?.id;
  const tokopediaSubjects = new Set(tokopedia.map(subject));
  expect(shopee.map(subject).filter((id) => tokopediaSubjects.has(id))).toEqual([]);
  const tokopediaEntries = new Set(tokopedia.map((e) => e.id));
  expect(shopee.map((e) => e.id).filter((id) => tokopediaEntries.has(id))).toEqual([]);
});

test("a cursor from another platform's feed does not open that feed", async () => {
  const first = (await (await api.get("/api/v1/decisions?limit=1", { headers: auth("shopee") })).json()) as { next_cursor: string };
  const response = await api.get(`/api/v1/decisions?limit=500&cursor=${encodeURIComponent(first.next_cursor)}`, { headers: auth("tokopedia") });
  // A cursor is a position, not a grant: with it, the Tokopedia key still reads Tokopedia only.
  if (response.status() === 200) {
    const body = (await response.json()) as { entries: FeedEntry[] };
    const shopee = new Set((await wholeFeed("shopee")).map((e) => e.id));
    expect(body.entries.filter((e) => shopee.has(e.id))).toEqual([]);
  } else expect(response.status()).toBe(400);
});

function flag(listing: string, title: string, shop: string) {
  return {
    listing: { external_id: listing, url: `https://example.com/p/${listing}`, title, description: "Bal 100 kg", price_idr: 5_000_000, stock: 100, category: "Pakaian" },
    seller: { external_id: `silang-${run}`, shop_name: shop, province: "Jawa Barat" },
    source: "user_report",
    source_reference: `silang-${run}`,
    reason: "imported_used_clothing_bulk",
    observed_at: "2025-11-07T10:55:00+07:00",
  };
}

test("a key cannot name another platform in a flag batch", async () => {
  const item = flag(`silang-naming-${run}`, "Balpres uji", "Toko uji");
  for (const body of [{ platform: "shopee", flags: [item] }, { flags: [{ ...item, platform: "shopee" }] }, { flags: [{ ...item, platform_id: "shopee" }] }]) {
    const response = await api.post("/api/v1/flags", { headers: auth("tokopedia"), data: body });
    expect(response.status(), JSON.stringify(Object.keys(body))).toBe(400);
  }
});

/** Shops found by the staff seller search, with their platform and id. */
async function shopsNamed(page: Page, query: string): Promise<{ id: string; text: string }[]> {
  await page.goto(`/escalations/new?q=${encodeURIComponent(query)}`);
  const items = page.locator('section[aria-labelledby="seller-results"] li');
  return items.evaluateAll((lis) =>
    lis.map((li) => ({ id: /seller=([0-9a-f-]{36})/.exec(li.querySelector("a")?.getAttribute("href") ?? "")?.[1] ?? "", text: li.textContent ?? "" })),
  );
}

test("a flag and listing another platform already uses are neither seen nor changed through this key", async ({ page }) => {
  const listing = `silang-listing-${run}`;
  const post = (platform: Platform, title: string, shop: string) =>
    api.post("/api/v1/flags", { headers: auth(platform), data: { flags: [flag(listing, title, shop)] } });
  const first = await post("shopee", `Asli Shopee ${run}`, `Toko Silang Shopee ${run}`);
  expect(await first.json()).toEqual({ accepted: 1, duplicates: 0, cases_opened: 1, cases_updated: 0 });
  // Same source reference, listing id and shop id, through Tokopedia's key: a new flag on a new
  // Tokopedia listing — not a duplicate of Shopee's flag, not an update of Shopee's case.
  const second = await post("tokopedia", `Diubah Tokopedia ${run}`, `Toko Silang Tokopedia ${run}`);
  expect(await second.json()).toEqual({ accepted: 1, duplicates: 0, cases_opened: 1, cases_updated: 0 });
  const again = await post("shopee", `Asli Shopee ${run}`, `Toko Silang Shopee ${run}`);
  expect(await again.json()).toEqual({ accepted: 0, duplicates: 1, cases_opened: 0, cases_updated: 0 });

  await signIn(page, "moderator@timbang.test");
  const shops = await shopsNamed(page, `Toko Silang`);
  const ours = shops.filter((s) => s.text.includes(run));
  expect(ours).toHaveLength(2);
  const shopee = ours.find((s) => s.text.includes("Shopee"));
  const tokopedia = ours.find((s) => s.text.includes("Tokopedia"));
  expect(shopee?.text).toContain(`Toko Silang Shopee ${run}`);
  expect(tokopedia?.text).toContain(`Toko Silang Tokopedia ${run}`);
  await page.goto(`/queue?seller=${shopee!.id}`);
  await expect(page.getByText(`Asli Shopee ${run}`)).toBeVisible();
  await expect(page.getByText(`Diubah Tokopedia ${run}`)).toHaveCount(0);
  await page.goto(`/queue?seller=${tokopedia!.id}`);
  await expect(page.getByText(`Diubah Tokopedia ${run}`)).toBeVisible();
  await expect(page.getByText(`Asli Shopee ${run}`)).toHaveCount(0);
});
