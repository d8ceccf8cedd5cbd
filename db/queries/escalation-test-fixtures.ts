// Fixtures for the escalation integration tests: rows inserted directly, nothing from the seed.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { DEFAULT_PLATFORMS, addDays, type FlagSource, type PolicyCode, type Role, type UmkmTier } from "@/lib/moderation";
import type { Db } from "../open";
import { appeals, cases, decisions, listings, notifications, platforms, sellerMembers, sellers, strikes, users } from "../schema";

export const T0 = new Date("2026-03-01T03:00:00Z");

export async function ensurePlatform(db: Db, index = 0): Promise<string> {
  const p = DEFAULT_PLATFORMS[index];
  if (!p) throw new Error("no such default platform");
  await db.insert(platforms).values({ id: p.code, name: p.name, ladder: p.ladder }).onConflictDoNothing();
  return p.code;
}

export async function makeUser(db: Db, role: Role, name: string = role): Promise<{ id: string; role: Role }> {
  const id = randomUUID();
  await db.insert(users).values({ id, email: `${role}-${id.slice(0, 8)}@test.invalid`, name, role, passwordHash: "x" });
  return { id, role };
}

export async function makeSeller(db: Db, opts: { platformId: string; tier?: UmkmTier | null; shopName?: string }) {
  const id = randomUUID();
  await db.insert(sellers).values({
    id,
    platformId: opts.platformId,
    externalId: `ext-${id}`,
    shopName: opts.shopName ?? `Toko ${id.slice(0, 6)}`,
    umkmTier: opts.tier === undefined ? "kecil" : opts.tier,
  });
  const member = await makeUser(db, "seller", "Pemilik toko");
  await db.insert(sellerMembers).values({ userId: member.id, sellerId: id });
  return { id, platformId: opts.platformId, memberId: member.id };
}

/** A resolved case with a takedown and its strike, as the queue would leave it. */
export async function makeTakedown(
  db: Db,
  opts: { sellerId: string; platformId: string; authorId: string; points: number; at: Date; expiresInDays?: number; policy?: PolicyCode; sources?: FlagSource[] },
) {
  const listingId = randomUUID();
  await db.insert(listings).values({
    id: listingId,
    sellerId: opts.sellerId,
    platformId: opts.platformId,
    externalId: `l-${listingId}`,
    url: `https://example.invalid/${listingId}`,
    title: "Balpres pakaian bekas Korea 100 kg",
    priceIdr: 6_000_000,
    status: "removed",
  });
  const [c] = await db
    .insert(cases)
    .values({
      listingId,
      sellerId: opts.sellerId,
      platformId: opts.platformId,
      state: "resolved",
      suggestedPolicy: opts.policy ?? "imported_used_clothing_bulk",
      flagSources: opts.sources ?? ["ministry_directive"],
      slaDueAt: addDays(opts.at, 2),
      openedAt: addDays(opts.at, -1),
      resolvedAt: opts.at,
    })
    .returning({ id: cases.id, number: cases.number });
  if (!c) throw new Error("case insert failed");
  const [d] = await db
    .insert(decisions)
    .values({
      caseId: c.id,
      sellerId: opts.sellerId,
      platformId: opts.platformId,
      kind: "takedown",
      policyCode: opts.policy ?? "imported_used_clothing_bulk",
      points: opts.points,
      statement: { facts: "Judul menyebut balpres 100 kg." },
      statementLocale: "id",
      listingSnapshot: { title: "Balpres pakaian bekas Korea 100 kg" },
      authorId: opts.authorId,
      appealDeadline: addDays(opts.at, 30),
      createdAt: opts.at,
    })
    .returning({ id: decisions.id });
  if (!d) throw new Error("decision insert failed");
  await db.insert(strikes).values({
    sellerId: opts.sellerId,
    platformId: opts.platformId,
    decisionId: d.id,
    points: opts.points,
    expiresAt: addDays(opts.at, opts.expiresInDays ?? 90),
    createdAt: opts.at,
  });
  return { caseId: c.id, caseNumber: c.number, decisionId: d.id };
}

export async function sendWarning(db: Db, sellerId: string, at: Date): Promise<void> {
  await db.insert(notifications).values({ sellerId, kind: "ladder_warning", params: { points: 31 }, createdAt: at });
}

export async function fileAppeal(db: Db, opts: { sellerId: string; platformId: string; decisionId: string; filedBy: string; at: Date }): Promise<string> {
  const [a] = await db
    .insert(appeals)
    .values({
      sellerId: opts.sellerId,
      platformId: opts.platformId,
      subject: "decision",
      decisionId: opts.decisionId,
      explanation: "Barang lokal, ada nota.",
      goodFaithDeclared: true,
      filedBy: opts.filedBy,
      dueAt: addDays(opts.at, 3),
      createdAt: opts.at,
    })
    .returning({ id: appeals.id });
  if (!a) throw new Error("appeal insert failed");
  return a.id;
}

export async function setUserLocale(db: Db, userId: string, locale: "id" | "en"): Promise<void> {
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}

/** A seller with 36+ points on TikTok Shop (the 28-day suspension step) and a warning before T0. */
export async function suspensionScenario(db: Db, opts: { tier?: UmkmTier | null; warned?: boolean } = {}) {
  const platformId = await ensurePlatform(db);
  const moderator = await makeUser(db, "moderator", "Mod Satu");
  const senior = await makeUser(db, "senior_moderator", "Senior Satu");
  const senior2 = await makeUser(db, "senior_moderator", "Senior Dua");
  const seller = await makeSeller(db, { platformId, tier: opts.tier === undefined ? "kecil" : opts.tier });
  const first = await makeTakedown(db, { sellerId: seller.id, platformId, authorId: moderator.id, points: 24, at: addDays(T0, -20) });
  if (opts.warned !== false) await sendWarning(db, seller.id, addDays(T0, -10));
  const second = await makeTakedown(db, { sellerId: seller.id, platformId, authorId: moderator.id, points: 12, at: addDays(T0, -5), policy: "imported_used_clothing_retail", sources: ["keyword_rule"] });
  return { platformId, moderator, senior, senior2, seller, cases: [first, second] };
}
