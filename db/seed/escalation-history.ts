// Escalations the seeded past already reviewed. Shops whose takedowns reached a ladder step (and so
// got a ladder warning) were proposed for the step's account action by a moderator and approved by
// the senior moderator, through the same guardrails and statement builder the app uses
// (evaluateGuardrails, canApprove, buildAccountActionStatement); a few proposals below a step were
// rejected. The rows are written as the app writes them: proposed (pending) first, then reviewed by
// an UPDATE that the prior-warning trigger checks, then the account action its trigger checks.
import {
  accountActionEndsAt,
  accountActionReference,
  activePoints,
  addDays,
  buildAccountActionStatement,
  canApprove,
  evaluateGuardrails,
  nextStep,
  reachedStep,
  requiredPointsFor,
  type FlagSource,
  type Guardrail,
  type ProposedAction,
} from "@/lib/moderation";
import type { accountActions } from "../schema";
import { scriptedCasePlan, strikesRevokedAt, type AppealIntent } from "./appeal-history";
import type { EscalationRow } from "./appeals-and-escalation";
import { OUTREACH_NOTES, OVERRIDE_REASONS, proposalWording, rejectReason } from "./escalation-text";
import type { AuditRow, DecisionHistory, NotificationRow } from "./history";
import type { PlatformId, PlatformRow } from "./platforms";
import { DAY, HOUR, type Random } from "./random";
import { PAST_ESCALATIONS } from "./script-history";
import type { CasePlan, ListingPlan, SellerPlan } from "./types";
import type { SeedUsers } from "./users";

export type AccountActionRow = typeof accountActions.$inferInsert & { id: string; startsAt: Date; endsAt: Date | null; createdAt: Date };

export interface EscalationReview {
  id: string;
  state: "approved" | "rejected";
  reviewerId: string;
  reviewedAt: Date;
  reviewReason: string | null;
  overrideReason: string | null;
  guardrails: Guardrail[];
}

export interface PastAccountAction {
  row: AccountActionRow;
  reliedCaseIds: string[];
}

export interface EscalationHistory {
  /** As proposed: pending. */
  escalations: EscalationRow[];
  reviews: EscalationReview[];
  accountActions: PastAccountAction[];
  notifications: NotificationRow[];
  audit: AuditRow[];
}

interface Proposal {
  seller: SellerPlan;
  relied: CasePlan[];
  action: ProposedAction;
  proposer: "moderator" | "moderator2";
  proposedAt: Date;
  reviewedAt: Date;
  outreachNote: string | null;
  rationale: string;
  /** approve with this override reason when a soft guardrail fails; reject with rejectReason. */
  verdict: { approve: true; overrideReason: string | null } | { approve: false };
}

const minutes = (at: number) => new Date(Math.round(at / 60_000) * 60_000);

