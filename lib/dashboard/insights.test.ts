import { describe, expect, it } from "vitest";
import { buildDashboard } from "./build";
import { leastPreciseSource, mikroImpact, takedownLeader } from "./insights";
import type { DashboardFacts } from "./types";

const facts = (over: Partial<DashboardFacts>): DashboardFacts => ({
  platforms: [
    { id: "shopee", name: "Shopee", caseSlaHours: 48, appealSlaHours: 72 },
    { id: "tokopedia", name: "Tokopedia", caseSlaHours: 48, appealSlaHours: 72 },
  ],
  takedownsByDay: [],
  outcomes: [],
  accountActions: [],
  escalations: [],
  appealsFiled: [],
  appealsDecided: [],
  durations: [],
  caseEventsBefore: [],
  caseEventsByDay: [],
  tierFlags: [],
  tierTakedowns: [],
  tierActions: [],
  sourceOutcomes: [],
  backlogNow: 0,
  overdueNow: 0,
  ...over,
});
const filters = { range: "7" as const, from: "2026-11-01", to: "2026-11-07", platformId: null };

describe("dashboard findings", () => {
  it("names the platform that takes down most", () => {
    const view = buildDashboard(
      facts({ takedownsByDay: [{ day: "2026-11-02", platformId: "shopee", n: 3 }, { day: "2026-11-03", platformId: "tokopedia", n: 1 }, { day: "2026-11-04", platformId: "shopee", n: 2 }] }),
      filters,
    );
    expect(takedownLeader(view)).toEqual({ name: "Shopee", n: 5, total: 6, share: 83.3 });
    expect(takedownLeader(buildDashboard(facts({}), filters))).toBeNull();
  });

  it("says whether mikro sellers are hit harder than their share of flags (±2 points is proportionate)", () => {
    const impact = (flags: number, takedowns: number) =>
      mikroImpact(
        buildDashboard(
          facts({ tierFlags: [{ tier: "mikro", n: flags }, { tier: "kecil", n: 100 - flags }], tierTakedowns: [{ tier: "mikro", n: takedowns }, { tier: "kecil", n: 100 - takedowns }] }),
          filters,
        ),
      );
    expect(impact(50, 60)).toEqual({ flags: 50, takedowns: 60, accountActions: null, verdict: "harder" });
    expect(impact(50, 51)?.verdict).toBe("proportionate");
    expect(impact(50, 40)?.verdict).toBe("lighter");
  });

  it("finds the flag source whose cases most often end cleared or reversed", () => {
    const view = buildDashboard(
      facts({
        sourceOutcomes: [
          { source: "keyword_rule", outcome: "cleared", n: 3 },
          { source: "keyword_rule", outcome: "reversed", n: 1 },
          { source: "keyword_rule", outcome: "actioned", n: 4 },
          { source: "ministry_directive", outcome: "actioned", n: 9 },
          { source: "ministry_directive", outcome: "cleared", n: 1 },
        ],
      }),
      filters,
    );
    expect(leastPreciseSource(view)).toEqual({ source: "keyword_rule", share: 50, resolved: 8 });
  });
});
