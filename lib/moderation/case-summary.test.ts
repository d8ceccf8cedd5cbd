import { describe, expect, it } from "vitest";
import { suggestPolicy, summarizeCase, type SummaryFlag } from "./case-summary";

const at = new Date("2025-11-07T03:00:00Z");
const f = (source: SummaryFlag["source"], reason: SummaryFlag["reason"], confidence: number | null = null): SummaryFlag => ({
  source,
  reason,
  confidence,
  observedAt: at,
});

describe("suggestPolicy", () => {
  it("follows the most authoritative source", () => {
    expect(suggestPolicy([f("user_report", "imported_used_clothing_bulk"), f("ministry_directive", "misleading_listing")])).toBe(
      "misleading_listing",
    );
  });
  it("among equal sources, the reason named most often", () => {
    expect(
      suggestPolicy([f("user_report", "circumvention"), f("user_report", "misleading_listing"), f("user_report", "misleading_listing")]),
    ).toBe("misleading_listing");
  });
  it("on a tie, the more serious policy", () => {
    expect(suggestPolicy([f("keyword_rule", "misleading_listing"), f("keyword_rule", "imported_used_clothing_bulk")])).toBe(
      "imported_used_clothing_bulk",
    );
  });
  it("is null without reasons", () => {
    expect(suggestPolicy([f("user_report", null)])).toBeNull();
    expect(suggestPolicy([])).toBeNull();
  });
});

describe("summarizeCase", () => {
  it("counts flags, lists sources strongest first and scores the priority", () => {
    const s = summarizeCase(
      {
        flags: [f("user_report", "imported_used_clothing_retail"), f("ministry_directive", "imported_used_clothing_bulk"), f("user_report", null)],
        title: "Balpres kemeja",
        description: "",
        stock: 300,
        priorTakedowns: 0,
        activePoints: 0,
        openedAt: at,
        slaDueAt: new Date(at.getTime() + 48 * 3_600_000),
      },
      at,
    );
    expect(s.flagCount).toBe(3);
    expect(s.flagSources).toEqual(["ministry_directive", "user_report"]);
    expect(s.suggestedPolicy).toBe("imported_used_clothing_bulk");
    expect(s.priority).toBeGreaterThan(100);
    expect(s.priorityTerms[0]!.key).toBe("source.ministry_directive");
  });
});
