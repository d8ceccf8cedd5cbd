import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { addDays } from "@/lib/moderation/ladder";
import type { AcceptedEvidence } from "@/lib/moderation/evidence";
import type { EvidenceMimeType } from "@/lib/moderation/constants";
import { createTestDatabase, type TestDatabase } from "../testing";
import { appeals, auditEvents, evidenceFiles, notifications } from "../schema";
import { buildAppealWorld, insertTakedown, type AppealWorld } from "../fixtures/appeal-world";
import { fileAppeal } from "./appeals";
import { sha256Hex } from "./evidence";

let database: TestDatabase;
let world: AppealWorld;
const now = new Date("2026-03-10T05:00:00Z");

const photo: AcceptedEvidence = { fileName: "label.jpg", mimeType: "image/jpeg", bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]) };
const receipt: AcceptedEvidence = { fileName: "nota.pdf", mimeType: "application/pdf", bytes: new TextEncoder().encode("%PDF-1.4\n%%EOF\n") };

const file = (over: Partial<Parameters<typeof fileAppeal>[1]> = {}) =>
  fileAppeal(database.db, {
    userId: world.sellerUser.id,
    subject: "decision",
    subjectId: world.a.decisionId,
    explanation: "Kemeja ini milik saya sendiri, dibeli di Bandung.",
    references: "INV-2026-001",
    files: [photo, receipt],
    now,
    ...over,
  });

async function countFor(decisionId: string) {
  const [a] = await database.db.select({ n: count() }).from(appeals).where(eq(appeals.decisionId, decisionId));
  return a?.n ?? 0;
}

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  world = await buildAppealWorld(database.db, now);
});

describe("fileAppeal", () => {
  it("stores the appeal, its evidence with size and sha256, the seller's notification and the audit event", async () => {
    const result = await file();
    expect(result).toMatchObject({ ok: true, round: 1, dueAt: new Date("2026-03-13T05:00:00Z") });
    if (!result.ok) return;
    const [appeal] = await database.db.select().from(appeals).where(eq(appeals.id, result.appealId));
    expect(appeal).toMatchObject({ sellerId: world.shopA, subject: "decision", decisionId: world.a.decisionId, state: "pending", references: "INV-2026-001", filedBy: world.sellerUser.id });
    const files = await database.db.select().from(evidenceFiles).where(eq(evidenceFiles.appealId, result.appealId));
    expect(files.map((f) => [f.fileName, f.mimeType, f.sizeBytes, f.sha256]).sort()).toEqual(
      [
        ["label.jpg", "image/jpeg", photo.bytes.length, sha256Hex(photo.bytes)],
        ["nota.pdf", "application/pdf", receipt.bytes.length, sha256Hex(receipt.bytes)],
      ].sort(),
    );
    expect(Buffer.compare(files.find((f) => f.mimeType === "image/jpeg")!.content, Buffer.from(photo.bytes))).toBe(0);
    const [note] = await database.db.select().from(notifications).where(and(eq(notifications.appealId, result.appealId), eq(notifications.kind, "appeal_received")));
    expect(note).toMatchObject({ sellerId: world.shopA, decisionId: world.a.decisionId });
    const [audit] = await database.db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, result.appealId), eq(auditEvents.action, "appeal.filed")));
    expect(audit).toMatchObject({ actorId: world.sellerUser.id, subjectType: "appeal" });
  });

  it("refuses a second open appeal and stores nothing more", async () => {
    expect((await file()).ok).toBe(true);
    expect(await file()).toEqual({ ok: false, reason: "open_appeal_exists", deadline: null });
    expect(await countFor(world.a.decisionId)).toBe(1);
  });

  it("lets exactly one of two simultaneous filings through", async () => {
    const results = await Promise.all([file(), file()]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ reason: "open_appeal_exists" });
    expect(await countFor(world.a.decisionId)).toBe(1);
  });

  it("answers not_found for another shop's decision, and stores nothing", async () => {
    expect(await file({ subjectId: world.b.decisionId })).toEqual({ ok: false, reason: "not_found", deadline: null });
    expect(await file({ userId: world.seller2User.id })).toEqual({ ok: false, reason: "not_found", deadline: null });
    expect(await countFor(world.b.decisionId)).toBe(0);
    expect(await countFor(world.a.decisionId)).toBe(0);
  });

  it("refuses an appeal after the window, with the deadline", async () => {
    const late = addDays(now, 29);
    expect(await file({ now: late })).toEqual({ ok: false, reason: "window_closed", deadline: addDays(now, 28) });
  });

  it("allows ten appeals per shop per Jakarta day and refuses the eleventh", async () => {
    const decisionIds = [world.a.decisionId];
    for (let i = 0; i < 10; i++) {
      const t = await insertTakedown(database.db, { platformId: world.platformId, sellerId: world.shopA, authorId: world.moderator.id, decidedAt: addDays(now, -1) });
      decisionIds.push(t.decisionId);
    }
    for (const id of decisionIds.slice(0, 10)) expect((await file({ subjectId: id, files: [] })).ok).toBe(true);
    expect(await file({ subjectId: decisionIds[10]!, files: [] })).toMatchObject({ ok: false, reason: "daily_limit" });
    // The next Jakarta day (17:00 UTC) starts a new count.
    expect((await file({ subjectId: decisionIds[10]!, files: [], now: new Date("2026-03-10T17:00:00Z") })).ok).toBe(true);
  });

  it("stores nothing — not even the appeal row — when an evidence row fails", async () => {
    const bad = { fileName: "x.html", mimeType: "text/html" as EvidenceMimeType, bytes: new Uint8Array([60, 104]) };
    await expect(file({ files: [photo, bad] })).rejects.toThrow();
    expect(await countFor(world.a.decisionId)).toBe(0);
    const [files] = await database.db.select({ n: count() }).from(evidenceFiles).where(eq(evidenceFiles.sellerId, world.shopA));
    expect(files?.n).toBe(0);
    const [notes] = await database.db.select({ n: count() }).from(notifications).where(and(eq(notifications.sellerId, world.shopA), eq(notifications.kind, "appeal_received")));
    expect(notes?.n).toBe(0);
  });
});
