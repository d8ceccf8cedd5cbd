import { createHash } from "node:crypto";
import { and, asc, eq, type SQL } from "drizzle-orm";
import type { AcceptedEvidence } from "@/lib/moderation/evidence";
import type { Db } from "../open";
import { evidenceFiles } from "../schema";
import { viewerScope, type Viewer } from "./seller-scope";

export interface EvidenceMeta {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: Date;
}

const META = {
  id: evidenceFiles.id,
  fileName: evidenceFiles.fileName,
  mimeType: evidenceFiles.mimeType,
  sizeBytes: evidenceFiles.sizeBytes,
  sha256: evidenceFiles.sha256,
  createdAt: evidenceFiles.createdAt,
};

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Stores checked files for an appeal or an answer to a request for information (inside the caller's transaction). */
export async function insertEvidence(
  db: Db,
  params: { sellerId: string; parent: { appealId: string } | { infoResponseId: string }; files: readonly AcceptedEvidence[] },
): Promise<EvidenceMeta[]> {
  if (params.files.length === 0) return [];
  return db
    .insert(evidenceFiles)
    .values(
      params.files.map((f) => ({
        sellerId: params.sellerId,
        ...("appealId" in params.parent ? { appealId: params.parent.appealId } : { infoResponseId: params.parent.infoResponseId }),
        fileName: f.fileName,
        mimeType: f.mimeType,
        sizeBytes: f.bytes.length,
        sha256: sha256Hex(f.bytes),
        content: Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength),
      })),
    )
    .returning(META);
}

async function listEvidence(db: Db, where: SQL | undefined): Promise<EvidenceMeta[]> {
  return db.select(META).from(evidenceFiles).where(where).orderBy(asc(evidenceFiles.createdAt), asc(evidenceFiles.id));
}

export function listAppealEvidence(db: Db, params: { appealId: string; viewer: Viewer }): Promise<EvidenceMeta[]> {
  return listEvidence(db, and(eq(evidenceFiles.appealId, params.appealId), viewerScope(evidenceFiles.sellerId, params.viewer)));
}

export function listInfoResponseEvidence(db: Db, params: { infoResponseId: string; viewer: Viewer }): Promise<EvidenceMeta[]> {
  return listEvidence(db, and(eq(evidenceFiles.infoResponseId, params.infoResponseId), viewerScope(evidenceFiles.sellerId, params.viewer)));
}

export interface EvidenceDownload extends EvidenceMeta {
  content: Buffer;
}

/** The file, only for staff or a member of the shop that uploaded it; null otherwise (the route answers 404). */
export async function getEvidenceFile(db: Db, params: { fileId: string; viewer: Viewer }): Promise<EvidenceDownload | null> {
  const [row] = await db
    .select({ ...META, content: evidenceFiles.content })
    .from(evidenceFiles)
    .where(and(eq(evidenceFiles.id, params.fileId), viewerScope(evidenceFiles.sellerId, params.viewer)))
    .limit(1);
  return row ?? null;
}
