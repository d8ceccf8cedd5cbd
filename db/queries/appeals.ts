import { and, count, eq, gte } from "drizzle-orm";
import type { AppealSubject } from "@/lib/moderation/constants";
import {
  appealDailyLimitReached,
  appealDueAt,
  appealEligibility,
  startOfJakartaDay,
  type AppealIneligibleReason,
} from "@/lib/moderation/appeals";
import type { AcceptedEvidence } from "@/lib/moderation/evidence";
import type { Db } from "../open";
import { appeals, notifications, sellers } from "../schema";
import { loadAppealHistory, loadAppealSubject, toAppealable } from "./appeal-subjects";
import { recordAudit } from "./audit";
import { insertEvidence } from "./evidence";
import { pgErrorCode, UNIQUE_VIOLATION } from "./pg-errors";

// Filing an appeal: one transaction writes the appeal, its evidence (size and sha256), the
// seller's "appeal received" notification and the audit event — or nothing at all.

export interface FileAppealParams {
  userId: string;
  subject: AppealSubject;
  subjectId: string;
  explanation: string;
  references: string | null;
  files: readonly AcceptedEvidence[];
  now: Date;
}

export type FileAppealFailure = "not_found" | "daily_limit" | AppealIneligibleReason;

export type FileAppealResult =
  | { ok: true; appealId: string; round: number; dueAt: Date }
  | { ok: false; reason: FileAppealFailure; deadline: Date | null };

class Refused extends Error {
  constructor(readonly reason: FileAppealFailure, readonly deadline: Date | null = null) {
    super(reason);
  }
}

export async function fileAppeal(db: Db, params: FileAppealParams): Promise<FileAppealResult> {
  try {
    return await db.transaction(async (tx) => {
      const viewer = { kind: "seller", userId: params.userId } as const;
      const subject = await loadAppealSubject(tx, { subject: params.subject, id: params.subjectId, viewer, lock: true });
      if (!subject) throw new Refused("not_found");
      // One appeal at a time per shop, so the daily count cannot race.
      await tx.select({ id: sellers.id }).from(sellers).where(eq(sellers.id, subject.sellerId)).for("update");
      const history = await loadAppealHistory(tx, subject.subject, subject.id);
      const eligibility = appealEligibility(toAppealable(subject), history, subject.settings, params.now);
      if (!eligibility.allowed) throw new Refused(eligibility.reason, eligibility.deadline);
      const [today] = await tx
        .select({ n: count() })
        .from(appeals)
        .where(and(eq(appeals.sellerId, subject.sellerId), gte(appeals.createdAt, startOfJakartaDay(params.now))));
      if (appealDailyLimitReached(today?.n ?? 0)) throw new Refused("daily_limit");

      const dueAt = appealDueAt(params.now, subject.settings.appealSlaHours);
      const [appeal] = await tx
        .insert(appeals)
        .values({
          sellerId: subject.sellerId,
          platformId: subject.platformId,
          subject: subject.subject,
          decisionId: subject.subject === "decision" ? subject.id : null,
          accountActionId: subject.subject === "account_action" ? subject.id : null,
          round: eligibility.round,
          explanation: params.explanation,
          references: params.references,
          goodFaithDeclared: true,
          filedBy: params.userId,
          dueAt,
          createdAt: params.now,
        })
        .returning({ id: appeals.id });
      if (!appeal) throw new Error("appeal insert returned nothing");
      const stored = await insertEvidence(tx, { sellerId: subject.sellerId, parent: { appealId: appeal.id }, files: params.files });
      await tx.insert(notifications).values({
        sellerId: subject.sellerId,
        kind: "appeal_received",
        params: {
          round: eligibility.round,
          dueAt: dueAt.toISOString(),
          subject: subject.subject,
          actionKind: subject.kind,
          listingTitle: subject.listingTitle,
          caseNumber: subject.caseNumber,
        },
        caseId: subject.caseId,
        decisionId: subject.subject === "decision" ? subject.id : null,
        appealId: appeal.id,
        createdAt: params.now,
      });
      await recordAudit(tx, {
        actor: { kind: "user", id: params.userId },
        action: "appeal.filed",
        subjectType: "appeal",
        subjectId: appeal.id,
        at: params.now,
        data: {
          subject: subject.subject,
          subjectId: subject.id,
          round: eligibility.round,
          dueAt: dueAt.toISOString(),
          evidence: stored.map((f) => ({ id: f.id, mimeType: f.mimeType, sizeBytes: f.sizeBytes, sha256: f.sha256 })),
        },
      });
      return { ok: true, appealId: appeal.id, round: eligibility.round, dueAt } as const;
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason, deadline: error.deadline };
    // Two tabs filing at once: the partial unique indexes let only one through.
    if (pgErrorCode(error) === UNIQUE_VIOLATION) return { ok: false, reason: "open_appeal_exists", deadline: null };
    throw error;
  }
}
