import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { STATEMENT_EXPORT_FIELDS } from "../../lib/exports/statements";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { signedInRequest } from "../support/personas";
import { signIn } from "../support/session";

const CHARTS = ["takedowns", "tiers", "appeals", "outcomes", "handling", "backlog", "account-actions", "sources"] as const;
const chart = (page: Page, id: string) => page.locator(`section[data-chart="${id}"]`);

async function openDashboard(page: Page, query = "") {
  await signIn(page, "manager@timbang.test");
  await page.goto(`/dashboard${query}`);
  await expect(page.getByRole("heading", { level: 1, name: "Dasbor penegakan" })).toBeVisible();
  // Charts measure their container on the client before drawing.
  for (const id of CHARTS) await expect(chart(page, id).locator("svg.recharts-surface").first()).toBeVisible();
}

test("the manager sees every chart drawn from the seeded data", async ({ page }) => {
  await openDashboard(page, "?range=90");
  for (const id of CHARTS) {
    await expect(chart(page, id).getByRole("heading", { level: 2 })).not.toBeEmpty();
    await expect(chart(page, id).locator("[data-insight]")).not.toBeEmpty();
  }
  // The seed's history has takedowns, clears, flags of every tier, resolved cases per source,
  // decided appeals and approved escalations with account actions.
  for (const id of ["takedowns", "tiers", "outcomes", "sources", "handling", "appeals", "account-actions"]) {
    expect(await chart(page, id).locator(".recharts-bar-rectangle path, path.recharts-rectangle").count(), id).toBeGreaterThan(0);
  }
  await expect(chart(page, "backlog").locator(".recharts-area-area").first()).toBeVisible();
  await expect(chart(page, "takedowns").locator("[data-insight]")).toContainText(/paling banyak menurunkan produk/);
  await expect(chart(page, "tiers").locator("[data-insight]")).toContainText(/Penjual mikro: \d/);
  await expect(page.locator('[data-headline="takedowns"] dd').first()).toHaveText(/^\d+$/);
  await expect(page.locator('[data-headline="grant-rate"] dd').first()).toHaveText(/^\d+(,\d+)?%$/);
  await expect(chart(page, "account-actions").locator("[data-insight]")).toContainText(/persetujuan mengesampingkan pengaman/);
});

test("the key findings answer the manager's three questions above the fold", async ({ page }) => {
  await openDashboard(page);
  const findings = page.getByRole("region", { name: "Temuan utama" });
  await expect(findings.locator('[data-finding="takedowns"]')).toHaveText(/^\S.* paling banyak menurunkan produk: \d+ dari \d+ penurunan \(\d+(,\d+)?%\)\.$/);
  await expect(findings.locator('[data-finding="appeals"]')).toHaveText(/^\d+(,\d+)?% banding dikabulkan: \d+ dari \d+ yang diputus\.$/);
  await expect(findings.locator('[data-finding="mikro"]')).toHaveText(/^Penjual mikro: \d+(,\d+)?% laporan, \d+(,\d+)?% penurunan, .* dalam laporan\.$/);
  // The same sentences as the charts' findings, and all of it inside the first 1440×900 screen.
  await expect(findings.locator('[data-finding="takedowns"]')).toHaveText((await chart(page, "takedowns").locator("[data-insight]").textContent()) ?? "");
  const box = await findings.boundingBox();
  expect((box?.y ?? 900) + (box?.height ?? 0)).toBeLessThan(900);

  await page.getByRole("combobox", { name: "Platform" }).selectOption("lazada");
  await expect(page).toHaveURL(/platform=lazada/);
  await expect(findings.locator('[data-finding="takedowns"]')).toHaveText(/^Lazada: \d+ penurunan produk dalam periode ini\.$/);
});

