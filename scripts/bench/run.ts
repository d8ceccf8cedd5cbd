// npm run bench [-- --only queue,claims,case,decide,dashboard,seller,ingest]
// Measures the built app (`npm run build` first) against the scale database in DATABASE_URL
// (`npm run seed:scale`): starts `next start` on BENCH_PORT (3108) unless BENCH_URL points at a
// running one, prints one table and writes bench/results.json. docs/PERFORMANCE.md explains it.
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { DEFAULT_QUEUE_FILTERS, queueSearch } from "@/lib/validation/queue";
import { openDatabase } from "../../db/open";
import { rawRows } from "../../db/queries/rollups";
import { catalogContext } from "../../db/scale/query-catalog";
import { DEMO_PASSWORD } from "../../db/seed";
import { claimsThroughFloor, claimsThroughHttp, claimsThroughLayer, type ClaimRun } from "./claims";
import { cleanupFixtures, prepareFixtures } from "./fixtures";
import { httpRun, signIn, startApp } from "./http";
import { loop } from "./measure";
import { capturePath, captureClaim, dashboardPath, queuePath, replayPath, runPath, type DataPath } from "./paths";
import { machineInfo, renderTable, type Machine, type Row } from "./report";
import { decisionsThroughLayer, ingestThroughHttp } from "./suites";

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const CONNECTIONS = env("BENCH_CONNECTIONS", 2);
const SECONDS = env("BENCH_SECONDS", 10);
const CLAIM_SECONDS = env("BENCH_CLAIM_SECONDS", 30);
const CLAIMERS = env("BENCH_CLAIMERS", 32);
const onlyArg = process.argv.indexOf("--only");
const ONLY = onlyArg >= 0 ? new Set(process.argv[onlyArg + 1]!.split(",")) : null;
const wants = (suite: string) => !ONLY || ONLY.has(suite);
const log = (message: string) => process.stderr.write(`${message}\n`);

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("npm run bench needs DATABASE_URL (the scale database: npm run seed:scale first).");
    return 1;
  }
  const machine: Machine = { ...machineInfo(), postgres: "", sharedBuffers: "", database: "" };
  const database = await openDatabase(url);
  const db = database.db;
  const [pg] = await rawRows<{ v: string; sb: string; size: string; listings: string }>(
    db,
    sql`select split_part(version(), ' on ', 1) as v, current_setting('shared_buffers') as sb,
               pg_size_pretty(pg_database_size(current_database())) as size, (select count(*) from listings)::text as listings`,
  );
  Object.assign(machine, { postgres: pg!.v, sharedBuffers: pg!.sb, database: `${pg!.size}, ${Number(pg!.listings).toLocaleString("en-US")} listings` });
  log(`Benchmarking against ${machine.database}; pages with ${CONNECTIONS} connections for ${SECONDS} s, claims with ${CLAIMERS} claimers for ${CLAIM_SECONDS} s.`);

  const now = () => new Date();
  const fixtures = await prepareFixtures(db, now());
  const ctx = await catalogContext(db, now());
  const app = await startApp({ DATABASE_URL: url, AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64url") });
  const layerDb = await openDatabase(url); // the app's pool size (DATABASE_POOL_SIZE, 10 by default)
  const raw = postgres(url, { max: Number(process.env.DATABASE_POOL_SIZE ?? 10), onnotice: () => {} });
  const rows: Row[] = [];
  const results: Record<string, unknown> = {};
  try {
    const moderatorCookie = await signIn(app.url, fixtures.pageModerator.email, DEMO_PASSWORD);
    const get = async (name: string, paths: string[], cookie: string) => {
      log(`HTTP ${name} …`);
      const r = await httpRun({ url: app.url, connections: CONNECTIONS, durationS: SECONDS, paths, headers: { cookie } });
      if (r.non2xx || r.errors) throw new Error(`${name}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
      results[name] = r;
      return r;
    };
    const dataPath = async (name: string, path: DataPath) => {
      log(`query layer and floor: ${name} …`);
      const layer = await loop({ concurrency: CONNECTIONS, durationMs: SECONDS * 500, warmup: 3, task: () => runPath(layerDb.db, path) });
      const captured = await capturePath(database, path);
      const floor = await loop({ concurrency: CONNECTIONS, durationMs: SECONDS * 500, warmup: 3, task: () => replayPath(raw, captured) });
      results[`${name} (layer)`] = layer;
      results[`${name} (floor)`] = floor;
      return { layer, floor, statements: captured.flat().reduce((n, s) => n + s.statements.length, 0) };
    };

    if (wants("queue")) {
      const first = await get("queue first page", ["/queue"], moderatorCookie);
      const firstDb = await dataPath("queue first page", queuePath(fixtures.pageModerator.id, DEFAULT_QUEUE_FILTERS, now));
      rows.push({
        name: "queue first page (GET /queue)",
        ...first.latency,
        rate: `${first.perSecond.toFixed(0)} req/s`,
        target: "p95 ≤ 50; app÷floor ≤ 1.5",
        ok: first.latency.p95 <= 50 && first.latency.p95 / firstDb.floor.latency.p95 <= 1.5,
        layerP95: firstDb.layer.latency.p95,
        floorP95: firstDb.floor.latency.p95,
        note: `floor = the page's ${firstDb.statements} statements (session user, info deadlines, overdue priorities, then page, counts and platforms in parallel)`,
      });
      const deepPath = `/queue${queueSearch(ctx.deepFilters)}`;
      const deep = await get("queue deep filtered page", [deepPath], moderatorCookie);
      const deepDb = await dataPath("queue deep filtered page", queuePath(fixtures.pageModerator.id, ctx.deepFilters, now));
      rows.push({
        name: "queue filtered, deep keyset page",
        ...deep.latency,
        rate: `${deep.perSecond.toFixed(0)} req/s`,
        target: "p95 ≤ 50; app÷floor ≤ 1.5",
        ok: deep.latency.p95 <= 50 && deep.latency.p95 / deepDb.floor.latency.p95 <= 1.5,
        layerP95: deepDb.layer.latency.p95,
        floorP95: deepDb.floor.latency.p95,
        note: `${deepPath} (2,000 rows in)`,
      });
    }

    if (wants("claims")) {
      const users = fixtures.moderators.slice(0, CLAIMERS);
      const claimRaw = postgres(url, { max: CLAIMERS, onnotice: () => {} });
      try {
        log("claims through the query layer …");
        const layerPool = postgres(url, { max: CLAIMERS, onnotice: () => {} });
        const { drizzle } = await import("drizzle-orm/postgres-js");
        const schema = await import("../../db/schema");
        const layer = drizzle(layerPool, { schema }) as unknown as typeof db;
        const viaLayer = await claimsThroughLayer(layer, db, users, CLAIM_SECONDS * 1000);
        log("claims through the floor …");
        const template = await captureClaim(database, users[0]!.id, now());
        const viaFloor = await claimsThroughFloor(claimRaw, layer, db, template, users, CLAIM_SECONDS * 1000);
        await layerPool.end({ timeout: 5 });
        log(`signing in ${users.length} moderators …`);
        const cookies: string[] = [];
        for (const u of users) cookies.push(await signIn(app.url, u.email, DEMO_PASSWORD));
        log("claims through HTTP …");
        const viaHttp = await claimsThroughHttp(app.url, cookies, db, users, CLAIM_SECONDS * 1000);
        Object.assign(results, { "claims (layer)": viaLayer, "claims (floor)": viaFloor, "claims (http)": viaHttp });
        const doubles = (r: ClaimRun) => r.doubleClaimsClient + r.doubleClaimsAudit;
        const claimRow = (name: string, r: ClaimRun, extra: Partial<Row>): Row => ({
          name,
          ...r.latency,
          rate: `${r.perSecond.toFixed(0)} claims/s`,
          note: `${r.claims} claims, ${r.empty} empty, ${r.errors} errors${r.firstError ? ` (${r.firstError})` : ""}; handed out twice: ${r.doubleClaimsClient} (refused releases), ${r.doubleClaimsAudit} (audit trail)`,
          ...extra,
        });
        rows.push(
          claimRow(`review next, ${CLAIMERS} claimers (POST /api/queue/claim-next)`, viaHttp, {
            target: "p95 ≤ 20; app÷floor ≤ 1.5; 0 twice",
            ok: viaHttp.latency.p95 <= 20 && viaHttp.latency.p95 / viaFloor.latency.p95 <= 1.5 && doubles(viaHttp) + doubles(viaLayer) + doubles(viaFloor) === 0,
            layerP95: viaLayer.latency.p95,
            floorP95: viaFloor.latency.p95,
          }),
          claimRow(`review next, ${CLAIMERS} claimers (query layer claimNext)`, viaLayer, { target: "0 twice", ok: doubles(viaLayer) === 0, floorP95: viaFloor.latency.p95 }),
          claimRow(`review next, ${CLAIMERS} claimers (floor: same SQL)`, viaFloor, { target: "0 twice", ok: doubles(viaFloor) === 0 }),
        );
      } finally {
        await claimRaw.end({ timeout: 5 });
      }
    }

    if (wants("case")) {
      const r = await get("case page", fixtures.caseIds.map((id) => `/cases/${id}`), moderatorCookie);
      rows.push({ name: "case page server render (GET /cases/[id])", ...r.latency, rate: `${r.perSecond.toFixed(0)} req/s`, target: "p95 ≤ 80", ok: r.latency.p95 <= 80, note: "200 cases, half open, half resolved" });
    }

    if (wants("decide")) {
      log("decision submit through the query layer …");
      const r = await decisionsThroughLayer(layerDb.db, fixtures.moderators.slice(CLAIMERS, CLAIMERS + 4), SECONDS * 1000);
      results["decision submit (layer)"] = r;
      rows.push({
        name: "decision submit (decideCase, 4 moderators)",
        ...r.latency,
        rate: `${r.perSecond.toFixed(0)} decisions/s`,
        note: `${r.latency.n} decisions (40% clear, 20% warn, 40% takedown), ${r.errors} errors${r.firstError ? ` (${r.firstError})` : ""}`,
      });
    }

    if (wants("dashboard")) {
      const managerCookie = await signIn(app.url, fixtures.manager.email, DEMO_PASSWORD);
      const r = await get("dashboard", ["/dashboard?range=90"], managerCookie);
      const d = await dataPath("dashboard", dashboardPath(fixtures.manager.id, now));
      rows.push({
        name: "dashboard, 90 days, all platforms",
        ...r.latency,
        rate: `${r.perSecond.toFixed(0)} req/s`,
        target: "p95 ≤ 100",
        ok: r.latency.p95 <= 100,
        layerP95: d.layer.latency.p95,
        floorP95: d.floor.latency.p95,
        note: `floor = the page's ${d.statements} statements over the rollup tables`,
      });
    }

    if (wants("seller")) {
      const sellerCookie = await signIn(app.url, fixtures.seller.email, DEMO_PASSWORD);
      const r = await get("seller portal", ["/seller"], sellerCookie);
      rows.push({ name: "seller portal overview (GET /seller)", ...r.latency, rate: `${r.perSecond.toFixed(0)} req/s`, note: `${fixtures.seller.email}: the shop with the most cases` });
    }

    if (wants("ingest")) {
      log("ingest …");
      const r = await ingestThroughHttp(app.url, fixtures.apiKeys, fixtures.ingest, SECONDS * 1500);
      results.ingest = r;
      rows.push({
        name: "ingest, 1,000-flag batches, 4 clients",
        ...r.batchLatency,
        rate: `${r.flagsPerSecond.toFixed(0)} flags/s`,
        target: "≥ 5,000 flags/s",
        ok: r.flagsPerSecond >= 5000 && r.errors === 0,
        note: `${r.batches} batches, ${r.accepted} flags accepted, ${r.errors} errors${r.firstError ? ` (${r.firstError})` : ""}; latency is per batch`,
      });
    }
  } finally {
    await cleanupFixtures(db, fixtures, now());
    await app.stop();
    await raw.end({ timeout: 5 });
    await layerDb.close();
    machine.loadAfter = os.loadavg();
    await database.close();
  }
  console.log(renderTable(rows, machine));
  mkdirSync("bench", { recursive: true });
  const config = { CONNECTIONS, SECONDS, CLAIM_SECONDS, CLAIMERS, DATABASE_POOL_SIZE: Number(process.env.DATABASE_POOL_SIZE ?? 10) };
  writeFileSync("bench/results.json", `${JSON.stringify({ at: new Date().toISOString(), machine, config, rows, results }, null, 2)}\n`);
  console.log("\nWritten to bench/results.json.");
  return rows.every((r) => r.ok !== false) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
