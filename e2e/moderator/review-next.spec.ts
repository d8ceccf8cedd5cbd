import { expect, test } from "@playwright/test";
import { signIn } from "../support/session";
import { caseIdOf, expectHoldingClaim, marker, reviewNext } from "./helpers";

test("a moderator uses Review next and takes a listing down with a statement of reasons", async ({ page }) => {
  await signIn(page, "moderator@timbang.test");
  const caseId = await reviewNext(page, "click");

  await page.getByRole("radio", { name: /Turunkan produk/ }).check();
  const policy = page.getByLabel("Kebijakan yang dilanggar");
  if ((await policy.inputValue()) === "") await policy.selectOption("imported_used_clothing_bulk");
  const facts = `${marker("E2E")}: judul memuat "balpres", stok ratusan, live dari gudang.`;
  await page.getByLabel(/Fakta \(untuk pernyataan alasan\)/).fill(facts);

  const preview = page.getByTestId("statement-preview");
  await expect(preview).toContainText("Pernyataan alasan");
  await expect(preview).toContainText(facts);
  await expect(preview).toContainText("Keputusan otomatis: Tidak");

  await page.getByRole("button", { name: /^Kirim s$/ }).click();
  await expect(page.getByRole("heading", { name: /Keputusan tersimpan: Turunkan produk/ })).toBeVisible();

  // The stored statement is shown on the case afterwards.
  await page.reload();
  await expect(page.getByText("Selesai", { exact: true })).toBeVisible();
  await page.getByText("Pernyataan alasan", { exact: true }).click();
  await expect(page.getByText(facts).first()).toBeVisible();
  expect(caseIdOf(page)).toBe(caseId);
});

test("the same flow works from the keyboard alone", async ({ page }) => {
  await signIn(page, "moderator@timbang.test");
  const first = await reviewNext(page, "key");

  // t chooses a takedown; the policy and points come from the suggested policy.
  await page.keyboard.press("t");
  await expect(page.getByRole("radio", { name: /Turunkan produk/ })).toBeChecked();
  if ((await page.getByLabel("Kebijakan yang dilanggar").inputValue()) === "") {
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Escape");
  }
  await expect(page.getByTestId("statement-preview")).toContainText("Pernyataan alasan");
  await page.keyboard.press("s");
  await expect(page.getByRole("heading", { name: /Keputusan tersimpan: Turunkan produk/ })).toBeVisible();

  // n opens the next case; c, a reason chosen with the arrow keys, then n submits and opens the next.
  await page.keyboard.press("n");
  await expect(page).not.toHaveURL(new RegExp(first));
  await expectHoldingClaim(page);
  const second = caseIdOf(page);
  await page.keyboard.press("c");
  await expect(page.getByRole("radio", { name: /Bersihkan/ })).toBeChecked();
  await page.keyboard.press("Space");
  await expect(page.getByRole("radio", { name: /Preloved lokal/ })).toBeChecked();
  await page.keyboard.press("n");
  await expect(page).not.toHaveURL(new RegExp(second));
  await expectHoldingClaim(page);

  // ? lists the shortcuts; Esc closes the list.
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Pintasan keyboard" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();

  // Typing in a field never triggers a shortcut.
  await page.keyboard.press("i");
  const message = page.getByLabel("Pesan ke penjual");
  await expect(message).toBeFocused();
  await message.press("Control+End");
  await page.keyboard.type(" tolong kirim nota");
  await expect(page.getByRole("radio", { name: /Minta informasi/ })).toBeChecked();
  await expect(message).toHaveValue(/tolong kirim nota$/);
});
