import { describe, expect, it } from "vitest";
import { accountActionReference, buildAccountActionStatement, type AccountActionStatementInput } from "./account-action-statement";
import { addDays } from "./ladder";

const startsAt = new Date("2026-03-01T03:00:00Z");
const input = (over: Partial<AccountActionStatementInput> = {}): AccountActionStatementInput => ({
  reference: "TMB-AA-1A2B3C4D",
  locale: "id",
  kind: "suspend",
  durationDays: 28,
  startsAt,
  endsAt: addDays(startsAt, 28),
  rationale: "Tiga listing bal pakaian bekas impor dalam dua minggu setelah peringatan.",
  outreachNote: null,
  activePoints: 40,
  ladderStepPoints: 36,
  cases: [
    { case_number: 12, policy_code: "imported_used_clothing_bulk", points: 24, decided_at: "2026-02-20T03:00:00.000Z" },
    { case_number: 15, policy_code: "imported_used_clothing_retail", points: 12, decided_at: "2026-02-25T03:00:00.000Z" },
  ],
  sourceTypes: ["ministry_directive", "keyword_rule"],
  appealDeadline: addDays(startsAt, 30),
  appealWindowDays: 30,
  ...over,
});

describe("account action statement of reasons", () => {
  it("states the restriction, facts, ground and how to appeal, in Indonesian", () => {
    const s = buildAccountActionStatement(input());
    expect(s.restriction).toMatchObject({ decision_account: "SUSPENDED", duration_days: 28, ends_at: "2026-03-29T03:00:00.000Z" });
    expect(s.restriction.summary).toContain("28 hari");
    expect(s.facts).toContain("bal pakaian bekas");
    expect(s.facts_detail.cases).toHaveLength(2);
    expect(s.ground.type).toBe("ILLEGAL_CONTENT");
    expect(s.ground.policies.map((p) => p.policy_code)).toEqual(["imported_used_clothing_bulk", "imported_used_clothing_retail"]);
    expect(s.ground.policies[0]?.legal_ground).toContain("UU 7/2014");
    expect(s.automated_detection).toBe(true);
    expect(s.automated_decision).toBe("not_automated");
    expect(s.appeal.until).toBe("2026-03-31T03:00:00.000Z");
    expect(s.appeal.how).toContain("31 Maret 2026");
  });

  it("writes English for an English-speaking seller and marks a block as termination", () => {
    const s = buildAccountActionStatement(input({ locale: "en", kind: "block", durationDays: null, endsAt: null, sourceTypes: ["user_report"] }));
    expect(s.restriction).toMatchObject({ decision_account: "TERMINATED", ends_at: null });
    expect(s.restriction.summary).toBe("Your shop is closed permanently.");
    expect(s.automated_detection).toBe(false);
    expect(s.appeal.how).toContain("31 March 2026");
  });

  it("uses the platform terms as ground when no relied policy is an illegal product", () => {
    const s = buildAccountActionStatement(input({ cases: [{ case_number: 3, policy_code: "misleading_listing", points: 6, decided_at: "2026-02-01T00:00:00.000Z" }] }));
    expect(s.ground.type).toBe("INCOMPATIBLE_CONTENT");
  });

  it("makes a short reference from the account action id", () => {
    expect(accountActionReference("1a2b3c4d-0000-4000-8000-000000000000")).toBe("TMB-AA-1A2B3C4D");
  });
});
