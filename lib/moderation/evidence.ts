import type { EvidenceMimeType } from "./constants";

// Evidence files: JPEG, PNG, WebP or PDF only, recognised from their first bytes — never from
// the name or the type the browser claims. HTML, SVG, executables and everything else are
// refused whatever they are called. Files are stored in the database and later served with the
// sniffed type, so a file that passes here is never rendered as a page.

export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;
export const EVIDENCE_MAX_FILES = 5;

export const EVIDENCE_EXTENSION: Record<EvidenceMimeType, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "application/pdf": "pdf",
};

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** The evidence type of a file from its magic bytes, or null when it is not one we accept. */
export function sniffEvidenceType(bytes: Uint8Array): EvidenceMimeType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  if (startsWith(bytes, ascii("%PDF-"))) return "application/pdf";
  return null;
}

export function isImageEvidence(mimeType: string): boolean {
  return mimeType === "image/jpeg" || mimeType === "image/png" || mimeType === "image/webp";
}

export const EVIDENCE_FILE_ERRORS = ["empty", "too_large", "unsupported_type"] as const;
export type EvidenceFileError = (typeof EVIDENCE_FILE_ERRORS)[number];

export interface EvidenceCandidate {
  name: string;
  bytes: Uint8Array;
}

export interface AcceptedEvidence {
  fileName: string;
  mimeType: EvidenceMimeType;
  bytes: Uint8Array;
}

export type EvidenceCheck =
  | { ok: true; files: AcceptedEvidence[] }
  | { ok: false; tooMany: boolean; fileErrors: { name: string; error: EvidenceFileError }[] };

const UNSAFE_NAME_CHARS = '"<>:|?*;';

/**
 * A stored file name: no path, no control or quote characters, no invisible formatting characters
 * (a right-to-left override would make "fotogpj.exe" read as "fotoexe.jpg"; zero-width characters
 * hide in names), at most 120 characters, and the extension of its real type.
 */
export function safeFileName(name: string, mimeType: EvidenceMimeType): string {
  const base = name.split(/[\\/]/).at(-1) ?? "";
  const stem = base
    .replace(/\.[^.]*$/, "")
    .replace(/\p{Cf}/gu, "")
    .split("")
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f && !UNSAFE_NAME_CHARS.includes(c))
    .join("")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 100);
  return `${stem || "bukti"}.${EVIDENCE_EXTENSION[mimeType]}`;
}

export function checkEvidenceFile(file: EvidenceCandidate): { ok: true; file: AcceptedEvidence } | { ok: false; error: EvidenceFileError } {
  if (file.bytes.length === 0) return { ok: false, error: "empty" };
  if (file.bytes.length > EVIDENCE_MAX_BYTES) return { ok: false, error: "too_large" };
  const mimeType = sniffEvidenceType(file.bytes);
  if (!mimeType) return { ok: false, error: "unsupported_type" };
  return { ok: true, file: { fileName: safeFileName(file.name, mimeType), mimeType, bytes: file.bytes } };
}

/** Checks a whole upload: every file, and how many. Nothing is accepted unless everything is. */
export function checkEvidenceFiles(files: readonly EvidenceCandidate[]): EvidenceCheck {
  const accepted: AcceptedEvidence[] = [];
  const fileErrors: { name: string; error: EvidenceFileError }[] = [];
  for (const file of files) {
    const result = checkEvidenceFile(file);
    if (result.ok) accepted.push(result.file);
    else fileErrors.push({ name: file.name, error: result.error });
  }
  const tooMany = files.length > EVIDENCE_MAX_FILES;
  if (tooMany || fileErrors.length > 0) return { ok: false, tooMany, fileErrors };
  return { ok: true, files: accepted };
}

export interface FormEvidence {
  accepted: AcceptedEvidence[];
  refused: { name: string; error: EvidenceFileError }[];
  tooMany: boolean;
}

/**
 * The files of one form field, checked by content. A file over the size limit is refused
 * without being read. Browsers send one empty, nameless part when no file was chosen; it is ignored.
 */
export async function readFormEvidence(form: FormData, field = "files"): Promise<FormEvidence> {
  const parts = form
    .getAll(field)
    .filter((v): v is File => typeof v === "object" && v !== null && "arrayBuffer" in v)
    .filter((f) => f.size > 0 || f.name !== "");
  const out: FormEvidence = { accepted: [], refused: [], tooMany: parts.length > EVIDENCE_MAX_FILES };
  for (const part of parts) {
    if (part.size > EVIDENCE_MAX_BYTES) {
      out.refused.push({ name: part.name, error: "too_large" });
      continue;
    }
    const result = checkEvidenceFile({ name: part.name, bytes: new Uint8Array(await part.arrayBuffer()) });
    if (result.ok) out.accepted.push(result.file);
    else out.refused.push({ name: part.name, error: result.error });
  }
  return out;
}
