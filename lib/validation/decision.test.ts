import { describe, expect, it } from "vitest";
import { DEFAULT_PLATFORMS, type Ladder } from "@/lib/moderation";
import { decisionFromFormData, parseBulkDecision, parseDecision, parseJakartaDateTime, policyBounds } from "./decision";

const now = new Date("2026-01-10T08:00:00Z");
const caseId = "3f2a8c4e-8b1d-4c1a-9e3b-2f6d7a8b9c0d";
const base = { caseId, version: "4" };
const takedown = { ...base, kind: "takedown", policyCode: "imported_used_clothing_bulk", points: "24", facts: "Bal 100 kg." };

function ladderOf(code: string): Ladder {
  const platform = DEFAULT_PLATFORMS.find((p) => p.code === code);
  if (!platform) throw new Error(code);
  return { ...platform.ladder, steps: [...platform.ladder.steps] };
}
/** Tokopedia's ladder tops out at 48, the policies' own scale; Shopee's at 15. */
const tokopedia = ladderOf("tokopedia");
const shopee = ladderOf("shopee");

function errors(raw: unknown, ladder: Ladder = tokopedia) {
  const r = parseDecision(raw, now, ladder);
  if (r.ok) throw new Error("expected errors");
  return r.fieldErrors;
}

describe("parseDecision", () => {
  it("accepts a takedown with the policy's default points", () => {
    const r = parseDecision(takedown, now, tokopedia);
    expect(r).toEqual({
      ok: true,
      data: { caseId, version: 4, kind: "takedown", policyCode: "imported_used_clothing_bulk", points: 24, facts: "Bal 100 kg." },
    });
  });

  it("refuses an unknown or missing policy", () => {
    expect(errors({ ...takedown, policyCode: "nope" }).policyCode).toEqual({ key: "policyUnknown", params: {} });
    expect(errors({ ...takedown, policyCode: "" }).policyCode?.key).toBe("policyRequired");
  });

  it("refuses points outside the policy's bounds, with or without a reason", () => {
    expect(errors({ ...takedown, points: "60", pointsReason: "repeat seller" }).points).toEqual({
      key: "pointsOutOfBounds",
      params: { min: 12, max: 48 },
    });
    expect(errors({ ...takedown, points: "6" }).points?.key).toBe("pointsOutOfBounds");
    expect(errors({ ...takedown, points: "2.5" }).points?.key).toBe("pointsInvalid");
    expect(errors({ ...takedown, points: "abc" }).points?.key).toBe("pointsInvalid");
  });

  it("requires a written reason for points other than the default", () => {
    expect(errors({ ...takedown, points: "36" }).pointsReason).toEqual({ key: "pointsReasonRequired", params: { default: 24 } });
    expect(errors({ ...takedown, points: "36", pointsReason: "   " }).pointsReason?.key).toBe("pointsReasonRequired");
    expect(parseDecision({ ...takedown, points: "36", pointsReason: "third bale listing this month" }, now, tokopedia).ok).toBe(true);
  });

  it("requires non-empty facts", () => {
    expect(errors({ ...takedown, facts: "   " }).facts?.key).toBe("factsRequired");
    expect(errors({ ...takedown, facts: undefined }).facts?.key).toBe("factsRequired");
    expect(errors({ ...takedown, facts: "x".repeat(5001) }).facts?.key).toBe("factsTooLong");
  });

  it("limits the internal note to 5,000 characters", () => {
    expect(parseDecision({ ...takedown, internalNote: "x".repeat(5000) }, now, tokopedia).ok).toBe(true);
    expect(errors({ ...takedown, internalNote: "x".repeat(5001) }).internalNote?.key).toBe("noteTooLong");
  });

  it("refuses a tampered case id or version", () => {
    expect(errors({ ...takedown, caseId: "1 OR 1=1" }).caseId?.key).toBe("caseIdInvalid");
    expect(errors({ ...takedown, version: "0" }).version?.key).toBe("versionInvalid");
  });

  it("refuses a warning under a policy that requires a takedown", () => {
    expect(errors({ ...base, kind: "warn", policyCode: "imported_used_clothing_bulk", facts: "x" }).policyCode?.key).toBe(
      "policyRequiresTakedown",
    );
    expect(parseDecision({ ...base, kind: "warn", policyCode: "misleading_listing", facts: "Kategori salah." }, now, tokopedia).ok).toBe(true);
  });

  it("clears only with an allowed reason", () => {
    expect(parseDecision({ ...base, kind: "clear", clearReason: "cleared_local_preloved" }, now, tokopedia).ok).toBe(true);
    expect(errors({ ...base, kind: "clear" }).clearReason?.key).toBe("clearReasonRequired");
    expect(errors({ ...base, kind: "clear", clearReason: "because" }).clearReason?.key).toBe("clearReasonRequired");
  });

  it("asks for information only with a message and a deadline in the future", () => {
    const ok = parseDecision({ ...base, kind: "request_info", sellerMessage: "Kirim nota.", infoDeadline: "2026-01-13T17:00" }, now, tokopedia);
    expect(ok.ok && ok.data.kind === "request_info" && ok.data.infoDeadline.toISOString()).toBe("2026-01-13T10:00:00.000Z");
    expect(errors({ ...base, kind: "request_info", sellerMessage: "x", infoDeadline: "2026-01-09" }).infoDeadline?.key).toBe("deadlinePast");
    expect(errors({ ...base, kind: "request_info", sellerMessage: "x", infoDeadline: "soon" }).infoDeadline?.key).toBe("deadlineInvalid");
    expect(errors({ ...base, kind: "request_info", sellerMessage: "x", infoDeadline: "2026-03-01" }).infoDeadline).toEqual({
      key: "deadlineTooFar",
      params: { days: 30 },
    });
    expect(errors({ ...base, kind: "request_info", sellerMessage: "", infoDeadline: "2026-01-12" }).sellerMessage?.key).toBe("messageRequired");
  });

  it("refuses an unknown kind", () => {
    expect(errors({ ...base, kind: "ban" }).kind?.key).toBe("kindInvalid");
  });
});