export function buildEscalationHistory(
  rng: Random,
  now: Date,
  listings: readonly ListingPlan[],
  plans: readonly CasePlan[],
  history: DecisionHistory,
  intents: readonly AppealIntent[],
  users: SeedUsers,
  platforms: Record<PlatformId, PlatformRow>,
): EscalationHistory {
  const out: EscalationHistory = { escalations: [], reviews: [], accountActions: [], notifications: [], audit: [] };
  const planById = new Map(plans.map((p) => [p.id, p]));
  const decisionOf = (plan: CasePlan) => history.decisionByCase.get(plan.id);
  const strikesAt = (sellerId: string, at: Date) =>
    history.strikes
      .filter((s) => s.sellerId === sellerId && s.createdAt && (s.createdAt as Date).getTime() <= at.getTime())
      .map((s) => {
        const revoked = strikesRevokedAt(intents, s.decisionId);
        return { points: s.points, expiresAt: s.expiresAt, revokedAt: revoked && revoked.getTime() <= at.getTime() ? revoked : null };
      });
  const proposals: Proposal[] = [];

  for (const script of PAST_ESCALATIONS) {
    const relied = script.reliedCases.map((i) => scriptedCasePlan(listings, plans, script.seller, i));
    const seller = relied[0]?.listing.seller;
    if (!seller) throw new Error(`past escalation of ${script.seller} relies on no case`);
    proposals.push({
      seller,
      relied,
      action: { action: script.action, durationDays: script.durationDays },
      proposer: script.proposer,
      proposedAt: minutes(now.getTime() - script.proposedHoursAgo * HOUR),
      reviewedAt: minutes(now.getTime() - script.approvedHoursAgo * HOUR),
      outreachNote: script.outreachNote,
      rationale: script.rationale,
      verdict: { approve: true, overrideReason: script.overrideReason },
    });
  }

  // Random shops (one takedown each): some that reached a step get its action; a few proposals
  // for shops that were only warned are rejected.
  let rejections = 0;
  for (const decision of history.decisions) {
    const plan = planById.get(decision.caseId);
    if (decision.kind !== "takedown" || !plan || plan.listing.seller.special !== null) continue;
    const seller = plan.listing.seller;
    const platform = platforms[seller.row.platformId];
    const proposedAt = minutes(decision.createdAt.getTime() + (4 + rng.next() * 56) * HOUR);
    const reviewedAt = minutes(proposedAt.getTime() + (1 + rng.next() * 27) * HOUR);
    const points = activePoints(strikesAt(seller.row.id, proposedAt), proposedAt);
    const step = reachedStep(platform.ladder, points);
    const roll = rng.next();
    const proposer = rng.chance(0.55) ? "moderator" : "moderator2";
    const mikro = seller.row.umkmTier === "mikro";
    const outreachNote = rng.chance(mikro ? 0.65 : 0.5) ? rng.pick(OUTREACH_NOTES) : null;
    // An appeal filed before the review would make the reviewer wait for it: leave those shops alone.
    const appealed = intents.some((i) => i.decision.id === decision.id && i.filedAt.getTime() < reviewedAt.getTime());
    if (reviewedAt.getTime() > now.getTime() - 2 * HOUR || appealed) continue;
    const warned = history.notifications.some((n) => n.sellerId === seller.row.id && n.kind === "ladder_warning" && n.createdAt < proposedAt);
    if (!warned) continue;
    if (step && roll < 0.4) {
      const action = { action: step.action, durationDays: step.durationDays };
      const wording = proposalWording({ plan, decision, points, action, platformName: platform.name });
      proposals.push({ seller, relied: [plan], action, proposer, proposedAt, reviewedAt, outreachNote, rationale: wording, verdict: { approve: true, overrideReason: null } });
    } else if (!step && roll < 0.12 && rejections < 3) {
      const next = nextStep(platform.ladder, points);
      if (!next) continue;
      rejections++;
      const action = { action: next.action, durationDays: next.durationDays };
      const wording = proposalWording({ plan, decision, points, action, platformName: platform.name });
      proposals.push({ seller, relied: [plan], action, proposer, proposedAt, reviewedAt, outreachNote, rationale: wording, verdict: { approve: false } });
    }
  }

  proposals.sort((a, b) => a.proposedAt.getTime() - b.proposedAt.getTime() || a.seller.row.id.localeCompare(b.seller.row.id));
  for (const p of proposals) writeProposal(rng, now, p, { out, history, intents, users, platforms, strikesAt, decisionOf });
  return out;
}

interface WriteContext {
  out: EscalationHistory;
  history: DecisionHistory;
  intents: readonly AppealIntent[];
  users: SeedUsers;
  platforms: Record<PlatformId, PlatformRow>;
  strikesAt: (sellerId: string, at: Date) => { points: number; expiresAt: Date; revokedAt: Date | null }[];
  decisionOf: (plan: CasePlan) => DecisionHistory["decisions"][number] | undefined;
}

