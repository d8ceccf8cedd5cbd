import { and, eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addDays, isDomainError, type StatementOfReasons } from "@/lib/moderation";
import type { DecisionInput } from "@/lib/validation/decision";
import { makeCase } from "../test-case-fixtures";
import { insertPlatform, insertSeller, insertUser } from "../test-fixtures";
import { auditEvents, cases, decisions, listings, notifications, sellerMembers, strikes } from "../schema";
import { createTestDatabase, type TestDatabase } from "../testing";
import { decideCasesInBulk } from "./bulk-decide";
import { getCaseDetail } from "./case-detail";
import { sellerHistory } from "./case-priority";
import { markSellerAnswered, returnExpiredInfoRequests } from "./case-state";
import { claimCase } from "./claims";
import { decideCase } from "./decide";

let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase();
  await insertPlatform(database.db, "tokopedia"); // ladder 12/24/36/48, margin 5, 90 days
});
afterEach(async () => {
  await database.close();
});

const now = new Date("2026-01-10T08:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

async function setup(spec: Parameters<typeof makeCase>[1] = {}) {
  const { db } = database;
  const mod = await insertUser(database.db, "moderator");
  const c = await makeCase(db, { sources: ["ministry_directive", "keyword_rule"], ...spec }, now);
  const claimed = await claimCase(db, c.caseId, { id: mod.id, role: "moderator" }, now);
  if (isDomainError(claimed)) throw claimed;
  return { ...c, mod, actor: { id: mod.id, role: "moderator" as const }, version: claimed.version };
}

const takedown = (caseId: string, version: number, points = 24): DecisionInput => ({
  caseId,
  version,
  kind: "takedown",
  policyCode: "imported_used_clothing_bulk",
  points,
  facts: "Judul memuat \"balpres\"; stok 400.",
  ...(points === 24 ? {} : { pointsReason: "test" }),
});

describe("decideCase", () => {
  it("writes every effect of a takedown in one go", async () => {
    const { db } = database;
    const c = await setup();
    const result = await decideCase(db, takedown(c.caseId, c.version), c.actor, later(2));
    if (isDomainError(result)) throw result;
    expect(result).toMatchObject({ state: "resolved", version: c.version + 1, points: 24, activePoints: 24, ladderWarningSent: true });
    expect(result.recommendation?.step).toMatchObject({ points: 24, action: "restrict_listings" });

    const [decision] = await db.select().from(decisions).where(eq(decisions.caseId, c.caseId));
    const statement = decision?.statement as unknown as StatementOfReasons;
    expect(statement.facts).toBe("Judul memuat \"balpres\"; stok 400.");
    expect(statement.automated_detection).toBe(true);
    expect(statement.source_type).toBe("authority_order");
    expect(statement.locale).toBe("id");
    expect(decision?.appealDeadline?.toISOString()).toBe(addDays(later(2), 30).toISOString());
    expect(decision?.listingSnapshot).toMatchObject({ title: "Kemeja flanel preloved pribadi", status: "active" });

    const [listing] = await db.select().from(listings).where(eq(listings.id, c.listingId));
    expect(listing?.status).toBe("removed");
    const [strike] = await db.select().from(strikes).where(eq(strikes.sellerId, c.sellerId));
    expect(strike).toMatchObject({ points: 24, expiresAt: addDays(later(2), 90) });
    const notes = await db.select().from(notifications).where(eq(notifications.sellerId, c.sellerId));
    expect(notes.map((n) => n.kind).sort()).toEqual(["decision", "ladder_warning"]);
    expect(notes.find((n) => n.kind === "ladder_warning")?.params).toMatchObject({ points: 24, nextStepPoints: 36, reachedStepPoints: 24 });
    const [row] = await db.select().from(cases).where(eq(cases.id, c.caseId));
    expect(row).toMatchObject({ state: "resolved", claimedBy: null, version: c.version + 1 });
    const audit = await db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, c.caseId), eq(auditEvents.action, "case.decided")));
    expect(audit[0]?.data).toMatchObject({ kind: "takedown", points: 24, decisionId: result.decisionId });
  });

  it("writes the statement in the seller's language", async () => {
    const { db } = database;
    const c = await setup();
    const sellerUser = await insertUser(db, "seller");
    await db.execute(sql`update users set locale = 'en' where id = ${sellerUser.id}`);
    await db.insert(sellerMembers).values({ userId: sellerUser.id, sellerId: c.sellerId });
    const result = await decideCase(db, { ...takedown(c.caseId, c.version), kind: "warn", policyCode: "misleading_listing" } as DecisionInput, c.actor, now);
    if (isDomainError(result)) throw result;
    const [decision] = await db.select().from(decisions).where(eq(decisions.id, result.decisionId));
    expect(decision?.statementLocale).toBe("en");
    expect((decision?.statement as unknown as StatementOfReasons).ground.policy_title).toBe("Misleading listing");
    expect(decision?.points).toBe(0);
    const [listing] = await db.select().from(listings).where(eq(listings.id, c.listingId));
    expect(listing?.status).toBe("needs_fix");
    expect(result.ladderWarningSent).toBe(false);
  });

  it("writes nothing when the transaction fails midway", async () => {
    const { db } = database;
    const c = await setup();
    // Make the notification insert fail, after the decision, listing and strike writes.
    await db.execute(sql`create function fail_notification() returns trigger as $$ begin raise exception 'forced failure'; end; $$ language plpgsql`);
    await db.execute(sql`create trigger fail_notification before insert on notifications for each row execute function fail_notification()`);
    await expect(decideCase(db, takedown(c.caseId, c.version), c.actor, now)).rejects.toThrow();
    expect(await db.select().from(decisions)).toEqual([]);
    expect(await db.select().from(strikes)).toEqual([]);
    const [listing] = await db.select().from(listings).where(eq(listings.id, c.listingId));
    expect(listing?.status).toBe("active");
    const [row] = await db.select().from(cases).where(eq(cases.id, c.caseId));
    expect(row).toMatchObject({ state: "open", claimedBy: c.mod.id, version: c.version });
    const decided = await db.select().from(auditEvents).where(eq(auditEvents.action, "case.decided"));
    expect(decided).toEqual([]);
  });

  it("refuses a stale version with the other decision", async () => {
    const { db } = database;
    const c = await setup();
    const first = await decideCase(db, { caseId: c.caseId, version: c.version, kind: "clear", clearReason: "cleared_local_preloved" }, c.actor, now);
    expect(isDomainError(first)).toBe(false);
    const other = await insertUser(db, "senior_moderator");
    const stale = await decideCase(db, takedown(c.caseId, c.version), { id: other.id, role: "senior_moderator" }, later(1));
    expect(isDomainError(stale) && stale.code).toBe("conflict");
    expect(isDomainError(stale) && stale.params).toMatchObject({ kind: "clear", author: c.mod.name, policy: "cleared_local_preloved" });
    expect(await db.select().from(decisions)).toHaveLength(1);
    expect(await db.select().from(strikes)).toEqual([]);
  });

  it("refuses a moderator who does not hold the claim", async () => {
    const { db } = database;
    const c = await setup();
    const other = await insertUser(db, "moderator");
    const refused = await decideCase(db, takedown(c.caseId, c.version), { id: other.id, role: "moderator" }, later(1));
    expect(isDomainError(refused) && refused.code).toBe("claimed_by_other");
    const unclaimed = await makeCase(db, {}, now);
    const notHeld = await decideCase(db, takedown(unclaimed.caseId, 1), c.actor, now);
    expect(isDomainError(notHeld) && notHeld.code).toBe("not_claimed");
    expect(await db.select().from(decisions)).toEqual([]);
  });

  it("counts points only until they expire", async () => {
    const { db } = database;
    const seller = await insertSeller(db, "tokopedia");
    const first = await setup({ sellerId: seller.id });
    await decideCase(db, takedown(first.caseId, first.version, 12), first.actor, now);
    expect((await sellerHistory(db, seller.id, addDays(now, 89))).activePoints).toBe(12);
    expect((await sellerHistory(db, seller.id, addDays(now, 90))).activePoints).toBe(0);

    // A takedown after the first points expired starts from zero on the ladder.
    const second = await makeCase(db, { sellerId: seller.id }, now);
    const at = addDays(now, 91);
    const claimed = await claimCase(db, second.caseId, first.actor, at);
    if (isDomainError(claimed)) throw claimed;
    const retail = { ...takedown(second.caseId, claimed.version, 6), policyCode: "imported_used_clothing_retail" } as DecisionInput;
    const result = await decideCase(db, retail, first.actor, at);
    expect(!isDomainError(result) && result.activePoints).toBe(6);
    expect(!isDomainError(result) && result.ladderWarningSent).toBe(false);
    const detail = await getCaseDetail(db, second.caseId, at);
    expect(detail?.seller.activePoints).toBe(6);
    expect(detail?.seller.strikes.map((s) => s.points)).toEqual([6]);
  });

  it("asks the seller for information and returns the case when the deadline passes", async () => {
    const { db } = database;
    const c = await setup();
    const deadline = later(3 * 24 * 60);
    const result = await decideCase(
      db,
      { caseId: c.caseId, version: c.version, kind: "request_info", sellerMessage: "Kirim nota pembelian.", infoDeadline: deadline },
      c.actor,
      now,
    );
    expect(!isDomainError(result) && result.state).toBe("awaiting_seller");
    const [note] = await db.select().from(notifications).where(eq(notifications.caseId, c.caseId));
    expect(note?.kind).toBe("request_info");
    expect(await returnExpiredInfoRequests(db, later(60))).toEqual([]);
    expect(await returnExpiredInfoRequests(db, later(3 * 24 * 60 + 1))).toEqual([c.caseId]);
    const [row] = await db.select().from(cases).where(eq(cases.id, c.caseId));
    expect(row).toMatchObject({ state: "open", awaitingUntil: null, version: c.version + 2 });
  });

  it("reopens the case when the seller answers", async () => {
    const { db } = database;
    const c = await setup();
    await decideCase(db, { caseId: c.caseId, version: c.version, kind: "request_info", sellerMessage: "Kirim nota.", infoDeadline: later(600) }, c.actor, now);
    const sellerUser = await insertUser(db, "seller");
    expect(await markSellerAnswered(db, c.caseId, { kind: "user", id: sellerUser.id, role: "seller" }, later(5))).toBeNull();
    const [row] = await db.select().from(cases).where(eq(cases.id, c.caseId));
    expect(row?.state).toBe("open");
    const again = await markSellerAnswered(db, c.caseId, { kind: "system" }, later(6));
    expect(again?.code).toBe("not_awaiting");
  });
});

