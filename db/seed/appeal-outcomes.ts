// The seeded past appeals as rows, with everything their outcomes undid. lib/moderation/reversal.ts
// plans the effects, exactly as db/queries/appeal-decide.ts does at run time: a grant reverses the
// decision and reinstates the listing, a grant or partial grant revokes the decision's strikes and
// lifts the account actions that rested on them. Appeals are applied in the order they were decided.
import { activePoints } from "@/lib/moderation";
import { OUTCOME_STATE } from "@/lib/moderation/appeal-lifecycle";
import { secondAppealDeadline } from "@/lib/moderation/appeals";
import { partialAvailable, planReversal, type AppealedForReversal } from "@/lib/moderation/reversal";
import type { AppealIntent } from "./appeal-history";
import type { AppealRow, EvidenceRow } from "./appeals-and-escalation";
import type { PastAccountAction } from "./escalation-history";
import { sha256Hex, tinyPdf, tinyPng } from "./evidence";
import type { AuditRow, DecisionHistory, NotificationRow } from "./history";
import type { PlatformId, PlatformRow } from "./platforms";
import { DAY, HOUR, type Random } from "./random";
import type { ShopOwners } from "./shop-owners";
import type { CasePlan } from "./types";
import type { SeedUsers } from "./users";

export interface AppealOutcomes {
  appeals: AppealRow[];
  evidence: EvidenceRow[];
  notifications: NotificationRow[];
  audit: AuditRow[];
  /** Decisions reversed by a grant, applied by UPDATE after insert (as the app does). */
  reversedAt: Map<string, Date>;
  /** Account actions lifted by a grant, applied by UPDATE after insert. */
  lifted: Map<string, { at: Date; reason: string }>;
}

export interface AppealContext {
  history: DecisionHistory;
  plans: readonly CasePlan[];
  accountActions: readonly PastAccountAction[];
  users: SeedUsers;
  owners: ShopOwners;
  platforms: Record<PlatformId, PlatformRow>;
}

export function applyPastAppeals(rng: Random, now: Date, intents: readonly AppealIntent[], ctx: AppealContext): AppealOutcomes {
  const out: AppealOutcomes = { appeals: [], evidence: [], notifications: [], audit: [], reversedAt: new Map(), lifted: new Map() };
  const planById = new Map(ctx.plans.map((p) => [p.id, p]));
  const read = (at: Date) => (now.getTime() - at.getTime() > 7 * DAY ? new Date(at.getTime() + rng.int(1, 48) * HOUR) : null);
  const png = tinyPng();

  for (const intent of intents) {
    const { plan, decision } = intent;
    const at = intent.decidedAt;
    const seller = plan.listing.seller;
    const platform = ctx.platforms[seller.row.platformId];
    const reviewer = ctx.users[intent.reviewer];
    if (reviewer.id === decision.authorId) throw new Error(`appeal on case ${plan.number} reviewed by the decision's author`);
    const filer = ctx.owners.ownerOf(seller);
    const appealed = reversalInput(intent, ctx, planById, out);
    if (intent.outcome === "partial" && !partialAvailable(appealed)) throw new Error(`partial outcome unavailable on case ${plan.number}`);
    const effects = planReversal(appealed, intent.outcome, at);
    const state = OUTCOME_STATE[intent.outcome];
    const id = rng.uuid();
    const dueAt = new Date(intent.filedAt.getTime() + platform.appealSlaHours * HOUR);
    out.appeals.push({
      id,
      sellerId: seller.row.id,
      platformId: seller.row.platformId,
      subject: "decision",
      decisionId: decision.id,
      round: intent.round,
      explanation: intent.explanation,
      references: intent.references,
      goodFaithDeclared: true,
      filedBy: filer.id,
      state,
      outcomeReason: intent.reason,
      reviewerId: reviewer.id,
      version: 2,
      dueAt,
      createdAt: intent.filedAt,
      decidedAt: at,
    });
    for (const kind of intent.files) {
      const content = kind === "png" ? png : tinyPdf(["NOTA PEMBELIAN", `Toko: ${seller.row.shopName}`, `Barang: ${plan.listing.row.title}`, "Asal barang: pemasok dalam negeri"]);
      out.evidence.push({
        id: rng.uuid(),
        sellerId: seller.row.id,
        appealId: id,
        fileName: kind === "png" ? "foto-label.png" : "nota-pembelian.pdf",
        mimeType: kind === "png" ? "image/png" : "application/pdf",
        sizeBytes: content.length,
        sha256: sha256Hex(content),
        content,
        createdAt: intent.filedAt,
      });
    }

    const system = { actorKind: "system" as const, actorId: null };
    const because = `appeal ${id}`;
    out.audit.push({ ...system, action: "appeal.filed", subjectType: "appeal", subjectId: id, data: { seeded: true, decisionId: decision.id, filedBy: filer.id, round: intent.round, files: intent.files.length }, at: intent.filedAt });
    let pointsRevoked = 0;
    let reinstated = 0;
    let lifts = 0;
    for (const effect of effects) {
      switch (effect.type) {
        case "reverse_decision":
          out.reversedAt.set(effect.decisionId, at);
          out.audit.push({ ...system, action: "decision.reversed", subjectType: "decision", subjectId: effect.decisionId, data: { seeded: true, appealId: id, reviewerId: reviewer.id }, at });
          break;
        case "reinstate_listing":
          plan.listing.row.status = "active";
          plan.listing.row.updatedAt = at;
          reinstated = 1;
          out.audit.push({ ...system, action: "listing.reinstated", subjectType: "listing", subjectId: effect.listingId, data: { seeded: true, from: effect.from, appealId: id }, at });
          break;
        case "revoke_strikes":
          for (const strike of ctx.history.strikes) {
            if (!effect.strikeIds.includes(strike.id)) continue;
            strike.revokedAt = at;
            strike.revokedReason = because;
          }
          pointsRevoked = effect.points;
          out.audit.push({ ...system, action: "strikes.revoked", subjectType: "seller", subjectId: seller.row.id, data: { seeded: true, strikeIds: effect.strikeIds, points: effect.points, appealId: id }, at });
          break;
        case "lift_account_action": {
          const reason = `${because} (${effect.cause})`;
          out.lifted.set(effect.accountActionId, { at, reason });
          lifts++;
          out.audit.push({ ...system, action: "account_action.lifted", subjectType: "account_action", subjectId: effect.accountActionId, data: { seeded: true, sellerId: seller.row.id, kind: effect.kind, reason, appealId: id }, at });
          break;
        }
        case "notify_seller":
          break;
      }
    }
    const second = secondAppealDeadline(intent.round, state, at, platform);
    out.notifications.push(
      {
        id: rng.uuid(),
        sellerId: seller.row.id,
        kind: "appeal_received",
        params: { caseNumber: plan.number, listingTitle: plan.listing.row.title, dueAt: dueAt.toISOString() },
        caseId: plan.id,
        decisionId: decision.id,
        appealId: id,
        readAt: read(intent.filedAt),
        createdAt: new Date(intent.filedAt.getTime() + 60_000),
      },
      {
        id: rng.uuid(),
        sellerId: seller.row.id,
        kind: "appeal_outcome",
        params: {
          outcome: state,
          reason: intent.reason,
          round: intent.round,
          subject: "decision",
          actionKind: decision.kind,
          listingTitle: plan.listing.row.title,
          caseNumber: plan.number,
          pointsRevoked,
          listingReinstated: reinstated,
          actionsLifted: lifts,
          secondAppealDeadline: second ? second.toISOString() : null,
        },
        caseId: plan.id,
        decisionId: decision.id,
        appealId: id,
        readAt: read(at),
        createdAt: at,
      },
    );
    out.audit.push({ ...system, action: `appeal.${state}`, subjectType: "appeal", subjectId: id, data: { seeded: true, reviewerId: reviewer.id, round: intent.round, effects: effects.map((e) => e.type), secondAppealDeadline: second?.toISOString() ?? null }, at });
  }
  return out;
}

