import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signedInRequest } from "../support/personas";

test("pages carry a nonce CSP without inline scripts, and the other security headers", async ({ request }) => {
  const response = await request.get("/login");
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  const html = await response.text();
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toContain(`nonce="${nonce}"`);
});

test("the session cookie is httpOnly and SameSite=Lax", async ({ baseURL }) => {
  const context = await signedInRequest(baseURL!, "moderator@timbang.test");
  const cookie = (await context.storageState()).cookies.find((c) => c.name.includes("authjs.session-token"));
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
  await context.dispose();
});

test("a cross-site server action request is refused and changes nothing", async ({ baseURL }) => {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  const [actionId] = Object.entries(manifest.node).find(([, a]) => a.exportedName === "switchLanguageAction") ?? [];
  const context = await signedInRequest(baseURL!, "moderator2@timbang.test");
  // The form as a browser without JavaScript posts it (progressive enhancement).
  const switchTo = (locale: string, origin: string) =>
    context.post("/queue", {
      headers: { origin },
      multipart: { [`$ACTION_ID_${actionId}`]: "", locale },
      maxRedirects: 0,
    });
  const crossSite = await switchTo("en", "https://evil.example");
  expect(crossSite.status()).toBeGreaterThanOrEqual(400);
  expect(await (await context.get("/queue")).text()).toContain('<html lang="id"');
  // The same request from the site itself does switch, so the refusal above is the origin check.
  const sameSite = await switchTo("en", baseURL!);
  expect(sameSite.status()).toBeLessThan(400);
  expect(await (await context.get("/queue")).text()).toContain('<html lang="en"');
  await switchTo("id", baseURL!);
  await context.dispose();
});
