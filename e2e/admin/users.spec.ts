import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { signIn } from "../support/session";
import { ADMIN_SHOP_PLATFORM, ADMIN_SHOPS } from "./fixtures";
import { createUserViaUi, expectSignInRefused } from "./helpers";

const UNKNOWN_CASE = "00000000-0000-4000-8000-000000000000";

async function expectSignedOut(page: Page, path: string) {
  await page.goto(path);
  await expect(page).toHaveURL(/\/login/);
}

test("an admin creates a moderator who signs in; a role change and disabling take effect on their next request", async ({ page, browser }) => {
  await signIn(page, "admin@timbang.test");
  const user = await createUserViaUi(page, { role: "Moderator" });
  await expect(page.getByRole("heading", { level: 1, name: user.name })).toBeVisible();
  await expect(page.getByText("user.created").filter({ visible: true })).toBeVisible();

  // Their own browser, signed in before anything changes.
  const theirs = await browser.newContext();
  const them = await theirs.newPage();
  await signIn(them, user.email, user.password);
  await expect(them).toHaveURL(/\/queue/);
  expect((await them.request.get(`/api/cases/${UNKNOWN_CASE}/lease`)).status()).not.toBe(401);

  // Moderator → manager: the queue closes and the dashboard opens on the very next request.
  await page.getByRole("combobox", { name: "Peran" }).selectOption({ label: "Manajer" });
  await page.getByRole("button", { name: "Simpan peran" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Peran diubah menjadi Manajer." })).toBeVisible();
  expect((await them.goto("/queue"))?.status()).toBe(403);
  expect((await them.goto("/dashboard"))?.status()).toBe(200);

  // Disabled: the open session is refused at once, for pages and for API calls alike.
  await page.getByRole("button", { name: "Nonaktifkan akun" }).click();
  await expect(page.getByText(`Nonaktifkan ${user.name}?`)).toBeVisible();
  await page.getByRole("button", { name: "Ya, nonaktifkan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Akun dinonaktifkan." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Aktifkan kembali" })).toBeVisible();
  await expectSignedOut(them, "/dashboard");
  expect((await them.request.get(`/api/cases/${UNKNOWN_CASE}/lease`)).status()).toBe(401);

  // Nor can they sign in again…
  await expectSignInRefused(them, user.email, user.password);

  // …until re-enabled.
  await page.getByRole("button", { name: "Aktifkan kembali" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Akun diaktifkan kembali." })).toBeVisible();
  await signIn(them, user.email, user.password);
  await expect(them).toHaveURL(/\/dashboard/);
  await theirs.close();

  // The list shows them, found by search and role.
  await page.goto(`/admin/users?q=${encodeURIComponent(user.email)}&role=manager`);
  await expect(page.getByRole("link", { name: new RegExp(user.name) }).first()).toBeVisible();
  await page.goto(`/admin/users?q=${encodeURIComponent(user.email)}&role=moderator`);
  await expect(page.getByText("Tidak ada pengguna yang cocok dengan penyaring ini.")).toBeVisible();
});

test("a password reset replaces the old password at once", async ({ page, browser }) => {
  await signIn(page, "admin@timbang.test");
  const user = await createUserViaUi(page, { role: "Manajer" });
  await page.getByLabel("Kata sandi baru").fill("pendek");
  await page.getByRole("button", { name: "Atur ulang kata sandi" }).click();
  await expect(page.getByText("Kata sandi minimal 12 karakter.")).toBeVisible();
  await page.getByLabel("Kata sandi baru").fill("kata-sandi-baru-yang-panjang");
  await page.getByRole("button", { name: "Atur ulang kata sandi" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Kata sandi baru tersimpan." })).toBeVisible();
  await expect(page.getByLabel("Kata sandi baru")).toHaveValue("");

  const theirs = await browser.newContext();
  const them = await theirs.newPage();
  await expectSignInRefused(them, user.email, user.password);
  await signIn(them, user.email, "kata-sandi-baru-yang-panjang");
  await expect(them).toHaveURL(/\/dashboard/);
  await theirs.close();
});

test("the create form explains what is wrong next to each field and keeps what was typed", async ({ page }) => {
  await signIn(page, "admin@timbang.test");
  await page.goto("/admin/users/new");
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByText("Isi nama lengkap.")).toBeVisible();
  await expect(page.getByText("Masukkan alamat email yang valid.")).toBeVisible();
  await expect(page.getByText("Pilih peran.")).toBeVisible();
  await expect(page.getByText("Kata sandi minimal 12 karakter.")).toBeVisible();
  await expect(page.getByLabel("Nama lengkap")).toHaveAttribute("aria-invalid", "true");

  // An email already in use, in capitals: refused, with the typed values still there.
  await page.getByLabel("Nama lengkap").fill("Admin Kedua");
  await page.getByLabel("Email").fill("ADMIN@Timbang.test");
  await page.getByRole("combobox", { name: "Peran" }).selectOption({ label: "Admin" });
  await page.getByRole("button", { name: "Buat kata sandi acak" }).click();
  await expect(page.getByLabel("Kata sandi awal")).toHaveValue(/^[A-Za-z2-9]{16}$/);
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByText("Email ini sudah dipakai akun lain")).toBeVisible();
  await expect(page.getByLabel("Nama lengkap")).toHaveValue("Admin Kedua");
  await expect(page).toHaveURL(/\/admin\/users\/new$/);
});

test("a seller account is linked to existing shops by name or shop id", async ({ page }) => {
  await signIn(page, "admin@timbang.test");
  await page.goto("/admin/users/new");
  await page.getByRole("combobox", { name: "Peran" }).selectOption({ label: "Penjual" });
  await page.getByLabel("Nama lengkap").fill("Penjual Kembar");
  await page.getByLabel("Email").fill(`kembar.${Date.now()}@timbang.test`);
  await page.getByLabel("Kata sandi awal").fill("sandi-penjual-kembar");
  await page.getByLabel("Platform toko").selectOption({ label: ADMIN_SHOP_PLATFORM.name });
  await page.getByLabel("Nama atau ID toko").fill(ADMIN_SHOPS.twinA.shopName);
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByText("Beberapa toko di platform itu bernama sama. Masukkan ID toko di platform.")).toBeVisible();

  const user = await createUserViaUi(page, { role: "Penjual", shop: { platform: ADMIN_SHOP_PLATFORM.name, shop: ADMIN_SHOPS.link.shopName.toLowerCase() } });
  const shops = page.locator("section", { has: page.getByRole("heading", { name: "Toko", exact: true }) });
  await expect(shops.getByText(ADMIN_SHOPS.link.shopName)).toBeVisible();
  await shops.getByLabel("Platform toko").selectOption({ label: ADMIN_SHOP_PLATFORM.name });
  await shops.getByLabel("Nama atau ID toko").fill(ADMIN_SHOPS.twinB.externalId);
  await shops.getByRole("button", { name: "Hubungkan toko" }).click();
  await expect(shops.getByRole("status")).toHaveText("Toko terhubung.");
  await expect(shops.getByRole("listitem")).toHaveCount(2);

  await page.goto(`/admin/users?q=${encodeURIComponent(user.email)}`);
  await expect(page.getByRole("cell", { name: new RegExp(ADMIN_SHOPS.link.shopName) })).toBeVisible();
});

test("an admin can neither demote nor disable themselves", async ({ page }) => {
  await signIn(page, "admin@timbang.test");
  await page.goto("/admin/users?q=admin%40timbang.test");
  await page.getByRole("link", { name: /Agus Setiawan/ }).first().click();
  await expect(page.getByText("Ini akun Anda.")).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Peran" })).toBeDisabled();
  await expect(page.getByText("Anda tidak dapat mengubah peran akun Anda sendiri.")).toBeVisible();
  await expect(page.getByText("Anda tidak dapat menonaktifkan akun Anda sendiri.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Nonaktifkan akun" })).toHaveCount(0);
});

test("a moderator gets 403 on the administration pages and the audit log", async ({ page }) => {
  await signIn(page, "moderator@timbang.test");
  for (const path of ["/admin", "/admin/users", "/admin/users/new", "/audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "Akses ditolak (403)" })).toBeVisible();
  }
});

for (const phone of [false, true]) {
  test(`axe finds no serious violation on the admin pages${phone ? " on a phone" : ""}`, async ({ page }) => {
    if (phone) await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, "admin@timbang.test");
    for (const path of ["/admin", "/admin/users", "/admin/users/new", "/audit"]) {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page);
    }
    await page.goto("/admin/users?q=seller%40timbang.test");
    await page.getByRole("link", { name: /Dinda Maharani/ }).first().click();
    await expect(page).toHaveURL(/\/admin\/users\/[0-9a-f-]{36}$/);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Nonaktifkan akun" }).click();
    await expectNoSeriousA11yViolations(page);
  });
}
