import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { AcceptedEvidence } from "@/lib/moderation/evidence";
import { addDays } from "@/lib/moderation/ladder";
import { createTestDatabase, type TestDatabase } from "../testing";
import { auditEvents, cases, decisions, evidenceFiles, infoResponses, notifications } from "../schema";
import { buildAppealWorld, insertAccountAction, insertTakedown, type AppealWorld } from "../fixtures/appeal-world";
import { fileAppeal } from "./appeals";
import { getEvidenceFile, listAppealEvidence, listInfoResponseEvidence } from "./evidence";
import { respondToInfoRequest } from "./info-responses";
import { getSellerAppeal, getSellerAppealable, getSellerCase } from "./seller-cases";
import { countUnreadSellerNotifications, listSellerNotifications, markSellerNotificationsRead } from "./seller-notifications";
import { listOpenInfoRequests, listSellerAppeals, listSellerDecisions, listSellerShops } from "./seller-portal";

// A seller cannot read another seller's rows through any query the seller routes use: every
// query below is called as seller B with seller A's ids and must find nothing.

let database: TestDatabase;
let world: AppealWorld;
let appealId: string;
let appealFileId: string;
let infoCaseId: string;
let infoResponseId: string;
let infoFileId: string;
let accountActionId: string;
const now = new Date("2026-03-10T05:00:00Z");
const photo: AcceptedEvidence = { fileName: "label.jpg", mimeType: "image/jpeg", bytes: new Uint8Array([0xff, 0xd8, 0xff, 9, 9]) };
const receipt: AcceptedEvidence = { fileName: "nota.pdf", mimeType: "application/pdf", bytes: new TextEncoder().encode("%PDF-1.4\n%%EOF\n") };

async function awaitingCase(): Promise<string> {
  const t = await insertTakedown(database.db, { platformId: world.platformId, sellerId: world.shopA, authorId: world.moderator.id, decidedAt: addDays(now, -5), kind: "warn" });
  const [kase] = await database.db.insert(cases).values({
    listingId: t.listingId, sellerId: world.shopA, platformId: world.platformId, state: "awaiting_seller", awaitingUntil: addDays(now, 3), slaDueAt: addDays(now, 1), version: 3,
  }).returning({ id: cases.id });
  if (!kase) throw new Error("case");
  await database.db.insert(decisions).values({
    caseId: kase.id, sellerId: world.shopA, platformId: world.platformId, kind: "request_info", sellerMessage: "Kirim nota pembelian.", infoDeadline: addDays(now, 3), listingSnapshot: {}, authorId: world.moderator.id, createdAt: addDays(now, -1),
  });
  return kase.id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildAppealWorld(database.db, now);
  ({ accountActionId } = await insertAccountAction(database.db, {
    platformId: world.platformId, sellerId: world.shopA, proposerId: world.moderator2.id, approverId: world.senior.id, reliedCaseIds: [world.a.caseId], startsAt: addDays(now, -1),
  }));
  const filed = await fileAppeal(database.db, { userId: world.sellerUser.id, subject: "decision", subjectId: world.a.decisionId, explanation: "Milik pribadi.", references: null, files: [photo], now });
  if (!filed.ok) throw new Error(filed.reason);
  appealId = filed.appealId;
  const [f] = await database.db.select({ id: evidenceFiles.id }).from(evidenceFiles).where(eq(evidenceFiles.appealId, appealId));
  appealFileId = f!.id;
  infoCaseId = await awaitingCase();
});
afterAll(async () => {
  await database.close();
});

describe("answering a request for information", () => {
  it("is refused for another shop's case, and nothing is stored", async () => {
    expect(await respondToInfoRequest(database.db, { userId: world.seller2User.id, caseId: infoCaseId, body: "x", files: [receipt], now })).toEqual({ ok: false, reason: "not_found" });
    expect(await database.db.select().from(infoResponses).where(eq(infoResponses.caseId, infoCaseId))).toHaveLength(0);
  });

  it("stores the answer and files and sends the case back to the moderators' queue", async () => {
    const r = await respondToInfoRequest(database.db, { userId: world.sellerUser.id, caseId: infoCaseId, body: "Nota terlampir.", files: [receipt], now });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    infoResponseId = r.infoResponseId;
    const [kase] = await database.db.select().from(cases).where(eq(cases.id, infoCaseId));
    expect(kase).toMatchObject({ state: "open", awaitingUntil: null, version: 4, claimedBy: null });
    const files = await database.db.select({ id: evidenceFiles.id, sizeBytes: evidenceFiles.sizeBytes }).from(evidenceFiles).where(eq(evidenceFiles.infoResponseId, infoResponseId));
    expect(files).toHaveLength(1);
    infoFileId = files[0]!.id;
    const audit = await database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.subjectId, infoCaseId));
    expect(audit.map((a) => a.action)).toContain("case.seller_answered");
    const filed = await database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.subjectId, infoResponseId));
    expect(filed.map((a) => a.action)).toEqual(["info_response.filed"]);
  });

  it("refuses a second answer once the case is no longer waiting", async () => {
    expect(await respondToInfoRequest(database.db, { userId: world.sellerUser.id, caseId: infoCaseId, body: "Lagi.", files: [], now })).toEqual({ ok: false, reason: "not_awaiting" });
  });
});

