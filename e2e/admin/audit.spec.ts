import { expect, test, type Page } from "@playwright/test";
import { signIn } from "../support/session";
import { createUserViaUi } from "./helpers";

const jakartaDay = (offsetDays = 0) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date(Date.now() + offsetDays * 86_400_000));

/** The action of each row in the desktop table, top to bottom. */
const actions = (page: Page) => page.getByRole("table").getByRole("rowheader").allInnerTexts();

async function applyFilters(page: Page, fields: Record<string, string>) {
  await page.goto("/audit");
  for (const [label, value] of Object.entries(fields)) {
    const field = page.getByLabel(label, { exact: true });
    if (label === "Jenis subjek") await field.selectOption({ label: value });
    else await field.fill(value);
  }
  await page.getByRole("button", { name: "Terapkan" }).click();
}

test("the audit log shows user administration events as inert text, filtered through the URL", async ({ page }) => {
  await signIn(page, "admin@timbang.test");
  const hostile = `<img src=x onerror="window.__xss=1">Uji ${Date.now()}`;
  const user = await createUserViaUi(page, { role: "Moderator", name: hostile });
  await page.getByRole("combobox", { name: "Peran" }).selectOption({ label: "Manajer" });
  await page.getByRole("button", { name: "Simpan peran" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Peran diubah" })).toBeVisible();
  await page.getByRole("button", { name: "Nonaktifkan akun" }).click();
  await page.getByRole("button", { name: "Ya, nonaktifkan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Akun dinonaktifkan." })).toBeVisible();

  // The user's history, from their page: newest first, by the admin, data as text.
  await page.getByRole("link", { name: "Lihat semua di log audit" }).click();
  await expect(page).toHaveURL(new RegExp(`/audit\\?subjectType=user&subjectId=${user.id}$`));
  expect(await actions(page)).toEqual(["user.disabled", "user.role_changed", "user.created"]);
  const table = page.getByRole("table");
  const roleChange = table.getByRole("row").filter({ hasText: "user.role_changed" });
  await expect(roleChange).toContainText("from: moderator");
  await expect(roleChange).toContainText("to: manager");
  await expect(table.getByRole("row").filter({ hasText: "user.created" })).toContainText("Agus Setiawan");
  await expect(table.getByText(hostile, { exact: false })).toBeVisible();
  await expect(page.locator("main img")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(table.getByText(/password|argon2/i)).toHaveCount(0);

  // The form: actor by email, action by prefix; both land in the URL.
  await applyFilters(page, { Pelaku: "admin@timbang.test", Tindakan: "user.role" });
  await expect(page).toHaveURL(/actor=admin%40timbang\.test/);
  await expect(page).toHaveURL(/action=user\.role/);
  const roleChanges = await actions(page);
  expect(roleChanges.length).toBeGreaterThan(0);
  expect(roleChanges.every((a) => a === "user.role_changed")).toBe(true);

  // Subject type and today's date (Jakarta) find it; tomorrow finds nothing.
  await applyFilters(page, { "Jenis subjek": "Pengguna", Tindakan: "user.disabled", "Dari tanggal": jakartaDay(), "Sampai tanggal": jakartaDay() });
  await expect(page).toHaveURL(/subjectType=user/);
  await expect(page.getByRole("table").getByText(user.email)).toBeVisible();
  await applyFilters(page, { Tindakan: "user.disabled", "Dari tanggal": jakartaDay(1) });
  await expect(page.getByText("Tidak ada peristiwa yang cocok dengan penyaring ini.")).toBeVisible();

  // An actor who did nothing, and the reset link.
  await applyFilters(page, { Pelaku: "tidak-ada-orang-ini" });
  await expect(page.getByText("Tidak ada peristiwa yang cocok dengan penyaring ini.")).toBeVisible();
  await page.getByRole("link", { name: "Hapus penyaring" }).click();
  await expect(page).toHaveURL(/\/audit$/);
});

test("the audit log pages back in time, newest first", async ({ page }) => {
  await signIn(page, "manager@timbang.test");
  await page.goto("/audit");
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(51);
  const firstPage = await page.getByRole("table").locator("time").allInnerTexts();
  await page.getByRole("link", { name: "Lebih lama" }).click();
  await expect(page).toHaveURL(/before=/);
  const secondPage = await page.getByRole("table").locator("time").allInnerTexts();
  expect(secondPage[0]).not.toBe(firstPage[0]);
  const times = await page.getByRole("table").locator("time").evaluateAll((els) => els.map((el) => el.getAttribute("datetime") ?? ""));
  expect([...times].sort().reverse()).toEqual(times);
  await page.getByRole("link", { name: "Kembali ke terbaru" }).click();
  await expect(page).toHaveURL(/\/audit$/);
});

test("a manager reads the audit log and opens a case from it, but not the user administration", async ({ page }) => {
  await signIn(page, "manager@timbang.test");
  expect((await page.goto("/admin/users"))?.status()).toBe(403);
  expect((await page.goto("/audit?subjectType=case&action=case.decided"))?.status()).toBe(200);
  const caseLink = page.getByRole("table").getByRole("link", { name: /…$/ }).first();
  const href = await caseLink.getAttribute("href");
  expect(href).toMatch(/^\/cases\/[0-9a-f-]{36}$/);
  await caseLink.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});
