import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bucketMidpointSeconds, durationBucket, secondsToHours } from "@/lib/dashboard/histogram";
import type { DashboardFilters, DashboardView } from "@/lib/dashboard/types";
import { createTestDatabase, type TestDatabase } from "../testing";
import { getDashboard } from "./dashboard";
import { seedDashboardFixture, wib } from "./dashboard/test-fixture";
import { rebuildRollups } from "./rollups";

// Every number below is counted by hand from test-fixture.ts (1–7 November 2026, WIB).
let database: TestDatabase;
let all: DashboardView;
let shopee: DashboardView;
const week: DashboardFilters = { range: "custom", from: "2026-11-01", to: "2026-11-07", platformId: null };
const now = wib("2026-11-07 12:00");
/** What the histogram reports for a duration of `h` hours: the midpoint of its bucket. */
const reported = (h: number) => secondsToHours(bucketMidpointSeconds(durationBucket(h * 3600)));

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDashboardFixture(database.db);
  all = await getDashboard(database.db, week, now);
  shopee = await getDashboard(database.db, { ...week, platformId: "shopee" }, now);
});
afterAll(async () => {
  await database.close();
});

describe("dashboard numbers on the fixture", () => {
  it("headline", () => {
    expect(all.headline).toEqual({
      takedowns: 3,
      takedownsReversed: 1,
      clears: 2,
      accountActions: 2,
      appealsFiled: 4,
      appealsDecided: 3,
      appealsWon: 2,
      grantRate: 66.7,
      medianDecisionHours: reported(10),
      backlog: 3,
      overdue: 2,
    });
    expect(reported(10)).toBeGreaterThan(9.5);
    expect(reported(10)).toBeLessThan(10.5);
  });

  it("takedowns per platform per day", () => {
    expect(all.granularity).toBe("day");
    const zero = { shopee: 0, tokopedia: 0 };
    expect(all.takedowns).toEqual([
      { period: "2026-11-01", ...zero },
      { period: "2026-11-02", shopee: 1, tokopedia: 1 },
      { period: "2026-11-03", shopee: 0, tokopedia: 1 },
      { period: "2026-11-04", ...zero },
      { period: "2026-11-05", ...zero },
      { period: "2026-11-06", ...zero },
      { period: "2026-11-07", ...zero },
    ]);
  });

  it("decision outcomes per platform", () => {
    const none = {
      takedown: 0,
      warn: 0,
      request_info: 0,
      cleared_local_preloved: 0,
      cleared_personal_item: 0,
      cleared_jastip: 0,
      cleared_new_goods: 0,
      cleared_insufficient_evidence: 0,
    };
    expect(all.outcomes).toEqual([
      { ...none, platform: "Shopee", takedown: 1, warn: 1, cleared_personal_item: 1 },
      { ...none, platform: "Tokopedia", takedown: 2, request_info: 1, cleared_local_preloved: 1 },
    ]);
  });

  it("account actions by kind and guardrail overrides", () => {
    expect(all.accountActions).toEqual([
      { platform: "Shopee", restrict_listings: 1, suspend: 0, block: 0, approvals: 1, overrides: 0 },
      { platform: "Tokopedia", restrict_listings: 0, suspend: 1, block: 0, approvals: 1, overrides: 1 },
    ]);
  });

  it("appeals filed, decided, won and the grant rate", () => {
    expect(all.appeals).toEqual([
      { platform: "Shopee", filed: 3, decided: 2, won: 1, grantRate: 50 },
      { platform: "Tokopedia", filed: 1, decided: 1, won: 1, grantRate: 100 },
    ]);
  });

  it("time to decision and to appeal outcome, median and p90, against the SLA", () => {
    expect(all.handling).toEqual([
      { platform: "Shopee", decisionMedian: reported(20), decisionP90: reported(30), decisionSla: 24, appealMedian: reported(6), appealP90: reported(24), appealSla: 48 },
      { platform: "Tokopedia", decisionMedian: reported(10), decisionP90: reported(26), decisionSla: 48, appealMedian: reported(30), appealP90: reported(30), appealSla: 72 },
    ]);
  });

  it("backlog per platform and overdue at the end of each day", () => {
    expect(all.backlog).toEqual([
      { day: "2026-11-01", shopee: 1, tokopedia: 2, overdue: 1 },
      { day: "2026-11-02", shopee: 0, tokopedia: 2, overdue: 1 },
      { day: "2026-11-03", shopee: 1, tokopedia: 2, overdue: 1 },
      { day: "2026-11-04", shopee: 1, tokopedia: 2, overdue: 1 },
      { day: "2026-11-05", shopee: 1, tokopedia: 2, overdue: 2 },
      { day: "2026-11-06", shopee: 1, tokopedia: 2, overdue: 2 },
      { day: "2026-11-07", shopee: 1, tokopedia: 2, overdue: 2 },
    ]);
  });

  it("impact by UMKM tier: shares of flags, takedowns and account actions", () => {
    expect(all.tierTotals).toEqual({ flags: 10, takedowns: 3, accountActions: 2 });
    expect(all.tiers).toEqual([
      { tier: "mikro", flags: 70, takedowns: 66.7, accountActions: 50 },
      { tier: "kecil", flags: 20, takedowns: 33.3, accountActions: 0 },
      { tier: "menengah", flags: 10, takedowns: 0, accountActions: 50 },
      { tier: "besar", flags: 0, takedowns: 0, accountActions: 0 },
    ]);
  });

  it("flag source precision: share of resolved cases cleared, reversed on appeal, actioned", () => {
    expect(all.sources).toEqual([
      { source: "ministry_directive", resolved: 1, cleared: 0, reversed: 100, actioned: 0 },
      { source: "trusted_flagger", resolved: 1, cleared: 0, reversed: 0, actioned: 100 },
      { source: "platform_classifier", resolved: 0, cleared: null, reversed: null, actioned: null },
      { source: "keyword_rule", resolved: 4, cleared: 25, reversed: 25, actioned: 50 },
      { source: "user_report", resolved: 1, cleared: 100, reversed: 0, actioned: 0 },
    ]);
  });

  it("narrows every chart to one platform", () => {
    expect(shopee.platforms.map((p) => p.id)).toEqual(["shopee"]);
    expect(shopee.headline).toMatchObject({ takedowns: 1, clears: 1, accountActions: 1, appealsFiled: 3, appealsWon: 1, grantRate: 50, backlog: 1, overdue: 1 });
    expect(shopee.takedowns[1]).toEqual({ period: "2026-11-02", shopee: 1 });
    expect(shopee.backlog.map((r) => r.shopee)).toEqual([1, 0, 1, 1, 1, 1, 1]);
    expect(shopee.tiers[0]).toEqual({ tier: "mikro", flags: 80, takedowns: 100, accountActions: 0 });
  });

  it("gives the same numbers after a full recount of the rollups", async () => {
    await rebuildRollups(database.db);
    expect(await getDashboard(database.db, week, now)).toEqual(all);
  });
});