describe("decideCasesInBulk", () => {
  it("decides each case of one seller and reports failures per case", async () => {
    const { db } = database;
    const seller = await insertSeller(db, "tokopedia");
    const mod = await insertUser(db, "moderator");
    const other = await insertUser(db, "moderator");
    const a = await makeCase(db, { sellerId: seller.id }, now);
    const b = await makeCase(db, { sellerId: seller.id }, now);
    const held = await makeCase(db, { sellerId: seller.id }, now);
    await claimCase(db, held.caseId, { id: other.id, role: "moderator" }, now);
    const outcomes = await decideCasesInBulk(
      db,
      { caseIds: [a.caseId, held.caseId, b.caseId], kind: "clear", clearReason: "cleared_personal_item" },
      { id: mod.id, role: "moderator" },
      later(1),
    );
    if (isDomainError(outcomes)) throw outcomes;
    expect(outcomes.map((o) => [o.caseId, o.ok])).toEqual([
      [a.caseId, true],
      [held.caseId, false],
      [b.caseId, true],
    ]);
    const failed = outcomes[1];
    expect(failed && !failed.ok && failed.error.code).toBe("claimed_by_other");
    expect(await db.select().from(decisions)).toHaveLength(2);
  });

  it("refuses cases of different sellers", async () => {
    const { db } = database;
    const mod = await insertUser(db, "moderator");
    const a = await makeCase(db, {}, now);
    const b = await makeCase(db, {}, now);
    const r = await decideCasesInBulk(db, { caseIds: [a.caseId, b.caseId], kind: "clear", clearReason: "cleared_jastip" }, { id: mod.id, role: "moderator" }, now);
    expect(isDomainError(r) && r.code).toBe("bulk_mixed_sellers");
    expect(await db.select().from(decisions)).toEqual([]);
  });
});

describe("getCaseDetail", () => {
  it("gathers the listing, flags, seller context and timeline", async () => {
    const { db } = database;
    const seller = await insertSeller(db, "tokopedia");
    const earlier = await setup({ sellerId: seller.id });
    await decideCase(db, takedown(earlier.caseId, earlier.version, 12), earlier.actor, now);
    const c = await setup({ sellerId: seller.id });
    await makeCase(db, { sellerId: seller.id }, now);
    const detail = await getCaseDetail(db, c.caseId, later(1));
    expect(detail).not.toBeNull();
    expect(detail?.flags.map((f) => f.source)).toEqual(["ministry_directive", "keyword_rule"]);
    expect(detail?.case.reviewer?.id).toBe(c.mod.id);
    expect(detail?.seller.activePoints).toBe(12);
    expect(detail?.seller.priorDecisions.map((d) => d.kind)).toEqual(["takedown"]);
    expect(detail?.seller.otherOpenCases).toHaveLength(1);
    expect(detail?.timeline.map((t) => t.action)).toEqual(["ministry_directive", "keyword_rule", "case.claimed"]);
    expect(await getCaseDetail(db, "00000000-0000-4000-8000-000000000000", now)).toBeNull();
  });
});
