import { expect, test } from "@playwright/test";
import { signIn } from "../support/session";
import { reviewNext } from "./helpers";

test("a second moderator cannot decide a case the first one holds", async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  try {
    const a = await first.newPage();
    await signIn(a, "senior@timbang.test");
    const caseId = await reviewNext(a);

    const b = await second.newPage();
    await signIn(b, "moderator2@timbang.test");
    await b.goto(`/cases/${caseId}`);
    await expect(b.getByText(/Sedang ditinjau oleh Hendra Wijaya/)).toBeVisible();
    await expect(b.getByRole("radio", { name: /Turunkan produk/ })).toBeDisabled();
    await expect(b.getByRole("button", { name: /^Kirim s$/ })).toBeDisabled();
    // The shortcut does nothing either.
    await b.keyboard.press("t");
    await expect(b.getByRole("radio", { name: /Turunkan produk/ })).not.toBeChecked();

    // The server refuses the lease too, whatever the page shows.
    const lease = await b.request.post(`/api/cases/${caseId}/lease?op=claim`);
    expect(lease.status()).toBe(409);
    expect((await lease.json()).error).toMatch(/sedang ditinjau moderator lain/);

    // The queue shows who is reviewing it.
    await b.goto("/queue?state=in_review");
    await expect(b.getByRole("row").filter({ hasText: "Ditinjau Hendra Wijaya" }).first()).toBeVisible();

    // Once the first moderator decides, the case is no longer open to the second.
    await a.getByRole("radio", { name: /Bersihkan/ }).check();
    await a.getByRole("radio", { name: /Bukti tidak cukup/ }).check();
    await a.getByRole("button", { name: /^Kirim s$/ }).click();
    await expect(a.getByRole("heading", { name: /Keputusan tersimpan: Bersihkan/ })).toBeVisible();
    await b.goto(`/cases/${caseId}`);
    await expect(b.getByText("Selesai", { exact: true })).toBeVisible();
    await expect(b.getByRole("radio", { name: /Turunkan produk/ })).toBeDisabled();
  } finally {
    await first.close();
    await second.close();
  }
});
