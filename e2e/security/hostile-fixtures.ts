// The hostile shop (issue 9, item 3), written into the e2e database after the demo seed by
// scripts/e2e-fixtures.ts, through the app's own queries: a seller and a moderator with hostile
// names, a Lazada shop whose name, listings, flag notes, decisions, answer, appeal, evidence
// and escalation all carry the corpus in e2e/support/hostile.ts.
import { eq } from "drizzle-orm";
import type { Db } from "../../db/open";
import { fileAppeal } from "../../db/queries/appeals";
import { proposeEscalation } from "../../db/queries/escalations";
import { respondToInfoRequest } from "../../db/queries/info-responses";
import { sellerMembers, sellers, users } from "../../db/schema";
import { hashPassword } from "../../lib/password";
import { claimAndDecide, defaultPoints, flagItem, openCase, pngEvidence } from "../support/fixture-steps";
import { HOSTILE, HOSTILE_TEXT, unbroken } from "../support/hostile";

const HOUR = 3_600_000;

export async function seedHostileFixtures(db: Db, now: Date, password: string): Promise<void> {
  const [existing] = await db.select({ id: sellers.id }).from(sellers).where(eq(sellers.id, HOSTILE.shopId));
  if (existing) return;
  const passwordHash = await hashPassword(password);
  const [sellerUser] = await db
    .insert(users)
    .values({ email: HOSTILE.sellerEmail, name: HOSTILE_TEXT.sellerName, role: "seller", passwordHash, locale: "id" })
    .returning({ id: users.id });
  const [moderatorUser] = await db
    .insert(users)
    .values({ email: HOSTILE.moderatorEmail, name: HOSTILE_TEXT.moderatorName, role: "moderator", passwordHash, locale: "id" })
    .returning({ id: users.id });
  await db.insert(sellers).values({
    id: HOSTILE.shopId,
    platformId: HOSTILE.platformId,
    externalId: HOSTILE.shopExternalId,
    shopName: HOSTILE_TEXT.shopName,
    province: HOSTILE_TEXT.province,
    umkmTier: "mikro",
    joinedAt: new Date(now.getTime() - 500 * 24 * HOUR),
  });
  await db.insert(sellerMembers).values({ userId: sellerUser!.id, sellerId: HOSTILE.shopId });
  const moderator = { id: moderatorUser!.id, role: "moderator" as const };

  const seller = { external_id: HOSTILE.shopExternalId, shop_name: HOSTILE_TEXT.shopName, province: HOSTILE_TEXT.province, umkm_tier: "mikro" as const };
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR);
  const item = (n: string, title: string, hoursAgo: number) =>
    flagItem({
      ref: `e2e-hostile-${n}`,
      listing: { external_id: `e2e-hostile-${n}`, title, description: HOSTILE_TEXT.description, category: HOSTILE_TEXT.category },
      seller,
      note: HOSTILE_TEXT.flagNote,
      observedAt: at(hoursAgo),
    });

  // Open, in the queue: the longest title and description the API accepts.
  await openCase(db, HOSTILE.platformId, item("open", HOSTILE_TEXT.openTitle, 30), at(30));

  // Asked for information, answered by the seller (back in the queue, answer on the case page).
  const infoCase = await openCase(db, HOSTILE.platformId, item("info", `Info ${unbroken(300)} ${HOSTILE_TEXT.category}`, 40), at(40));
  await claimAndDecide(
    db,
    infoCase,
    moderator,
    { kind: "request_info", sellerMessage: HOSTILE_TEXT.infoMessage, infoDeadline: new Date(now.getTime() + 72 * HOUR), internalNote: HOSTILE_TEXT.internalNote },
    at(20),
  );
  const answered = await respondToInfoRequest(db, { userId: sellerUser!.id, caseId: infoCase, body: HOSTILE_TEXT.infoAnswer, files: [pngEvidence(HOSTILE_TEXT.evidenceName)], now: at(10) });
  if (!answered.ok) throw new Error(`info answer refused: ${answered.reason}`);

  // Taken down with hostile facts, note and message; appealed with hostile text and evidence.
  const takedownCase = await openCase(db, HOSTILE.platformId, item("takedown", `Takedown ${HOSTILE_TEXT.category}`, 50), at(50));
  const points = await defaultPoints(db, HOSTILE.platformId, "imported_used_clothing_retail");
  const takedown = await claimAndDecide(
    db,
    takedownCase,
    moderator,
    {
      kind: "takedown",
      policyCode: "imported_used_clothing_retail",
      points,
      facts: HOSTILE_TEXT.takedownFacts,
      sellerMessage: HOSTILE_TEXT.sellerMessage,
      internalNote: HOSTILE_TEXT.internalNote,
    },
    at(48),
  );
  const appeal = await fileAppeal(db, {
    userId: sellerUser!.id,
    subject: "decision",
    subjectId: takedown,
    explanation: HOSTILE_TEXT.appealText,
    references: HOSTILE_TEXT.appealReferences,
    files: [pngEvidence(HOSTILE_TEXT.evidenceName)],
    now: at(5),
  });
  if (!appeal.ok) throw new Error(`appeal refused: ${appeal.reason}`);

  // One warning per formula leader, for the statements export.
  for (const [i, facts] of HOSTILE_TEXT.warnFacts.entries()) {
    const warnCase = await openCase(db, HOSTILE.platformId, item(`warn-${i}`, `Peringatan ${i} ${HOSTILE_TEXT.category}`, 60 + i), at(60 + i));
    await claimAndDecide(db, warnCase, moderator, { kind: "warn", policyCode: "misleading_listing", facts, internalNote: HOSTILE_TEXT.internalNote }, at(55 + i));
  }

  // A pending escalation proposed by the hostile moderator.
  const proposed = await proposeEscalation(
    db,
    {
      sellerId: HOSTILE.shopId,
      action: "restrict_listings",
      durationDays: 7,
      rationale: HOSTILE_TEXT.escalationRationale,
      outreachNote: HOSTILE_TEXT.appealReferences,
      reliedCaseIds: [takedownCase],
    },
    moderator,
    at(2),
  );
  if (!proposed.ok) throw new Error(`escalation refused: ${proposed.error}`);
}
