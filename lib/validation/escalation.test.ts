import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { approveInputSchema, escalationInputSchema, rejectInputSchema, returnInputSchema } from "./escalation";
import { zodFieldErrors } from "./zod-field-errors";

const input = (over: Record<string, unknown> = {}) => ({
  sellerId: randomUUID(),
  action: "suspend",
  durationDays: "28",
  rationale: "Three bale listings in two weeks after a warning.",
  outreachNote: "",
  reliedCaseIds: [randomUUID()],
  ...over,
});
const errorsOf = (value: unknown) => {
  const r = escalationInputSchema.safeParse(value);
  return r.success ? {} : zodFieldErrors(r.error);
};

describe("escalation input", () => {
  it("accepts a suspension with a duration and turns an empty note into null", () => {
    const r = escalationInputSchema.safeParse(input());
    expect(r.success).toBe(true);
    expect(r.success && r.data).toMatchObject({ durationDays: 28, outreachNote: null });
  });

  it("accepts a block without a duration", () => {
    expect(errorsOf(input({ action: "block", durationDays: "" }))).toEqual({});
  });

  it("refuses a missing or out-of-range duration for restrict and suspend", () => {
    expect(errorsOf(input({ durationDays: "" }))).toEqual({ durationDays: "duration_required" });
    expect(errorsOf(input({ action: "restrict_listings", durationDays: undefined }))).toEqual({ durationDays: "duration_required" });
    expect(errorsOf(input({ durationDays: "0" }))).toEqual({ durationDays: "duration_range" });
    expect(errorsOf(input({ durationDays: "366" }))).toEqual({ durationDays: "duration_range" });
    expect(errorsOf(input({ durationDays: "abc" }))).toEqual({ durationDays: "duration_range" });
  });

  it("refuses a block with a duration", () => {
    expect(errorsOf(input({ action: "block", durationDays: 30 }))).toEqual({ durationDays: "block_has_duration" });
  });

  it("refuses a rationale under 20 characters, counting without surrounding spaces", () => {
    expect(errorsOf(input({ rationale: "too short" }))).toEqual({ rationale: "rationale_too_short" });
    expect(errorsOf(input({ rationale: `   ${"x".repeat(19)}   ` }))).toEqual({ rationale: "rationale_too_short" });
    expect(errorsOf(input({ rationale: "x".repeat(20) }))).toEqual({});
  });

  it("needs at least one relied case, as ids, without duplicates", () => {
    expect(errorsOf(input({ reliedCaseIds: [] }))).toEqual({ reliedCaseIds: "cases_required" });
    expect(errorsOf(input({ reliedCaseIds: ["not-a-uuid"] }))).toEqual({ "reliedCaseIds.0": "case_unknown" });
    const id = randomUUID();
    const r = escalationInputSchema.safeParse(input({ reliedCaseIds: [id, id] }));
    expect(r.success && r.data.reliedCaseIds).toEqual([id]);
  });

  it("refuses a tampered seller id or action", () => {
    expect(errorsOf(input({ sellerId: "1 OR 1=1", action: "nuke" }))).toEqual({ sellerId: "seller_unknown", action: "action_unknown" });
  });
});

describe("review inputs", () => {
  const target = { escalationId: randomUUID(), version: "3" };
  it("needs a reason to reject and a question to return", () => {
    expect(rejectInputSchema.safeParse({ ...target, reason: "short" }).success).toBe(false);
    expect(returnInputSchema.safeParse({ ...target, question: "Which bale photos show the origin?" }).success).toBe(true);
  });

  it("parses the version and an optional override reason", () => {
    const r = approveInputSchema.safeParse({ ...target, overrideReason: "" });
    expect(r.success && r.data).toMatchObject({ version: 3, overrideReason: null });
  });
});
