// Statements of reasons for export, read in keyset batches so a million rows never sit in memory
// (decisions_created_idx / decisions_platform_created_idx serve the order). The cursor keeps the
// timestamp as text, at the database's microsecond precision, so no row is skipped or repeated.
import { and, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import {
  accountActionStatementRecord,
  decisionStatementRecord,
  type AccountActionStatementSource,
  type DecisionStatementSource,
  type StatementRecord,
} from "@/lib/exports/statements";
import type { Db } from "../open";
import { accountActions, cases, decisions, listings, platforms, sellers } from "../schema";

export interface StatementScope {
  from: Date;
  /** Exclusive. */
  to: Date;
  platformId: string | null;
}

export interface Cursor {
  at: string;
  id: string;
}

export async function decisionStatementBatch(
  db: Db,
  scope: StatementScope,
  after: Cursor | null,
  limit: number,
): Promise<{ rows: DecisionStatementSource[]; next: Cursor | null }> {
  const rows = await db
    .select({
      id: decisions.id,
      platformName: platforms.name,
      kind: decisions.kind,
      policyCode: decisions.policyCode,
      points: decisions.points,
      createdAt: decisions.createdAt,
      cursorAt: sql<string>`${decisions.createdAt}::text`,
      reversedAt: decisions.reversedAt,
      statement: decisions.statement,
      statementLocale: decisions.statementLocale,
      flagSources: cases.flagSources,
      shopName: sellers.shopName,
      nib: sellers.nib,
      sellerExternalId: sellers.externalId,
      listingUrl: listings.url,
      listingExternalId: listings.externalId,
    })
    .from(decisions)
    .innerJoin(platforms, eq(platforms.id, decisions.platformId))
    .innerJoin(cases, eq(cases.id, decisions.caseId))
    .innerJoin(sellers, eq(sellers.id, decisions.sellerId))
    .innerJoin(listings, eq(listings.id, cases.listingId))
    .where(
      and(
        inArray(decisions.kind, ["warn", "takedown"]),
        gte(decisions.createdAt, scope.from),
        lt(decisions.createdAt, scope.to),
        scope.platformId ? eq(decisions.platformId, scope.platformId) : undefined,
        after ? sql`(${decisions.createdAt}, ${decisions.id}) > (${after.at}::timestamptz, ${after.id}::uuid)` : undefined,
      ),
    )
    .orderBy(decisions.createdAt, decisions.id)
    .limit(limit);
  const last = rows[rows.length - 1];
  return {
    rows: rows.map((r) => ({
      id: r.id,
      platformName: r.platformName,
      kind: r.kind as "warn" | "takedown",
      policyCode: r.policyCode,
      points: r.points,
      createdAt: r.createdAt,
      reversedAt: r.reversedAt,
      statement: r.statement,
      statementLocale: r.statementLocale,
      flagSources: r.flagSources,
      personal: { shopName: r.shopName, nib: r.nib, sellerExternalId: r.sellerExternalId, listingUrl: r.listingUrl, listingExternalId: r.listingExternalId },
    })),
    next: rows.length === limit && last ? { at: last.cursorAt, id: last.id } : null,
  };
}

export async function accountActionStatementBatch(
  db: Db,
  scope: StatementScope,
  after: Cursor | null,
  limit: number,
): Promise<{ rows: AccountActionStatementSource[]; next: Cursor | null }> {
  const where: (SQL | undefined)[] = [
    gte(accountActions.createdAt, scope.from),
    lt(accountActions.createdAt, scope.to),
    scope.platformId ? eq(accountActions.platformId, scope.platformId) : undefined,
    after ? sql`(${accountActions.createdAt}, ${accountActions.id}) > (${after.at}::timestamptz, ${after.id}::uuid)` : undefined,
  ];
  const rows = await db
    .select({
      id: accountActions.id,
      platformName: platforms.name,
      kind: accountActions.kind,
      createdAt: accountActions.createdAt,
      cursorAt: sql<string>`${accountActions.createdAt}::text`,
      endsAt: accountActions.endsAt,
      liftedAt: accountActions.liftedAt,
      statement: accountActions.statement,
      shopName: sellers.shopName,
      nib: sellers.nib,
      sellerExternalId: sellers.externalId,
    })
    .from(accountActions)
    .innerJoin(platforms, eq(platforms.id, accountActions.platformId))
    .innerJoin(sellers, eq(sellers.id, accountActions.sellerId))
    .where(and(...where))
    .orderBy(accountActions.createdAt, accountActions.id)
    .limit(limit);
  const last = rows[rows.length - 1];
  return {
    rows: rows.map((r) => ({
      id: r.id,
      platformName: r.platformName,
      kind: r.kind,
      createdAt: r.createdAt,
      endsAt: r.endsAt,
      liftedAt: r.liftedAt,
      statement: r.statement,
      personal: { shopName: r.shopName, nib: r.nib, sellerExternalId: r.sellerExternalId, listingUrl: null, listingExternalId: null },
    })),
    next: rows.length === limit && last ? { at: last.cursorAt, id: last.id } : null,
  };
}

/** Every statement line of the period, batch by batch: decisions first, then account actions. */
export async function* statementRecords(db: Db, scope: StatementScope, batchSize = 500): AsyncGenerator<StatementRecord> {
  let cursor: Cursor | null = null;
  do {
    const batch = await decisionStatementBatch(db, scope, cursor, batchSize);
    for (const row of batch.rows) yield decisionStatementRecord(row);
    cursor = batch.next;
  } while (cursor);
  do {
    const batch = await accountActionStatementBatch(db, scope, cursor, batchSize);
    for (const row of batch.rows) yield accountActionStatementRecord(row);
    cursor = batch.next;
  } while (cursor);
}
