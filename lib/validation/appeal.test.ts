import { describe, expect, it } from "vitest";
import { appealFormSchema, appealOutcomeSchema, fieldErrorKeys, infoResponseSchema } from "./appeal";

const id = "5b0c8f3e-8a4e-4f57-9b1e-0c1d2e3f4a5b";
const valid = { subject: "decision", subjectId: id, explanation: "Barang ini preloved pribadi.", references: " ", declaration: true };

describe("appealFormSchema", () => {
  it("accepts a complete appeal and turns blank references into null", () => {
    const r = appealFormSchema.safeParse(valid);
    expect(r.success && r.data).toEqual({ ...valid, references: null });
  });
  it("names the message key of each field in error", () => {
    const r = appealFormSchema.safeParse({ subject: "decision", subjectId: id, explanation: "   ", references: "x".repeat(501), declaration: false });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(fieldErrorKeys(r.error)).toEqual({
        explanation: "explanationRequired",
        references: "referencesTooLong",
        declaration: "declarationRequired",
      });
    }
  });
  it("refuses an explanation over 3,000 characters and accepts exactly 3,000", () => {
    expect(appealFormSchema.safeParse({ ...valid, explanation: "a".repeat(3000) }).success).toBe(true);
    const r = appealFormSchema.safeParse({ ...valid, explanation: "a".repeat(3001) });
    expect(!r.success && fieldErrorKeys(r.error)).toEqual({ explanation: "explanationTooLong" });
  });
  it("refuses a tampered subject", () => {
    const r = appealFormSchema.safeParse({ ...valid, subject: "listing", subjectId: "1 OR 1=1" });
    expect(!r.success && fieldErrorKeys(r.error)).toEqual({ subject: "subjectInvalid", subjectId: "subjectInvalid" });
  });
});

describe("infoResponseSchema and appealOutcomeSchema", () => {
  it("requires an answer", () => {
    const r = infoResponseSchema.safeParse({ caseId: id, body: "" });
    expect(!r.success && fieldErrorKeys(r.error)).toEqual({ body: "answerRequired" });
  });
  it("requires a reason of at least 10 characters and a known outcome", () => {
    const r = appealOutcomeSchema.safeParse({ appealId: id, version: "2", outcome: "maybe", reason: "ok" });
    expect(!r.success && fieldErrorKeys(r.error)).toEqual({ outcome: "outcomeInvalid", reason: "reasonTooShort" });
    const good = appealOutcomeSchema.safeParse({ appealId: id, version: "2", outcome: "grant", reason: "Nota lokal valid." });
    expect(good.success && good.data.version).toBe(2);
  });
});
