import { describe, expect, it } from "vitest";
import { EVIDENCE_MAX_BYTES, checkEvidenceFile, checkEvidenceFiles, readFormEvidence, safeFileName, sniffEvidenceType } from "./evidence";

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], "JFIF");
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], "IHDR");
const WEBP = bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 ");
const PDF = bytes("%PDF-1.4\n%âãÏÓ\n");

describe("sniffEvidenceType", () => {
  it("recognises JPEG, PNG, WebP and PDF by their first bytes", () => {
    expect(sniffEvidenceType(JPEG)).toBe("image/jpeg");
    expect(sniffEvidenceType(PNG)).toBe("image/png");
    expect(sniffEvidenceType(WEBP)).toBe("image/webp");
    expect(sniffEvidenceType(PDF)).toBe("application/pdf");
  });
  it("refuses HTML, SVG, executables, GIF, zip and RIFF that is not WebP", () => {
    expect(sniffEvidenceType(bytes("<!DOCTYPE html><script>alert(1)</script>"))).toBeNull();
    expect(sniffEvidenceType(bytes("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(sniffEvidenceType(bytes("<?xml version='1.0'?><svg/>"))).toBeNull();
    expect(sniffEvidenceType(bytes("MZ", [0x90, 0, 3, 0]))).toBeNull();
    expect(sniffEvidenceType(bytes([0x7f], "ELF"))).toBeNull();
    expect(sniffEvidenceType(bytes("GIF89a"))).toBeNull();
    expect(sniffEvidenceType(bytes("PK", [3, 4]))).toBeNull();
    expect(sniffEvidenceType(bytes("RIFF", [0, 0, 0, 0], "WAVEfmt "))).toBeNull();
    expect(sniffEvidenceType(bytes([0xff, 0xd8]))).toBeNull();
    expect(sniffEvidenceType(bytes(" %PDF-1.4"))).toBeNull();
  });
});

describe("checkEvidenceFile", () => {
  it("ignores the name: an .exe named photo.jpg is refused, a PDF named foto.png is stored as .pdf", () => {
    expect(checkEvidenceFile({ name: "photo.jpg", bytes: bytes("MZ", [0x90, 0]) })).toEqual({ ok: false, error: "unsupported_type" });
    expect(checkEvidenceFile({ name: "nota.html.png", bytes: bytes("<html>") })).toEqual({ ok: false, error: "unsupported_type" });
    expect(checkEvidenceFile({ name: "foto.png", bytes: PDF })).toMatchObject({ ok: true, file: { fileName: "foto.pdf", mimeType: "application/pdf" } });
  });
  it("accepts exactly 5 MB and refuses one byte more", () => {
    const max = new Uint8Array(EVIDENCE_MAX_BYTES);
    max.set(JPEG);
    expect(checkEvidenceFile({ name: "a.jpg", bytes: max }).ok).toBe(true);
    const over = new Uint8Array(EVIDENCE_MAX_BYTES + 1);
    over.set(JPEG);
    expect(checkEvidenceFile({ name: "a.jpg", bytes: over })).toEqual({ ok: false, error: "too_large" });
  });
  it("refuses an empty file", () => {
    expect(checkEvidenceFile({ name: "a.jpg", bytes: new Uint8Array() })).toEqual({ ok: false, error: "empty" });
  });
});

describe("checkEvidenceFiles", () => {
  it("accepts up to five files", () => {
    const five = [JPEG, PNG, WEBP, PDF, JPEG].map((b, i) => ({ name: `f${i}`, bytes: b }));
    expect(checkEvidenceFiles(five)).toMatchObject({ ok: true });
  });
  it("refuses a sixth file", () => {
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `f${i}.jpg`, bytes: JPEG }));
    expect(checkEvidenceFiles(six)).toEqual({ ok: false, tooMany: true, fileErrors: [] });
  });
  it("refuses the whole upload when one file is bad, naming it", () => {
    expect(checkEvidenceFiles([{ name: "ok.jpg", bytes: JPEG }, { name: "x.svg", bytes: bytes("<svg/>") }])).toEqual({
      ok: false,
      tooMany: false,
      fileErrors: [{ name: "x.svg", error: "unsupported_type" }],
    });
  });
});

describe("safeFileName", () => {
  it("drops paths, quotes and control characters and uses the real type's extension", () => {
    expect(safeFileName("C:\\Users\\ani\\nota \"toko\".exe", "application/pdf")).toBe("nota toko.pdf");
    expect(safeFileName("../../etc/passwd", "image/png")).toBe("passwd.png");
    expect(safeFileName("a\u0000b\nc.jpg", "image/jpeg")).toBe("abc.jpg");
    expect(safeFileName("foto\u202Efdp.png", "image/png")).toBe("fotofdp.png");
    expect(safeFileName("no\u200Bta\u200D\uFEFF.pdf", "application/pdf")).toBe("nota.pdf");
    expect(safeFileName("", "image/webp")).toBe("bukti.webp");
    expect(safeFileName(`${"x".repeat(300)}.jpg`, "image/jpeg")).toHaveLength(104);
  });
});

describe("readFormEvidence", () => {
  const form = (files: File[]) => {
    const f = new FormData();
    for (const file of files) f.append("files", file);
    return f;
  };
  it("accepts real files and refuses a renamed .exe, an .html posing as a photo and an oversized file", async () => {
    const big = new Uint8Array(EVIDENCE_MAX_BYTES + 1);
    big.set(JPEG);
    const result = await readFormEvidence(
      form([
        new File([PNG], "label.png", { type: "image/png" }),
        new File([bytes("MZ", [0x90, 0])], "foto.jpg", { type: "image/jpeg" }),
        new File([bytes("<html><script>alert(1)</script>")], "nota.png", { type: "image/png" }),
        new File([big], "besar.jpg", { type: "image/jpeg" }),
      ]),
    );
    expect(result.accepted.map((f) => f.fileName)).toEqual(["label.png"]);
    expect(result.refused).toEqual([
      { name: "foto.jpg", error: "unsupported_type" },
      { name: "nota.png", error: "unsupported_type" },
      { name: "besar.jpg", error: "too_large" },
    ]);
    expect(result.tooMany).toBe(false);
  });
  it("ignores the empty part a browser sends with no file chosen, and counts a sixth file", async () => {
    expect(await readFormEvidence(form([new File([], "")]))).toEqual({ accepted: [], refused: [], tooMany: false });
    const six = Array.from({ length: 6 }, (_, i) => new File([JPEG], `f${i}.jpg`));
    expect((await readFormEvidence(form(six))).tooMany).toBe(true);
  });
});
