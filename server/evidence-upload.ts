import "server-only";
import { getTranslations } from "next-intl/server";
import {
  checkEvidenceFile,
  EVIDENCE_MAX_BYTES,
  EVIDENCE_MAX_FILES,
  type AcceptedEvidence,
  type EvidenceFileError,
} from "@/lib/moderation/evidence";

// Reads the evidence files of a submitted form and checks each by its content
// (lib/moderation/evidence). Returns the accepted files, or one translated message for the
// "files" field that names every refused file. Nothing is stored here.

function fileParts(form: FormData, field: string): File[] {
  // A browser sends one empty, nameless part when no file was chosen.
  return form
    .getAll(field)
    .filter((v): v is File => typeof v === "object" && v !== null && "arrayBuffer" in v)
    .filter((f) => f.size > 0 || f.name !== "");
}

export async function readEvidence(
  form: FormData,
  field = "files",
): Promise<{ ok: true; files: AcceptedEvidence[] } | { ok: false; message: string }> {
  const t = await getTranslations("appeals.errors");
  const parts = fileParts(form, field);
  const accepted: AcceptedEvidence[] = [];
  const refused: { name: string; error: EvidenceFileError }[] = [];
  for (const part of parts) {
    if (part.size > EVIDENCE_MAX_BYTES) {
      refused.push({ name: part.name, error: "too_large" }); // not read at all
      continue;
    }
    const result = checkEvidenceFile({ name: part.name, bytes: new Uint8Array(await part.arrayBuffer()) });
    if (result.ok) accepted.push(result.file);
    else refused.push({ name: part.name, error: result.error });
  }
  const messages = refused.map((e) => t(`file.${e.error}`, { name: e.name || "?" }));
  if (parts.length > EVIDENCE_MAX_FILES) messages.unshift(t("tooManyFiles"));
  return messages.length > 0 ? { ok: false, message: messages.join(" ") } : { ok: true, files: accepted };
}
