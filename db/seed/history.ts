// What moderators already did: decisions with statements of reasons, strikes that expire per the
// platform's ladder, the seller's notifications (decisions and ladder warnings) and audit events.
import {
  POLICIES,
  activePoints,
  addDays,
  isWithinWarningMargin,
  nextStep,
  reachedStep,
  type ClearReason,
} from "@/lib/moderation";
import type { auditEvents, decisions, notifications, strikes } from "../schema";
import type { PlatformId, PlatformRow } from "./platforms";
import { DAY, HOUR, type Random } from "./random";
import { seedStatement } from "./statement";
import type { CasePlan, Outcome } from "./types";
import type { SeedUsers } from "./users";

export type DecisionRow = typeof decisions.$inferInsert & { id: string; createdAt: Date };
export type StrikeRow = typeof strikes.$inferInsert & { id: string };
export type NotificationRow = typeof notifications.$inferInsert & { id: string; createdAt: Date };
export type AuditRow = typeof auditEvents.$inferInsert & { at: Date };

export interface DecisionHistory {
  decisions: DecisionRow[];
  strikes: StrikeRow[];
  notifications: NotificationRow[];
  audit: AuditRow[];
  /** The decision that resolved (or is awaiting on) each decided case. */
  decisionByCase: Map<string, DecisionRow>;
}

const CLEAR_NOTES: Record<ClearReason, string> = {
  cleared_local_preloved: "Barang bekas lokal satuan; foto menunjukkan lemari pribadi, bukan stok bal.",
  cleared_personal_item: "Barang pribadi, satu buah, riwayat toko bersih.",
  cleared_jastip: "Jasa titip barang baru dengan struk toko; bukan pakaian bekas.",
  cleared_new_goods: "Barang baru produksi dalam negeri; stok besar wajar untuk konveksi.",
  cleared_insufficient_evidence: "Tidak cukup bukti bahwa barang berasal dari impor pakaian bekas.",
};

export const INFO_REQUEST_MESSAGE =
  "Mohon kirim bukti asal barang untuk produk ini: nota atau faktur pembelian dari pemasok dalam negeri, foto label, dan NIB bila ada.";

function warnMessage(policy: string): string {
  return policy === "missing_documents"
    ? "Lengkapi informasi asal barang di deskripsi dan simpan nota pembeliannya; kirim bila diminta."
    : "Perbaiki judul dan deskripsi: sebutkan dengan jelas bahwa barang ini bekas pakai lokal atau baru, dan hapus kata yang menyesatkan.";
}

function snapshot(plan: CasePlan): Record<string, unknown> {
  const l = plan.listing.row;
  return {
    title: l.title,
    description: l.description,
    priceIdr: l.priceIdr,
    stock: l.stock,
    category: l.category,
    url: l.url,
    status: "active",
    imageUrls: l.imageUrls ?? [],
  };
}

type Decided = Exclude<Outcome, { type: "open" }>;

