import { describe, expect, it } from "vitest";
import { compactData, subjectHref } from "./audit-subject";

const id = "0f8fad5b-d9cb-469f-a165-70867728950e";

describe("audit subjects", () => {
  it("links cases, appeals, escalations and users only where the viewer may go", () => {
    const all = new Set(["case", "appeal", "escalation", "user"] as const);
    expect(subjectHref("case", id, all)).toBe(`/cases/${id}`);
    expect(subjectHref("appeal", id, all)).toBe(`/appeals/${id}`);
    expect(subjectHref("escalation", id, all)).toBe(`/escalations/${id}`);
    expect(subjectHref("user", id, all)).toBe(`/admin/users/${id}`);
    expect(subjectHref("appeal", id, new Set(["case"] as const))).toBeNull();
    expect(subjectHref("platform", "shopee", all)).toBeNull();
    expect(subjectHref("case", "../../admin", all)).toBeNull();
  });

  it("renders data compactly and says when it was cut", () => {
    expect(compactData({})).toEqual({ text: "", cut: false });
    expect(compactData({ from: "moderator", to: "manager", n: 2, ok: true, list: [1, 2] })).toEqual({
      text: 'from: moderator · to: manager · n: 2 · ok: true · list: [1,2]',
      cut: false,
    });
    const long = compactData({ note: "x".repeat(500) });
    expect(long.cut).toBe(true);
    expect(long.text).toHaveLength(160);
  });
});
