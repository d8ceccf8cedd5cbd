// npm run soak            60 s, 40 moderators, 2 instances, two PostgreSQL restarts (fast, then a crash)
// npm run test:soak       the bounded CI run: 15 s, 40 moderators, 2 instances, one restart
// Options: --duration=S --moderators=N --restarts=fast,immediate|none --down=S --no-ingest-kill
// Env: SOAK_PORTS (default 3301,3302), SOAK_PG_PORT (55433), SOAK_PG_BIN. Needs a build in .next/.
// Everything runs on a private PostgreSQL cluster created for the run and deleted after it.
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openDatabase, type Database } from "../../db/open";
import { signIn } from "../bench/http";
import { takedownChoice } from "./decisions";
import { runFeeder, FEED_BATCH, type FeedBatch } from "./feeder";
import { runRestarts, sampleHealth, summarizeHealth, type HealthSample, type Restart } from "./faults";
import { actionIds } from "./http";
import { runIngestKills } from "./ingest-kill";
import { crashLines, SOAK_DIR, startInstances, stopInstances, type Instance } from "./instances";
import { runModerator, type SoakLog } from "./moderator";
import { createCluster, type PgCluster, type StopMode } from "./pg-cluster";
import { printReport, violations, type SoakReport } from "./report";
import { createSoakDatabase, prepareFixtures, seedDemo } from "./setup";
import { checkAudit, checkDecisions, checkFeed, takeMarks } from "./verify";

const args = process.argv.slice(2);
const bounded = args.includes("--bounded");
const option = (name: string, fallback: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback;
const durationS = Number(option("duration", bounded ? "15" : "60"));
const moderatorCount = Number(option("moderators", "40"));
const restartModes = option("restarts", bounded ? "fast" : "fast,immediate")
  .split(",")
  .filter((m): m is StopMode => m === "fast" || m === "immediate");
const downMs = Number(option("down", "5")) * 1000;
const ports = (process.env.SOAK_PORTS ?? "3301,3302").split(",").map(Number);
const pgPort = Number(process.env.SOAK_PG_PORT ?? "55433");
const dbName = bounded ? "timbang_soak_ci" : "timbang_soak_long";
const runTag = `r${Date.now().toString(36)}`;

let cluster: PgCluster | null = null;
let instances: Instance[] = [];
let database: Database | null = null;

async function cleanup(): Promise<void> {
  await database?.close().catch(() => {});
  database = null;
  await stopInstances(instances);
  instances = [];
  await cluster?.destroy();
  cluster = null;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void cleanup().finally(() => process.exit(130)));
}

const started = performance.now();
const step = (text: string) => console.log(`[soak ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${text}`);

async function main(): Promise<number> {
  step(`private PostgreSQL on 127.0.0.1:${pgPort}`);
  cluster = await createCluster(pgPort);
  const url = cluster.url(dbName);
  await createSoakDatabase(cluster.url("postgres"), dbName);
  step(`seeding ${dbName}`);
  seedDemo(url);
  database = await openDatabase(url);
  const fixtures = await prepareFixtures(database, moderatorCount, bounded ? 400 : 1500);
  const takedown = await takedownChoice(database.db);

  step(`starting ${ports.length} instances of the build on ${ports.join(", ")}`);
  instances = await startInstances(ports, { DATABASE_URL: url, AUTH_SECRET: randomBytes(32).toString("base64url"), DATABASE_POOL_SIZE: "10" });
  const urls = instances.map((i) => i.url);
  const decideActionId = actionIds()["app/(staff)/cases/[id]/actions.ts#decideAction"];
  if (!decideActionId) throw new Error("decideAction is not in .next/server/server-reference-manifest.json: rebuild");

  step(`signing in ${moderatorCount} moderators`);
  const cookies: string[] = new Array(moderatorCount);
  for (let i = 0; i < moderatorCount; i += 4) {
    await Promise.all(
      fixtures.moderators.slice(i, i + 4).map(async (m, k) => (cookies[i + k] = await signIn(urls[(i + k) % urls.length]!, m.email, fixtures.password))),
    );
  }
  const proberCookie = await signIn(urls[0]!, fixtures.prober.email, fixtures.password);

  const marks = await takeMarks(database.db);
  const log: SoakLog = { holds: [], submissions: [], requests: [], claimsNotHeld: [], emptyQueue: 0 };
  const health: HealthSample[] = [];
  const restarts: Restart[] = [];
  const feed: FeedBatch[] = [];
  const runStart = performance.now();
  const until = runStart + durationS * 1000;
  const plan = restartModes.map((mode, i) => ({ mode, at: runStart + (durationS * 1000 * (i + 1)) / (restartModes.length + 1) }));
  step(`running ${durationS} s: ${moderatorCount} moderators, restarts at ${plan.map((p) => `${((p.at - runStart) / 1000).toFixed(0)} s (${p.mode})`).join(", ") || "none"}`);
  let moderatorsDone = false;
  const sampler = sampleHealth(urls, () => moderatorsDone, health);
  const ctx = { urls, decideActionId, takedown, until, log };
  const work = Promise.all([
    ...fixtures.moderators.map((m, i) => runModerator(ctx, i, m.id, cookies[i]!)),
    runFeeder(urls, fixtures.apiKey.key, () => ctx.until, runTag, feed),
  ]);
  // However slow the outage (probes on a loaded machine), the moderators work on for a while after it.
  const afterRestartMs = (bounded ? 5 : 10) * 1000;
  await runRestarts(cluster, plan, downMs, { urls, cookie: proberCookie, decideActionId }, restarts, (upAt) => {
    ctx.until = Math.max(ctx.until, upAt + afterRestartMs);
  });
  await work;
  const runEnd = performance.now();
  moderatorsDone = true;
  await sampler;

  step("verifying by SQL");
  const userIds = fixtures.moderators.map((m) => m.id);
  const decisions = await checkDecisions(database.db, marks, log.submissions, userIds);
  const audit = await checkAudit(database.db, marks);
  const feedCheck = await checkFeed(database.db, feed, FEED_BATCH);
  const kills = args.includes("--no-ingest-kill") ? [] : (step("killing ingest batches"), await runIngestKills(urls[0]!, fixtures.apiKey.key, database, dbName, cluster, runTag));

  const report: SoakReport = {
    setup: { instances: urls, moderators: moderatorCount, durationS, restarts: restartModes },
    log,
    decisions,
    audit,
    outage: summarizeHealth(health, restarts, urls),
    restarts,
    runStart,
    runEnd,
    feed: feedCheck,
    kills,
    crashLogLines: instances.flatMap(crashLines),
  };
  const found = violations(report);
  console.log("");
  printReport(report, found);
  mkdirSync(SOAK_DIR, { recursive: true });
  // The full record, times in ms from the start of the run, for looking into a failure.
  const at = (t: number) => Math.round(t - runStart);
  const summary = {
    ...report,
    log: { ...report.log, requests: report.log.requests.map((q) => ({ ...q, t0: at(q.t0), t1: at(q.t1) })) },
    health: health.map((h) => ({ ...h, t0: at(h.t0), t1: at(h.t1) })),
  };
  writeFileSync(path.join(SOAK_DIR, `report-${bounded ? "bounded" : "long"}.json`), JSON.stringify({ ...summary, violations: found }, null, 2));
  return found.length === 0 ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error);
  process.exitCode = 2;
} finally {
  await cleanup();
}
