import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";

export interface CreatedUser {
  id: string;
  name: string;
  email: string;
  password: string;
}

/** A fresh, unique account made through /admin/users/new by the signed-in admin. */
export async function createUserViaUi(
  page: Page,
  opts: { role: string; name?: string; shop?: { platform: string; shop: string } },
): Promise<CreatedUser> {
  const tag = randomBytes(4).toString("hex");
  const user = { name: opts.name ?? `Pengguna Uji ${tag}`, email: `uji.${tag}@timbang.test`, password: `sandi-uji-${tag}-panjang` };
  await page.goto("/admin/users/new");
  await page.getByLabel("Nama lengkap").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByRole("combobox", { name: "Peran" }).selectOption({ label: opts.role });
  await page.getByLabel("Kata sandi awal").fill(user.password);
  if (opts.shop) {
    await page.getByLabel("Platform toko").selectOption({ label: opts.shop.platform });
    await page.getByLabel("Nama atau ID toko").fill(opts.shop.shop);
  }
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page).toHaveURL(/\/admin\/users\/[0-9a-f-]{36}\?created=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Akun dibuat" })).toBeVisible();
  const id = /\/admin\/users\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  return { ...user, id };
}

/** A sign-in that must fail with the wrong-credentials message; leaves the form ready again. */
export async function expectSignInRefused(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.locator("form [role=alert]")).toContainText("Email atau kata sandi salah");
  await expect(page).toHaveURL(/\/login/);
  // React resets the form after the action; wait for that before anyone types again.
  await expect(page.locator("#password")).toHaveValue("");
}
