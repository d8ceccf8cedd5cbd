// The pending work for seniors and reviewers: one escalation waiting for approval (after a prior
// ladder warning) and appeals with evidence, each against a decision moderator2 did not author.
import type { appeals, escalations, evidenceFiles } from "../schema";
import type { AuditRow, DecisionRow, NotificationRow } from "./history";
import { sha256Hex, tinyPdf, tinyPng } from "./evidence";
import type { PlatformId, PlatformRow } from "./platforms";
import { HOUR, type Random } from "./random";
import { ESCALATION, SCRIPTED_CASES } from "./script";
import type { CasePlan, ListingPlan } from "./types";
import type { SeedUsers } from "./users";

export type EscalationRow = typeof escalations.$inferInsert & { id: string };
export type AppealRow = typeof appeals.$inferInsert & { id: string };
export type EvidenceRow = typeof evidenceFiles.$inferInsert & { id: string };

export interface PendingWork {
  escalations: EscalationRow[];
  appeals: AppealRow[];
  evidence: EvidenceRow[];
  notifications: NotificationRow[];
  audit: AuditRow[];
}

export function buildPendingWork(
  rng: Random,
  now: Date,
  listings: readonly ListingPlan[],
  plans: readonly CasePlan[],
  decisionByCase: ReadonlyMap<string, DecisionRow>,
  users: SeedUsers,
  platforms: Record<PlatformId, PlatformRow>,
): PendingWork {
  const out: PendingWork = { escalations: [], appeals: [], evidence: [], notifications: [], audit: [] };

  // The escalation relies on the scripted takedowns of its shop.
  const shopListings = listings.filter((l) => l.seller.special === ESCALATION.seller);
  const seller = shopListings[0]?.seller;
  if (!seller) throw new Error("the escalation's shop is missing");
  const relied = ESCALATION.reliedCases.map((i) => {
    const listing = shopListings[SCRIPTED_CASES.escalation[i]?.listing ?? -1];
    const plan = plans.find((p) => p.listing === listing);
    if (!plan) throw new Error(`the escalation's case ${i} is missing`);
    return plan.id;
  });
  const escalationAt = new Date(now.getTime() - ESCALATION.createdHoursAgo * HOUR);
  const escalation: EscalationRow = {
    id: rng.uuid(),
    sellerId: seller.row.id,
    platformId: seller.row.platformId,
    action: ESCALATION.action,
    durationDays: ESCALATION.durationDays,
    rationale: ESCALATION.rationale,
    outreachNote: ESCALATION.outreachNote,
    reliedCaseIds: relied,
    proposerId: users[ESCALATION.proposer].id,
    state: "pending",
    createdAt: escalationAt,
  };
  out.escalations.push(escalation);
  out.audit.push({
    actorKind: "system",
    actorId: null,
    action: "escalation.proposed",
    subjectType: "escalation",
    subjectId: escalation.id,
    data: { seeded: true, proposerId: escalation.proposerId, action: escalation.action, durationDays: escalation.durationDays },
    at: escalationAt,
  });

  const png = tinyPng();
  for (const plan of plans) {
    const o = plan.outcome;
    if (o.type !== "takedown" || !o.appeal) continue;
    const decision = decisionByCase.get(plan.id);
    if (!decision) throw new Error(`case ${plan.number} has no decision`);
    if (decision.authorId === users.moderator2.id) throw new Error("moderator2 must be free to review every seeded appeal");
    const platform = platforms[plan.listing.row.platformId];
    const filedAt = o.appeal.filedAt;
    const appeal: AppealRow = {
      id: rng.uuid(),
      sellerId: plan.listing.seller.row.id,
      platformId: plan.listing.row.platformId,
      subject: "decision",
      decisionId: decision.id,
      round: 1,
      explanation: o.appeal.explanation,
      references: o.appeal.references,
      goodFaithDeclared: true,
      filedBy: users[o.appeal.filedBy].id,
      state: "pending",
      version: 1,
      dueAt: new Date(filedAt.getTime() + platform.appealSlaHours * HOUR),
      createdAt: filedAt,
    };
    out.appeals.push(appeal);
    for (const kind of o.appeal.files) {
      const content =
        kind === "png"
          ? png
          : tinyPdf([
              "NOTA PEMBELIAN",
              `Toko: ${plan.listing.seller.row.shopName}`,
              `Barang: ${plan.listing.row.title}`,
              `Tanggal: ${new Date(plan.listing.row.createdAt.getTime() - 5 * 24 * HOUR).toISOString().slice(0, 10)}`,
              "Asal barang: pemasok dalam negeri",
            ]);
      out.evidence.push({
        id: rng.uuid(),
        sellerId: appeal.sellerId,
        appealId: appeal.id,
        fileName: kind === "png" ? "foto-label.png" : "nota-pembelian.pdf",
        mimeType: kind === "png" ? "image/png" : "application/pdf",
        sizeBytes: content.length,
        sha256: sha256Hex(content),
        content,
        createdAt: filedAt,
      });
    }
    out.notifications.push({
      id: rng.uuid(),
      sellerId: appeal.sellerId,
      kind: "appeal_received",
      params: { caseNumber: plan.number, listingTitle: plan.listing.row.title, dueAt: (appeal.dueAt as Date).toISOString() },
      caseId: plan.id,
      decisionId: decision.id,
      appealId: appeal.id,
      createdAt: new Date(filedAt.getTime() + 60_000),
    });
    out.audit.push({
      actorKind: "system",
      actorId: null,
      action: "appeal.filed",
      subjectType: "appeal",
      subjectId: appeal.id,
      data: { seeded: true, decisionId: decision.id, filedBy: appeal.filedBy, files: o.appeal.files.length },
      at: filedAt,
    });
  }
  return out;
}
