// An ingest batch (POST /api/v1/flags, 1,000 flags, a platform API key) killed mid-request, three
// ways: the client drops the socket halfway through the upload; the client drops it once the
// server has the body and is working; PostgreSQL is crashed (pg_ctl stop -m immediate) while the
// batch's transaction is open. Every time the batch's flags, listings and sellers must be all
// there or all absent, at every moment they are looked at.
import { request as httpRequest } from "node:http";
import { sql } from "drizzle-orm";
import type { Database } from "../../db/open";
import { rawRows } from "../../db/queries/rollups";
import { sleep } from "./http";
import type { PgCluster } from "./pg-cluster";
import { soakFlag } from "./setup";

export const KILL_BATCH = 1000;

export interface KillResult {
  scenario: string;
  /** What the batch left: "nothing", "everything", or "partial" (a violation). */
  left: "nothing" | "everything" | "partial";
  /** Whether the kill landed while the batch's transaction was open (null: the upload was cut first). */
  midTransaction: boolean | null;
  response: string;
  samples: number;
}

async function stored(db: Database["db"], tag: string) {
  const like = `soak-${tag}-%`;
  const [row] = await rawRows<{ flags: number; listings: number; sellers: number; unfolded: number }>(
    db,
    sql`select (select count(*)::int from flags where source_reference like ${like}) as flags,
               (select count(*)::int from listings where external_id like ${`SOAK-L-${tag}-%`}) as listings,
               (select count(*)::int from sellers where external_id like ${`SOAK-S-${tag}-%`}) as sellers,
               (select count(*)::int from flags where source_reference like ${like} and case_id is null) as unfolded`,
  );
  return row!;
}

/** Samples the batch's rows until the app's connections are idle for a while; each sample must be 0 or N. */
async function settle(db: Database["db"], database: string, tag: string): Promise<{ left: KillResult["left"]; samples: number }> {
  let partial = false;
  let quietSince = performance.now();
  let samples = 0;
  let last = { flags: 0, listings: 0, sellers: 0, unfolded: 0 };
  for (const deadline = performance.now() + 30_000; performance.now() < deadline; samples++) {
    last = await stored(db, tag);
    const all = last.flags === KILL_BATCH && last.listings === KILL_BATCH && last.sellers === KILL_BATCH && last.unfolded === 0;
    const none = last.flags === 0 && last.listings === 0 && last.sellers === 0;
    if (!all && !none) partial = true;
    const [busy] = await rawRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from pg_stat_activity
          where datname = ${database} and pid <> pg_backend_pid() and backend_type = 'client backend' and xact_start is not null`,
    );
    if ((busy?.n ?? 0) > 0) quietSince = performance.now();
    else if (performance.now() - quietSince > 2000) break;
    await sleep(100);
  }
  return { left: partial ? "partial" : last.flags === 0 ? "nothing" : "everything", samples };
}

function body(tag: string): Buffer {
  return Buffer.from(JSON.stringify({ flags: Array.from({ length: KILL_BATCH }, (_, i) => soakFlag(tag, i)) }));
}

/** Posts the body, stopping after `sendBytes`; calls `then` once they are written; resolves with the answer or how it ended. */
function post(url: string, apiKey: string, data: Buffer, sendBytes: number, then: (abort: () => void) => void): Promise<string> {
  return new Promise((resolve) => {
    const req = httpRequest(`${url}/api/v1/flags`, {
      method: "POST",
      headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json", "content-length": String(data.length) },
    });
    req.on("response", (res) => {
      let text = "";
      res.on("data", (d: Buffer) => (text += d.toString()));
      res.on("end", () => resolve(`HTTP ${res.statusCode} ${text.slice(0, 120)}`));
      res.on("error", () => resolve(`HTTP ${res.statusCode}, then the socket closed`));
    });
    req.on("error", (e) => resolve(`no answer (${(e as NodeJS.ErrnoException).code ?? e.message})`));
    req.write(data.subarray(0, sendBytes), () => then(() => req.destroy()));
    if (sendBytes >= data.length) req.end();
  });
}

async function appInTransaction(db: Database["db"], database: string): Promise<boolean> {
  const [row] = await rawRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from pg_stat_activity
        where datname = ${database} and pid <> pg_backend_pid() and backend_type = 'client backend'
          and xact_start is not null and (query ilike '%flags%' or query ilike '%listings%' or query ilike '%sellers%')`,
  );
  return (row?.n ?? 0) > 0;
}

/** Polls until the app has an ingest transaction open (true), or gives up when `done` or after 20 s (false). */
async function waitForTransaction(db: Database["db"], database: string, done: () => boolean = () => false): Promise<boolean> {
  for (const deadline = performance.now() + 20_000; performance.now() < deadline && !done(); ) {
    if (await appInTransaction(db, database)) return true;
    await sleep(5);
  }
  return false;
}

export async function runIngestKills(url: string, apiKey: string, database: Database, dbName: string, cluster: PgCluster, runTag: string): Promise<KillResult[]> {
  const results: KillResult[] = [];
  const db = database.db;

  const uploadTag = `${runTag}-kill-upload`;
  const upload = body(uploadTag);
  const uploadAnswer = await post(url, apiKey, upload, Math.floor(upload.length / 2), (abort) => setTimeout(abort, 200));
  results.push({ scenario: "client drops the socket halfway through the upload", midTransaction: null, response: uploadAnswer, ...(await settle(db, dbName, uploadTag)) });

  const workTag = `${runTag}-kill-working`;
  const work = body(workTag);
  let workMid = false;
  const workAnswer = await post(url, apiKey, work, work.length, (abort) => {
    void waitForTransaction(db, dbName).then((seen) => {
      workMid = seen;
      abort();
    });
  });
  results.push({ scenario: "client drops the socket while the batch's transaction is open", midTransaction: workMid, response: workAnswer, ...(await settle(db, dbName, workTag)) });

  const crashTag = `${runTag}-kill-db`;
  const crash = body(crashTag);
  let midTransaction = false;
  let answered = false;
  const answer = post(url, apiKey, crash, crash.length, () => {}).finally(() => (answered = true));
  midTransaction = await waitForTransaction(db, dbName, () => answered);
  await cluster.stop("immediate");
  const response = await answer;
  await cluster.start();
  results.push({ scenario: "PostgreSQL crashed (stop -m immediate) during the batch", midTransaction, response, ...(await settle(db, dbName, crashTag)) });
  return results;
}
