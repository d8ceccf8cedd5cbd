// PostgreSQL errors reach us wrapped (drizzle's DrizzleQueryError around the driver's error);
// these read the SQLSTATE code and constraint name wherever they sit in the cause chain.

function walk(error: unknown): Record<string, unknown>[] {
  const chain: Record<string, unknown>[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    chain.push(current as Record<string, unknown>);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

export function pgErrorCode(error: unknown): string | null {
  for (const e of walk(error)) if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  return null;
}

export function pgConstraint(error: unknown): string | null {
  for (const e of walk(error)) {
    if (typeof e.constraint === "string") return e.constraint;
    if (typeof e.constraint_name === "string") return e.constraint_name;
  }
  return null;
}

export const UNIQUE_VIOLATION = "23505";
export const CHECK_VIOLATION = "23514";
