// npm run db:restore -- <file> [--force]
// The embedded database: recreates TIMBANG_DATA_DIR (or .data/pglite) from a db:backup tarball.
// An existing database is kept, renamed to <dir>.before-restore-<time>, and only with --force.
// With DATABASE_URL set: pg_restore --clean --if-exists --single-transaction of a custom-format
// dump into that database (with --force, as it replaces what the dump holds).
import { BackupError, formatCounts, looksOpen, moveAside, restoreEmbedded } from "../db/backup";
import { pgRestore, pgToolVersion, POSTGRES_HELP } from "../db/backup-postgres";
import { embeddedDataDir } from "../db/open";

const USAGE = "Usage: npm run db:restore -- <file> [--force]";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const files = args.filter((a) => a !== "--force");
  const file = files[0];
  if (!file || files.length > 1 || file.startsWith("--")) {
    console.error(USAGE);
    return 2;
  }
  const url = process.env.DATABASE_URL;
  if (url) {
    if (!pgToolVersion("pg_restore")) {
      console.error(`pg_restore is not installed.\n\n${POSTGRES_HELP}`);
      return 1;
    }
    if (!force) {
      console.error(`This replaces the tables in the database DATABASE_URL points at with those in ${file}. Run again with --force.`);
      return 1;
    }
    pgRestore(url, file);
    console.log(`Restored ${file}. Then: npm run db:migrate (applies only migrations newer than the backup).`);
    return 0;
  }
  const dataDir = embeddedDataDir();
  if (looksOpen(dataDir) && !force) {
    console.error(`The embedded database at ${dataDir} is open (postmaster.pid): stop the app first. If nothing is running, add --force.`);
    return 1;
  }
  try {
    const aside = force ? moveAside(dataDir) : null;
    const counts = await restoreEmbedded(file, dataDir);
    if (aside) console.log(`The previous database is kept at ${aside}.`);
    console.log(`Restored ${dataDir} from ${file}. Rows per table:\n${formatCounts(counts)}`);
    console.log("Then: npm run db:migrate (applies only migrations newer than the backup).");
    return 0;
  } catch (error) {
    if (error instanceof BackupError) {
      console.error(`${error.message}${/already holds/.test(error.message) ? " Run again with --force to keep it aside and restore." : ""}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
