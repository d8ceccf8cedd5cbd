import { expect, request, test } from "@playwright/test";
import { PLATFORM_KEYS } from "../matrix/fixtures";
import { signedInRequest } from "../support/personas";
import { JAVASCRIPT_URL, SCRIPT_PAYLOADS, SQL_FRAGMENTS } from "../support/hostile";
import { signIn } from "../support/session";
import { expectInert, watchDialogs } from "./inert";

// Query and filter parameters carrying SQL fragments and script: every page answers a normal page
// (200; tampered filters fall back to their defaults) or a clear 4xx, never a 500, and nothing the
// parameters carried runs or leaks into the page as markup.

const NASTY = [...SQL_FRAGMENTS, SCRIPT_PAYLOADS[0], JAVASCRIPT_URL, "%", "_", "\\", "\u0000", "9".repeat(400)];

const withEvery = (path: string, names: readonly string[], value: string) =>
  `${path}?${names.map((n) => `${n}=${encodeURIComponent(value)}`).join("&")}`;

const PAGES: { who: string; path: string; params: string[]; status: number }[] = [
  { who: "moderator@timbang.test", path: "/queue", params: ["platform", "source", "policy", "tier", "state", "sort", "mine", "seller", "after"], status: 200 },
  { who: "moderator@timbang.test", path: "/appeals", params: ["after"], status: 200 },
  { who: "moderator@timbang.test", path: "/escalations/new", params: ["q", "case"], status: 200 },
  { who: "admin@timbang.test", path: "/admin/users", params: ["q", "role", "status", "after"], status: 200 },
  { who: "admin@timbang.test", path: "/audit", params: ["actor", "subjectType", "subjectId", "action", "from", "to", "before"], status: 200 },
  { who: "manager@timbang.test", path: "/dashboard", params: ["range", "from", "to", "platform"], status: 200 },
  { who: "manager@timbang.test", path: "/transparency", params: ["range", "from", "to", "platform"], status: 200 },
  { who: "seller@timbang.test", path: "/seller/appeals/new", params: ["decision"], status: 404 },
];

const HANDLERS: { who: string; path: string; params: string[] }[] = [
  { who: "moderator@timbang.test", path: "/api/queue/counts", params: ["platform"] },
  { who: "manager@timbang.test", path: "/api/transparency", params: ["platform", "range", "from", "to", "format"] },
  { who: "manager@timbang.test", path: "/api/exports/statements", params: ["from", "to", "platform", "format"] },
];

test("pages answer tampered filters with a normal page, never an error", async ({ baseURL }) => {
  test.setTimeout(240_000);
  for (const { who, path, params, status } of PAGES) {
    const context = await signedInRequest(baseURL!, who);
    for (const value of NASTY) {
      const url = withEvery(path, params, value);
      const response = await context.get(url, { maxRedirects: 0 });
      expect(response.status(), `${who} ${url}`).toBe(status);
      const html = await response.text();
      expect(html, url).not.toContain(SCRIPT_PAYLOADS[0]);
    }
    await context.dispose();
  }
});

test("route handlers answer tampered parameters with 200 or a 4xx, never a 500", async ({ baseURL }) => {
  for (const { who, path, params } of HANDLERS) {
    const context = await signedInRequest(baseURL!, who);
    for (const value of NASTY) {
      const response = await context.get(withEvery(path, params, value));
      expect([200, 400], `${who} ${path} with ${JSON.stringify(value.slice(0, 20))}`).toContain(response.status());
    }
    await context.dispose();
  }
  const api = await request.newContext({ baseURL });
  for (const value of NASTY) {
    const response = await api.get(withEvery("/api/v1/decisions", ["cursor", "limit"], value), { headers: { Authorization: `Bearer ${PLATFORM_KEYS.shopee}` } });
    expect(response.status(), `feed with ${JSON.stringify(value.slice(0, 20))}`).toBe(400);
    if (/[\u0000-\u001f]/.test(value)) continue; // not a valid header value at all
    const bearer = await api.get("/api/v1/decisions", { headers: { Authorization: `Bearer ${value}` } });
    expect(bearer.status()).toBe(401);
  }
  await api.dispose();
});

test("LIKE wildcards in searches match themselves, not everything", async ({ baseURL }) => {
  const moderator = await signedInRequest(baseURL!, "moderator@timbang.test");
  const admin = await signedInRequest(baseURL!, "admin@timbang.test");
  for (const wildcard of ["%", "_", "%%", "' OR 1=1 --"]) {
    expect(await (await moderator.get(`/escalations/new?q=${encodeURIComponent(wildcard)}`)).text()).toContain("Tidak ada toko yang cocok.");
    expect(await (await admin.get(`/admin/users?q=${encodeURIComponent(wildcard)}`)).text()).toContain("Tidak ada pengguna yang cocok dengan penyaring ini.");
  }
  await moderator.dispose();
  await admin.dispose();
});

test("a queue filtered with SQL in a browser renders the usual queue, inert", async ({ page }) => {
  const dialogs = watchDialogs(page);
  await signIn(page, "moderator@timbang.test");
  await page.goto(withEvery("/queue", ["platform", "source", "seller", "after"], `'; DROP TABLE cases; -- ${SCRIPT_PAYLOADS[0]}`));
  // The filters fell back to their defaults and the cases are all still there.
  await expect(page.getByRole("table").getByRole("row").nth(1)).toBeVisible();
  await expectInert(page, dialogs);
  await page.goto(`/login?callbackUrl=${encodeURIComponent(JAVASCRIPT_URL)}`);
  await expectInert(page, dialogs);
});
