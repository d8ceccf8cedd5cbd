import { describe, expect, it } from "vitest";
import { GUARDRAIL_KEYS, canApprove, evaluateGuardrails, isMildestAction, requiredPointsFor, type GuardrailInput, type GuardrailKey } from "./guardrails";
import { DEFAULT_PLATFORMS, addDays, type Ladder } from "./ladder";

const tiktok: Ladder = DEFAULT_PLATFORMS[0].ladder;
const shopee: Ladder = DEFAULT_PLATFORMS[2].ladder;
const proposedAt = new Date("2026-03-01T03:00:00Z");
const OVERRIDE = "Bale importer with three prior takedowns this month";

function base(): GuardrailInput {
  return {
    proposal: { action: "suspend", durationDays: 28, proposerId: "mod-1", proposedAt, outreachNote: null },
    approverId: "senior-1",
    warningTimes: [addDays(proposedAt, -3)],
    ladder: tiktok,
    activePoints: 36,
    reliedDecisions: [{ caseId: "c1", caseNumber: 101, appealPending: false }],
    seller: { umkmTier: "kecil", earlierAccountActions: 0 },
  };
}

/** Makes one guardrail fail, leaving the others as they are. */
const breakers: Record<GuardrailKey, (i: GuardrailInput) => GuardrailInput> = {
  a: (i) => ({ ...i, warningTimes: [addDays(proposedAt, 1)] }),
  b: (i) => ({ ...i, approverId: i.proposal.proposerId }),
  c: (i) => ({ ...i, activePoints: 35 }),
  d: (i) => ({ ...i, reliedDecisions: [...i.reliedDecisions, { caseId: "c2", caseNumber: 102, appealPending: true }] }),
  e: (i) => ({ ...i, seller: { umkmTier: "mikro", earlierAccountActions: 0 } }),
};

const combinations: GuardrailKey[][] = Array.from({ length: 32 }, (_, mask) => GUARDRAIL_KEYS.filter((_, bit) => mask & (1 << bit)));

describe("evaluateGuardrails over every combination of a–e", () => {
  it.each(combinations.map((failing) => [failing.join("") || "none", failing] as const))("failing: %s", (_label, failing) => {
    const input = failing.reduce((acc, key) => breakers[key](acc), base());
    const guardrails = evaluateGuardrails(input);

    expect(guardrails.map((g) => g.key)).toEqual([...GUARDRAIL_KEYS]);
    for (const g of guardrails) {
      expect(g.passed, `guardrail ${g.key}`).toBe(!failing.includes(g.key));
      expect(g.hard).toBe(g.key === "a" || g.key === "b");
    }

    const hardFailing = failing.filter((k) => k === "a" || k === "b");
    const softFailing = failing.filter((k) => k !== "a" && k !== "b");
    const withoutOverride = canApprove(guardrails, null);
    const withOverride = canApprove(guardrails, OVERRIDE);
    if (hardFailing.length > 0) {
      expect(withoutOverride).toEqual({ ok: false, error: "hard_guardrail_failed", failed: hardFailing });
      expect(withOverride).toEqual({ ok: false, error: "hard_guardrail_failed", failed: hardFailing });
    } else if (softFailing.length > 0) {
      expect(withoutOverride).toEqual({ ok: false, error: "override_reason_required", failed: softFailing });
      expect(withOverride).toEqual({ ok: true, overridden: softFailing });
    } else {
      expect(withoutOverride).toEqual({ ok: true, overridden: [] });
      expect(withOverride).toEqual({ ok: true, overridden: [] });
    }
  });
});

const byKey = (input: GuardrailInput, key: GuardrailKey) => {
  const g = evaluateGuardrails(input).find((x) => x.key === key);
  if (!g) throw new Error(`missing ${key}`);
  return g;
};

