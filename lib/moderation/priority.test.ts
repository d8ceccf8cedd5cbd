import { describe, expect, it } from "vitest";
import type { FlagSource } from "./constants";
import { computePriority, PRIORITY_TERM_KEYS, type PriorityInput } from "./priority";
import { SIGNAL_TERMS } from "./signals";

const now = new Date("2026-01-10T08:00:00Z");
const hoursFromNow = (h: number) => new Date(now.getTime() + h * 3_600_000);

function input(overrides: Partial<PriorityInput> = {}): PriorityInput {
  return {
    flags: [],
    title: "Kemeja flanel",
    description: "",
    stock: 5,
    priorTakedowns: 0,
    activePoints: 0,
    openedAt: hoursFromNow(-1),
    slaDueAt: hoursFromNow(47),
    ...overrides,
  };
}
const flag = (source: FlagSource, confidence: number | null = null) => ({ source, confidence, observedAt: now });
const allImportWords = SIGNAL_TERMS.filter((t) => t.direction === "import")
  .map((t) => t.key.replace(/_/g, " "))
  .join(" ");
const allLegalWords = "punya sendiri, preloved pribadi, jarang dipakai, 1 pcs, jastip, brand lokal, bnwt";

describe("computePriority", () => {
  it("returns zero with nothing to go on", () => {
    expect(computePriority(input(), now)).toEqual({ score: 0, terms: [] });
  });

  it("weights flag sources and explains them as terms", () => {
    const p = computePriority(input({ flags: [flag("ministry_directive"), flag("ministry_directive")] }), now);
    expect(p.terms).toEqual([{ key: "source.ministry_directive", weight: 100, params: { count: 2 } }]);
    expect(p.score).toBe(100);
  });

  it("raises classifier flags with their confidence", () => {
    const low = computePriority(input({ flags: [flag("platform_classifier", 0.2)] }), now);
    const high = computePriority(input({ flags: [flag("platform_classifier", 0.95), flag("platform_classifier", 0.5)] }), now);
    expect(high.score).toBeGreaterThan(low.score);
    expect(high.terms[0]).toMatchObject({ key: "source.platform_classifier", params: { confidence: 95, count: 2 } });
  });

  it("counts more user reports, up to a cap", () => {
    const one = computePriority(input({ flags: [flag("user_report")] }), now).score;
    const three = computePriority(input({ flags: [1, 2, 3].map(() => flag("user_report")) }), now).score;
    const many = computePriority(input({ flags: Array.from({ length: 50 }, () => flag("user_report")) }), now).score;
    expect(three).toBeGreaterThan(one);
    expect(many).toBeLessThanOrEqual(24);
  });

  it("adds import-side words, naming the word and the field", () => {
    const p = computePriority(input({ flags: [flag("keyword_rule")], title: "Balpres Korea 100kg" }), now);
    expect(p.terms).toContainEqual({ key: "signal.import", weight: 10, params: { word: "balpres", text: "balpres", field: "title" } });
    expect(p.score).toBeGreaterThan(computePriority(input({ flags: [flag("keyword_rule")] }), now).score);
  });

  it("counts words in the description at half weight", () => {
    const inTitle = computePriority(input({ title: "karung" }), now).score;
    const inDescription = computePriority(input({ description: "karung" }), now).score;
    expect(inDescription).toBeLessThan(inTitle);
    expect(inDescription).toBeGreaterThan(0);
  });

  it("lowers the priority for legal-side words", () => {
    const base = input({ flags: [flag("platform_classifier", 0.8)], title: "Kemeja flanel thrift" });
    const legal = { ...base, description: "Punya sendiri, jarang dipakai. Jastip juga bisa." };
    const a = computePriority(base, now);
    const b = computePriority(legal, now);
    expect(b.score).toBeLessThan(a.score);
    const legalTerms = b.terms.filter((t) => t.key === "signal.legal");
    expect(legalTerms.length).toBe(3);
    expect(legalTerms.every((t) => t.weight < 0)).toBe(true);
  });

  it("caps both directions of signals", () => {
    const imp = computePriority(input({ title: allImportWords }), now);
    expect(imp.terms.filter((t) => t.key === "signal.import").reduce((s, t) => s + t.weight, 0)).toBe(25);
    const legal = computePriority(input({ flags: [flag("ministry_directive")], title: allLegalWords }), now);
    expect(legal.terms.filter((t) => t.key === "signal.legal").reduce((s, t) => s + t.weight, 0)).toBe(-30);
  });

  it("never goes below zero", () => {
    expect(computePriority(input({ title: allLegalWords, stock: 1 }), now).score).toBe(0);
  });

  it("keyword evidence alone never outranks a ministry directive or a trusted flagger", () => {
    const keywordOnly = computePriority(
      input({ flags: Array.from({ length: 10 }, () => flag("keyword_rule")), title: allImportWords, description: allImportWords }),
      now,
    ).score;
    for (const source of ["ministry_directive", "trusted_flagger"] as const) {
      const plain = computePriority(input({ flags: [flag(source)] }), now).score;
      expect(plain).toBeGreaterThan(keywordOnly);
    }
    const directiveWithLegalWords = computePriority(input({ flags: [flag("ministry_directive")], title: allLegalWords }), now).score;
    expect(directiveWithLegalWords).toBeGreaterThan(keywordOnly);
  });

  it("adds seller history", () => {
    const p = computePriority(input({ priorTakedowns: 3, activePoints: 24 }), now);
    expect(p.terms).toContainEqual({ key: "history.prior_takedowns", weight: 18, params: { count: 3 } });
    expect(p.terms).toContainEqual({ key: "history.active_points", weight: 6, params: { points: 24 } });
    expect(computePriority(input({ priorTakedowns: 40 }), now).score).toBe(24);
  });

  it("raises large stock and lowers single pieces", () => {
    expect(computePriority(input({ stock: 400 }), now).terms).toEqual([{ key: "stock.large", weight: 20, params: { stock: 400 } }]);
    expect(computePriority(input({ stock: 150 }), now).terms[0]).toMatchObject({ key: "stock.large", weight: 12 });
    const single = computePriority(input({ flags: [flag("user_report")], stock: 1 }), now);
    expect(single.terms).toContainEqual({ key: "stock.single", weight: -5, params: { stock: 1 } });
  });

  it("raises cases near and past their SLA", () => {
    const dueSoon = computePriority(input({ openedAt: hoursFromNow(-40), slaDueAt: hoursFromNow(8) }), now);
    expect(dueSoon.terms).toEqual([{ key: "age.due_soon", weight: 10, params: { hours: 8 } }]);
    const overdue = computePriority(input({ openedAt: hoursFromNow(-53), slaDueAt: hoursFromNow(-5) }), now);
    expect(overdue.terms).toEqual([{ key: "age.overdue", weight: 25, params: { hours: 5 } }]);
    const longOverdue = computePriority(input({ openedAt: hoursFromNow(-500), slaDueAt: hoursFromNow(-400) }), now);
    expect(longOverdue.score).toBe(40);
  });

  it("orders terms strongest first and uses only known keys", () => {
    const p = computePriority(
      input({
        flags: [flag("ministry_directive"), flag("keyword_rule"), flag("user_report")],
        title: "Balpres karung",
        description: "punya sendiri",
        stock: 300,
        priorTakedowns: 1,
        slaDueAt: hoursFromNow(-1),
      }),
      now,
    );
    const magnitudes = p.terms.map((t) => Math.abs(t.weight));
    expect(magnitudes).toEqual([...magnitudes].sort((a, b) => b - a));
    for (const t of p.terms) expect(PRIORITY_TERM_KEYS).toContain(t.key);
    expect(p.score).toBe(p.terms.reduce((s, t) => s + t.weight, 0));
  });

  it("is pure: the same input gives the same output", () => {
    const i = input({ flags: [flag("platform_classifier", 0.7)], title: "bal impor" });
    expect(computePriority(i, now)).toEqual(computePriority(i, now));
  });
});
