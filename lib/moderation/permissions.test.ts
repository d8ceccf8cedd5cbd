import { describe, expect, it } from "vitest";
import { ROLES } from "./constants";
import { PERMISSIONS, can, type Permission } from "./permissions";
import type { Role } from "./constants";

// Written out in full on purpose: a change to the permission table must change this table too.
const EXPECTED: Record<Permission, Role[]> = {
  "queue:view": ["moderator", "senior_moderator"],
  "case:view": ["moderator", "senior_moderator", "manager", "admin"],
  "case:claim": ["moderator", "senior_moderator"],
  "case:decide": ["moderator", "senior_moderator"],
  "escalation:propose": ["moderator", "senior_moderator"],
  "escalation:review": ["senior_moderator"],
  "appeal:review": ["moderator", "senior_moderator"],
  "appeal:review_second": ["senior_moderator"],
  "dashboard:view": ["manager", "admin"],
  "export:statements": ["manager", "admin"],
  "audit:view": ["manager", "admin"],
  "admin:users": ["admin"],
  "admin:api_keys": ["admin"],
  "admin:platforms": ["admin"],
  "import:flags": ["senior_moderator", "admin"],
  "seller:portal": ["seller"],
  "seller:appeal": ["seller"],
  "evidence:view": ["moderator", "senior_moderator", "manager", "admin", "seller"],
};

describe("permission table", () => {
  it("has an expectation for every permission", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...PERMISSIONS].sort());
  });
  for (const permission of PERMISSIONS) {
    for (const role of ROLES) {
      const allowed = EXPECTED[permission].includes(role);
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => {
        expect(can(role, permission)).toBe(allowed);
      });
    }
  }
});
