import { expect, test, type Page } from "@playwright/test";
import { HOSTILE, HOSTILE_TEXT } from "../support/hostile";
import { signIn } from "../support/session";
import { expectHostileSafe, watchDialogs } from "./inert";

// Hostile input in the seller portal, as the hostile shop's own seller (e2e/security/hostile-
// fixtures.ts): the portal, every case page, the appeal and the appeal form. Sellers read on
// phones first, so each page is checked at 390 px as well as 1440 px (expectHostileSafe).

const T = HOSTILE_TEXT;

async function links(page: Page, pattern: RegExp): Promise<string[]> {
  const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  return [...new Set(hrefs.filter((h) => pattern.test(h)).map((h) => h.replace(/#.*$/, "")))];
}

test("the hostile shop's seller reads their portal, cases and appeal as text", async ({ page }) => {
  test.setTimeout(180_000);
  const dialogs = watchDialogs(page);
  await signIn(page, HOSTILE.sellerEmail);
  await expect(page).toHaveURL(/\/seller$/);
  await expectHostileSafe(page, dialogs, [T.shopName]);
  await expect(page.getByRole("article", { name: new RegExp(HOSTILE.markers.shop) })).toBeVisible();

  const cases = await links(page, /^\/seller\/cases\/[0-9a-f-]{36}$/);
  expect(cases.length).toBeGreaterThanOrEqual(8);
  const seen = new Set<string>();
  for (const href of cases) {
    await page.goto(href);
    await expectHostileSafe(page, dialogs, [T.shopName]);
    const text = (await page.locator("main").textContent()) ?? "";
    for (const [name, value] of Object.entries({ infoAnswer: T.infoAnswer, takedownFacts: T.takedownFacts, sellerMessage: T.sellerMessage, warnFacts: T.warnFacts[1]! })) {
      if (text.includes(value.slice(0, 160))) seen.add(name);
    }
    // Moderators' internal notes and names never reach the seller.
    expect(text, href).not.toContain(HOSTILE.markers.internalNote);
    expect(text, href).not.toContain(HOSTILE.markers.moderatorName);
  }
  expect([...seen].sort()).toEqual(["infoAnswer", "sellerMessage", "takedownFacts", "warnFacts"]);

  await page.goto("/seller");
  const appeal = (await links(page, /^\/seller\/appeals\/[0-9a-f-]{36}$/))[0];
  expect(appeal).toBeDefined();
  await page.goto(appeal!);
  await expectHostileSafe(page, dialogs, [T.appealText, T.appealReferences]);
  await expect(page.getByText(/onerror=alert\(1\)foto/).first()).toBeVisible();
});

test("an appeal typed with hostile text through the form comes back as text", async ({ page }) => {
  const dialogs = watchDialogs(page);
  await signIn(page, HOSTILE.sellerEmail);
  // A warning still inside its appeal window, found through the seller's own case pages.
  let form: string | undefined;
  for (const href of await links(page, /^\/seller\/cases\/[0-9a-f-]{36}$/)) {
    await page.goto(href);
    form = (await links(page, /^\/seller\/appeals\/new\?decision=/))[0];
    if (form) break;
  }
  expect(form, "a decision of the hostile shop is open to appeal").toBeDefined();
  await page.goto(form!);
  await expectHostileSafe(page, dialogs, [T.shopName]);
  const typed = `Diketik ${Date.now()} ${T.appealText}`.slice(0, 3_000);
  await page.getByLabel("Penjelasan Anda").fill(typed);
  await page.getByLabel(/Nomor produk atau pesanan/).fill(T.appealReferences);
  await page.getByLabel(/Saya menyatakan/).check();
  await page.getByRole("button", { name: "Kirim banding" }).click();
  await expect(page).toHaveURL(/\/seller\/appeals\/[0-9a-f-]{36}$/);
  await expectHostileSafe(page, dialogs, [typed, T.appealReferences]);
});
