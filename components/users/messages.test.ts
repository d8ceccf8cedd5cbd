import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/moderation";
import { ADMIN_USER_ERRORS, USER_STATUSES } from "@/lib/validation/user";
import { NAMESPACES } from "@/messages/namespaces";

type Catalog = { [key: string]: string | Catalog };
const load = (locale: string, ns: string) =>
  JSON.parse(readFileSync(path.join(process.cwd(), "messages", locale, `${ns}.json`), "utf8")) as Catalog;

function flatten(catalog: Catalog, prefix = ""): string[] {
  return Object.entries(catalog).flatMap(([k, v]) => (typeof v === "string" ? [prefix + k] : flatten(v, `${prefix}${k}.`)));
}

// Every code the validation schemas in lib/validation/user.ts can produce.
const SCHEMA_CODES = [
  "invalid",
  "name_required",
  "name_too_long",
  "email_invalid",
  "role_unknown",
  "locale_unknown",
  "password_too_short",
  "password_too_long",
  "shop_platform_required",
  "shop_required",
  "shop_too_long",
];

describe("admin and audit catalogs", () => {
  it("are registered namespaces", () => {
    expect(NAMESPACES).toEqual(expect.arrayContaining(["admin", "audit"]));
  });
  for (const ns of ["admin", "audit"]) {
    it(`${ns}: Indonesian and English have the same keys`, () => {
      expect(flatten(load("id", ns)).sort()).toEqual(flatten(load("en", ns)).sort());
    });
  }
  it("has a message for every refusal, validation code and filter", () => {
    const admin = flatten(load("id", "admin"));
    for (const code of [...ADMIN_USER_ERRORS, ...SCHEMA_CODES]) expect(admin).toContain(`errors.${code}`);
    for (const s of USER_STATUSES) expect(admin).toContain(`users.filters.statuses.${s}`);
    const common = flatten(load("id", "common"));
    for (const r of ROLES) expect(common).toContain(`roles.${r}`);
  });
});
