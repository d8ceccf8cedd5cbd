import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { signIn } from "../support/session";

// The staff side of appeals on the seeded demo: pending appeals by due time, the keyboard, and
// "Review next" claiming one atomically.

test("moderator2 moves through the appeal queue with j/k and opens one with Enter", async ({ page }) => {
  await signIn(page, "moderator2@timbang.test");
  await page.goto("/appeals");
  await expect(page.getByRole("heading", { name: "Antrean banding", level: 1 })).toBeVisible();
  const rows = page.locator("tbody tr");
  expect(await rows.count()).toBeGreaterThan(1);
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press("j");
  const second = rows.nth(1).getByRole("link");
  await expect(second).toBeFocused();
  await page.keyboard.press("k");
  await expect(rows.nth(0).getByRole("link")).toBeFocused();
  const href = await rows.nth(0).getByRole("link").getAttribute("href");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole("heading", { name: "Penjelasan penjual" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Keputusan awal" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("Review next claims the most urgent appeal and opens it; another moderator sees who holds it", async ({ page, browser }) => {
  await signIn(page, "moderator2@timbang.test");
  await page.goto("/appeals");
  await page.getByRole("button", { name: "Tinjau berikutnya" }).click();
  await expect(page).toHaveURL(/\/appeals\/[0-9a-f-]{36}$/);
  await expect(page.getByText(/Anda sedang meninjau banding ini/)).toBeVisible();
  const url = new URL(page.url()).pathname;

  const other = await browser.newContext();
  const senior = await other.newPage();
  await signIn(senior, "senior@timbang.test");
  await senior.goto(url);
  await expect(senior.getByText(/Sedang ditinjau oleh/)).toBeVisible();
  await expect(senior.getByRole("button", { name: "Simpan keputusan" })).toBeDisabled();
  await other.close();

  await page.getByRole("button", { name: "Lepaskan" }).click();
  await expect(page.getByText("Ambil banding ini sebelum memutuskan.")).toBeVisible();
});
