import { createHash, randomBytes } from "node:crypto";

// Platform API keys: `tmb_` and 32 random bytes (base64url). High-entropy secrets need no slow
// hash: the database keeps their SHA-256 and a short prefix for people to recognise them by.
export const API_KEY_PREFIX = "tmb_";
const KEY_PATTERN = /^tmb_[A-Za-z0-9_-]{43}$/;

export interface NewApiKey {
  /** Shown once to the admin, never stored. */
  key: string;
  prefix: string;
  hash: string;
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export function generateApiKey(): NewApiKey {
  const key = API_KEY_PREFIX + randomBytes(32).toString("base64url");
  return { key, prefix: key.slice(0, API_KEY_PREFIX.length + 8), hash: hashApiKey(key) };
}

export function looksLikeApiKey(value: string): boolean {
  return KEY_PATTERN.test(value);
}
