// Folding flags into cases (issue 7). Set-based: a 1,000-flag batch is a handful of statements in
// one transaction. Idempotent on flags (platform, source, source_reference); concurrent identical
// batches are resolved by the unique indexes with ON CONFLICT, so nothing errors and one set of
// flags and cases is written.

import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { summarizeCase } from "@/lib/moderation";
import type { FlagItem } from "@/lib/validation/ingest";
import type { Db } from "../open";
import { auditEvents, cases, flags, listings, platforms } from "../schema";
import { caseSummaryInputs } from "./case-priority";
import { cmp, refreshDetails, upsertListings, upsertSellers, type ListingRow } from "./ingest-upserts";
import type { Actor } from "./audit";

export interface IngestCounts {
  accepted: number;
  duplicates: number;
  casesOpened: number;
  casesUpdated: number;
}

const HOUR = 3_600_000;
const RETRYABLE = new Set(["40P01", "40001"]); // deadlock, serialization failure

const flagKey = (source: string, ref: string) => `${source}\u0000${ref}`;
const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;

/**
 * Stores the new flags of a validated batch for one platform and folds them into cases: sellers
 * and listings upserted, flags deduplicated, each listing's unresolved case updated or a new one
 * opened, case priority recomputed, audit events written. All or nothing.
 */
export async function ingestFlags(
  db: Db,
  platformId: string,
  items: readonly FlagItem[],
  now: Date,
  actor: Actor = { kind: "system", id: null },
): Promise<IngestCounts> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction((tx) => ingestOnce(tx, platformId, items, now, actor));
    } catch (error) {
      if (attempt >= 3 || !RETRYABLE.has(pgCode(error) ?? "")) throw error;
    }
  }
}

