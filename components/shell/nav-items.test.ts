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
  it("shows sellers only their portal", () => {
    expect(navItemsFor("seller").map((i) => i.href)).toEqual(["/seller"]);
  });
});
