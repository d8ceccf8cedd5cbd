// A decision and all its effects, in one transaction: decision row (with statement of reasons and
// listing snapshot), listing status, strike points, seller notifications, audit event, case state.
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, isNull, ne } from "drizzle-orm";
import {
  activePoints,
  addDays,
  buildStatement,
  caseReference,
  DomainError,
  isDomainError,
  isWithinWarningMargin,
  nextStep,
  pointsWithinBounds,
  POLICIES,
  policyPointsFor,
  reachedStep,
  transitionCase,
  type CaseState,
  type FlagSource,
  type LadderStep,
  type Locale,
} from "@/lib/moderation";
import type { DecisionInput } from "@/lib/validation/decision";
import type { Db } from "../open";
import { cases, decisions, flags, listings, notifications, platforms, sellerMembers, strikes, users } from "../schema";
import { recordAudit } from "./audit";
import { recomputeCasePriorities } from "./case-priority";
import type { StaffActor } from "./claims";

export interface DecideResult {
  decisionId: string;
  caseId: string;
  caseNumber: number;
  sellerId: string;
  state: CaseState;
  version: number;
  points: number;
  /** The seller's active points on this platform after the decision. */
  activePoints: number;
  ladderWarningSent: boolean;
  /** Set when the seller's points reach a ladder step: an account action is recommended (not applied). */
  recommendation: { step: LadderStep; points: number; newlyReached: boolean } | null;
}

async function loadCaseForDecision(db: Db, caseId: string) {
  const [row] = await db
    .select({
      id: cases.id,
      number: cases.number,
      state: cases.state,
      claimedBy: cases.claimedBy,
      claimExpiresAt: cases.claimExpiresAt,
      awaitingUntil: cases.awaitingUntil,
      version: cases.version,
      flagSources: cases.flagSources,
      sellerId: cases.sellerId,
      platformId: cases.platformId,
      listingId: cases.listingId,
    })
    .from(cases)
    .where(eq(cases.id, caseId))
    .for("update");
  return row ?? null;
}

/** What the other decision was, for a conflict message. */
async function conflictError(db: Db, caseId: string): Promise<DomainError> {
  const [other] = await db
    .select({ kind: decisions.kind, policyCode: decisions.policyCode, clearReason: decisions.clearReason, at: decisions.createdAt, author: users.name })
    .from(decisions)
    .innerJoin(users, eq(users.id, decisions.authorId))
    .where(eq(decisions.caseId, caseId))
    .orderBy(desc(decisions.createdAt))
    .limit(1);
  if (!other) return new DomainError("conflict");
  return new DomainError("conflict", {
    kind: other.kind,
    author: other.author,
    at: other.at.toISOString(),
    policy: other.policyCode ?? other.clearReason ?? "",
  });
}

async function sellerLocale(db: Db, sellerId: string): Promise<Locale> {
  const [member] = await db
    .select({ locale: users.locale })
    .from(sellerMembers)
    .innerJoin(users, eq(users.id, sellerMembers.userId))
    .where(eq(sellerMembers.sellerId, sellerId))
    .orderBy(asc(sellerMembers.createdAt))
    .limit(1);
  return member?.locale ?? "id";
}

/**
 * Decides a case. Returns a DomainError (nothing written) when the version is stale ("conflict",
 * with the other decision), the actor does not hold the claim, the case is not open, or a
 * takedown's points are outside the policy's bounds on the platform's ladder.
 */
