// The case lifecycle as one pure transition function (DESIGN.md convention 3).
//
// Stored states are open, awaiting_seller and resolved. "In review" is an open case with a live
// claim lease (claimedBy + claimExpiresAt in the future); an expired lease is claimable again.

import type { CaseState, DecisionKind, Role } from "./constants";
import { DomainError } from "./domain-error";
import { can } from "./permissions";

export const CLAIM_LEASE_MINUTES = 10;
export const CLAIM_LEASE_MS = CLAIM_LEASE_MINUTES * 60_000;

export interface CaseView {
  state: CaseState;
  claimedBy: string | null;
  claimExpiresAt: Date | null;
  awaitingUntil: Date | null;
  version: number;
}

export type CaseEvent =
  | { type: "claim" }
  | { type: "renew" }
  | { type: "release" }
  | { type: "decide"; kind: DecisionKind; infoDeadline?: Date | null }
  | { type: "seller_answered" }
  | { type: "info_deadline_passed" };
export type CaseEventType = CaseEvent["type"];
export const CASE_EVENT_TYPES = [
  "claim",
  "renew",
  "release",
  "decide",
  "seller_answered",
  "info_deadline_passed",
] as const satisfies readonly CaseEventType[];

export type CaseActor = { kind: "user"; id: string; role: Role } | { kind: "system" };

export const CASE_ERROR_CODES = [
  "forbidden",
  "resolved",
  "awaiting_seller",
  "claimed_by_other",
  "not_claimed",
  "not_awaiting",
  "deadline_not_passed",
  "deadline_required",
] as const;
export type CaseErrorCode = (typeof CASE_ERROR_CODES)[number];

export function isClaimLive(view: Pick<CaseView, "claimedBy" | "claimExpiresAt">, now: Date): boolean {
  return view.claimedBy !== null && view.claimExpiresAt !== null && view.claimExpiresAt.getTime() > now.getTime();
}

/** The display state: open cases with a live lease are "in_review". */
export function displayState(view: CaseView, now: Date): CaseState | "in_review" {
  return view.state === "open" && isClaimLive(view, now) ? "in_review" : view.state;
}

function refuse(code: CaseErrorCode, params: Record<string, string | number> = {}): DomainError {
  return new DomainError(code, params);
}

const unclaimed = { claimedBy: null, claimExpiresAt: null } as const;

/** Staff events need a user with the permission; the seller's answer comes from a seller or the system. */
function permitted(event: CaseEvent, actor: CaseActor): boolean {
  switch (event.type) {
    case "claim":
    case "renew":
    case "release":
      return actor.kind === "user" && can(actor.role, "case:claim");
    case "decide":
      return actor.kind === "user" && can(actor.role, "case:decide");
    case "seller_answered":
      return actor.kind === "system" || can(actor.role, "seller:portal");
    case "info_deadline_passed":
      return actor.kind === "system";
  }
}

/**
 * Applies one event to a case. Returns the next view, or a DomainError saying why not.
 * The holder of a claim is the user in claimedBy: a lapsed lease that nobody else took over may
 * still be renewed, released or decided by its holder; anyone may claim it.
 */
export function transitionCase(view: CaseView, event: CaseEvent, actor: CaseActor, now: Date): CaseView | DomainError {
  if (!permitted(event, actor)) return refuse("forbidden");
  const userId = actor.kind === "user" ? actor.id : null;
  const mine = userId !== null && view.claimedBy === userId;
  const heldByOther = !mine && isClaimLive(view, now);
  const lease = new Date(now.getTime() + CLAIM_LEASE_MS);

  if (view.state === "resolved") return refuse("resolved");

  switch (event.type) {
    case "claim":
      if (view.state === "awaiting_seller") return refuse("awaiting_seller");
      if (heldByOther) return refuse("claimed_by_other");
      return { ...view, claimedBy: userId, claimExpiresAt: lease };
    case "renew":
      if (view.state === "awaiting_seller") return refuse("awaiting_seller");
      if (heldByOther) return refuse("claimed_by_other");
      if (!mine) return refuse("not_claimed");
      return { ...view, claimExpiresAt: lease };
    case "release":
      if (!mine) return refuse(heldByOther ? "claimed_by_other" : "not_claimed");
      return { ...view, ...unclaimed };
    case "decide": {
      if (view.state === "awaiting_seller") return refuse("awaiting_seller");
      if (heldByOther) return refuse("claimed_by_other");
      if (!mine) return refuse("not_claimed");
      const version = view.version + 1;
      if (event.kind === "request_info") {
        const deadline = event.infoDeadline;
        if (!deadline || deadline.getTime() <= now.getTime()) return refuse("deadline_required");
        return { state: "awaiting_seller", ...unclaimed, awaitingUntil: deadline, version };
      }
      return { state: "resolved", ...unclaimed, awaitingUntil: null, version };
    }
    case "seller_answered":
      if (view.state !== "awaiting_seller") return refuse("not_awaiting");
      return { state: "open", ...unclaimed, awaitingUntil: null, version: view.version + 1 };
    case "info_deadline_passed":
      if (view.state !== "awaiting_seller") return refuse("not_awaiting");
      if (view.awaitingUntil && view.awaitingUntil.getTime() > now.getTime()) return refuse("deadline_not_passed");
      return { state: "open", ...unclaimed, awaitingUntil: null, version: view.version + 1 };
  }
}