describe("seller scope", () => {
  const asB = () => ({ userId: world.seller2User.id });
  const asA = () => ({ userId: world.sellerUser.id });

  it("the owning seller reads their rows (so the checks below can fail)", async () => {
    expect(await getSellerCase(database.db, { ...asA(), caseId: world.a.caseId })).not.toBeNull();
    expect((await getSellerAppeal(database.db, { ...asA(), appealId }))?.evidence).toHaveLength(1);
    expect(await getEvidenceFile(database.db, { fileId: appealFileId, viewer: { kind: "seller", ...asA() } })).not.toBeNull();
    expect(await getEvidenceFile(database.db, { fileId: infoFileId, viewer: { kind: "seller", ...asA() } })).not.toBeNull();
    expect((await listSellerShops(database.db, { ...asA(), now }))[0]?.accountActions).toHaveLength(1);
    expect((await listSellerNotifications(database.db, asA())).length).toBeGreaterThan(0);
  });

  it("another seller gets nothing from any seller-route query", async () => {
    const sellerB = { kind: "seller", ...asB() } as const;
    expect(await getSellerCase(database.db, { ...asB(), caseId: world.a.caseId })).toBeNull();
    expect(await getSellerCase(database.db, { ...asB(), caseId: infoCaseId })).toBeNull();
    expect(await getSellerAppeal(database.db, { ...asB(), appealId })).toBeNull();
    expect(await getSellerAppealable(database.db, { ...asB(), subject: "decision", id: world.a.decisionId })).toBeNull();
    expect(await getSellerAppealable(database.db, { ...asB(), subject: "account_action", id: accountActionId })).toBeNull();
    expect(await getEvidenceFile(database.db, { fileId: appealFileId, viewer: sellerB })).toBeNull();
    expect(await getEvidenceFile(database.db, { fileId: infoFileId, viewer: sellerB })).toBeNull();
    expect(await listAppealEvidence(database.db, { appealId, viewer: sellerB })).toEqual([]);
    expect(await listInfoResponseEvidence(database.db, { infoResponseId, viewer: sellerB })).toEqual([]);

    const shops = await listSellerShops(database.db, { ...asB(), now });
    expect(shops.map((s) => s.id)).toEqual([world.shopB]);
    expect(shops[0]?.accountActions).toEqual([]);
    expect((await listSellerDecisions(database.db, asB())).map((d) => d.decisionId)).toEqual([world.b.decisionId]);
    expect(await listSellerAppeals(database.db, asB())).toEqual([]);
    expect(await listOpenInfoRequests(database.db, asB())).toEqual([]);
    expect(await listSellerNotifications(database.db, asB())).toEqual([]);
    expect(await countUnreadSellerNotifications(database.db, asB())).toBe(0);
  });

  it("another seller cannot mark someone else's notifications read", async () => {
    const ids = (await listSellerNotifications(database.db, asA())).map((n) => n.id);
    // Another shop's ids are "not found", even mixed with the seller's own: nothing changes.
    expect(await markSellerNotificationsRead(database.db, { ...asB(), ids, now })).toBeNull();
    expect(await markSellerNotificationsRead(database.db, { ...asB(), ids: "all", now })).toBe(0);
    const unread = await database.db.select({ readAt: notifications.readAt }).from(notifications).where(eq(notifications.sellerId, world.shopA));
    expect(unread.every((n) => n.readAt === null)).toBe(true);
    const before = await countUnreadSellerNotifications(database.db, asA());
    const withUnknown = [ids[0]!, "00000000-0000-4000-8000-000000000000"];
    expect(await markSellerNotificationsRead(database.db, { ...asA(), ids: withUnknown, now })).toBeNull();
    expect(await countUnreadSellerNotifications(database.db, asA())).toBe(before);
    expect(await markSellerNotificationsRead(database.db, { ...asA(), ids: ids.slice(0, 1), now })).toBe(1);
    expect(await countUnreadSellerNotifications(database.db, asA())).toBe(before - 1);
    const audit = await database.db.select().from(auditEvents).where(eq(auditEvents.action, "notifications.read"));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: world.sellerUser.id, subjectType: "seller", subjectId: world.shopA, data: { scope: "selected", count: 1, notificationIds: ids.slice(0, 1) } });
    expect(await markSellerNotificationsRead(database.db, { ...asA(), ids: ids.slice(0, 1), now })).toBe(0);
    expect(await database.db.select().from(auditEvents).where(eq(auditEvents.action, "notifications.read"))).toHaveLength(1);
  });

  it("staff read any evidence; sellers see no internal note or moderator", async () => {
    expect(await getEvidenceFile(database.db, { fileId: appealFileId, viewer: { kind: "staff", userId: world.moderator2.id } })).not.toBeNull();
    const view = await getSellerCase(database.db, { ...asA(), caseId: world.a.caseId });
    const text = JSON.stringify(view);
    expect(text).not.toContain(world.moderator.id);
    expect(text).not.toContain("internalNote");
  });
});