export function buildDecisionHistory(rng: Random, now: Date, plans: readonly CasePlan[], users: SeedUsers, platforms: Record<PlatformId, PlatformRow>): DecisionHistory {
  const out: DecisionHistory = { decisions: [], strikes: [], notifications: [], audit: [], decisionByCase: new Map() };
  const strikesBySeller = new Map<string, StrikeRow[]>();
  const decided = plans
    .filter((p): p is CasePlan & { outcome: Decided } => p.outcome.type !== "open")
    .sort((a, b) => a.outcome.decidedAt.getTime() - b.outcome.decidedAt.getTime() || a.id.localeCompare(b.id));

  const notify = (plan: CasePlan, kind: NotificationRow["kind"], at: Date, params: NotificationRow["params"], decisionId: string | null) => {
    out.notifications.push({
      id: rng.uuid(),
      sellerId: plan.listing.seller.row.id,
      kind,
      params,
      caseId: plan.id,
      decisionId,
      readAt: now.getTime() - at.getTime() > 7 * DAY ? new Date(at.getTime() + rng.int(1, 48) * HOUR) : null,
      createdAt: at,
    });
  };

  for (const plan of decided) {
    const o = plan.outcome;
    const listing = plan.listing.row;
    const platform = platforms[listing.platformId];
    const at = o.decidedAt;
    const restricting = o.type === "warn" || o.type === "takedown";
    const appealDeadline = restricting ? addDays(at, platform.appealWindowDays) : null;
    const points = o.type === "takedown" ? o.points : 0;
    const decisionId = rng.uuid();
    const decision: DecisionRow = {
      id: decisionId,
      caseId: plan.id,
      sellerId: listing.sellerId,
      platformId: listing.platformId,
      kind: o.type,
      clearReason: o.type === "clear" ? o.reason : null,
      policyCode: restricting ? o.policy : null,
      points,
      pointsAdjustmentReason: o.type === "takedown" ? o.adjustment : null,
      sellerMessage: o.type === "request_info" ? INFO_REQUEST_MESSAGE : o.type === "warn" ? warnMessage(o.policy) : null,
      infoDeadline: o.type === "request_info" ? o.deadline : null,
      internalNote: o.type === "clear" ? CLEAR_NOTES[o.reason] : null,
      statement: restricting
        ? seedStatement({
            decisionId,
            caseNumber: plan.number,
            decision: o.type,
            policy: o.policy,
            points,
            listing: { externalId: listing.externalId, title: listing.title, description: listing.description, url: listing.url, priceIdr: listing.priceIdr, stock: listing.stock },
            platform: { name: platform.name, appealWindowDays: platform.appealWindowDays, pointsExpireDays: platform.ladder.pointsExpireDays },
            flagSources: [...new Set(plan.flags.map((f) => f.source))],
            decidedAt: at,
          })
        : null,
      statementLocale: restricting ? "id" : null,
      listingSnapshot: snapshot(plan),
      authorId: users[o.author].id,
      appealDeadline,
      createdAt: at,
    };
    out.decisions.push(decision);
    out.decisionByCase.set(plan.id, decision);
    out.audit.push({
      actorKind: "system",
      actorId: null,
      action: "case.decided",
      subjectType: "case",
      subjectId: plan.id,
      data: { seeded: true, decisionId: decision.id, kind: o.type, authorId: decision.authorId, policy: decision.policyCode ?? null, points },
      at,
    });

    if (o.type === "takedown") {
      listing.status = "removed";
      listing.updatedAt = at;
    } else if (o.type === "warn") {
      const fixed = now.getTime() - at.getTime() > 14 * DAY;
      listing.status = fixed ? "active" : "needs_fix";
      listing.updatedAt = fixed ? new Date(at.getTime() + rng.int(6, 72) * HOUR) : at;
    }

    const params = {
      caseNumber: plan.number,
      listingTitle: listing.title,
      decision: o.type,
      policy: restricting ? o.policy : null,
      clearReason: o.type === "clear" ? o.reason : null,
      points,
      appealDeadline: appealDeadline?.toISOString() ?? null,
    };
    notify(plan, o.type === "request_info" ? "request_info" : "decision", at, params, decision.id);

    if (o.type !== "takedown") continue;
    const strike: StrikeRow = {
      id: rng.uuid(),
      sellerId: listing.sellerId,
      platformId: listing.platformId,
      decisionId: decision.id,
      points: o.points,
      expiresAt: addDays(at, platform.ladder.pointsExpireDays),
      revokedAt: null,
      createdAt: at,
    };
    out.strikes.push(strike);
    const sellerStrikes = [...(strikesBySeller.get(listing.sellerId) ?? []), strike];
    strikesBySeller.set(listing.sellerId, sellerStrikes);
    const total = activePoints(
      sellerStrikes.map((s) => ({ points: s.points, expiresAt: s.expiresAt, revokedAt: s.revokedAt ?? null })),
      at,
    );
    if (isWithinWarningMargin(platform.ladder, total)) {
      const next = nextStep(platform.ladder, total);
      const reached = reachedStep(platform.ladder, total);
      notify(plan, "ladder_warning", new Date(at.getTime() + 60_000), {
        platform: platform.name,
        points: total,
        reachedStepPoints: reached?.points ?? null,
        reachedStepAction: reached?.action ?? null,
        nextStepPoints: next?.points ?? null,
        nextStepAction: next?.action ?? null,
        nextStepDurationDays: next?.durationDays ?? null,
        policy: POLICIES[o.policy].code,
      }, decision.id);
    }
  }
  return out;
}
