import "server-only";
import { getTranslations } from "next-intl/server";
import { readFormEvidence, type AcceptedEvidence } from "@/lib/moderation/evidence";

// Reads a submitted form's evidence files (checked by content in lib/moderation/evidence) and
// turns refusals into one translated message for the "files" field, naming each refused file.

export async function readEvidence(
  form: FormData,
  field = "files",
): Promise<{ ok: true; files: AcceptedEvidence[] } | { ok: false; message: string }> {
  const result = await readFormEvidence(form, field);
  if (!result.tooMany && result.refused.length === 0) return { ok: true, files: result.accepted };
  const t = await getTranslations("appeals.errors");
  const messages = result.refused.map((e) => t(`file.${e.error}`, { name: e.name || "?" }));
  if (result.tooMany) messages.unshift(t("tooManyFiles"));
  return { ok: false, message: messages.join(" ") };
}
