// npm run seed:scale -- [--listings 1000000] [--reset] [--rollups triggers|rebuild] [--keep-indexes] [--verify-rollups]
// Loads the DESIGN.md scale into the PostgreSQL in DATABASE_URL: the demo seed (so the demo
// accounts can sign in) plus 1,000,000 listings, 200,000 sellers, 1.5M flags, 300,000 decisions
// with strikes and statements, 30,000 appeals, escalations with account actions, and the rollups.
// Set-based SQL in one transaction; see docs/PERFORMANCE.md.
import { sql } from "drizzle-orm";
import { hashPassword } from "@/lib/password";
import { openDatabase } from "../db/open";
import { compactRollups } from "../db/queries/rollups";
import { generateScale, rollupDrift, type StepEvent } from "../db/scale/generate";
import { users } from "../db/schema";
import { DEMO_PASSWORD, seedDemo } from "../db/seed";

interface Args {
  listings: number;
  reset: boolean;
  rollups: "triggers" | "rebuild";
  keepIndexes: boolean;
  verify: boolean;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { listings: 1_000_000, reset: false, rollups: "triggers", keepIndexes: false, verify: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [key, inline] = a.split("=", 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    if (key === "--listings") args.listings = Number(value());
    else if (key === "--rollups") {
      const v = value();
      if (v !== "triggers" && v !== "rebuild") return "--rollups takes triggers or rebuild";
      args.rollups = v;
    } else if (a === "--reset") args.reset = true;
    else if (a === "--keep-indexes") args.keepIndexes = true;
    else if (a === "--verify-rollups") args.verify = true;
    else return `Unknown option: ${a}`;
  }
  if (!Number.isInteger(args.listings) || args.listings < 1000) return "--listings must be an integer of at least 1000";
  return args;
}

const fmt = (n: number) => n.toLocaleString("en-US");
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function progress(started: number) {
  const tty = process.stdout.isTTY;
  let timer: NodeJS.Timeout | null = null;
  const bar = (i: number, total: number) => {
    const width = 20;
    const full = Math.round((i / total) * width);
    return `${"█".repeat(full)}${"░".repeat(width - full)}`;
  };
  return (e: StepEvent) => {
    const head = `[${String(e.index).padStart(2)}/${e.total}] ${bar(e.index - (e.phase === "start" ? 1 : 0), e.total)} ${e.label}`;
    if (e.phase === "start") {
      const stepStart = Date.now();
      if (tty) {
        process.stdout.write(`${head} …`);
        timer = setInterval(() => process.stdout.write(`\r${head} … ${secs(Date.now() - stepStart)} (total ${secs(Date.now() - started)})`), 1000);
      }
      return;
    }
    if (timer) clearInterval(timer);
    timer = null;
    const rows = e.rows !== undefined ? `${fmt(e.rows)} rows, ` : "";
    const line = `${head}: ${rows}${secs(e.ms ?? 0)} (total ${secs(Date.now() - started)})`;
    process.stdout.write(tty ? `\r\x1b[2K${line}\n` : `${line}\n`);
  };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    console.error(`${args}\nUsage: npm run seed:scale -- [--listings 1000000] [--reset] [--rollups triggers|rebuild] [--keep-indexes] [--verify-rollups]`);
    return 2;
  }
  if (!process.env.DATABASE_URL) {
    console.error(
      "seed:scale needs DATABASE_URL: the scale data set is for PostgreSQL, not the embedded PGlite.\n" +
        "  createdb -h 127.0.0.1 -U postgres timbang_scale\n" +
        "  DATABASE_URL=postgres://postgres@127.0.0.1:5432/timbang_scale npm run seed:scale -- --listings 1000000",
    );
    return 1;
  }
  const started = Date.now();
  const database = await openDatabase();
  try {
    const db = database.db;
    if (args.reset) {
      await db.execute(sql.raw("DROP SCHEMA public CASCADE"));
      await db.execute(sql.raw("CREATE SCHEMA public"));
      await db.execute(sql.raw("DROP SCHEMA IF EXISTS drizzle CASCADE"));
      console.log("Dropped and recreated the public schema.");
    }
    await database.migrate();
    const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
    if ((existing?.n ?? 0) > 0) {
      console.error(`The database already has ${existing?.n} users. seed:scale loads into an empty database; pass --reset to start over.`);
      return 1;
    }
    const now = new Date();
    now.setUTCMinutes(0, 0, 0);
    console.log(`Loading ${fmt(args.listings)} listings into ${new URL(process.env.DATABASE_URL).pathname.slice(1)} (now = ${now.toISOString()})`);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await db.transaction((tx) => seedDemo(tx, { now }));
    console.log(`Demo seed loaded (${secs(Date.now() - started)}); the demo accounts sign in with "${DEMO_PASSWORD}".`);

    const sizes = await db.transaction((tx) =>
      generateScale(tx, {
        listings: args.listings,
        now,
        passwordHash,
        deferIndexes: !args.keepIndexes,
        rollups: args.rollups,
        onStep: progress(started),
      }),
    );
    // The triggers wrote the load's rollup deltas under its transaction id; fold them in now.
    const compactStarted = Date.now();
    await compactRollups(db);
    console.log(`rollups compacted: ${secs(Date.now() - compactStarted)} (total ${secs(Date.now() - started)})`);
    // Outside the load's transaction: sets the visibility map (index-only scans) and statistics.
    const vacuumStarted = Date.now();
    await db.execute(sql.raw("VACUUM (ANALYZE)"));
    console.log(`VACUUM (ANALYZE): ${secs(Date.now() - vacuumStarted)} (total ${secs(Date.now() - started)})`);
    const counts = await db.execute(
      sql.raw(`SELECT relname AS t, n_live_tup::bigint AS n FROM pg_stat_user_tables
               WHERE relname IN ('sellers','listings','cases','flags','decisions','strikes','appeals','escalations','account_actions','notifications','users','feed_events')
               ORDER BY relname`),
    );
    console.log(`\nLoaded in ${secs(Date.now() - started)}. Rows (estimates after ANALYZE):`);
    for (const row of counts as unknown as { t: string; n: string }[]) console.log(`  ${row.t.padEnd(16)} ${fmt(Number(row.n)).padStart(11)}`);
    console.log(`  open cases ${fmt(sizes.openCases)}, awaiting seller ${fmt(sizes.awaitingCases)}, resolved ${fmt(sizes.resolvedCases)}`);
    console.log("  Scale accounts: staf1..@scale.timbang.test (staff), penjual<n>@scale.timbang.test (sellers), same password.");
    if (args.verify) {
      // The recount runs in a transaction that is rolled back: the check leaves the rollups as loaded.
      let drift = -1;
      await db
        .transaction(async (tx) => {
          drift = await rollupDrift(tx);
          tx.rollback();
        })
        .catch((e: unknown) => {
          if (drift < 0) throw e;
        });
      console.log(drift === 0 ? "Rollups equal a full recount." : `Rollups differ from a full recount in ${drift} rows.`);
      if (drift !== 0) return 1;
    }
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
