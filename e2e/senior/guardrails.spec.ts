import { expect, test } from "@playwright/test";
import { guardrail, openProposalForm, signedInPage, submitProposal } from "./helpers";
import { SHOPS } from "./shops";

test("the proposer, signed in as senior, cannot approve their own proposal", async ({ browser }) => {
  const senior = await signedInPage(browser, "senior@timbang.test");
  await openProposalForm(senior, SHOPS.own);
  const url = await submitProposal(senior, "Penjualan bal impor berulang setelah peringatan; diusulkan oleh senior.");
  await expect(senior.getByText("Anda mengusulkan eskalasi ini, jadi Anda tidak bisa meninjaunya.")).toBeVisible();
  await expect(senior.getByRole("button", { name: "Setujui dan terapkan" })).toBeDisabled();
  await expect(guardrail(senior, "b")).toHaveAttribute("data-passed", "false");

  // The same person in a second browser context (another tab, another device): still refused.
  const second = await signedInPage(browser, "senior@timbang.test");
  await second.goto(url);
  await expect(second.getByRole("button", { name: "Setujui dan terapkan" })).toBeDisabled();
  await expect(second.getByRole("button", { name: "Tolak usulan" })).toHaveCount(0);
  await expect(guardrail(second, "b")).toContainText("Tidak terpenuhi");
  await expect(second.locator("[data-state]")).toHaveText("Menunggu");
  await senior.context().close();
  await second.context().close();
});

test("without a prior warning the hard guardrail fails and the proposal cannot be approved", async ({ browser }) => {
  const moderator = await signedInPage(browser, "moderator@timbang.test");
  await openProposalForm(moderator, SHOPS.unwarned);
  await expect(guardrail(moderator, "a")).toHaveAttribute("data-passed", "false");
  await expect(guardrail(moderator, "a")).toContainText("Tidak ada peringatan tangga poin sebelum usulan ini");
  const url = await submitProposal(moderator, "Poin sudah 36 tetapi penjual belum pernah diberi peringatan tangga poin.");
  await moderator.context().close();

  const senior = await signedInPage(browser, "senior@timbang.test");
  await senior.goto(url);
  await expect(guardrail(senior, "a")).toHaveAttribute("data-passed", "false");
  await expect(guardrail(senior, "a")).toContainText("Tidak terpenuhi");
  await expect(guardrail(senior, "a")).toContainText("Wajib");
  const approve = senior.getByRole("button", { name: "Setujui dan terapkan" });
  await expect(approve).toBeDisabled();
  await expect(senior.getByText("Tidak bisa disetujui: pagar wajib a tidak terpenuhi.")).toBeVisible();

  // Enabling the button in the browser changes nothing: the server refuses too.
  await approve.evaluate((button) => button.removeAttribute("disabled"));
  await approve.click();
  await expect(senior.getByRole("alert").filter({ hasText: "Tidak bisa disetujui: pagar wajib a tidak terpenuhi." })).toBeVisible();
  await senior.reload();
  await expect(senior.locator("[data-state]")).toHaveText("Menunggu");
  await senior.context().close();
});
