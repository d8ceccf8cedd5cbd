import { expect, test, type Page } from "@playwright/test";
import { signIn } from "../support/session";
import { caseIdOf, expectHoldingClaim, marker } from "./helpers";

// Depends on the seller portal's /seller page (seller-portal issue): it lists the shop's
// notifications with a link to /seller/cases/<caseId>, which shows the statement's facts.
const SHOP = "Lemari Dinda"; // seller@timbang.test's TikTok Shop shop in the demo seed

async function openCaseOfShop(page: Page, shop: string): Promise<void> {
  await page.goto("/queue?platform=tiktok_shop&state=open&sort=oldest");
  for (let i = 0; i < 20; i++) {
    const row = page.getByRole("row").filter({ hasText: shop }).first();
    if (await row.count()) {
      await row.getByRole("link").first().click();
      return;
    }
    const next = page.getByRole("link", { name: /Halaman berikutnya/ });
    if (!(await next.count())) break;
    await next.click();
    await page.waitForLoadState("networkidle");
  }
  throw new Error(`no open case of ${shop} on the queue`);
}

test("the seller sees the takedown notification and its statement of reasons", async ({ browser }) => {
  const staff = await browser.newContext();
  const shop = await browser.newContext();
  try {
    const moderator = await staff.newPage();
    await signIn(moderator, "moderator2@timbang.test");
    await openCaseOfShop(moderator, SHOP);
    await expectHoldingClaim(moderator);
    const caseId = caseIdOf(moderator);
    await moderator.getByRole("radio", { name: /Turunkan produk/ }).check();
    await moderator.getByLabel("Kebijakan yang dilanggar").selectOption("imported_used_clothing_retail");
    const facts = `${marker("E2E-SELLER")}: judul memuat "second import" dan "thrift impor".`;
    await moderator.getByLabel(/Fakta \(untuk pernyataan alasan\)/).fill(facts);
    await moderator.getByRole("button", { name: /^Kirim s$/ }).click();
    await expect(moderator.getByRole("heading", { name: /Keputusan tersimpan/ })).toBeVisible();

    const seller = await shop.newPage();
    await signIn(seller, "seller@timbang.test");
    await seller.goto("/seller");
    const link = seller.locator(`a[href="/seller/cases/${caseId}"]`).first();
    await expect(link).toBeVisible();
    await link.click();
    await expect(seller).toHaveURL(new RegExp(`/seller/cases/${caseId}$`));
    await expect(seller.getByText(facts).first()).toBeVisible();
  } finally {
    await staff.close();
    await shop.close();
  }
});
