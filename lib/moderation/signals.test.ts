import { describe, expect, it } from "vitest";
import { findSignals, segmentBySignals, SIGNAL_TERMS } from "./signals";

const keys = (text: string) => findSignals(text).map((m) => m.key);

describe("findSignals", () => {
  it("finds import-side words, case-insensitive, with offsets into the input", () => {
    const text = "Jual BALPRES Korea isi 300 pcs, live dari gudang";
    const found = findSignals(text);
    expect(found.map((m) => [m.key, m.direction])).toEqual([
      ["balpres", "import"],
      ["origin", "import"],
      ["live_gudang", "import"],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(found[0]?.text).toBe("BALPRES");
  });

  it("finds legal-side words", () => {
    const found = findSignals("Kemeja preloved pribadi, punya sendiri, jarang dipakai. Bisa jastip.");
    expect(found.map((m) => m.key)).toEqual(["preloved_pribadi", "punya_sendiri", "jarang_dipakai", "jastip"]);
    expect(found.every((m) => m.direction === "legal")).toBe(true);
  });

  it("respects word boundaries", () => {
    expect(keys("balon karet, balsem, global")).toEqual([]);
    expect(keys("importir resmi")).toEqual([]);
    expect(keys("jual 1 bal")).toEqual(["bal"]);
    expect(keys("bal.")).toEqual(["bal"]);
    expect(keys("tembal")).toEqual([]);
  });

  it("prefers the longer of overlapping matches", () => {
    expect(keys("thrift impor murah")).toEqual(["thrift_impor"]);
    expect(keys("second import grade A")).toEqual(["second_import"]);
    expect(keys("ball press")).toEqual(["balpres"]);
    expect(keys("bal kepala")).toEqual(["grade"]);
  });

  it("matches spelling variants", () => {
    expect(keys("ballpress")).toEqual(["balpres"]);
    expect(keys("karungan")).toEqual(["karung"]);
    expect(keys("awul-awul")).toEqual(["awul_awul"]);
    expect(keys("Jastip Jepang")).toEqual(["jastip", "origin"]);
    expect(keys("partai  besar")).toEqual(["partai_besar"]);
  });

  it("finds nothing in neutral text", () => {
    expect(findSignals("Kaos polos katun combed 30s")).toEqual([]);
    expect(findSignals("")).toEqual([]);
  });

  it("has unique keys per pattern", () => {
    expect(new Set(SIGNAL_TERMS.map((t) => t.key)).size).toBe(SIGNAL_TERMS.length);
  });
});

describe("segmentBySignals", () => {
  it("splits text into plain and marked parts that join back to the input", () => {
    const text = "Dijual karung isi campur, punya sendiri";
    const segments = segmentBySignals(text);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.signal).map((s) => [s.text, s.signal?.direction])).toEqual([
      ["karung", "import"],
      ["punya sendiri", "legal"],
    ]);
  });
});
