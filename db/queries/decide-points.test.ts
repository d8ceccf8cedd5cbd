// Takedown points on the case's platform ladder: the action reads the ladder (ladderOfCases),
// validates the form with it, and decideCase holds the same bounds inside its transaction.
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isDomainError, ladderTop, reachedStep, type Ladder } from "@/lib/moderation";
import { parseBulkDecision, parseDecision, type DecisionInput } from "@/lib/validation/decision";
import { makeCase } from "../test-case-fixtures";
import { insertPlatform, insertSeller, insertUser } from "../test-fixtures";
import { decisions, strikes } from "../schema";
import { createTestDatabase, type TestDatabase } from "../testing";
import { decideCasesInBulk, ladderOfCases } from "./bulk-decide";
import { claimCase } from "./claims";
import { decideCase } from "./decide";

let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase();
  await insertPlatform(database.db, "shopee"); // ladder 6/9/12/15, margin 2
  await insertPlatform(database.db, "tokopedia"); // ladder 12/24/36/48
});
afterEach(async () => {
  await database.close();
});

const now = new Date("2026-01-10T08:00:00Z");
const form = (caseId: string, version: number, extra: Record<string, unknown> = {}) => ({
  caseId,
  version: String(version),
  kind: "takedown",
  policyCode: "imported_used_clothing_bulk",
  facts: "Judul memuat \"balpres\"; stok 400.",
  ...extra,
});

async function claimedCase(platformId: string) {
  const { db } = database;
  const mod = await insertUser(db, "moderator");
  const c = await makeCase(db, { platformId }, now);
  const actor = { id: mod.id, role: "moderator" as const };
  const claimed = await claimCase(db, c.caseId, actor, now);
  if (isDomainError(claimed)) throw claimed;
  return { ...c, actor, version: claimed.version };
}

async function ladderOf(caseId: string): Promise<Ladder> {
  const ladder = await ladderOfCases(database.db, [caseId]);
  if (isDomainError(ladder)) throw ladder;
  return ladder;
}

describe("a Shopee takedown", () => {
  it("takes the policy's default on Shopee's ladder without a reason, and lands within the ladder", async () => {
    const { db } = database;
    const c = await claimedCase("shopee");
    const ladder = await ladderOf(c.caseId);
    expect(ladderTop(ladder)).toBe(15);
    const parsed = parseDecision(form(c.caseId, c.version, { points: "8" }), now, ladder);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
    const result = await decideCase(db, parsed.data, c.actor, now);
    if (isDomainError(result)) throw result;
    expect(result).toMatchObject({ points: 8, activePoints: 8, ladderWarningSent: true });
    // 8 points reach Shopee's first step (6), not the top (15).
    expect(result.recommendation?.step).toMatchObject({ points: 6, action: "restrict_listings" });
    expect(reachedStep(ladder, result.activePoints)?.points).toBeLessThan(15);
    const [decision] = await db.select().from(decisions).where(eq(decisions.caseId, c.caseId));
    expect(decision).toMatchObject({ points: 8, pointsAdjustmentReason: null });
    const [strike] = await db.select().from(strikes).where(eq(strikes.sellerId, c.sellerId));
    expect(strike?.points).toBe(8);
  });

  it("refuses the 48-point scale's default, in the form and in the transaction", async () => {
    const { db } = database;
    const c = await claimedCase("shopee");
    const ladder = await ladderOf(c.caseId);
    const parsed = parseDecision(form(c.caseId, c.version, { points: "24", pointsReason: "bale seller" }), now, ladder);
    expect(parsed.ok ? null : parsed.fieldErrors.points).toEqual({ key: "pointsOutOfBounds", params: { min: 4, max: 15 } });

    // Input validated on another ladder (or before the ladder was edited) is still refused.
    const input = { ...form(c.caseId, c.version), version: c.version, points: 24 } as DecisionInput;
    const refused = await decideCase(db, input, c.actor, now);
    expect(isDomainError(refused) && [refused.code, refused.params]).toEqual(["points_out_of_bounds", { min: 4, max: 15 }]);
    expect(await db.select().from(decisions)).toEqual([]);
    expect(await db.select().from(strikes)).toEqual([]);
  });

  it("keeps the policy's own points on a 48-point ladder", async () => {
    const c = await claimedCase("tokopedia");
    const ladder = await ladderOf(c.caseId);
    expect(parseDecision(form(c.caseId, c.version, { points: "24" }), now, ladder).ok).toBe(true);
    const result = await decideCase(database.db, { ...form(c.caseId, c.version), version: c.version, points: 24 } as DecisionInput, c.actor, now);
    expect(!isDomainError(result) && result.points).toBe(24);
  });

  it("decides a bulk takedown of one Shopee seller on Shopee's ladder", async () => {
    const { db } = database;
    const seller = await insertSeller(db, "shopee");
    const mod = await insertUser(db, "moderator");
    const a = await makeCase(db, { platformId: "shopee", sellerId: seller.id }, now);
    const b = await makeCase(db, { platformId: "shopee", sellerId: seller.id }, now);
    const ladder = await ladderOfCases(db, [a.caseId, b.caseId]);
    if (isDomainError(ladder)) throw ladder;
    const parsed = parseBulkDecision({ ...form(a.caseId, 1), caseIds: [a.caseId, b.caseId], points: 4, policyCode: "circumvention" }, now, ladder);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
    const outcomes = await decideCasesInBulk(db, parsed.data, { id: mod.id, role: "moderator" }, now);
    if (isDomainError(outcomes)) throw outcomes;
    expect(outcomes.map((o) => o.ok && o.result.points)).toEqual([4, 4]);
    expect((await db.select().from(strikes)).map((s) => s.points)).toEqual([4, 4]);
  });
});

describe("ladderOfCases", () => {
  it("refuses unknown ids and cases on different platforms", async () => {
    const { db } = database;
    const shopee = await makeCase(db, { platformId: "shopee" }, now);
    const tokopedia = await makeCase(db, { platformId: "tokopedia" }, now);
    const code = async (ids: unknown[]) => {
      const r = await ladderOfCases(db, ids);
      return isDomainError(r) ? r.code : ladderTop(r);
    };
    expect(await code([shopee.caseId, shopee.caseId])).toBe(15);
    expect(await code([tokopedia.caseId])).toBe(48);
    expect(await code([shopee.caseId, tokopedia.caseId])).toBe("bulk_mixed_sellers");
    expect(await code(["00000000-0000-4000-8000-000000000000"])).toBe("not_found");
    expect(await code(["1 OR 1=1"])).toBe("not_found");
    expect(await code([undefined])).toBe("not_found");
    expect(await code([])).toBe("not_found");
  });
});
