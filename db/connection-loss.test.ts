// The PostgreSQL client when its session dies (a database restart, a failover, a terminated
// backend), as db/open.ts configures it, with postgres.js patched by scripts/patch-postgres.mjs.
// Unpatched, each of these hangs, crashes the process or commits half a transaction. One
// connection in the pool, so the dead one is the one reused. PostgreSQL only (PGlite has no
// sessions to kill).
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "./open";
import { rawRows } from "./queries/rollups";
import { createTestDatabase, type TestDatabase } from "./testing";

const within = <T>(p: Promise<T>, ms = 15_000): Promise<T> =>
  Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms: the pool is stuck`)), ms))]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.runIf(process.env.DATABASE_URL)("losing the database session", () => {
  let test: TestDatabase;
  let app: Database;
  let killer: postgres.Sql;

  beforeAll(async () => {
    test = await createTestDatabase();
    await test.db.execute(sql`create table connection_loss (n int primary key)`);
    const size = process.env.DATABASE_POOL_SIZE;
    process.env.DATABASE_POOL_SIZE = "1";
    app = await openDatabase(test.url!);
    if (size === undefined) delete process.env.DATABASE_POOL_SIZE;
    else process.env.DATABASE_POOL_SIZE = size;
    killer = postgres(test.url!, { max: 1, onnotice: () => {} });
  });

  afterAll(async () => {
    await app?.close();
    await killer?.end();
    await test?.close();
  });

  const pid = async (db: Database["db"]) => (await rawRows<{ pid: number }>(db, sql`select pg_backend_pid() as pid`))[0]!.pid;
  const terminate = async (target: number) => {
    await killer`select pg_terminate_backend(${target})`;
    await sleep(300); // the client sees the socket close
  };
  const rows = async () => (await rawRows<{ n: number }>(test.db, sql`select n from connection_loss order by n`)).map((r) => r.n);

  it("a query whose session is killed fails, and the next one works on a new session", async () => {
    const before = await pid(app.db);
    const slow = app.db.execute(sql`select pg_sleep(5)`).then(
      () => "answered",
      () => "failed",
    );
    await sleep(300);
    await terminate(before);
    expect(await within(slow)).toBe("failed");
    const after = await within(pid(app.db));
    expect(after).not.toBe(before);
  });

  it("a transaction whose session dies between statements fails and writes nothing", async () => {
    const tx = app.db.transaction(async (t) => {
      await t.execute(sql`insert into connection_loss values (1)`);
      await terminate(await pid(t));
      await t.execute(sql`insert into connection_loss values (2)`);
    });
    await expect(within(tx)).rejects.toThrow();
    expect(await within(app.db.execute(sql`select 1`))).toBeTruthy();
    await sleep(300);
    expect(await within(rows())).toEqual([]);
  });

  it("its later statements never run on the reconnected session (no half-applied transaction)", async () => {
    let resume!: () => void;
    const resumed = new Promise<void>((r) => (resume = r));
    const killed = new Promise<void>((ready) => {
      void app.db
        .transaction(async (t) => {
          await t.execute(sql`insert into connection_loss values (10)`);
          await terminate(await pid(t));
          ready();
          await resumed; // meanwhile the pool reconnects the same connection for someone else
          await t.execute(sql`insert into connection_loss values (11)`);
          await t.execute(sql`insert into connection_loss values (12)`);
        })
        .catch(() => {});
    });
    await within(killed);
    await within(app.db.execute(sql`select 1`));
    resume();
    await sleep(500);
    expect(await within(rows())).toEqual([]);
    expect(await within(app.db.execute(sql`select 1`))).toBeTruthy();
  });
});
