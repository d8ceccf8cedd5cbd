import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "../support/session";
import { checkPageInBothLanguages, expectNoHorizontalScroll, PHONE, tinyPdf, tinyPng } from "./support";

// The seller's whole appeal, at phone size, on the seeded demo: seller@timbang.test has a takedown
// inside its appeal window. Serial: each step builds on the one before.
test.describe.configure({ mode: "serial" });
test.use(PHONE);

const state: { caseUrl: string; newUrl: string; appealUrl: string; evidenceUrls: string[]; shop: string; pointsBefore: number; decisionPoints: number } = {
  caseUrl: "",
  newUrl: "",
  appealUrl: "",
  evidenceUrls: [],
  shop: "",
  pointsBefore: 0,
  decisionPoints: 0,
};

async function sellerPage(browser: Browser, email = "seller@timbang.test"): Promise<Page> {
  const context = await browser.newContext({ ...PHONE, locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

function shopPoints(text: string): number {
  return Number(/(\d+) poin aktif/.exec(text)?.[1] ?? 0);
}

test("the seller reads the statement of a takedown, on a phone, in both languages", async ({ browser }) => {
  const page = await sellerPage(browser);
  await expect(page).toHaveURL(/\/seller$/);
  await checkPageInBothLanguages(page);
  // The oldest takedown still open to appeal: the seeded one (decided by moderator, so moderator2
  // may review it). Other specs may add newer takedowns of the same shop, decided by moderator2.
  const item = page.getByRole("link").filter({ hasText: "Diturunkan" }).filter({ hasText: "Banding sampai" }).last();
  await expect(item).toBeVisible();
  state.decisionPoints = Number(/(\d+) poin/.exec((await item.textContent()) ?? "")?.[1] ?? 0);
  expect(state.decisionPoints).toBeGreaterThan(0);
  await item.click();
  await expect(page).toHaveURL(/\/seller\/cases\/[0-9a-f-]{36}$/);
  state.caseUrl = new URL(page.url()).pathname;
  const header = (await page.locator("header p.text-sm").first().textContent()) ?? "";
  state.shop = header.split(" di ")[0]?.trim() ?? "";
  await expect(page.getByRole("heading", { name: "Alasan keputusan" })).toBeVisible();
  for (const section of ["Apa yang diputuskan", "Apa yang kami temukan", "Aturan yang dilanggar", "Dasar hukum", "Yang bisa Anda lakukan"]) {
    await expect(page.getByRole("heading", { name: section })).toBeVisible();
  }
  await expect(page.getByText("Produk saat ini tidak tampil.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Produk saat diputuskan" })).toBeVisible();
  await expect(page.getByText(/Anda bisa mengajukan banding sampai/)).toBeVisible();
  await checkPageInBothLanguages(page);

  await page.goto("/seller");
  state.pointsBefore = shopPoints((await page.getByRole("article", { name: state.shop }).textContent()) ?? "");
  expect(state.pointsBefore).toBeGreaterThanOrEqual(state.decisionPoints);
  await page.context().close();
});

test("invalid files are refused with a message, whatever their name says", async ({ browser }) => {
  const page = await sellerPage(browser);
  await page.goto(state.caseUrl);
  await page.getByRole("link", { name: "Ajukan banding" }).click();
  await expect(page).toHaveURL(/\/seller\/appeals\/new\?decision=/);
  state.newUrl = new URL(page.url()).pathname + new URL(page.url()).search;
  await checkPageInBothLanguages(page);
  const files = page.locator('input[type="file"]');
  await files.setInputFiles({ name: "foto-label.jpg", mimeType: "image/jpeg", buffer: Buffer.from("<!DOCTYPE html><script>alert(1)</script>") });
  await expect(page.getByText("foto-label.jpg: jenis berkas tidak diterima. Gunakan foto JPEG, PNG, WebP, atau PDF.")).toBeVisible();
  await files.setInputFiles({ name: "nota.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ\x90\x00 this is an executable") });
  await expect(page.getByText("nota.pdf: jenis berkas tidak diterima.", { exact: false })).toBeVisible();
  await files.setInputFiles({ name: "gambar.svg", mimeType: "image/svg+xml", buffer: Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>") });
  await expect(page.getByText("gambar.svg: jenis berkas tidak diterima.", { exact: false })).toBeVisible();
  const big = Buffer.alloc(5 * 1024 * 1024 + 1);
  tinyPng().copy(big);
  await files.setInputFiles({ name: "besar.png", mimeType: "image/png", buffer: big });
  await expect(page.getByText("besar.png: berkas lebih dari 5 MB.")).toBeVisible();
  await files.setInputFiles(Array.from({ length: 6 }, (_, i) => ({ name: `foto-${i + 1}.png`, mimeType: "image/png", buffer: tinyPng() })));
  await expect(page.getByText("Paling banyak 5 berkas.")).toBeVisible();
  await expect(page.getByText("5 dari 5 berkas")).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.context().close();
});

test("the seller appeals with a photo and a PDF; what they typed survives an error", async ({ browser }) => {
  const page = await sellerPage(browser);
  await page.goto(state.newUrl);
  await page.getByRole("button", { name: "Kirim banding" }).click();
  await expect(page.getByText("Tulis penjelasan Anda.")).toBeVisible();
  await expect(page.getByText("Centang pernyataan ini untuk mengirim banding.")).toBeVisible();

  const explanation = "Celana ini saya beli dari penjahit di Bandung, bukan barang impor. Nota dan foto label saya lampirkan.";
  await page.getByLabel("Penjelasan Anda").fill(explanation);
  await page.getByLabel("Nomor produk atau pesanan (opsional)").fill("INV-2026-0412");
  await page.locator('input[type="file"]').setInputFiles([
    { name: "foto-label.png", mimeType: "image/png", buffer: tinyPng() },
    { name: "nota-pembelian.pdf", mimeType: "application/pdf", buffer: tinyPdf() },
  ]);
  await page.getByRole("button", { name: "Kirim banding" }).click();
  await expect(page.getByText("Centang pernyataan ini untuk mengirim banding.")).toBeVisible();
  await expect(page.getByLabel("Penjelasan Anda")).toHaveValue(explanation);
  await expect(page.getByText("2 dari 5 berkas")).toBeVisible();

  await page.getByLabel(/Saya menyatakan bahwa keterangan/).check();
  await page.getByRole("button", { name: "Kirim banding" }).click();
  await expect(page).toHaveURL(/\/seller\/appeals\/[0-9a-f-]{36}$/);
  state.appealUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { name: "Sedang ditinjau" })).toBeVisible();
  await expect(page.getByText(explanation)).toBeVisible();
  await expect(page.getByRole("img", { name: "Bukti foto: foto-label.png" })).toBeVisible();
  const pdf = page.getByRole("link", { name: /Unduh nota-pembelian\.pdf/ });
  await expect(pdf).toBeVisible();
  state.evidenceUrls = [
    (await page.getByRole("img", { name: "Bukti foto: foto-label.png" }).getAttribute("src")) ?? "",
    (await pdf.getAttribute("href")) ?? "",
  ];
  expect(state.evidenceUrls.every((u) => u.startsWith("/api/evidence/"))).toBe(true);
  const download = await page.request.get(state.evidenceUrls[1]!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  await checkPageInBothLanguages(page);

  // The case now shows the appeal under review, and a second appeal is refused.
  await page.goto(state.caseUrl);
  await expect(page.getByText(/Banding Anda sedang ditinjau/)).toBeVisible();
  await page.goto(state.newUrl);
  await expect(page.getByText("Banding Anda sedang ditinjau.")).toBeVisible();
  await page.context().close();
});

test("moderator2 grants the appeal", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const page = await context.newPage();
  await signIn(page, "moderator2@timbang.test");
  const id = state.appealUrl.split("/").at(-1)!;
  await page.goto("/appeals");
  await expect(page.locator(`a[href="/appeals/${id}"]`)).toBeVisible();
  await page.goto(`/appeals/${id}`);
  await expect(page.getByRole("img", { name: "Bukti foto: foto-label.png" })).toBeVisible();
  await page.getByRole("button", { name: "Ambil untuk ditinjau" }).click();
  await expect(page.getByText(/Anda sedang meninjau banding ini/)).toBeVisible();
  await page.getByRole("radio", { name: /Kabulkan/ }).check();
  await page.getByLabel("Alasan untuk penjual").fill("Nota pembelian dari penjahit lokal dan foto label menunjukkan barang dalam negeri. Keputusan dibatalkan.");
  await page.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(page.getByText(/Diputuskan oleh .* Dikabulkan/)).toBeVisible();
  await context.close();
});

test("the seller sees the outcome in Indonesian: listing live again, points gone", async ({ browser }) => {
  const page = await sellerPage(browser);
  await page.goto(state.appealUrl);
  await expect(page.getByRole("heading", { name: "Dikabulkan" })).toBeVisible();
  await expect(page.getByText(/Keputusan dibatalkan: produk tampil kembali, poin pelanggaran dicabut/)).toBeVisible();
  await expect(page.getByText(/Nota pembelian dari penjahit lokal/)).toBeVisible();
  await page.goto(state.caseUrl);
  await expect(page.getByText("Produk saat ini tampil.")).toBeVisible();
  await expect(page.getByText(/Keputusan ini sudah dibatalkan/)).toBeVisible();
  await page.goto("/seller");
  await expect(page.getByText(/^Banding dikabulkan/).first()).toBeVisible();
  const card = page.getByRole("article", { name: state.shop });
  await expect(card).toBeVisible();
  expect(shopPoints((await card.textContent()) ?? "")).toBe(state.pointsBefore - state.decisionPoints);
  await page.context().close();
});

test("seller2 gets 404 on the seller's case, appeal, appeal form and evidence", async ({ browser }) => {
  const page = await sellerPage(browser, "seller2@timbang.test");
  for (const url of [state.caseUrl, state.appealUrl, state.newUrl]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole("heading", { name: /404/ })).toBeVisible();
  }
  for (const url of state.evidenceUrls) {
    expect((await page.request.get(url)).status(), url).toBe(404);
  }
  await page.context().close();
});
