import { expect, type Page } from "@playwright/test";

export const CASE_URL = /\/cases\/([0-9a-f-]{36})$/;

/** Presses "Review next" on the queue and returns the claimed case's id once the page holds the lease. */
export async function reviewNext(page: Page, how: "click" | "key" = "click"): Promise<string> {
  await page.goto("/queue");
  await expect(page.getByRole("heading", { level: 1, name: "Antrean" })).toBeVisible();
  if (how === "click") {
    await page.getByRole("button", { name: /Tinjau berikutnya/ }).click();
    await expect(page).toHaveURL(CASE_URL);
  } else {
    // A key pressed before the page has hydrated has no listener yet; pressing again is safe
    // because "Review next" hands a moderator back the case they already hold.
    await expect(async () => {
      await page.keyboard.press("n");
      await expect(page).toHaveURL(CASE_URL, { timeout: 3_000 });
    }).toPass({ timeout: 20_000 });
  }
  await expectHoldingClaim(page);
  return caseIdOf(page);
}

export function caseIdOf(page: Page): string {
  const match = CASE_URL.exec(new URL(page.url()).pathname);
  if (!match?.[1]) throw new Error(`not on a case page: ${page.url()}`);
  return match[1];
}

export async function expectHoldingClaim(page: Page): Promise<void> {
  await expect(page.getByText(/Anda sedang meninjau kasus ini/)).toBeVisible();
}

/** A marker unique to one test run, to find the text written by this test. */
export function marker(label: string): string {
  return `${label}-${Date.now().toString(36)}`;
}