describe("takedown points on the platform's ladder", () => {
  const onShopee = { ...takedown, points: "8" };

  it("takes the policy's points on Shopee's 15-point ladder, with no reason for the default", () => {
    expect(policyBounds("imported_used_clothing_bulk", shopee)).toEqual({ default: 8, min: 4, max: 15 });
    const r = parseDecision(onShopee, now, shopee);
    expect(r.ok && r.data.kind === "takedown" && [r.data.points, r.data.pointsReason]).toEqual([8, undefined]);
  });

  it("refuses the 48-point scale's default on Shopee", () => {
    expect(errors(takedown, shopee).points).toEqual({ key: "pointsOutOfBounds", params: { min: 4, max: 15 } });
    expect(errors({ ...takedown, pointsReason: "bale seller" }, shopee).points?.key).toBe("pointsOutOfBounds");
  });

  it("adjusts within Shopee's bounds only with a reason", () => {
    expect(errors({ ...onShopee, points: "4" }, shopee).pointsReason).toEqual({ key: "pointsReasonRequired", params: { default: 8 } });
    expect(parseDecision({ ...onShopee, points: "4", pointsReason: "first offence, one bale" }, now, shopee).ok).toBe(true);
    expect(parseDecision({ ...onShopee, points: "15", pointsReason: "warehouse livestream" }, now, shopee).ok).toBe(true);
    expect(errors({ ...onShopee, points: "3", pointsReason: "x" }, shopee).points?.key).toBe("pointsOutOfBounds");
  });

  it("keeps the policy's own numbers on a 48-point ladder", () => {
    expect(policyBounds("imported_used_clothing_bulk", tokopedia)).toEqual({ default: 24, min: 12, max: 48 });
    expect(errors(onShopee).points).toEqual({ key: "pointsOutOfBounds", params: { min: 12, max: 48 } });
    expect(parseDecision(takedown, now, tokopedia).ok).toBe(true);
  });
});

describe("parseBulkDecision", () => {
  it("takes several case ids and one body", () => {
    const r = parseBulkDecision({ caseIds: [caseId, caseId], kind: "clear", clearReason: "cleared_jastip" }, now, tokopedia);
    expect(r.ok).toBe(true);
    const bad = parseBulkDecision({ caseIds: [], kind: "clear", clearReason: "cleared_jastip" }, now, tokopedia);
    expect(bad.ok ? null : bad.fieldErrors.caseIds?.key).toBe("caseIdInvalid");
  });

  it("checks a bulk takedown's points on the cases' platform", () => {
    const bulk = { caseIds: [caseId], kind: "takedown", policyCode: "circumvention", points: 4, facts: "Bal disebut karung." };
    expect(parseBulkDecision(bulk, now, shopee).ok).toBe(true);
    const bad = parseBulkDecision(bulk, now, tokopedia);
    expect(bad.ok ? null : bad.fieldErrors.points).toEqual({ key: "pointsOutOfBounds", params: { min: 6, max: 24 } });
  });
});

describe("form helpers", () => {
  it("reads repeated case ids from form data", () => {
    const form = new FormData();
    form.append("caseIds", "a");
    form.append("caseIds", "b");
    form.append("kind", "clear");
    expect(decisionFromFormData(form)).toEqual({ caseIds: ["a", "b"], kind: "clear" });
  });

  it("reads deadlines as Jakarta time", () => {
    expect(parseJakartaDateTime("2026-01-13")?.toISOString()).toBe("2026-01-13T16:59:00.000Z");
    expect(parseJakartaDateTime("2026-01-13T10:00:00Z")?.toISOString()).toBe("2026-01-13T10:00:00.000Z");
    expect(parseJakartaDateTime("")).toBeNull();
  });
});
