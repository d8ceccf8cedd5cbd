import { describe, expect, it } from "vitest";
import { generateApiKey, hashApiKey, looksLikeApiKey } from "./api-keys";

describe("api keys", () => {
  it("are tmb_ plus 43 base64url characters, with a display prefix and a sha256 hash", () => {
    const k = generateApiKey();
    expect(looksLikeApiKey(k.key)).toBe(true);
    expect(k.prefix).toBe(k.key.slice(0, 12));
    expect(k.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiKey(k.key)).toBe(k.hash);
    expect(k.hash).not.toContain(k.key.slice(4));
  });

  it("are different every time", () => {
    expect(generateApiKey().key).not.toBe(generateApiKey().key);
  });

  it("rejects anything else", () => {
    expect(looksLikeApiKey("tmb_short")).toBe(false);
    expect(looksLikeApiKey(`xyz_${"a".repeat(43)}`)).toBe(false);
  });
});
