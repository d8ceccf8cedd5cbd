import { describe, expect, it } from "vitest";
import { csvCell, csvDocument, csvRow } from "./csv";

describe("csvCell", () => {
  it.each([
    ["=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["+62 812", "'+62 812"],
    ["-5+3", "'-5+3"],
    ["@cmd", "'@cmd"],
    ["\tTAB", "'\tTAB"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
  ])("neutralises the formula %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("quotes commas, quotes, line breaks and edge spaces", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(" padded")).toBe('" padded"');
    expect(csvCell("plain")).toBe("plain");
  });

  it("writes numbers as numbers, and empty for null or non-finite", () => {
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(41.7)).toBe("41.7");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(true)).toBe("true");
  });
});

describe("csvRow and csvDocument", () => {
  it("joins cells with commas and ends lines with CRLF", () => {
    expect(csvRow(["a", 1, null, "=x"])).toBe("a,1,,'=x\r\n");
    const doc = csvDocument(
      [
        { key: "platform", label: "Platform" },
        { key: "n", label: "Takedowns" },
      ],
      [{ platform: "Shopee", n: 3 }, { platform: "@evil", n: 0 }],
    );
    expect(doc).toBe("Platform,Takedowns\r\nShopee,3\r\n'@evil,0\r\n");
  });
});
