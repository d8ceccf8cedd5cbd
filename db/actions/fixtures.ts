// Rows the audit walk's scenarios start from, dated from the real clock (the actions read
// `new Date()`). Every call makes its own people and shops, so scenarios share one database.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { addDays, isDomainError, type Role } from "@/lib/moderation";
import { escalationInputSchema } from "@/lib/validation/escalation";
import type { Db } from "../open";
import { cases, decisions, notifications } from "../schema";
import { fileAppeal } from "../queries/appeals";
import { claimCase } from "../queries/claims";
import { proposeEscalation, returnEscalation } from "../queries/escalations";
import { insertTakedown } from "../fixtures/appeal-world";
import { makeSeller, makeTakedown, sendWarning } from "../queries/escalation-test-fixtures";
import { makeCase } from "../test-case-fixtures";
import { insertPlatform, insertSeller, insertUser } from "../test-fixtures";
import type { HarnessUser } from "./harness";

export const PLATFORM = "tokopedia";

export async function person(db: Db, role: Role): Promise<HarnessUser> {
  const row = await insertUser(db, role);
  return { id: row.id, email: row.email, name: row.name, role: row.role, locale: row.locale };
}

export async function platforms(db: Db): Promise<void> {
  for (const id of ["tokopedia", "shopee", "lazada", "tiktok_shop"]) await insertPlatform(db, id);
}

/** An open case nobody holds, on a shop of its own (or of `sellerId`). */
export async function openCase(db: Db, sellerId?: string) {
  return makeCase(db, { platformId: PLATFORM, sellerId, sources: ["keyword_rule"] }, new Date());
}

/** An open case held by `moderator`, with the version the decision form carries. */
export async function heldCase(db: Db, moderator: HarnessUser) {
  const c = await openCase(db);
  const claimed = await claimCase(db, c.caseId, { id: moderator.id, role: moderator.role }, new Date());
  if (isDomainError(claimed)) throw claimed;
  return { ...c, version: claimed.version };
}

/** A seller account with one shop whose listing a moderator took down two days ago. */
export async function sellerWithTakedown(db: Db) {
  const seller = await person(db, "seller");
  const author = await person(db, "moderator");
  const shop = await insertSeller(db, PLATFORM, seller.id);
  const takedown = await insertTakedown(db, { platformId: PLATFORM, sellerId: shop.id, authorId: author.id, decidedAt: addDays(new Date(), -2) });
  return { seller, author, shopId: shop.id, shopName: shop.shopName, ...takedown };
}

/** A pending appeal of a takedown, filed by the shop's seller. */
export async function pendingAppeal(db: Db) {
  const world = await sellerWithTakedown(db);
  const filed = await fileAppeal(db, {
    userId: world.seller.id,
    subject: "decision",
    subjectId: world.decisionId,
    explanation: "Kemeja ini jahitan lokal, nota terlampir.",
    references: null,
    files: [],
    now: new Date(),
  });
  if (!filed.ok) throw new Error(`appeal refused: ${filed.reason}`);
  return { ...world, appealId: filed.appealId };
}

/** A case waiting for the seller's answer to a request for information, until `until`. */
export async function awaitingCase(db: Db, until: Date) {
  const world = await sellerWithTakedown(db);
  const c = await openCase(db, world.shopId);
  await db.update(cases).set({ state: "awaiting_seller", awaitingUntil: until }).where(eq(cases.id, c.caseId));
  await db.insert(decisions).values({
    caseId: c.caseId,
    sellerId: world.shopId,
    platformId: PLATFORM,
    kind: "request_info",
    sellerMessage: "Kirim nota pembelian.",
    infoDeadline: until,
    listingSnapshot: {},
    authorId: world.author.id,
  });
  return { ...world, caseId: c.caseId };
}

/** An unread notification in the shop's inbox. */
export async function unreadNotification(db: Db, shopId: string): Promise<void> {
  await db.insert(notifications).values({ sellerId: shopId, kind: "ladder_warning", params: { points: 24 } });
}

/** A shop past the suspension step after a warning: a proposal's guardrails all hold. */
export async function escalationReady(db: Db) {
  const now = new Date();
  const platformId = "tiktok_shop";
  const moderator = await person(db, "moderator");
  const seller = await makeSeller(db, { platformId, shopName: `Toko ${randomUUID().slice(0, 8)}` });
  const first = await makeTakedown(db, { sellerId: seller.id, platformId, authorId: moderator.id, points: 24, at: addDays(now, -20) });
  await sendWarning(db, seller.id, addDays(now, -10));
  const second = await makeTakedown(db, { sellerId: seller.id, platformId, authorId: moderator.id, points: 12, at: addDays(now, -5), policy: "imported_used_clothing_retail", sources: ["keyword_rule"] });
  return { moderator, sellerId: seller.id, caseIds: [first.caseId, second.caseId] };
}

export const RATIONALE = "Dua takedown balpres dalam tiga minggu, setelah peringatan tangga.";

/** A pending escalation proposed by a moderator (version 1). */
export async function pendingEscalation(db: Db) {
  const ready = await escalationReady(db);
  const input = escalationInputSchema.parse({ sellerId: ready.sellerId, action: "suspend", durationDays: 28, rationale: RATIONALE, outreachNote: null, reliedCaseIds: ready.caseIds });
  const r = await proposeEscalation(db, input, ready.moderator, new Date());
  if (!r.ok) throw new Error(`proposal refused: ${r.error}`);
  return { ...ready, escalationId: r.escalationId };
}

/** An escalation a senior returned to its proposer with a question (version 2). */
export async function returnedEscalation(db: Db) {
  const pending = await pendingEscalation(db);
  const senior = await person(db, "senior_moderator");
  const r = await returnEscalation(db, { escalationId: pending.escalationId, version: 1, reviewer: senior, question: "Apakah listing kedua benar bal atau satuan?", now: new Date() });
  if (!r.ok) throw new Error(`return refused: ${r.error}`);
  return pending;
}
