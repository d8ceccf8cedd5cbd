import { expect, request, test } from "@playwright/test";
import { CSV_COLUMNS } from "../../lib/validation/ingest-csv";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { signIn } from "../support/session";

// Platform integration end to end: an admin creates a key, the key pushes flags, the cases show
// up in the moderators' queue; an admin imports a 10,000-row CSV.

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

function flag(n: number) {
  return {
    listing: {
      external_id: `e2e-${run}-${n}`,
      url: `https://www.tokopedia.com/e2e/${run}-${n}`,
      title: `Balpres jaket impor Korea uji-${run}-${n}`,
      description: "Bal 100 kg isi 300 pcs, grade kepala. Live dari gudang.",
      price_idr: 6_500_000,
      stock: 400,
      category: "Pakaian Pria",
      image_urls: [],
    },
    seller: { external_id: `e2e-shop-${run}`, shop_name: `Gudang Uji ${run}`, province: "Jawa Barat", umkm_tier: "kecil" },
    source: "trusted_flagger",
    source_reference: `e2e-${run}-${n}`,
    reason: "imported_used_clothing_bulk",
    confidence: 0.95,
    observed_at: "2025-11-07T10:55:00+07:00",
  };
}

test("an admin creates a platform key; the key posts flags; the new cases are in the queue", async ({ page, browser, baseURL }) => {
  await signIn(page, "admin@timbang.test");
  await page.goto("/admin/api-keys");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByLabel(/Nama kunci/).fill(`Classifier uji ${run}`);
  await page.getByLabel(/^Platform$/).selectOption({ label: "Tokopedia" });
  await page.getByRole("button", { name: "Buat kunci" }).click();
  const keyBox = page.getByTestId("new-api-key");
  await expect(keyBox).toHaveValue(/^tmb_[A-Za-z0-9_-]{43}$/);
  const key = await keyBox.inputValue();
  const row = page.getByRole("row", { name: new RegExp(`Classifier uji ${run}`) });
  await expect(row).toContainText("Tokopedia");
  await expect(row).toContainText(key.slice(0, 12));
  await expect(row).toContainText("Belum pernah");
  await expectNoSeriousA11yViolations(page);

  // The platform's system: no cookies, only the key.
  const api = await request.newContext({ baseURL });
  const auth = { Authorization: `Bearer ${key}` };
  const batch = { flags: [flag(1), flag(2), flag(3)] };
  const first = await api.post("/api/v1/flags", { headers: auth, data: batch });
  expect(first.status()).toBe(200);
  expect(await first.json()).toEqual({ accepted: 3, duplicates: 0, cases_opened: 3, cases_updated: 0 });
  const again = await api.post("/api/v1/flags", { headers: auth, data: batch });
  expect(await again.json()).toEqual({ accepted: 0, duplicates: 3, cases_opened: 0, cases_updated: 0 });
  const bad = await api.post("/api/v1/flags", { headers: auth, data: { flags: [{ ...flag(4), confidence: 3 }] } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).errors).toEqual([expect.objectContaining({ index: 0, path: "confidence" })]);
  expect((await api.post("/api/v1/flags", { data: batch })).status()).toBe(401);
  const feed = await api.get("/api/v1/decisions?limit=5", { headers: auth });
  expect(feed.status()).toBe(200);
  expect(await feed.json()).toMatchObject({ entries: expect.any(Array), has_more: expect.any(Boolean) });
  expect((await api.get("/api/v1/openapi.json")).status()).toBe(200);
  await api.dispose();

  // The key was used; a moderator finds the cases in the queue.
  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(`Classifier uji ${run}`) })).not.toContainText("Belum pernah");
  const moderator = await browser.newContext();
  const queuePage = await moderator.newPage();
  await signIn(queuePage, "moderator@timbang.test");
  await queuePage.goto("/queue?platform=tokopedia&source=trusted_flagger");
  for (const n of [1, 2, 3]) await expect(queuePage.getByText(`uji-${run}-${n}`, { exact: false })).toBeVisible();
  await moderator.close();
});

test("an admin imports a 10,000-row CSV with a progress bar and sees the summary", async ({ page }) => {
  test.setTimeout(300_000);
  const header = CSV_COLUMNS.map((c) => c.name);
  const lines = [header.join(";")];
  for (let i = 0; i < 10_000; i += 1) {
    const values: Record<string, string> = {
      platform: i % 2 === 0 ? "tokopedia" : "shopee",
      source: "user_report",
      source_reference: `csv-${run}-${i}`,
      reason: "imported_used_clothing_retail",
      observed_at: "2025-11-07 10:55",
      confidence: "",
      note: "",
      listing_external_id: `csv-${run}-${i}`,
      listing_url: `https://example.com/p/${run}/${i}`,
      // Legal-side words and a single piece keep these at the bottom of the queue.
      listing_title: `Kemeja flanel preloved pribadi jarang dipakai ${i}`,
      listing_description: "Punya sendiri, 1 pcs",
      price_idr: "85.000",
      stock: "1",
      category: "Pakaian Pria",
      image_urls: "",
      seller_external_id: `csv-shop-${run}-${i % 500}`,
      shop_name: `Lemari Uji ${i % 500}`,
      province: "DI Yogyakarta",
      umkm_tier: "mikro",
      nib: "",
    };
    // Three broken rows: the summary must count them as rejected.
    if (i === 10) values.price_idr = "murah";
    if (i === 500) values.listing_url = "bukan tautan";
    if (i === 9_999) values.platform = "bukalapak";
    lines.push(header.map((h) => values[h] ?? "").join(";"));
  }
  const csv = Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");

  await signIn(page, "admin@timbang.test");
  await page.goto("/admin/import");
  await expect(page.getByRole("link", { name: "Unduh templat" })).toHaveAttribute("href", "/admin/import/template");
  await page.getByLabel("File CSV", { exact: true }).setInputFiles({ name: "daftar-kementerian.csv", mimeType: "text/csv", buffer: csv });
  await expect(page.getByTestId("import-preview-counts")).toContainText("10.000 baris");
  await expect(page.getByTestId("import-preview-counts")).toContainText("9.997 valid");
  // Errors by spreadsheet row (header = row 1) and column.
  await expect(page.getByRole("row", { name: /^12 price_idr murah price_idr bukan bilangan bulat/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /^502 listing_url bukan tautan/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /^10001 platform bukalapak Platform tidak dikenal/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: /Impor 9\.997 baris valid/ }).click();
  const bar = page.getByRole("progressbar");
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute("aria-valuemax", "9997");
  await expect(page.getByRole("heading", { name: "Impor selesai" })).toBeVisible({ timeout: 240_000 });
  await expect(bar).toHaveAttribute("aria-valuenow", "9997");
  const summary = page.getByTestId("import-summary");
  await expect(summary).toContainText("Diimpor9.997");
  await expect(summary).toContainText("Duplikat0");
  await expect(summary).toContainText("Baris ditolak3");
  await expect(summary).toContainText("Kasus dibuka9.997");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: /Unduh laporan kesalahan \(3\)/ }).last().click();
  expect((await download).suggestedFilename()).toBe("daftar-kementerian-errors.csv");
});
