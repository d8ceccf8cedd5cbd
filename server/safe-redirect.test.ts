import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-redirect";

describe("safeCallbackPath", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackPath("/cases/abc?x=1")).toBe("/cases/abc?x=1");
  });
  it.each(["https://evil.test/", "//evil.test", "/\\evil.test", "javascript:alert(1)", 42, undefined])(
    "refuses %s",
    (value) => {
      expect(safeCallbackPath(value)).toBeNull();
    },
  );
});
