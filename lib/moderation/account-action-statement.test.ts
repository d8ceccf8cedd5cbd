import { describe, expect, it } from "vitest";
import { buildAccountActionStatement, type StatementInput } from "./account-action-statement";
import { addDays } from "./ladder";

const startsAt = new Date("2026-03-01T03:00:00Z");
const input = (over: Partial<StatementInput> = {}): StatementInput => ({
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
    { caseNumber: 12, policyCode: "imported_used_clothing_bulk", points: 24, decidedAt: "2026-02-20T03:00:00.000Z" },
    { caseNumber: 15, policyCode: "imported_used_clothing_retail", points: 12, decidedAt: "2026-02-25T03:00:00.000Z" },
  ],
  sourceTypes: ["ministry_directive", "keyword_rule"],
  appealDeadline: addDays(startsAt, 30),
  appealWindowDays: 30,
  ...over,
});

describe("account action statement of reasons", () => {
  it("states the restriction, facts, ground and how to appeal, in Indonesian", () => {
    const s = buildAccountActionStatement(input());
    expect(s.restriction).toMatchObject({ decisionAccount: "SUSPENDED", durationDays: 28, endsAt: "2026-03-29T03:00:00.000Z" });
    expect(s.restriction.summary).toContain("28 hari");
    expect(s.facts.cases).toHaveLength(2);
    expect(s.ground.type).toBe("ILLEGAL_CONTENT");
    expect(s.ground.policies.map((p) => p.code)).toEqual(["imported_used_clothing_bulk", "imported_used_clothing_retail"]);
    expect(s.ground.policies[0]?.legalGround).toContain("UU 7/2014");
    expect(s.automatedDetection).toBe(true);
    expect(s.automatedDecision).toBe("not_automated");
    expect(s.appeal.deadline).toBe("2026-03-31T03:00:00.000Z");
    expect(s.appeal.how).toContain("31 Maret 2026");
  });

  it("writes English for an English-speaking seller and marks a block as termination", () => {
    const s = buildAccountActionStatement(input({ locale: "en", kind: "block", durationDays: null, endsAt: null, sourceTypes: ["user_report"] }));
    expect(s.restriction).toMatchObject({ decisionAccount: "TERMINATED", endsAt: null });
    expect(s.restriction.summary).toBe("Your shop is closed permanently.");
    expect(s.automatedDetection).toBe(false);
    expect(s.appeal.how).toContain("31 March 2026");
  });

  it("uses the platform terms as ground when no relied policy is an illegal product", () => {
    const s = buildAccountActionStatement(input({ cases: [{ caseNumber: 3, policyCode: "misleading_listing", points: 6, decidedAt: "2026-02-01T00:00:00.000Z" }] }));
    expect(s.ground.type).toBe("INCOMPATIBLE_CONTENT");
  });
});