describe("a: prior warning", () => {
  it("needs a warning strictly before the proposal", () => {
    expect(byKey({ ...base(), warningTimes: [] }, "a").detail.code).toBe("not_warned");
    expect(byKey({ ...base(), warningTimes: [proposedAt] }, "a").passed).toBe(false);
    const g = byKey({ ...base(), warningTimes: [addDays(proposedAt, -10), addDays(proposedAt, -2), addDays(proposedAt, 1)] }, "a");
    expect(g.passed).toBe(true);
    expect(g.detail.params).toEqual({ warnedAt: addDays(proposedAt, -2).toISOString(), count: 2 });
  });
});

describe("b: four eyes", () => {
  it("holds while no approver is known yet (proposal screen)", () => {
    expect(byKey({ ...base(), approverId: null }, "b")).toMatchObject({ passed: true, detail: { code: "approver_pending" } });
  });
});

describe("c: ladder step", () => {
  it("compares with the lowest step at least as severe as the proposal", () => {
    expect(requiredPointsFor(tiktok, { action: "suspend", durationDays: 28 })).toBe(36);
    expect(requiredPointsFor(tiktok, { action: "restrict_listings", durationDays: 7 })).toBe(12);
    expect(requiredPointsFor(tiktok, { action: "restrict_listings", durationDays: 10 })).toBe(24);
    expect(requiredPointsFor(tiktok, { action: "suspend", durationDays: 1 })).toBe(36);
    expect(requiredPointsFor(tiktok, { action: "block", durationDays: null })).toBe(48);
    expect(requiredPointsFor(shopee, { action: "block", durationDays: null })).toBeNull();
  });

  it("fails an action the ladder never recommends", () => {
    const input = { ...base(), ladder: shopee, activePoints: 40, proposal: { ...base().proposal, action: "block" as const, durationDays: null } };
    expect(byKey(input, "c")).toMatchObject({ passed: false, hard: false, detail: { code: "beyond_ladder" } });
  });

  it("reports points and the step", () => {
    expect(byKey({ ...base(), activePoints: 30 }, "c").detail).toEqual({ code: "below_step", params: { points: 30, requiredPoints: 36 } });
  });
});

describe("d: pending appeals", () => {
  it("names the cases with a pending appeal", () => {
    const g = byKey(breakers.d(base()), "d");
    expect(g.detail).toEqual({ code: "appeal_pending", params: { cases: "#102", count: 1 } });
  });

  it("holds with no relied decisions", () => {
    expect(byKey({ ...base(), reliedDecisions: [] }, "d").passed).toBe(true);
  });
});

describe("e: first action on a mikro seller", () => {
  const mikro = (over: Partial<GuardrailInput["proposal"]> = {}, earlier = 0): GuardrailInput => ({
    ...base(),
    seller: { umkmTier: "mikro", earlierAccountActions: earlier },
    proposal: { ...base().proposal, ...over },
  });

  it("passes with an outreach note", () => {
    expect(byKey(mikro({ outreachNote: "Pembinaan: ajak ikut pelatihan sumber barang lokal" }), "e").detail.code).toBe("outreach_note");
  });

  it("does not accept a blank outreach note", () => {
    expect(byKey(mikro({ outreachNote: "   " }), "e").passed).toBe(false);
  });

  it("passes with the mildest action of the ladder", () => {
    expect(byKey(mikro({ action: "restrict_listings", durationDays: 7 }), "e").detail.code).toBe("mildest_action");
    expect(byKey(mikro({ action: "restrict_listings", durationDays: 8 }), "e").passed).toBe(false);
    expect(isMildestAction(tiktok, { action: "restrict_listings", durationDays: 3 })).toBe(true);
  });

  it("does not apply after an earlier account action or to other tiers", () => {
    expect(byKey(mikro({}, 1), "e").detail.code).toBe("earlier_action");
    expect(byKey({ ...base(), seller: { umkmTier: null, earlierAccountActions: 0 } }, "e").detail.code).toBe("not_mikro");
  });
});

describe("canApprove", () => {
  it("refuses a too short or blank override reason", () => {
    const guardrails = evaluateGuardrails(breakers.c(base()));
    expect(canApprove(guardrails, "   ").ok).toBe(false);
    expect(canApprove(guardrails, "too short").ok).toBe(false);
    expect(canApprove(guardrails, "long enough now").ok).toBe(true);
  });
});
