import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bucketMidpointSeconds, durationBucket, secondsToHours } from "@/lib/dashboard/histogram";
import { transparencyCsv, type TransparencyReport } from "@/lib/dashboard/transparency";
import { createTestDatabase, type TestDatabase } from "../testing";
import { listPlatforms } from "./dashboard";
import { seedDashboardFixture } from "./dashboard/test-fixture";
import { getTransparencyReport } from "./transparency";

// Shopee in the dashboard fixture, 1–7 November 2026, counted by hand.
let database: TestDatabase;
let report: TransparencyReport;
const reported = (h: number) => secondsToHours(bucketMidpointSeconds(durationBucket(h * 3600)));

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDashboardFixture(database.db);
  const shopee = (await listPlatforms(database.db)).find((p) => p.id === "shopee")!;
  report = await getTransparencyReport(database.db, shopee, "2026-11-01", "2026-11-07");
});
afterAll(async () => {
  await database.close();
});

describe("transparency report", () => {
  it("counts flags, decisions, actions and appeals for one platform", () => {
    expect(report.totals).toEqual({ flags: 5, decisions: 3, takedowns: 1, reversed: 0, accountActions: 1, appealsFiled: 3, appealsDecided: 2, appealsWon: 1 });
    expect(report.flagsBySource.filter((r) => r.n > 0)).toEqual([
      { source: "trusted_flagger", n: 1 },
      { source: "keyword_rule", n: 4 },
    ]);
    expect(report.decisionsByOutcome.filter((r) => r.n > 0)).toEqual([
      { outcome: "takedown", n: 1, reversed: 0 },
      { outcome: "warn", n: 1, reversed: 0 },
      { outcome: "cleared_personal_item", n: 1, reversed: 0 },
    ]);
    expect(report.decisionsByPolicy.filter((r) => r.takedowns + r.warnings > 0)).toEqual([
      { policy: "imported_used_clothing_bulk", takedowns: 1, warnings: 0, reversed: 0 },
      { policy: "misleading_listing", takedowns: 0, warnings: 1, reversed: 0 },
    ]);
    expect(report.accountActions).toEqual([
      { kind: "restrict_listings", n: 1 },
      { kind: "suspend", n: 0 },
      { kind: "block", n: 0 },
    ]);
    expect(report.escalations).toEqual({ approved: 1, rejected: 1, overrides: 0 });
    expect(report.appeals).toEqual([
      { subject: "decision", filed: 2, decided: 1, granted: 0, partial: 0, denied: 1, grantRate: 0 },
      { subject: "account_action", filed: 1, decided: 1, granted: 0, partial: 1, denied: 0, grantRate: 100 },
    ]);
  });

  it("reports handling times and the tier split", () => {
    expect(report.handling).toEqual({
      decisionMedian: reported(20),
      decisionP90: reported(30),
      decisionSla: 24,
      appealMedian: reported(6),
      appealP90: reported(24),
      appealSla: 48,
    });
    expect(report.tiers).toEqual([
      { tier: "mikro", flags: 4, takedowns: 1, accountActions: 0, flagShare: 80, takedownShare: 100, actionShare: 0 },
      { tier: "kecil", flags: 0, takedowns: 0, accountActions: 0, flagShare: 0, takedownShare: 0, actionShare: 0 },
      { tier: "menengah", flags: 1, takedowns: 0, accountActions: 1, flagShare: 20, takedownShare: 0, actionShare: 100 },
      { tier: "besar", flags: 0, takedowns: 0, accountActions: 0, flagShare: 0, takedownShare: 0, actionShare: 0 },
    ]);
  });

  it("downloads as one CSV line per number", () => {
    const csv = transparencyCsv(report);
    expect(csv.split("\r\n")[0]).toBe("section,item,measure,value");
    expect(csv).toContain("flags_by_source,keyword_rule,flags,4\r\n");
    expect(csv).toContain("appeals,account_action,grantRate,100\r\n");
  });
});
