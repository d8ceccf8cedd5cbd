import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { guardrail, openProposalForm, signedInPage } from "./helpers";
import { SHOPS } from "./shops";

test("axe finds no serious violation on the escalation pages", async ({ browser }) => {
  const senior = await signedInPage(browser, "senior@timbang.test");
  await senior.goto("/escalations");
  await expectNoSeriousA11yViolations(senior);
  await senior.locator("tr", { hasText: SHOPS.seeded }).getByRole("link").click();
  await expect(senior.getByRole("heading", { name: "Pagar pengaman" })).toBeVisible();
  await expectNoSeriousA11yViolations(senior);
  await senior.goto("/escalations/new");
  await expectNoSeriousA11yViolations(senior);
  await openProposalForm(senior, SHOPS.unwarned);
  await expectNoSeriousA11yViolations(senior);
  await senior.context().close();
});

test("in the seeded demo the senior finds the pending escalation, sees each guardrail, and approves it", async ({ browser }) => {
  const senior = await signedInPage(browser, "senior@timbang.test");
  await senior.goto("/escalations");
  const row = senior.locator("tr", { hasText: SHOPS.seeded });
  await expect(row).toContainText("Rizky Pratama");
  await row.getByRole("link", { name: `Tinjau usulan untuk ${SHOPS.seeded}` }).click();
  for (const key of ["a", "b", "c", "d", "e"] as const) {
    await expect(guardrail(senior, key)).toBeVisible();
    await expect(guardrail(senior, key)).toContainText(/Terpenuhi|Tidak terpenuhi/);
  }
  await expect(guardrail(senior, "a")).toHaveAttribute("data-passed", "true");
  await senior.getByRole("button", { name: "Setujui dan terapkan" }).click();
  await expect(senior.getByRole("status").filter({ hasText: "Disetujui." })).toBeVisible();
  await expect(senior.locator("[data-state]")).toHaveText("Disetujui");
  await senior.goto("/escalations");
  await expect(senior.locator("tr", { hasText: SHOPS.seeded })).toHaveCount(0);
  await senior.context().close();
});
