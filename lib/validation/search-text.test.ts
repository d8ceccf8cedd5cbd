import { describe, expect, it } from "vitest";
import { searchText } from "./search-text";

describe("searchText", () => {
  it("drops NUL and other control characters and trims", () => {
    expect(searchText(" toko\u0000 budi\r\n\t")).toBe("toko budi");
    expect(searchText("\u0000")).toBe("");
  });
  it("keeps SQL, markup and other text as typed", () => {
    expect(searchText("' OR 1=1 -- <b>%_\\ \u202Eabc")).toBe("' OR 1=1 -- <b>%_\\ \u202Eabc");
  });
});
