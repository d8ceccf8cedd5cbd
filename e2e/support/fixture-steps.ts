// Steps the e2e fixtures (scripts/e2e-fixtures.ts) take through the app's own queries, so the
// planted rows look exactly like rows the app writes: flags ingested, cases claimed and decided,
// appeals filed and decided. Each step throws when the app refuses, so a broken fixture is loud.
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/open";
import { decideAppeal } from "../../db/queries/appeal-decide";
import { claimAppeal } from "../../db/queries/appeal-queue";
import { claimCase, type StaffActor } from "../../db/queries/claims";
import { decideCase } from "../../db/queries/decide";
import { ingestFlags } from "../../db/queries/ingest";
import { appeals, cases, listings, platforms, users } from "../../db/schema";
import { checkEvidenceFile, type AcceptedEvidence } from "../../lib/moderation/evidence";
import { isDomainError, POLICIES, policyPointsFor, type PolicyCode } from "../../lib/moderation";
import type { DecisionBody } from "../../lib/validation/decision";
import type { FlagItem } from "../../lib/validation/ingest";

/** A valid 1×1 PNG: passes the evidence check by its content. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC",
  "base64",
);

export function pngEvidence(name: string): AcceptedEvidence {
  const checked = checkEvidenceFile({ name, bytes: new Uint8Array(PNG) });
  if (!checked.ok) throw new Error(`fixture evidence refused: ${checked.error}`);
  return checked.file;
}

export async function staffActor(db: Db, email: string): Promise<StaffActor> {
  const [user] = await db.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, email));
  if (!user) throw new Error(`the demo seed must run first (${email} is missing)`);
  return user;
}

/** Ingests one flag and returns the listing's open case. */
export async function openCase(db: Db, platformId: string, item: FlagItem, now: Date): Promise<string> {
  await ingestFlags(db, platformId, [item], now);
  const [found] = await db
    .select({ id: cases.id })
    .from(cases)
    .innerJoin(listings, eq(listings.id, cases.listingId))
    .where(and(eq(listings.platformId, platformId), eq(listings.externalId, item.listing.external_id)));
  if (!found) throw new Error(`no case for listing ${item.listing.external_id}`);
  return found.id;
}

/** The default points of a policy on the case's platform ladder. */
export async function defaultPoints(db: Db, platformId: string, policy: PolicyCode): Promise<number> {
  const [platform] = await db.select({ ladder: platforms.ladder }).from(platforms).where(eq(platforms.id, platformId));
  if (!platform) throw new Error(`unknown platform ${platformId}`);
  return policyPointsFor(POLICIES[policy], platform.ladder).default;
}

/** Claims the case for `actor` and decides it; returns the decision id. */
export async function claimAndDecide(db: Db, caseId: string, actor: StaffActor, body: DecisionBody, now: Date): Promise<string> {
  const claimed = await claimCase(db, caseId, actor, now);
  if (isDomainError(claimed)) throw new Error(`claim refused: ${claimed.code}`);
  const [row] = await db.select({ version: cases.version }).from(cases).where(eq(cases.id, caseId));
  const result = await decideCase(db, { caseId, version: row!.version, ...body }, actor, now);
  if (isDomainError(result)) throw new Error(`decision refused: ${result.code}`);
  return result.decisionId;
}

/** Claims the appeal for `reviewer` and denies it. */
export async function denyAppeal(db: Db, appealId: string, reviewer: StaffActor, reason: string, now: Date): Promise<void> {
  const claimed = await claimAppeal(db, { appealId, reviewer, now });
  if (!claimed.ok) throw new Error(`appeal claim refused: ${JSON.stringify(claimed)}`);
  const [row] = await db.select({ version: appeals.version }).from(appeals).where(eq(appeals.id, appealId));
  const decided = await decideAppeal(db, { appealId, version: row!.version, outcome: "deny", reason, reviewer, now });
  if (!decided.ok) throw new Error(`appeal decision refused: ${decided.error}`);
}

/** A flag item with sensible defaults around the listing and shop given. */
export function flagItem(input: {
  ref: string;
  listing: Partial<FlagItem["listing"]> & { external_id: string; title: string };
  seller: FlagItem["seller"];
  note?: string;
  observedAt: Date;
}): FlagItem {
  return {
    listing: {
      url: `https://www.lazada.co.id/products/${input.listing.external_id}.html`,
      description: "",
      price_idr: 150_000,
      stock: 3,
      category: "Pakaian Wanita",
      image_urls: [],
      ...input.listing,
    },
    seller: input.seller,
    source: "user_report",
    source_reference: input.ref,
    reason: "imported_used_clothing_retail",
    confidence: null,
    note: input.note ?? null,
    observed_at: input.observedAt.toISOString(),
  };
}
