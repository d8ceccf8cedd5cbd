// Query plans on a non-trivial data set: 50,000 listings on PostgreSQL (10,000 sellers, 75,000
// flags, ~16,000 cases, 15,000 decisions), 30,000 on PGlite, from the scale generator, vacuumed
// and analyzed. The hot read paths
// (queue in every sort and filter, review next, case page and seller panel, seller portal,
// dashboard) must not read listings, flags, cases or decisions with a sequential scan: at a
// million listings that is the difference between a millisecond and a second. Runs on PGlite and
// on PostgreSQL alike.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEFAULT_QUEUE_FILTERS } from "@/lib/validation/queue";
import { captureQueries, explain, outline, seqScannedTables } from "./scale/explain";
import { rawRows } from "./queries/rollups";
import { generateScale } from "./scale/generate";
import { catalogContext, queryCatalog, type CatalogContext } from "./scale/query-catalog";
import { createTestDatabase, type TestDatabase } from "./testing";

const BIG_TABLES = ["listings", "flags", "cases", "decisions"];
// PostgreSQL (CI) loads 50,000 listings in about 15 s; the embedded PGlite is slower, so a local
// `npm test` uses 30,000, which already gives the planner tables where a wrong index shows.
const LISTINGS = process.env.DATABASE_URL ? 50_000 : 30_000;
const NOW = new Date("2026-03-02T05:00:00.000Z");

let database: TestDatabase;
let ctx: CatalogContext;

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.transaction((tx) => generateScale(tx, { listings: LISTINGS, now: NOW, passwordHash: "not-a-login", analyze: false }));
  await database.db.execute(sql.raw("VACUUM (ANALYZE)"));
  ctx = await catalogContext(database.db, NOW);
}, 240_000);

afterAll(async () => {
  await database?.close();
});

// The names are known without a database; each test runs its entry against the loaded one.
const PLACEHOLDER: CatalogContext = { now: NOW, moderatorId: "", sellerUserId: "", sellerId: "", caseId: "", deepFilters: DEFAULT_QUEUE_FILTERS };
const NAMES = queryCatalog(PLACEHOLDER).map((e) => e.name);

describe(`query plans with ${LISTINGS.toLocaleString("en-US")} listings`, () => {
  test("the data set is the scale generator's", async () => {
    const [counts] = await rawRows<{ listings: number; flags: number; open: number; decisions: number }>(
      database.db,
      sql`select (select count(*) from listings)::int as listings, (select count(*) from flags)::int as flags,
                 (select count(*) from cases where state = 'open')::int as open, (select count(*) from decisions)::int as decisions`,
    );
    expect(counts).toMatchObject({ listings: LISTINGS, flags: LISTINGS * 1.5, open: LISTINGS * 0.03, decisions: LISTINGS * 0.3 });
  });

  test.each(NAMES)("%s: no sequential scan on listings, flags, cases or decisions", async (name) => {
    const entry = queryCatalog(ctx).find((e) => e.name === name)!;
    const statements = (await captureQueries(database, entry.run)).filter((q) => /^\s*(select|with|update|insert|delete)/i.test(q.sql));
    expect(statements.length, "the query function ran SQL").toBeGreaterThan(0);
    for (const statement of statements) {
      const plan = await explain(database, statement);
      const scanned = seqScannedTables(plan).filter((t) => BIG_TABLES.includes(t));
      expect(scanned, `${statement.sql}\n${outline(plan)}`).toEqual([]);
    }
  });
});
