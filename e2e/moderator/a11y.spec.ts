import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { signIn } from "../support/session";
import { reviewNext } from "./helpers";

test("axe finds no serious violation on /queue", async ({ page }) => {
  await signIn(page, "moderator2@timbang.test");
  await page.goto("/queue");
  await expect(page.getByRole("table")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("axe finds no serious violation on /cases/[id] with the takedown form open", async ({ page }) => {
  await signIn(page, "moderator2@timbang.test");
  await reviewNext(page);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("radio", { name: /Turunkan produk/ }).check();
  await expect(page.getByTestId("statement-preview")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // Leave the case free for other tests.
  await page.getByRole("link", { name: "Lepas dan kembali ke antrean" }).click();
  await expect(page).toHaveURL(/\/queue$/);
});