export async function decideCase(db: Db, input: DecisionInput, actor: StaffActor, now: Date): Promise<DecideResult | DomainError> {
  return db.transaction(async (tx) => {
    const theCase = await loadCaseForDecision(tx, input.caseId);
    if (!theCase) return new DomainError("not_found");
    if (theCase.version !== input.version) return conflictError(tx, theCase.id);
    const next = transitionCase(
      theCase,
      { type: "decide", kind: input.kind, infoDeadline: input.kind === "request_info" ? input.infoDeadline : null },
      { kind: "user", id: actor.id, role: actor.role },
      now,
    );
    if (isDomainError(next)) return next;

    const [listing] = await tx.select().from(listings).where(eq(listings.id, theCase.listingId));
    const [platform] = await tx.select().from(platforms).where(eq(platforms.id, theCase.platformId));
    if (!listing || !platform) return new DomainError("not_found");
    if (input.kind === "takedown") {
      // The form checked the points on the ladder it read; this holds even if the ladder changed since.
      const bounds = policyPointsFor(POLICIES[input.policyCode], platform.ladder);
      if (!pointsWithinBounds(bounds, input.points)) return new DomainError("points_out_of_bounds", { min: bounds.min, max: bounds.max });
    }

    const decisionId = randomUUID();
    const points = input.kind === "takedown" ? input.points : 0;
    const flagRows = await tx.selectDistinct({ source: flags.source }).from(flags).where(eq(flags.caseId, theCase.id));
    const sources = [...new Set<FlagSource>([...theCase.flagSources, ...flagRows.map((f) => f.source)])];
    const restrictive = input.kind === "warn" || input.kind === "takedown";
    const locale = restrictive ? await sellerLocale(tx, theCase.sellerId) : null;
    const statement =
      restrictive && locale
        ? buildStatement({
            kind: input.kind,
            locale,
            reference: caseReference(theCase.number, decisionId),
            policyCode: input.policyCode,
            facts: input.facts,
            points,
            pointsExpireDays: platform.ladder.pointsExpireDays,
            flagSources: sources,
            listing: { title: listing.title, url: listing.url, externalId: listing.externalId, platformName: platform.name },
            appealWindowDays: platform.appealWindowDays,
            decidedAt: now,
          })
        : null;

    await tx.insert(decisions).values({
      id: decisionId,
      caseId: theCase.id,
      sellerId: theCase.sellerId,
      platformId: theCase.platformId,
      kind: input.kind,
      clearReason: input.kind === "clear" ? input.clearReason : null,
      policyCode: restrictive ? input.policyCode : null,
      points,
      pointsAdjustmentReason: input.kind === "takedown" ? (input.pointsReason ?? null) : null,
      sellerMessage: input.kind === "clear" ? null : (input.sellerMessage ?? null),
      infoDeadline: input.kind === "request_info" ? input.infoDeadline : null,
      internalNote: input.internalNote ?? null,
      statement,
      statementLocale: locale,
      listingSnapshot: {
        title: listing.title,
        description: listing.description,
        priceIdr: listing.priceIdr,
        stock: listing.stock,
        category: listing.category,
        url: listing.url,
        imageUrls: listing.imageUrls,
        status: listing.status,
      },
      authorId: actor.id,
      appealDeadline: restrictive ? addDays(now, platform.appealWindowDays) : null,
      createdAt: now,
    });

    const listingStatus = { takedown: "removed", warn: "needs_fix", clear: "active", request_info: null }[input.kind];
    if (listingStatus) {
      await tx.update(listings).set({ status: listingStatus as "removed" | "needs_fix" | "active", updatedAt: now }).where(eq(listings.id, listing.id));
    }

    // Strike points and the ladder.
    const strikeRows = await tx
      .select({ points: strikes.points, expiresAt: strikes.expiresAt, revokedAt: strikes.revokedAt })
      .from(strikes)
      .where(and(eq(strikes.sellerId, theCase.sellerId), eq(strikes.platformId, theCase.platformId), isNull(strikes.revokedAt)));
    const before = activePoints(strikeRows, now);
    const after = before + points;
    const ladder = platform.ladder;
    if (points > 0) {
      await tx.insert(strikes).values({
        sellerId: theCase.sellerId,
        platformId: theCase.platformId,
        decisionId,
        points,
        expiresAt: addDays(now, ladder.pointsExpireDays),
        createdAt: now,
      });
    }

    await tx.insert(notifications).values({
      sellerId: theCase.sellerId,
      kind: input.kind === "request_info" ? "request_info" : "decision",
      params: {
        caseNumber: theCase.number,
        kind: input.kind,
        listingTitle: listing.title,
        policyCode: restrictive ? input.policyCode : null,
        clearReason: input.kind === "clear" ? input.clearReason : null,
        points,
        deadline: input.kind === "request_info" ? input.infoDeadline.toISOString() : null,
        reference: statement?.reference ?? null,
      },
      caseId: theCase.id,
      decisionId,
      createdAt: now,
    });

    const step = reachedStep(ladder, after);
    const recommendation = points > 0 && step ? { step, points: after, newlyReached: before < step.points } : null;
    const ladderWarningSent = points > 0 && isWithinWarningMargin(ladder, after);
    if (ladderWarningSent) {
      const upcoming = nextStep(ladder, after);
      const activeExpiries = strikeRows
        .filter((s) => s.expiresAt > now)
        .map((s) => s.expiresAt.getTime())
        .concat(addDays(now, ladder.pointsExpireDays).getTime());
      await tx.insert(notifications).values({
        sellerId: theCase.sellerId,
        kind: "ladder_warning",
        params: {
          points: after,
          platform: platform.name,
          nextStepPoints: upcoming?.points ?? null,
          nextStepAction: upcoming?.action ?? null,
          nextStepDays: upcoming?.durationDays ?? null,
          reachedStepPoints: step?.points ?? null,
          reachedStepAction: step?.action ?? null,
          firstExpiry: new Date(Math.min(...activeExpiries)).toISOString(),
          expiresAt: addDays(now, ladder.pointsExpireDays).toISOString(),
        },
        caseId: theCase.id,
        decisionId,
        createdAt: now,
      });
    }

    await tx
      .update(cases)
      .set({
        state: next.state,
        claimedBy: null,
        claimExpiresAt: null,
        awaitingUntil: next.awaitingUntil,
        version: next.version,
        resolvedAt: next.state === "resolved" ? now : null,
        updatedAt: now,
      })
      .where(and(eq(cases.id, theCase.id), eq(cases.version, theCase.version)));

    await recordAudit(tx, {
      actor: { kind: "user", id: actor.id },
      action: "case.decided",
      subjectType: "case",
      subjectId: theCase.id,
      data: {
        decisionId,
        kind: input.kind,
        policyCode: restrictive ? input.policyCode : null,
        clearReason: input.kind === "clear" ? input.clearReason : null,
        points,
        activePoints: after,
        ladderWarning: ladderWarningSent,
        recommendedAction: recommendation?.step.action ?? null,
        version: next.version,
      },
      at: now,
    });

    if (points > 0) {
      const others = await tx
        .select({ id: cases.id })
        .from(cases)
        .where(and(eq(cases.sellerId, theCase.sellerId), ne(cases.state, "resolved"), ne(cases.id, theCase.id)));
      await recomputeCasePriorities(
        tx,
        others.map((o) => o.id),
        now,
      );
    }

    return {
      decisionId,
      caseId: theCase.id,
      caseNumber: theCase.number,
      sellerId: theCase.sellerId,
      state: next.state,
      version: next.version,
      points,
      activePoints: after,
      ladderWarningSent,
      recommendation,
    };
  });
}
