import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "timbang-demo";

/** Signs in through the login form, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  if (!page.url().includes("/login")) await page.goto("/login");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.getByRole("button", { name: /^(Masuk|Sign in)$/ }).click();
  await expect(page).not.toHaveURL(/\/login/);
}
