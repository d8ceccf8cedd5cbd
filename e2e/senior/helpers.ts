import { expect, type Browser, type Page } from "@playwright/test";
import { signIn } from "../support/session";

export async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** Opens the proposal form for a shop through the seller search on /escalations/new. */
export async function openProposalForm(page: Page, shop: string): Promise<void> {
  await page.goto(`/escalations/new?q=${encodeURIComponent(shop)}`);
  await page.getByRole("link", { name: new RegExp(`^Usulkan untuk ${shop}$`) }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Usulkan tindakan akun" })).toBeVisible();
}

/** Submits the proposal form as it stands plus a rationale; returns the new escalation's URL. */
export async function submitProposal(page: Page, rationale: string): Promise<string> {
  await page.getByLabel("Alasan (minimal 20 karakter)").fill(rationale);
  await page.getByRole("button", { name: "Kirim usulan" }).click();
  await page.waitForURL(/\/escalations\/[0-9a-f-]{36}$/);
  return page.url();
}

export function guardrail(page: Page, key: "a" | "b" | "c" | "d" | "e") {
  return page.locator(`[data-guardrail="${key}"]`);
}
