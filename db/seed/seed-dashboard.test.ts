import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDaysIso, jakartaDay, jakartaDayStart, presetRange, type RangePreset } from "@/lib/dashboard/range";
import type { DashboardFilters } from "@/lib/dashboard/types";
import { getDashboard } from "../queries/dashboard";
import { compactRollups, rawRows, rebuildRollups } from "../queries/rollups";
import { createTestDatabase, type TestDatabase } from "../testing";
import { rollupSnapshot } from "../test-rollups";
import { seedDemo } from "./index";

// The demo seed feeds the manager dashboard: its rollups (kept by triggers while the seed inserts
// and updates) equal a full recount, and the numbers the acceptance screenshot relies on exist.
const NOW = new Date("2025-11-28T10:00:00.000Z");
const filters = (preset: RangePreset): DashboardFilters => ({ range: preset, ...presetRange(preset, jakartaDay(NOW)), platformId: null });

describe("the seeded demo's dashboard", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.db.transaction((tx) => seedDemo(tx, { now: NOW }));
  });

  afterAll(async () => {
    await database?.close();
  });

  it("keeps every rollup equal to a full recount, before and after compaction", async () => {
    const { db } = database;
    const maintained = await rollupSnapshot(db);
    expect(maintained.daily_appeal_stats?.some((row) => row.includes('"outcome":"granted"'))).toBe(true);
    expect(maintained.daily_account_action_stats?.length).toBeGreaterThan(0);
    await compactRollups(db);
    expect(await rollupSnapshot(db)).toEqual(maintained);
    await rebuildRollups(db);
    expect(await rollupSnapshot(db)).toEqual(maintained);

    const [totals] = await rawRows<Record<string, number>>(
      db,
      sql`select
        (select coalesce(sum(decisions), 0)::int from daily_decision_stats) as decisions_rollup, (select count(*)::int from decisions) as decisions_raw,
        (select coalesce(sum(reversed), 0)::int from daily_decision_stats) as reversed_rollup, (select count(*)::int from decisions where reversed_at is not null) as reversed_raw,
        (select coalesce(sum(appeals), 0)::int from daily_appeal_stats where event = 'decided' and outcome in ('granted', 'partial')) as won_rollup,
        (select count(*)::int from appeals where state in ('granted', 'partial')) as won_raw,
        (select coalesce(sum(actions), 0)::int from daily_account_action_stats) as actions_rollup, (select count(*)::int from account_actions) as actions_raw,
        (select coalesce(sum(lifted), 0)::int from daily_account_action_stats) as lifted_rollup, (select count(*)::int from account_actions where lifted_at is not null) as lifted_raw,
        (select coalesce(sum(escalations), 0)::int from daily_escalation_stats where overridden) as overrides_rollup,
        (select count(*)::int from escalations where state = 'approved' and override_reason is not null) as overrides_raw`,
    );
    expect(totals?.decisions_rollup).toBe(totals?.decisions_raw);
    expect(totals?.reversed_rollup).toBe(totals?.reversed_raw);
    expect(totals?.won_rollup).toBe(totals?.won_raw);
    expect(totals?.actions_rollup).toBe(totals?.actions_raw);
    expect(totals?.lifted_rollup).toBe(totals?.lifted_raw);
    expect(totals?.overrides_rollup).toBe(totals?.overrides_raw);
  });

  it.each(["30", "90"] as const)("shows a grant rate, account actions on three platforms and an override over the last %s days", async (preset) => {
    const { db } = database;
    const view = await getDashboard(db, filters(preset), NOW);
    expect(view.headline.grantRate).not.toBeNull();
    expect(view.headline.grantRate).toBeGreaterThan(10);
    expect(view.headline.grantRate).toBeLessThan(60);
    const withActions = view.accountActions.filter((row) => Number(row.restrict_listings) + Number(row.suspend) + Number(row.block) > 0);
    expect(withActions.length).toBeGreaterThanOrEqual(3);
    expect(view.tierTotals.accountActions).toBeGreaterThan(0);
    expect(view.accountActions.reduce((n, row) => n + Number(row.overrides), 0)).toBeGreaterThanOrEqual(1);

    // The headline's appeal numbers, recounted from the raw appeals of the same Jakarta days.
    const from = jakartaDayStart(view.filters.from);
    const to = jakartaDayStart(addDaysIso(view.filters.to, 1));
    const [raw] = await rawRows<{ decided: number; won: number }>(
      db,
      sql`select count(*)::int as decided, (count(*) filter (where state in ('granted', 'partial')))::int as won
          from appeals where state <> 'pending' and decided_at >= ${from.toISOString()} and decided_at < ${to.toISOString()}`,
    );
    expect(view.headline.appealsDecided).toBe(raw?.decided);
    expect(view.headline.appealsWon).toBe(raw?.won);
  });
});
