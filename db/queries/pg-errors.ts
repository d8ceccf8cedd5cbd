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

// The database is down, restarting or out of reach: SQLSTATE classes 08 (connection exception) and
// 57P (admin/crash shutdown, cannot connect now), 53300 (too many connections), and the driver's
// and Node's own connection errors (postgres.js: CONNECTION_*, CONNECT_TIMEOUT).
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-4]|53300)$/;
const UNAVAILABLE_NODE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
]);

/**
 * Whether the error means the database could not be reached (rather than refused the query):
 * the request can be tried again once it is back. Looks through causes and AggregateErrors.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 6) return false;
  const e = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === "string" && (UNAVAILABLE_SQLSTATE.test(e.code) || UNAVAILABLE_NODE_CODES.has(e.code))) return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
