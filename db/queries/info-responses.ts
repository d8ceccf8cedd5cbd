import { and, desc, eq } from "drizzle-orm";
import type { AcceptedEvidence } from "@/lib/moderation/evidence";
import type { Db } from "../open";
import { cases, decisions, infoResponses } from "../schema";
import { recordAudit } from "./audit";
import { markSellerAnswered } from "./case-state";
import { insertEvidence } from "./evidence";
import { ownedBy } from "./seller-scope";

// A seller's answer to a request for information: the answer and its files are stored, and the
// case goes back to the moderators' queue (open, no deadline, new version) — in one transaction.

export type InfoResponseResult =
  | { ok: true; infoResponseId: string }
  | { ok: false; reason: "not_found" | "not_awaiting" };

export async function respondToInfoRequest(
  db: Db,
  params: { userId: string; caseId: string; body: string; files: readonly AcceptedEvidence[]; now: Date },
): Promise<InfoResponseResult> {
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ id: cases.id, sellerId: cases.sellerId, state: cases.state, version: cases.version })
      .from(cases)
      .where(and(eq(cases.id, params.caseId), ownedBy(cases.sellerId, params.userId)))
      .for("update");
    if (!found) return { ok: false, reason: "not_found" } as const;
    if (found.state !== "awaiting_seller") return { ok: false, reason: "not_awaiting" } as const;
    const [request] = await tx
      .select({ id: decisions.id })
      .from(decisions)
      .where(and(eq(decisions.caseId, found.id), eq(decisions.kind, "request_info")))
      .orderBy(desc(decisions.createdAt))
      .limit(1);
    if (!request) return { ok: false, reason: "not_awaiting" } as const;
    const [response] = await tx
      .insert(infoResponses)
      .values({
        caseId: found.id,
        decisionId: request.id,
        sellerId: found.sellerId,
        body: params.body,
        filedBy: params.userId,
        createdAt: params.now,
      })
      .returning({ id: infoResponses.id });
    if (!response) throw new Error("info response insert returned nothing");
    const stored = await insertEvidence(tx, { sellerId: found.sellerId, parent: { infoResponseId: response.id }, files: params.files });
    // The case lifecycle (lib/moderation) moves the case back to open, with its own audit event.
    const refused = await markSellerAnswered(tx, found.id, { kind: "user", id: params.userId, role: "seller" }, params.now);
    if (refused) throw refused;
    await recordAudit(tx, {
      actor: { kind: "user", id: params.userId },
      at: params.now,
      action: "info_response.filed",
      subjectType: "info_response",
      subjectId: response.id,
      data: {
        caseId: found.id,
        requestDecisionId: request.id,
        fromVersion: found.version,
        evidence: stored.map((f) => ({ id: f.id, mimeType: f.mimeType, sizeBytes: f.sizeBytes, sha256: f.sha256 })),
      },
    });
    return { ok: true, infoResponseId: response.id } as const;
  });
}
