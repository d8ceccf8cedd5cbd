// Two moderators deciding cases of the same shop at the same moment. Each takedown recomputes the
// priority of the shop's other open cases, including the case the other moderator is deciding;
// waiting for it would deadlock (each holds its own case and wants the other's). Cases locked by
// another transaction are skipped instead. On PGlite (one connection) the two run one after the
// other; on PostgreSQL they overlap.
import { eq, inArray } from "drizzle-orm";
import { afterEach, beforeEach, expect, it } from "vitest";
import { isDomainError } from "@/lib/moderation";
import type { DecisionInput } from "@/lib/validation/decision";
import { makeCase } from "../test-case-fixtures";
import { insertPlatform, insertSeller, insertUser } from "../test-fixtures";
import { cases, decisions } from "../schema";
import { createTestDatabase, type TestDatabase } from "../testing";
import { claimCase } from "./claims";
import { decideCase } from "./decide";

let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase();
  await insertPlatform(database.db, "tokopedia");
});
afterEach(async () => {
  await database.close();
});

const now = new Date("2026-01-10T08:00:00Z");

const takedown = (caseId: string, version: number): DecisionInput => ({
  caseId,
  version,
  kind: "takedown",
  policyCode: "imported_used_clothing_bulk",
  points: 24,
  facts: "Judul memuat \"balpres\"; stok 400.",
});

it("decides two cases of one shop concurrently, and still updates the shop's other open cases", async () => {
  const { db } = database;
  const seller = await insertSeller(db, "tokopedia");
  const made: Awaited<ReturnType<typeof makeCase>>[] = [];
  for (let i = 0; i < 6; i++) made.push(await makeCase(db, { sellerId: seller.id, sources: ["ministry_directive"], priority: 1 }, now));
  const mods = [await insertUser(db, "moderator"), await insertUser(db, "moderator")];
  const claims = await Promise.all(
    mods.map(async (m, i) => {
      const claimed = await claimCase(db, made[i]!.caseId, { id: m.id, role: "moderator" }, now);
      if (isDomainError(claimed)) throw claimed;
      return { caseId: made[i]!.caseId, version: claimed.version, actor: { id: m.id, role: "moderator" as const } };
    }),
  );
  for (let round = 0; round < 3; round++) {
    const results = await Promise.all(
      claims.map(async (c) => {
        if (round > 0) {
          // The next case of the shop for the same moderator.
          const next = made[2 + claims.indexOf(c) * 2 + round - 1]!;
          const claimed = await claimCase(db, next.caseId, c.actor, now);
          if (isDomainError(claimed)) throw claimed;
          c.caseId = next.caseId;
          c.version = claimed.version;
        }
        return decideCase(db, takedown(c.caseId, c.version), c.actor, now);
      }),
    );
    for (const r of results) expect(isDomainError(r) ? r.code : "ok").toBe("ok");
  }
  const decided = await db.select({ caseId: decisions.caseId }).from(decisions).where(inArray(decisions.caseId, made.map((m) => m.caseId)));
  expect(decided).toHaveLength(6);
  // Every case went through at least one recompute with the shop's takedown history.
  const [row] = await db.select({ terms: cases.priorityTerms }).from(cases).where(eq(cases.id, made[5]!.caseId));
  expect(JSON.stringify(row?.terms)).toContain("history.prior_takedowns");
});
