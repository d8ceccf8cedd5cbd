import { describe, expect, it } from "vitest";
import { navItemsFor } from "./nav-items";

describe("navigation by role", () => {
  it("shows moderators the queue, appeals and escalations only", () => {
    expect(navItemsFor("moderator").map((i) => i.href)).toEqual(["/queue", "/appeals", "/escalations"]);
  });
  it("shows senior moderators the flag import too", () => {
    expect(navItemsFor("senior_moderator").map((i) => i.href)).toContain("/admin/import");
  });
  it("shows managers dashboards and audit, not the queue", () => {
    expect(navItemsFor("manager").map((i) => i.href)).toEqual(["/dashboard", "/transparency", "/audit"]);
  });
  it("shows admins every admin page and the audit log", () => {
    expect(navItemsFor("admin").map((i) => i.href)).toEqual([
      "/dashboard",
      "/transparency",
      "/audit",
      "/admin",
      "/admin/users",
      "/admin/api-keys",
      "/admin/platforms",
      "/admin/import",
    ]);
  });
  it("gives every item a label in both languages", async () => {
    const { readFileSync } = await import("node:fs");
    for (const locale of ["id", "en"]) {
      const nav = JSON.parse(readFileSync(`messages/${locale}/nav.json`, "utf8")) as Record<string, string>;
      for (const item of navItemsFor("admin")) expect(nav[item.labelKey], `${locale}: ${item.labelKey}`).toBeTruthy();
    }
  });
  it("shows sellers only their portal", () => {
    expect(navItemsFor("seller").map((i) => i.href)).toEqual(["/seller"]);
  });
});
