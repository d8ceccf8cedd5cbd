import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";
import { CSV_COLUMNS } from "../../lib/validation/ingest-csv";
import { FORMULA, HOSTILE, HOSTILE_TEXT, hostileLong, hostileText, unbroken } from "../support/hostile";
import { signIn } from "../support/session";
import { expectHostileSafe, formulaCells, watchDialogs } from "./inert";

// Hostile CSV, both ways: every CSV the app writes (statements export, transparency report,
// dashboard chart data, the import's error report) neutralises formulas — the hostile shop's
// decision facts start with =, +, -, @, tab and CR — and an imported CSV whose cells carry the
// corpus is shown as text in the preview, the summary and the queue.

const jakartaDay = (offsetDays = 0) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date(Date.now() + offsetDays * 86_400_000));

test("the statements export neutralises every formula leader in the facts", async ({ page }) => {
  await signIn(page, "manager@timbang.test");
  const response = await page.request.get(`/api/exports/statements?from=${jakartaDay(-7)}&to=${jakartaDay()}&platform=${HOSTILE.platformId}&format=csv`);
  expect(response.status()).toBe(200);
  const csv = await response.text();
  const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
  const facts = rows.map((r) => r.decision_facts ?? "");
  // Six warnings whose facts start with =, +, -, @, tab and CR. Statements store the facts trimmed
  // (so tab and CR are gone); whatever still starts with a formula character sits behind an apostrophe.
  for (const original of HOSTILE_TEXT.warnFacts) {
    const stored = original.trim();
    const expected = /^[=+\-@]/.test(stored) ? `'${stored}` : stored;
    expect(facts.includes(expected), JSON.stringify(original.slice(0, 30))).toBe(true);
  }
  expect(facts.filter((f) => f.startsWith("'")).length).toBeGreaterThanOrEqual(5);
  // The takedown's =HYPERLINK(…) (its URL is scrubbed as contact data) is text too.
  expect(facts.filter((f) => f.startsWith(`'=HYPERLINK(`))).toHaveLength(1);
  expect(formulaCells(csv)).toEqual([]);
});

test("the transparency report and every dashboard chart download as formula-safe CSV", async ({ page }) => {
  await signIn(page, "manager@timbang.test");
  const report = await page.request.get(`/api/transparency?platform=${HOSTILE.platformId}&range=30&format=csv`);
  expect(report.status()).toBe(200);
  expect(formulaCells(await report.text())).toEqual([]);
  await page.goto(`/dashboard?platform=${HOSTILE.platformId}`);
  const buttons = page.getByRole("button", { name: "Unduh CSV" });
  await expect(buttons.first()).toBeVisible();
  const count = await buttons.count();
  expect(count).toBeGreaterThanOrEqual(8);
  for (let i = 0; i < count; i += 1) {
    const [download] = await Promise.all([page.waitForEvent("download"), buttons.nth(i).click()]);
    expect(formulaCells(readFileSync((await download.path())!, "utf8")), download.suggestedFilename()).toEqual([]);
  }
});

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

function csvRow(values: Record<string, string>): string {
  return CSV_COLUMNS.map((c) => `"${(values[c.name] ?? "").replace(/"/g, '""')}"`).join(",");
}

function hostileImport(): { csv: Buffer; shop: string; title: string } {
  const shop = `${hostileText(`-TokoCsv${run}`, 150)}`;
  const title = hostileText(`+ImporCsv${run}`, 500);
  const base = {
    platform: "tokopedia",
    source: "user_report",
    reason: "imported_used_clothing_retail",
    observed_at: "2025-11-07 10:55",
    listing_url: `https://example.com/hostile/${run}`,
    listing_title: title,
    listing_description: hostileLong(`DeskripsiCsv${run}`, 10_000),
    price_idr: "150000",
    stock: "1",
    category: `@SUM(1+1) ${hostileText("KategoriCsv", 150)}`,
    seller_external_id: `hostile-csv-${run}`,
    shop_name: shop,
    province: "Jawa Barat",
  };
  const row = (n: number, over: Record<string, string> = {}) =>
    csvRow({ ...base, source_reference: `hostile-csv-${run}-${n}`, listing_external_id: `hostile-csv-${run}-${n}`, note: `${FORMULA} cmd|' /C calc'!A0`, ...over });
  const lines = [
    CSV_COLUMNS.map((c) => c.name).join(","),
    row(1),
    row(2, { listing_url: "javascript:alert(document.cookie)" }),
    row(3, { price_idr: "=1+1", stock: "@2", confidence: "-1+1" }),
    row(4, { platform: "' OR 1=1 --" }),
    row(5, { observed_at: "\r=NOW()", listing_title: unbroken(600) }),
  ];
  return { csv: Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8"), shop, title };
}

async function errorReport(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /Unduh laporan kesalahan/ }).last().click()]);
  return readFileSync((await download.path())!, "utf8");
}

test("an imported CSV full of hostile cells is shown as text, and its error report is formula-safe", async ({ page }) => {
  const dialogs = watchDialogs(page);
  const { csv, shop, title } = hostileImport();
  // A senior moderator may both import flags and search shops.
  await signIn(page, "senior@timbang.test");
  await page.goto("/admin/import");
  await page.getByLabel("File CSV", { exact: true }).setInputFiles({ name: "hostile.csv", mimeType: "text/csv", buffer: csv });
  await expect(page.getByTestId("import-preview-counts")).toContainText("5 baris");
  await expect(page.getByTestId("import-preview-counts")).toContainText("1 valid");
  await expect(page.getByRole("row", { name: /javascript:alert\(document\.cookie\)/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /' OR 1=1 --/ })).toBeVisible();
  await expectHostileSafe(page, dialogs, [unbroken(600)]);
  const preview = await errorReport(page);
  const cells = Papa.parse<string[]>(preview.replace(/^\uFEFF/, "")).data.flat();
  for (const value of ["'=1+1", "'@2", "'-1+1", "'=NOW()", "javascript:alert(document.cookie)", "' OR 1=1 --"]) expect(cells).toContain(value);
  expect(formulaCells(preview)).toEqual([]);

  await page.getByRole("button", { name: /Impor 1 baris valid/ }).click();
  await expect(page.getByRole("heading", { name: "Impor selesai" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId("import-summary")).toContainText("Diimpor1");
  await expectHostileSafe(page, dialogs);
  expect(formulaCells(await errorReport(page))).toEqual([]);

  // The imported shop and listing, in the staff seller search and the queue, as text.
  await page.goto(`/escalations/new?q=${encodeURIComponent(`TokoCsv${run}`)}`);
  const result = page.locator('section[aria-labelledby="seller-results"] li');
  await expect(result).toHaveCount(1);
  await expectHostileSafe(page, dialogs, [shop]);
  const sellerId = /seller=([0-9a-f-]{36})/.exec((await result.getByRole("link").getAttribute("href")) ?? "")?.[1];
  await page.goto(`/queue?seller=${sellerId}`);
  await expect(page.getByRole("link", { name: new RegExp(`ImporCsv${run}`) })).toBeVisible();
  await expectHostileSafe(page, dialogs, [title, shop]);
});
