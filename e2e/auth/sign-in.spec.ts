import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { signedInRequest } from "../support/personas";
import { signIn } from "../support/session";

const LANDINGS: [string, RegExp][] = [
  ["moderator@timbang.test", /\/queue$/],
  ["moderator2@timbang.test", /\/queue$/],
  ["senior@timbang.test", /\/queue$/],
  ["manager@timbang.test", /\/dashboard$/],
  ["admin@timbang.test", /\/admin$/],
  ["seller@timbang.test", /\/seller$/],
  ["seller2@timbang.test", /\/seller$/],
];

for (const [email, landing] of LANDINGS) {
  test(`${email} signs in and lands on their page`, async ({ page }) => {
    await signIn(page, email);
    await expect(page).toHaveURL(landing);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
}

test("a seller opening /queue gets the 403 page", async ({ page }) => {
  await signIn(page, "seller@timbang.test");
  const response = await page.goto("/queue");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: /403/ })).toBeVisible();
});

test("a signed-out visit to a case goes to /login and comes back after signing in", async ({ page }) => {
  await page.goto("/cases/anything");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcases%2Fanything/);
  await signIn(page, "moderator@timbang.test");
  await expect(page).toHaveURL(/\/cases\/anything$/);
});

test("a wrong password shows a clear message and stays on /login", async ({ page }) => {
  await page.goto("/login");
  await page.locator("#email").fill("moderator2@timbang.test");
  await page.locator("#password").fill("not-the-password");
  await page.getByRole("button", { name: /^(Masuk|Sign in)$/ }).click();
  await expect(page.locator("form [role=alert]")).toContainText("Email atau kata sandi salah");
  await expect(page).toHaveURL(/\/login/);
});

test("more than five failures for one email are refused for a while", async ({ page }) => {
  // An address no other spec signs in with, so the lock-out does not leak into other tests.
  const email = `lockout-${Date.now()}@timbang.test`;
  await page.goto("/login");
  const attempt = async (password: string) => {
    await page.locator("#email").fill(email);
    await page.locator("#password").fill(password);
    const answered = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/login"));
    await page.getByRole("button", { name: /^(Masuk|Sign in)$/ }).click();
    await answered;
    // React resets the form after the action; wait for that before typing the next attempt.
    await expect(page.locator("#password")).toHaveValue("");
  };
  for (let i = 0; i < 5; i += 1) {
    await attempt(`wrong-${i}`);
    await expect(page.locator("form [role=alert]")).toContainText("salah");
  }
  await attempt("wrong-again");
  await expect(page.locator("form [role=alert]")).toContainText("Terlalu banyak percobaan");
});

test("signing out returns to /login", async ({ page }) => {
  await signIn(page, "moderator@timbang.test");
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/queue");
  await expect(page).toHaveURL(/\/login/);
});

test("the language switch is remembered for the user", async ({ page, context }) => {
  await signIn(page, "senior@timbang.test");
  await page.getByRole("button", { name: "en", exact: true }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await context.clearCookies();
  await signIn(page, "senior@timbang.test");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.getByRole("button", { name: "id", exact: true }).click();
  await expect(page.getByRole("button", { name: "Keluar" })).toBeVisible();
});

for (const [label, viewport] of [
  ["desktop", { width: 1440, height: 900 }],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test(`/login has no serious accessibility violations on ${label}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto("/login");
    await expectNoSeriousA11yViolations(page);
  });
}

test("every demo account gets a session through next-auth's credentials endpoint", async ({ baseURL }) => {
  for (const [email] of LANDINGS) {
    const context = await signedInRequest(baseURL!, email);
    const session = (await (await context.get("/api/auth/session")).json()) as { user?: { email?: string } };
    expect(session.user?.email).toBe(email);
    await context.dispose();
  }
});
