import type { z } from "zod";

/** The first message per field path ("ladder.steps.1.points"), for forms that show errors by field. */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    out[key] ??= issue.message;
  }
  return out;
}

/** "" / undefined / null → null; anything else → Number(value) (NaN is then refused by zod). */
export function emptyToNullNumber(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value.trim() === "" ? null : Number(value);
  return value;
}

/** "" / whitespace / undefined → null; other strings unchanged. */
export function emptyToNullString(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" && value.trim() === "") return null;
  return value;
}
