import { and, desc, eq, gt, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { sellerStatus, type AccountActionKind, type SellerStatusView } from "@/lib/moderation";
import type { Db } from "../open";
import { accountActions, notifications } from "../schema";
import { recordAudit, SYSTEM_ACTOR, type Actor } from "./audit";

// Account actions are rows written only by approveEscalation (db/queries/escalations.ts) and
// lifted only by liftAccountAction (appeal grants). A seller's status is derived from them at read
// time (sellerStatus in lib/moderation), so a restriction ends by itself at its end date.

const statusColumns = {
  sellerId: accountActions.sellerId,
  kind: accountActions.kind,
  startsAt: accountActions.startsAt,
  endsAt: accountActions.endsAt,
  liftedAt: accountActions.liftedAt,
};

const possiblyActive = (now: Date) =>
  and(isNull(accountActions.liftedAt), lte(accountActions.startsAt, now), or(isNull(accountActions.endsAt), gt(accountActions.endsAt, now)));

/** The seller's status at `now`: active, restricted or suspended until a date, or blocked. */
export async function sellerStatusFor(db: Db, sellerId: string, now: Date): Promise<SellerStatusView> {
  const rows = await db.select(statusColumns).from(accountActions).where(and(eq(accountActions.sellerId, sellerId), possiblyActive(now)));
  return sellerStatus(rows, now);
}

/** Statuses for several shops at once (the seller portal lists every shop of a member). */
export async function sellerStatusesFor(db: Db, sellerIds: readonly string[], now: Date): Promise<Map<string, SellerStatusView>> {
  const out = new Map<string, SellerStatusView>(sellerIds.map((id) => [id, { status: "active", until: null }]));
  if (sellerIds.length === 0) return out;
  const rows = await db
    .select(statusColumns)
    .from(accountActions)
    .where(and(inArray(accountActions.sellerId, [...sellerIds]), possiblyActive(now)));
  for (const id of sellerIds) out.set(id, sellerStatus(rows.filter((r) => r.sellerId === id), now));
  return out;
}

export interface AccountActionRow {
  id: string;
  escalationId: string;
  sellerId: string;
  platformId: string;
  kind: AccountActionKind;
  startsAt: Date;
  endsAt: Date | null;
  appealDeadline: Date | null;
  statement: Record<string, unknown> | null;
  liftedAt: Date | null;
  liftedReason: string | null;
  createdAt: Date;
}

const rowColumns = {
  id: accountActions.id,
  escalationId: accountActions.escalationId,
  sellerId: accountActions.sellerId,
  platformId: accountActions.platformId,
  kind: accountActions.kind,
  startsAt: accountActions.startsAt,
  endsAt: accountActions.endsAt,
  appealDeadline: accountActions.appealDeadline,
  statement: accountActions.statement,
  liftedAt: accountActions.liftedAt,
  liftedReason: accountActions.liftedReason,
  createdAt: accountActions.createdAt,
};

/** Every account action of a seller, newest first (history, including ended and lifted ones). */
export async function listAccountActions(db: Db, sellerId: string): Promise<AccountActionRow[]> {
  return db.select(rowColumns).from(accountActions).where(eq(accountActions.sellerId, sellerId)).orderBy(desc(accountActions.startsAt));
}

export async function getAccountAction(db: Db, accountActionId: string): Promise<AccountActionRow | null> {
  const [row] = await db.select(rowColumns).from(accountActions).where(eq(accountActions.id, accountActionId));
  return row ?? null;
}

export type LiftResult = { ok: true; sellerId: string } | { ok: false; error: "not_found" | "already_lifted" };

/**
 * Lifts an account action at once. Used ONLY when an appeal against it (or against a decision it
 * rests on) is granted: call it inside the appeal-grant transaction, passing that transaction as
 * `db`, the reviewer as `actor` and the appeal id. It writes `lifted_at` / `lifted_reason` (the
 * only columns the database lets change on an account action) and an `account_action.lifted`
 * audit event; the seller's status is recomputed at read time. It sends no notification: the
 * appeal outcome notification tells the seller.
 */
export async function liftAccountAction(
  db: Db,
  params: { accountActionId: string; actor: Actor; reason: string; now: Date; appealId?: string },
): Promise<LiftResult> {
  const [lifted] = await db
    .update(accountActions)
    .set({ liftedAt: params.now, liftedReason: params.reason })
    .where(and(eq(accountActions.id, params.accountActionId), isNull(accountActions.liftedAt)))
    .returning({ sellerId: accountActions.sellerId, kind: accountActions.kind });
  if (!lifted) {
    const exists = await getAccountAction(db, params.accountActionId);
    return { ok: false, error: exists ? "already_lifted" : "not_found" };
  }
  await recordAudit(db, {
    actor: params.actor,
    action: "account_action.lifted",
    subjectType: "account_action",
    subjectId: params.accountActionId,
    data: { sellerId: lifted.sellerId, kind: lifted.kind, reason: params.reason, appealId: params.appealId ?? null },
    at: params.now,
  });
  return { ok: true, sellerId: lifted.sellerId };
}

/**
 * Tells sellers that a restriction or suspension has ended: one `account_action_ended`
 * notification per account action whose end date has passed (never for a lifted one). Idempotent
 * (a unique index holds one per escalation), so it is safe to call on every seller portal load;
 * pass `sellerIds` to limit it to the shops being shown. Returns how many notifications it wrote.
 */
export async function notifyEndedAccountActions(db: Db, now: Date, sellerIds?: readonly string[]): Promise<number> {
  if (sellerIds && sellerIds.length === 0) return 0;
  return db.transaction(async (tx) => {
    const ended = await tx
      .select({ id: accountActions.id, escalationId: accountActions.escalationId, sellerId: accountActions.sellerId, kind: accountActions.kind, endsAt: accountActions.endsAt })
      .from(accountActions)
      .where(
        and(
          lte(accountActions.endsAt, now),
          isNull(accountActions.liftedAt),
          sellerIds ? inArray(accountActions.sellerId, [...sellerIds]) : undefined,
          sql`NOT EXISTS (SELECT 1 FROM ${notifications} n WHERE n.escalation_id = ${accountActions.escalationId} AND n.kind = 'account_action_ended')`,
        ),
      );
    let written = 0;
    for (const action of ended) {
      const endedAt = action.endsAt ?? now;
      const inserted = await tx
        .insert(notifications)
        .values({
          sellerId: action.sellerId,
          kind: "account_action_ended",
          params: { action: action.kind, endedAt: endedAt.toISOString(), accountActionId: action.id },
          escalationId: action.escalationId,
          createdAt: endedAt,
        })
        .onConflictDoNothing({ target: notifications.escalationId, where: sql`kind = 'account_action_ended'` })
        .returning({ id: notifications.id });
      if (inserted.length === 0) continue;
      written++;
      await recordAudit(tx, {
        actor: SYSTEM_ACTOR,
        action: "account_action.ended",
        subjectType: "account_action",
        subjectId: action.id,
        data: { sellerId: action.sellerId, kind: action.kind, endedAt: endedAt.toISOString() },
        at: now,
      });
    }
    return written;
  });
}
