import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { signIn } from "../support/session";

test("an admin edits a platform's settings; invalid values get messages next to the fields and save nothing", async ({ page }) => {
  await signIn(page, "admin@timbang.test");
  await page.goto("/admin/platforms");
  await expectNoSeriousA11yViolations(page);
  const card = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "TikTok Shop" }) });
  const margin = card.getByLabel("Batas peringatan (poin sebelum langkah)");
  const window = card.getByLabel("Jendela banding pertama (hari)");
  await expect(margin).toHaveValue("5");

  // A margin as large as the smallest gap between steps, and steps out of order.
  await margin.fill("12");
  await card.getByLabel("Langkah 2: Poin").fill("10");
  await card.getByRole("button", { name: "Simpan TikTok Shop" }).click();
  await expect(card.getByRole("alert")).toHaveText("Pengaturan belum tersimpan. Periksa isian yang ditandai.");
  await expect(card.getByText("Poin harus lebih tinggi dari langkah sebelumnya.")).toBeVisible();
  await expect(margin).toHaveAttribute("aria-invalid", "true");
  await page.reload();
  await expect(card.getByLabel("Batas peringatan (poin sebelum langkah)")).toHaveValue("5");
  await expect(card.getByLabel("Langkah 2: Poin")).toHaveValue("24");

  // A valid change saves, then is put back.
  await window.fill("45");
  await card.getByRole("button", { name: "Simpan TikTok Shop" }).click();
  await expect(card.getByRole("status")).toHaveText("Pengaturan TikTok Shop tersimpan.");
  await page.reload();
  await expect(card.getByLabel("Jendela banding pertama (hari)")).toHaveValue("45");
  await card.getByLabel("Jendela banding pertama (hari)").fill("30");
  await card.getByRole("button", { name: "Simpan TikTok Shop" }).click();
  await expect(card.getByRole("status")).toHaveText("Pengaturan TikTok Shop tersimpan.");
});
