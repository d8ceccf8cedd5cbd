import { expect, test } from "@playwright/test";
import { signIn } from "../support/session";
import { guardrail, openProposalForm, signedInPage, submitProposal } from "./helpers";
import { SHOPS, SUSPEND_SELLER_EMAIL } from "./shops";

const longDate = (d: Date) => new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Jakarta" }).format(d);

test("a moderator proposes a 28-day suspension, a senior approves it, and the seller sees it", async ({ browser }) => {
  // The moderator: the form is prefilled from the ladder (36 points reach the 28-day suspension).
  const moderator = await signedInPage(browser, "moderator@timbang.test");
  await openProposalForm(moderator, SHOPS.suspend);
  await expect(moderator.getByLabel("Tindakan", { exact: true })).toHaveValue("suspend");
  await expect(moderator.getByLabel("Durasi (hari)")).toHaveValue("28");
  await expect(moderator.getByText("Rekomendasi tangga sanksi: Nonaktifkan toko sementara selama 28 hari")).toBeVisible();
  await expect(guardrail(moderator, "a")).toHaveAttribute("data-passed", "true");
  const url = await submitProposal(moderator, "Dua penurunan produk bal impor dalam tiga minggu setelah peringatan tangga poin.");
  await expect(moderator.locator("[data-state]")).toHaveText("Menunggu");
  await expect(moderator.getByText("Hanya moderator senior yang dapat menyetujui")).toBeVisible();
  await moderator.context().close();

  // The senior: finds it on /escalations with its age, sees every guardrail hold, approves.
  const senior = await signedInPage(browser, "senior@timbang.test");
  await senior.goto("/escalations");
  const row = senior.locator("tr", { hasText: SHOPS.suspend });
  await expect(row).toContainText("Nonaktifkan toko sementara selama 28 hari");
  await expect(row).toContainText(/\d+ jam/);
  await row.getByRole("link", { name: `Tinjau usulan untuk ${SHOPS.suspend}` }).click();
  await expect(senior).toHaveURL(url);
  for (const key of ["a", "b", "c", "d", "e"] as const) {
    await expect(guardrail(senior, key)).toHaveAttribute("data-passed", "true");
    await expect(guardrail(senior, key)).toContainText("Terpenuhi");
  }
  await expect(senior.getByText("Kasus yang menjadi dasar")).toBeVisible();
  await senior.getByRole("button", { name: "Setujui dan terapkan" }).click();
  await expect(senior.getByRole("status").filter({ hasText: "Disetujui. Tindakan akun berlaku" })).toBeVisible();
  const approvedAt = new Date();
  await expect(senior.locator("[data-state]")).toHaveText("Disetujui");
  await expect(senior.getByText(/^Nonaktifkan toko sementara: .+ – .+$/)).toBeVisible();
  await senior.context().close();

  // The seller: their shop shows the suspension and its end date.
  const sellerContext = await browser.newContext();
  const seller = await sellerContext.newPage();
  await signIn(seller, SUSPEND_SELLER_EMAIL);
  await seller.goto("/seller");
  await expect(seller.getByText(SHOPS.suspend).first()).toBeVisible();
  const endsAt = new Date(approvedAt.getTime() + 28 * 86_400_000);
  await expect(seller.getByText(`Dinonaktifkan sampai ${longDate(endsAt)}`)).toBeVisible();
  await sellerContext.close();
});