/** What planReversal needs, as things stood when the appeal was decided. */
function reversalInput(intent: AppealIntent, ctx: AppealContext, planById: ReadonlyMap<string, CasePlan>, out: AppealOutcomes): AppealedForReversal {
  const { plan, decision } = intent;
  const at = intent.decidedAt;
  const sellerId = plan.listing.seller.row.id;
  const platform = ctx.platforms[plan.listing.seller.row.platformId];
  const heldByOther = ctx.history.decisions.some(
    (d) =>
      d.id !== decision.id &&
      (d.kind === "takedown" || d.kind === "warn") &&
      planById.get(d.caseId)?.listing === plan.listing &&
      d.createdAt.getTime() <= at.getTime() &&
      !out.reversedAt.has(d.id),
  );
  const seen = (s: { createdAt?: Date | null }) => (s.createdAt as Date).getTime() <= at.getTime();
  const view = (s: DecisionHistory["strikes"][number]) => ({ id: s.id, points: s.points, expiresAt: s.expiresAt, revokedAt: s.revokedAt ?? null });
  const own = ctx.history.strikes.filter((s) => s.decisionId === decision.id).map(view);
  const others = ctx.history.strikes.filter((s) => s.sellerId === sellerId && s.decisionId !== decision.id && seen(s)).map(view);
  const actions = ctx.accountActions
    .filter(({ row }) => row.sellerId === sellerId && row.platformId === plan.listing.seller.row.platformId && row.startsAt.getTime() <= at.getTime() && !out.lifted.has(row.id))
    .map(({ row, reliedCaseIds }) => ({ id: row.id, kind: row.kind, startsAt: row.startsAt, endsAt: row.endsAt, liftedAt: null, reliedCaseIds }));
  return {
    subject: "decision",
    decisionId: decision.id,
    caseId: plan.id,
    kind: decision.kind,
    decidedAt: decision.createdAt,
    listing: { id: plan.listing.row.id, status: plan.listing.row.status ?? "active", heldByOtherDecision: heldByOther },
    strikes: own,
    accountActions: actions,
    otherActivePoints: activePoints(others, at),
    ladder: platform.ladder,
  };
}
