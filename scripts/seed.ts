// npm run db:seed [-- --reset] [-- --allow-production]
// Applies migrations, then loads the demo data in one transaction. A database that already has
// users is left alone unless --reset is given, which drops and recreates everything first.
import { rmSync } from "node:fs";
import { sql } from "drizzle-orm";
import { embeddedDataDir, openDatabase } from "../db/open";
import { users } from "../db/schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "../db/seed";

const KNOWN_FLAGS = new Set(["--reset", "--allow-production"]);

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => !KNOWN_FLAGS.has(a));
  if (unknown.length > 0) {
    console.error(`Unknown option: ${unknown.join(" ")}. Usage: npm run db:seed [-- --reset] [-- --allow-production]`);
    return 2;
  }
  const reset = args.includes("--reset");
  const allowProduction = args.includes("--allow-production") || process.env.TIMBANG_ALLOW_DEMO_SEED === "1";
  if (process.env.NODE_ENV === "production" && !allowProduction) {
    console.error(
      "Refusing to seed demo accounts (password \"timbang-demo\") with NODE_ENV=production.\n" +
        "Pass --allow-production or set TIMBANG_ALLOW_DEMO_SEED=1 if this really is a demo instance.",
    );
    return 1;
  }

  if (reset && !process.env.DATABASE_URL) {
    const dir = embeddedDataDir();
    rmSync(dir, { recursive: true, force: true });
    console.log(`Deleted the embedded database at ${dir}.`);
  }
  const database = await openDatabase();
  try {
    if (reset && database.kind === "postgres") {
      await database.db.execute(sql.raw("DROP SCHEMA public CASCADE"));
      await database.db.execute(sql.raw("CREATE SCHEMA public"));
      await database.db.execute(sql.raw("DROP SCHEMA IF EXISTS drizzle CASCADE"));
      console.log("Dropped and recreated the public schema.");
    }
    await database.migrate();
    console.log(`Migrations applied (${database.kind}).`);

    const [existing] = await database.db.select({ count: sql<number>`count(*)::int` }).from(users);
    if ((existing?.count ?? 0) > 0) {
      console.log(`The database already has ${existing?.count} users; nothing was seeded. Use --reset to start over.`);
      return 0;
    }

    const now = new Date();
    now.setUTCMinutes(0, 0, 0);
    const started = Date.now();
    const counts = await database.db.transaction((tx) => seedDemo(tx, { now }));
    console.log(`Seeded the demo (now = ${now.toISOString()}) in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
    for (const [table, count] of Object.entries(counts)) console.log(`  ${table.padEnd(16)} ${count}`);
    console.log(`\nDemo sign-ins (password "${DEMO_PASSWORD}"):`);
    for (const account of Object.values(DEMO_ACCOUNTS)) console.log(`  ${account.email.padEnd(26)} ${account.role}`);
    return 0;
  } finally {
    await database.close();
  }
}

process.exitCode = await main();
