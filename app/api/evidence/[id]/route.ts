import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { getEvidenceFile } from "@/db/queries/evidence";
import { EVIDENCE_MIME_TYPES } from "@/lib/moderation/constants";
import { isImageEvidence } from "@/lib/moderation/evidence";
import { isUuid } from "@/lib/validation/ids";
import { authorize } from "@/server/session";

// Evidence files: only staff and members of the shop that uploaded them. Anyone else — another
// seller included — gets the same 404 as for an id that does not exist. Files are served with
// the type sniffed at upload (never HTML or SVG), nosniff, and PDFs as downloads.

function contentDisposition(kind: "inline" | "attachment", fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const auth = await authorize("evidence:view");
  if (!auth.ok) return NextResponse.json({ error: auth.error }, { status: auth.status });
  const { id } = await params;
  const notFound = () => NextResponse.json({ error: "not found" }, { status: 404, headers: { "Cache-Control": "no-store" } });
  if (!isUuid(id)) return notFound();
  const { db } = await getDb();
  const viewer = auth.user.role === "seller" ? ({ kind: "seller", userId: auth.user.id } as const) : ({ kind: "staff", userId: auth.user.id } as const);
  const file = await getEvidenceFile(db, { fileId: id, viewer });
  if (!file || !(EVIDENCE_MIME_TYPES as readonly string[]).includes(file.mimeType)) return notFound();
  return new NextResponse(new Uint8Array(file.content), {
    status: 200,
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.content.length),
      "Content-Disposition": contentDisposition(isImageEvidence(file.mimeType) ? "inline" : "attachment", file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; sandbox",
      "Cross-Origin-Resource-Policy": "same-origin",
      "Cache-Control": "private, no-store",
      ETag: `"${file.sha256}"`,
    },
  });
}
