import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { signIn } from "../support/session";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("on a phone the admin's navigation is one menu, usable from the keyboard, that closes after navigating", async ({ page }) => {
  await signIn(page, "admin@timbang.test");
  await page.goto("/admin/users");
  const menu = page.locator("summary", { hasText: "Menu" });
  await expect(menu).toContainText("Pengguna");
  const nav = page.getByRole("navigation", { name: "Navigasi utama" });
  await expect(nav).toBeHidden();

  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(nav).toBeVisible();
  await expect(nav.getByRole("link", { name: "Pengguna" })).toHaveAttribute("aria-current", "page");
  await expectNoSeriousA11yViolations(page);

  await nav.getByRole("link", { name: "Audit" }).click();
  await expect(page).toHaveURL(/\/audit$/);
  await expect(page.locator("summary", { hasText: "Menu" })).toContainText("Audit");
  await expect(page.getByRole("navigation", { name: "Navigasi utama" })).toBeHidden();
});