function pgCode(error: unknown): string | undefined {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

async function ingestOnce(tx: Db, platformId: string, items: readonly FlagItem[], now: Date, actor: Actor): Promise<IngestCounts> {
  const [platform] = await tx.select({ caseSlaHours: platforms.caseSlaHours }).from(platforms).where(eq(platforms.id, platformId));
  if (!platform) throw new Error(`unknown platform ${platformId}`);

  // First occurrence of each flag key in the batch; flags already stored are left out up front so
  // a resent batch creates no seller or listing (the flag insert below still decides under races).
  const unique = new Map<string, FlagItem>();
  for (const item of items) unique.set(flagKey(item.source, item.source_reference), unique.get(flagKey(item.source, item.source_reference)) ?? item);
  const known = unique.size === 0 ? [] : await tx
    .select({ source: flags.source, ref: flags.sourceReference })
    .from(flags)
    .where(
      and(
        eq(flags.platformId, platformId),
        sql`(${flags.source}, ${flags.sourceReference}) IN (SELECT s, r FROM jsonb_to_recordset(${json(
          [...unique.values()].map((i) => ({ s: i.source, r: i.source_reference })),
        )}) AS x(s flag_source, r text))`,
      ),
    );
  for (const k of known) unique.delete(flagKey(k.source, k.ref));
  const fresh = [...unique.values()];
  if (fresh.length === 0) return { accepted: 0, duplicates: items.length, casesOpened: 0, casesUpdated: 0 };

  const sellerIds = await upsertSellers(tx, platformId, fresh);
  const listingRows = await upsertListings(tx, platformId, fresh, sellerIds);

  const inserted = await tx
    .insert(flags)
    .values(
      fresh
        .map((i) => ({
          platformId,
          listingId: listingRows.get(i.listing.external_id)!.id,
          source: i.source,
          sourceReference: i.source_reference,
          reason: i.reason,
          confidence: i.confidence ?? null,
          note: i.note ?? null,
          observedAt: new Date(i.observed_at),
          receivedAt: now,
        }))
        .sort((a, b) => cmp(flagKey(a.source, a.sourceReference), flagKey(b.source, b.sourceReference))),
    )
    .onConflictDoNothing({ target: [flags.platformId, flags.source, flags.sourceReference] })
    .returning({ id: flags.id, listingId: flags.listingId, source: flags.source, ref: flags.sourceReference });
  const accepted = inserted.length;
  const duplicates = items.length - accepted;
  if (accepted === 0) return { accepted, duplicates, casesOpened: 0, casesUpdated: 0 };

  // Listing and shop details change only through flags that are new.
  const acceptedKeys = new Set(inserted.map((f) => flagKey(f.source, f.ref)));
  const acceptedItems = fresh.filter((i) => acceptedKeys.has(flagKey(i.source, i.source_reference)));
  await refreshDetails(tx, platformId, acceptedItems, now);

  const listingIds = [...new Set(inserted.map((f) => f.listingId))].sort(cmp);
  const opened = await openMissingCases(tx, platformId, listingIds, listingRows, now, platform.caseSlaHours);

  // Lock every case the new flags fold into (in id order), so concurrent batches recompute one at a time.
  const locked = await tx
    .select({ id: cases.id, listingId: cases.listingId, sellerId: cases.sellerId, openedAt: cases.openedAt, slaDueAt: cases.slaDueAt })
    .from(cases)
    .where(and(inArray(cases.listingId, listingIds), ne(cases.state, "resolved")))
    .orderBy(cases.id)
    .for("update");
  await tx
    .update(flags)
    .set({ caseId: sql`${cases.id}` })
    .from(cases)
    .where(
      and(
        inArray(flags.id, inserted.map((f) => f.id)),
        eq(cases.listingId, flags.listingId),
        ne(cases.state, "resolved"),
      ),
    );
  await recomputeCases(tx, locked, now);

  const openedSet = new Set(opened);
  const audit: (typeof auditEvents.$inferInsert)[] = locked.map((c) => ({
    actorKind: actor.kind,
    actorId: actor.id,
    action: openedSet.has(c.id) ? "case.opened" : "case.flags_added",
    subjectType: "case",
    subjectId: c.id,
    data: { flags: inserted.filter((f) => f.listingId === c.listingId).map((f) => f.id) },
    at: now,
  }));
  audit.push({
    actorKind: actor.kind,
    actorId: actor.id,
    action: "flags.ingested",
    subjectType: "platform",
    subjectId: platformId,
    data: { accepted, duplicates, casesOpened: opened.length, casesUpdated: locked.length - opened.length },
    at: now,
  });
  await tx.insert(auditEvents).values(audit);

  return { accepted, duplicates, casesOpened: opened.length, casesUpdated: locked.length - opened.length };
}

/** Opens a case for each listing without an unresolved one; returns the new case ids. */
async function openMissingCases(
  tx: Db,
  platformId: string,
  listingIds: readonly string[],
  listingRows: Map<string, ListingRow>,
  now: Date,
  slaHours: number,
): Promise<string[]> {
  const existing = await tx
    .select({ listingId: cases.listingId })
    .from(cases)
    .where(and(inArray(cases.listingId, [...listingIds]), ne(cases.state, "resolved")));
  const has = new Set(existing.map((c) => c.listingId));
  const sellerOf = new Map([...listingRows.values()].map((l) => [l.id, l.sellerId]));
  const missing = listingIds.filter((id) => !has.has(id));
  if (missing.length === 0) return [];
  const rows = await tx
    .insert(cases)
    .values(
      missing.map((listingId) => ({
        listingId,
        sellerId: sellerOf.get(listingId)!,
        platformId,
        state: "open" as const,
        openedAt: now,
        slaDueAt: new Date(now.getTime() + slaHours * HOUR),
        updatedAt: now,
      })),
    )
    .onConflictDoNothing({ target: cases.listingId, where: sql`${cases.state} <> 'resolved'` })
    .returning({ id: cases.id });
  return rows.map((r) => r.id);
}

/** Recomputes the stored summary (priority, flag count and sources, suggested policy) of the locked cases. */
async function recomputeCases(tx: Db, locked: readonly LockedCase[], now: Date): Promise<void> {
  const listingData = await tx
    .select({ id: listings.id, title: listings.title, description: listings.description, stock: listings.stock })
    .from(listings)
    .where(inArray(listings.id, locked.map((c) => c.listingId)));
  const listingOf = new Map(listingData.map((l) => [l.id, l]));
  const inputs = await caseSummaryInputs(tx, locked.map((c) => ({ ...c, ...listingOf.get(c.listingId)!, id: c.id })), now);
  const updates = locked.map((c) => {
    const s = summarizeCase(inputs.get(c.id)!, now);
    return {
      id: c.id,
      priority: s.priority,
      priority_terms: s.priorityTerms,
      flag_count: s.flagCount,
      flag_sources: s.flagSources,
      suggested_policy: s.suggestedPolicy,
    };
  });
  await tx.execute(sql`
    UPDATE cases AS c SET priority = x.priority, priority_terms = x.priority_terms, flag_count = x.flag_count,
      flag_sources = x.flag_sources, suggested_policy = x.suggested_policy, updated_at = ${now.toISOString()}::timestamptz
    FROM jsonb_to_recordset(${json(updates)}) AS x(id uuid, priority integer, priority_terms jsonb,
      flag_count integer, flag_sources flag_source[], suggested_policy policy_code)
    WHERE c.id = x.id`);
}

interface LockedCase {
  id: string;
  listingId: string;
  sellerId: string;
  openedAt: Date;
  slaDueAt: Date;
}