test("switching platform and range changes the URL and the charts", async ({ page }) => {
  await openDashboard(page);
  const takedownInsight = chart(page, "takedowns").locator("[data-insight]");
  const before = await takedownInsight.textContent();
  await expect(chart(page, "takedowns").locator(".recharts-legend-item")).toHaveCount(4);

  await page.getByRole("combobox", { name: "Platform" }).selectOption("shopee");
  await expect(page).toHaveURL(/[?&]platform=shopee/);
  await expect(chart(page, "takedowns").locator(".recharts-legend-item")).toHaveCount(1);
  await expect(chart(page, "takedowns").locator(".recharts-legend-item")).toHaveText(/^Shopee \(\d+\)$/);
  await expect(chart(page, "outcomes").locator(".recharts-yAxis .recharts-cartesian-axis-tick")).toHaveCount(1);
  await expect(takedownInsight).not.toHaveText(before ?? "");

  await page.getByText("7 hari terakhir", { exact: true }).click();
  await expect(page).toHaveURL(/range=7/);
  await expect(page).toHaveURL(/platform=shopee/);
  await chart(page, "takedowns").getByRole("button", { name: "Tampilkan tabel data" }).click();
  await expect(chart(page, "takedowns").locator("tbody tr")).toHaveCount(7);
  await expect(chart(page, "takedowns").locator("thead th")).toHaveText(["Periode mulai", "Shopee"]);

  await page.getByText("Pilih tanggal", { exact: true }).click();
  await page.getByLabel("Dari", { exact: true }).fill("2026-01-01");
  await page.getByLabel("Sampai", { exact: true }).fill("2026-03-31");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/range=custom&from=2026-01-01&to=2026-03-31/);
  await expect(page.getByText("1 Januari 2026 – 31 Maret 2026")).toBeVisible();
});

test("a chart opens its data table and downloads exactly those numbers as CSV", async ({ page }) => {
  await openDashboard(page);
  const tiers = chart(page, "tiers");
  const toggle = tiers.getByRole("button", { name: "Tampilkan tabel data" });
  await toggle.click();
  await expect(tiers.getByRole("button", { name: "Sembunyikan tabel data" })).toHaveAttribute("aria-expanded", "true");
  const table = tiers.getByRole("table");
  await expect(table).toBeVisible();
  const headers = await table.locator("thead th").allTextContents();
  expect(headers).toEqual(["Skala UMKM", "Porsi laporan", "Porsi penurunan", "Porsi tindakan akun"]);
  const firstRow = await table.locator("tbody tr").first().locator("th, td").allTextContents();
  expect(firstRow[0]).toBe("Mikro");

  const [download] = await Promise.all([page.waitForEvent("download"), tiers.getByRole("button", { name: "Unduh CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^timbang-umkm-tiers_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "").trimEnd().split("\r\n");
  expect(csv[0]).toBe(headers.join(","));
  expect(csv).toHaveLength((await table.locator("tbody tr").count()) + 1);
  const [label, flags, takedowns] = csv[1]!.split(",");
  expect(label).toBe("Mikro");
  // The table shows "61,2%" where the CSV has 61.2: the same number.
  expect(firstRow[1]).toBe(`${flags!.replace(".", ",")}%`);
  expect(firstRow[2]).toBe(`${takedowns!.replace(".", ",")}%`);
});

test("the dashboard and the transparency report have no serious accessibility violations", async ({ page }) => {
  await openDashboard(page);
  await chart(page, "takedowns").getByRole("button", { name: "Tampilkan tabel data" }).click();
  await expectNoSeriousA11yViolations(page);
  await page.goto("/transparency?platform=tokopedia&range=90");
  await expect(page.getByRole("heading", { level: 1, name: /Laporan transparansi: Tokopedia/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Laporan menurut sumber" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("the transparency report downloads and the statement export streams without personal data", async ({ page, baseURL }) => {
  await signIn(page, "manager@timbang.test");
  const report = await page.request.get("/api/transparency?platform=shopee&range=90&format=csv");
  expect(report.status()).toBe(200);
  expect((await report.text()).replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("section,item,measure,value");

  const exported = await page.request.get("/api/exports/statements?format=csv");
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-disposition"]).toMatch(/attachment; filename="timbang-statements_.*\.csv"/);
  const lines = (await exported.text()).trimEnd().split("\r\n");
  expect(lines[0]).toBe(STATEMENT_EXPORT_FIELDS.join(","));
  expect(lines.length).toBeGreaterThan(1);
  const jsonl = await page.request.get("/api/exports/statements?platform=tokopedia");
  const first = JSON.parse((await jsonl.text()).split("\n")[0]!) as Record<string, unknown>;
  expect(Object.keys(first)).toEqual([...STATEMENT_EXPORT_FIELDS]);
  expect(first.platform_name).toBe("Tokopedia");
  expect((await page.request.get("/api/exports/statements?from=2026-13-01&to=2026-01-01")).status()).toBe(400);

  const moderator = await signedInRequest(baseURL!, "moderator@timbang.test");
  expect((await moderator.get("/api/exports/statements")).status()).toBe(403);
  await moderator.dispose();
});

test("a moderator gets 403 on /dashboard and /transparency", async ({ page }) => {
  await signIn(page, "moderator@timbang.test");
  for (const path of ["/dashboard", "/transparency"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: /403/ })).toBeVisible();
  }
});
