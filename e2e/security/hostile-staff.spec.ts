import { expect, test, type Page } from "@playwright/test";
import { HOSTILE, HOSTILE_TEXT } from "../support/hostile";
import { signedInRequest } from "../support/personas";
import { signIn } from "../support/session";
import { expectHostileSafe, watchDialogs } from "./inert";

// Hostile input on the staff pages: the hostile shop of e2e/security/hostile-fixtures.ts (titles,
// descriptions, notes, answers, appeal, escalation, names) on every page that shows it, as the
// role that reads it. Each page: nothing runs, markup is text, nothing scrolls sideways at 1440
// and 390 px. The audit log's own hostile user name is covered in e2e/admin/audit.spec.ts.

const T = HOSTILE_TEXT;

async function links(page: Page, pattern: RegExp): Promise<string[]> {
  const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  return [...new Set(hrefs.filter((h) => pattern.test(h)))];
}

test("queue and every case page of the hostile shop, as a moderator", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const dialogs = watchDialogs(page);
  await signIn(page, "moderator@timbang.test");
  await page.goto(`/queue?seller=${HOSTILE.shopId}`);
  await expect(page.getByRole("link", { name: new RegExp(HOSTILE.markers.openTitle) })).toBeVisible();
  await expectHostileSafe(page, dialogs, [T.openTitle, T.shopName]);
  const openCase = await page.getByRole("link", { name: new RegExp(HOSTILE.markers.openTitle) }).getAttribute("href");
  const inQueue = await links(page, /^\/cases\/[0-9a-f-]{36}$/);

  // The open case: title, description, category, flag note, shop and province.
  await page.goto(openCase!);
  await expectHostileSafe(page, dialogs, [T.openTitle, T.description, T.category, T.flagNote, T.shopName, T.province]);
  // Every other case: those the fixture decided (the seller panel lists only the latest), from the audit log.
  const manager = await signedInRequest(baseURL!, "manager@timbang.test");
  const audit = await (await manager.get(`/audit?actor=${encodeURIComponent(HOSTILE.moderatorEmail)}&action=case.decided`)).text();
  await manager.dispose();
  const decided = [...audit.matchAll(/href="(\/cases\/[0-9a-f-]{36})"/g)].map((m) => m[1]!);
  const others = [...new Set([...decided, ...inQueue])].filter((href) => href !== openCase);
  expect(others.length).toBeGreaterThanOrEqual(8);
  const seen = new Set<string>();
  for (const href of others) {
    await page.goto(href);
    await expectHostileSafe(page, dialogs, [T.shopName]);
    const text = (await page.locator("main").textContent()) ?? "";
    for (const [name, value] of Object.entries({ infoMessage: T.infoMessage, infoAnswer: T.infoAnswer, takedownFacts: T.takedownFacts, internalNote: T.internalNote, moderatorName: T.moderatorName })) {
      if (text.includes(value.slice(0, 160))) seen.add(name);
    }
  }
  // Between them, the case pages showed the request, the answer, the facts, the note and the moderator.
  expect([...seen].sort()).toEqual(["infoAnswer", "infoMessage", "internalNote", "moderatorName", "takedownFacts"]);
});

test("the appeal queue and the hostile appeal, as a moderator who did not decide it", async ({ page }) => {
  const dialogs = watchDialogs(page);
  await signIn(page, "moderator2@timbang.test");
  await page.goto("/appeals");
  const rows = page.getByRole("row").filter({ hasText: HOSTILE.markers.shop });
  await expect(rows.first()).toBeVisible();
  await expectHostileSafe(page, dialogs, [T.shopName]);
  // The fixture's appeal, and any the seller spec filed through the form.
  const appeals = await rows.getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  let sawEvidence = false;
  for (const href of appeals.filter((h) => /^\/appeals\/[0-9a-f-]{36}$/.test(h))) {
    await page.goto(href);
    await expectHostileSafe(page, dialogs, [T.appealText.slice(HOSTILE.markers.appealText.length), T.appealReferences, T.shopName]);
    // The fixture's evidence keeps its (cleaned) hostile name, as text.
    if ((await page.getByText(/onerror=alert\(1\)foto/).count()) > 0) sawEvidence = true;
  }
  expect(sawEvidence).toBe(true);
});

test("the escalation list and the hostile proposal, as a senior moderator", async ({ page }) => {
  const dialogs = watchDialogs(page);
  await signIn(page, "senior@timbang.test");
  await page.goto("/escalations");
  const row = page.getByRole("row").filter({ hasText: HOSTILE.markers.shop });
  await expect(row).toHaveCount(1);
  await expectHostileSafe(page, dialogs, [T.moderatorName]);
  await row.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/escalations\/[0-9a-f-]{36}$/);
  await expectHostileSafe(page, dialogs, [T.escalationRationale, T.appealReferences, T.moderatorName, T.shopName]);
});

test("user administration and the audit log show hostile names as text, as an admin", async ({ page }) => {
  const dialogs = watchDialogs(page);
  await signIn(page, "admin@timbang.test");
  await page.goto(`/admin/users?q=${encodeURIComponent("hostile@timbang")}`);
  await expect(page.getByRole("link", { name: new RegExp(HOSTILE.markers.sellerName) }).first()).toBeVisible();
  await expectHostileSafe(page, dialogs, [T.sellerName, T.moderatorName, T.shopName]);
  for (const href of await links(page, /^\/admin\/users\/[0-9a-f-]{36}$/)) {
    await page.goto(href);
    await expectHostileSafe(page, dialogs);
    const text = (await page.locator("main").textContent()) ?? "";
    // Whole names, zero-width and right-to-left characters included.
    expect(text.includes(T.sellerName) || text.includes(T.moderatorName), href).toBe(true);
  }
  await page.goto(`/audit?actor=${encodeURIComponent(HOSTILE.moderatorEmail)}`);
  await expect(page.getByRole("table").getByRole("row")).not.toHaveCount(1);
  await expectHostileSafe(page, dialogs, [T.moderatorName]);
  await page.goto(`/audit?actor=${encodeURIComponent(HOSTILE.sellerEmail)}`);
  await expectHostileSafe(page, dialogs, [T.sellerName]);
});

test("the dashboard and the transparency report stay inert and fit, as a manager", async ({ page }) => {
  const dialogs = watchDialogs(page);
  await signIn(page, "manager@timbang.test");
  for (const url of ["/dashboard", `/dashboard?platform=${HOSTILE.platformId}&range=7`, `/transparency?platform=${HOSTILE.platformId}`]) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectHostileSafe(page, dialogs);
  }
});