function writeProposal(rng: Random, now: Date, p: Proposal, ctx: WriteContext): void {
  const { out, users } = ctx;
  const seller = p.seller.row;
  const platform = ctx.platforms[seller.platformId];
  const senior = users.senior;
  const proposerId = users[p.proposer].id;
  const id = rng.uuid();
  const read = (at: Date) => (now.getTime() - at.getTime() > 7 * DAY ? new Date(at.getTime() + rng.int(1, 48) * HOUR) : null);
  const reliedDecisions = p.relied.map((plan) => {
    const decision = ctx.decisionOf(plan);
    if (!decision) throw new Error(`escalation relies on undecided case ${plan.number}`);
    const pending = ctx.intents.some(
      (i) => i.decision.id === decision.id && i.filedAt.getTime() < p.reviewedAt.getTime() && i.decidedAt.getTime() > p.reviewedAt.getTime(),
    );
    return { plan, decision, view: { caseId: plan.id, caseNumber: plan.number, appealPending: pending } };
  });
  const points = activePoints(ctx.strikesAt(seller.id, p.reviewedAt), p.reviewedAt);
  const earlier = out.accountActions.filter((a) => a.row.sellerId === seller.id && (a.row.createdAt as Date) < p.proposedAt).length;
  const guardrails = evaluateGuardrails({
    proposal: { ...p.action, proposerId, proposedAt: p.proposedAt, outreachNote: p.outreachNote },
    approverId: senior.id,
    warningTimes: ctx.history.notifications.filter((n) => n.sellerId === seller.id && n.kind === "ladder_warning").map((n) => n.createdAt),
    ladder: platform.ladder,
    activePoints: points,
    reliedDecisions: reliedDecisions.map((r) => r.view),
    seller: { umkmTier: seller.umkmTier ?? null, earlierAccountActions: earlier },
  });

  out.escalations.push({
    id,
    sellerId: seller.id,
    platformId: seller.platformId,
    action: p.action.action,
    durationDays: p.action.durationDays,
    rationale: p.rationale,
    outreachNote: p.outreachNote,
    reliedCaseIds: p.relied.map((plan) => plan.id),
    proposerId,
    state: "pending",
    createdAt: p.proposedAt,
  });
  out.audit.push({
    actorKind: "system",
    actorId: null,
    action: "escalation.proposed",
    subjectType: "escalation",
    subjectId: id,
    data: { seeded: true, proposerId, action: p.action.action, durationDays: p.action.durationDays },
    at: p.proposedAt,
  });

  if (!p.verdict.approve) {
    const reason = rejectReason(points, requiredPointsFor(platform.ladder, p.action));
    out.reviews.push({ id, state: "rejected", reviewerId: senior.id, reviewedAt: p.reviewedAt, reviewReason: reason, overrideReason: null, guardrails });
    out.notifications.push({
      id: rng.uuid(),
      userId: proposerId,
      kind: "escalation_reviewed",
      params: { outcome: "rejected", shopName: seller.shopName, action: p.action.action, durationDays: p.action.durationDays, reason },
      escalationId: id,
      readAt: read(p.reviewedAt),
      createdAt: p.reviewedAt,
    });
    out.audit.push({ actorKind: "system", actorId: null, action: "escalation.rejected", subjectType: "escalation", subjectId: id, data: { seeded: true, reviewerId: senior.id, reason }, at: p.reviewedAt });
    return;
  }

  const soft = guardrails.filter((g) => !g.hard && !g.passed).map((g) => g.key);
  const overrideReason = p.verdict.overrideReason ?? (soft[0] ? OVERRIDE_REASONS[soft[0]] : null);
  const check = canApprove(guardrails, overrideReason);
  if (!check.ok) throw new Error(`seeded escalation for ${seller.shopName} cannot be approved: ${check.error} ${check.failed.join(",")}`);
  if (p.verdict.overrideReason && check.overridden.length === 0) throw new Error(`seeded override for ${seller.shopName} overrides nothing`);
  const stored = check.overridden.length > 0 ? overrideReason : null;
  out.reviews.push({ id, state: "approved", reviewerId: senior.id, reviewedAt: p.reviewedAt, reviewReason: null, overrideReason: stored, guardrails });

  const actionId = rng.uuid();
  const startsAt = p.reviewedAt;
  const endsAt = accountActionEndsAt(p.action, startsAt);
  const appealDeadline = addDays(startsAt, platform.appealWindowDays);
  const statement = buildAccountActionStatement({
    reference: accountActionReference(actionId),
    locale: "id",
    kind: p.action.action,
    durationDays: p.action.durationDays,
    startsAt,
    endsAt,
    rationale: p.rationale,
    outreachNote: p.outreachNote,
    activePoints: points,
    ladderStepPoints: requiredPointsFor(platform.ladder, p.action),
    cases: reliedDecisions.map(({ plan, decision }) => ({ case_number: plan.number, policy_code: decision.policyCode ?? null, points: decision.points ?? 0, decided_at: decision.createdAt.toISOString() })),
    sourceTypes: [...new Set(p.relied.flatMap((plan) => plan.flags.map((f) => f.source)))] as FlagSource[],
    appealDeadline,
    appealWindowDays: platform.appealWindowDays,
  });
  out.accountActions.push({
    row: { id: actionId, escalationId: id, sellerId: seller.id, platformId: seller.platformId, kind: p.action.action, startsAt, endsAt, statement: { ...statement }, appealDeadline, createdAt: startsAt },
    reliedCaseIds: p.relied.map((plan) => plan.id),
  });
  out.notifications.push(
    {
      id: rng.uuid(),
      sellerId: seller.id,
      kind: "account_action",
      params: { action: p.action.action, durationDays: p.action.durationDays, startsAt: startsAt.toISOString(), endsAt: endsAt?.toISOString() ?? null, appealDeadline: appealDeadline.toISOString(), accountActionId: actionId, reference: statement.reference },
      escalationId: id,
      readAt: read(startsAt),
      createdAt: startsAt,
    },
    {
      id: rng.uuid(),
      userId: proposerId,
      kind: "escalation_reviewed",
      params: { outcome: "approved", shopName: seller.shopName, action: p.action.action, durationDays: p.action.durationDays, reason: null },
      escalationId: id,
      readAt: read(startsAt),
      createdAt: startsAt,
    },
  );
  out.audit.push(
    { actorKind: "system", actorId: null, action: "escalation.approved", subjectType: "escalation", subjectId: id, data: { seeded: true, reviewerId: senior.id, guardrails, overridden: check.overridden, overrideReason: stored }, at: startsAt },
    { actorKind: "system", actorId: null, action: "account_action.applied", subjectType: "account_action", subjectId: actionId, data: { seeded: true, escalationId: id, sellerId: seller.id, kind: p.action.action, endsAt: endsAt?.toISOString() ?? null }, at: startsAt },
  );
}
