// npm run db:backup [-- <file>] [-- --force]
// The embedded database (PGlite, TIMBANG_DATA_DIR or .data/pglite): its data directory as one
// .tar.gz (default backups/timbang-<time>.tar.gz). With DATABASE_URL set: pg_dump --format=custom
// when pg_dump is installed (default backups/timbang-<time>.dump), otherwise how to run it.
import { BackupError, backupEmbedded, formatCounts, looksOpen } from "../db/backup";
import { pgDump, pgToolVersion, POSTGRES_HELP } from "../db/backup-postgres";
import { embeddedDataDir } from "../db/open";

const USAGE = "Usage: npm run db:backup [-- <file>] [-- --force]";

function defaultFile(extension: string): string {
  return `backups/timbang-${new Date().toISOString().replace(/[:.]/g, "-")}.${extension}`;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const files = args.filter((a) => a !== "--force");
  if (files.length > 1 || files.some((a) => a.startsWith("--"))) {
    console.error(USAGE);
    return 2;
  }
  const url = process.env.DATABASE_URL;
  if (url) {
    const version = pgToolVersion("pg_dump");
    if (!version) {
      console.error(`pg_dump is not installed.\n\n${POSTGRES_HELP}`);
      return 1;
    }
    const file = files[0] ?? defaultFile("dump");
    pgDump(url, file);
    console.log(`Wrote ${file} with ${version} (custom format; restore with npm run db:restore -- ${file}).`);
    return 0;
  }
  const dataDir = embeddedDataDir();
  if (looksOpen(dataDir) && !force) {
    console.error(
      `The embedded database at ${dataDir} is open (postmaster.pid): stop the app first — PGlite is one ` +
        "process's database. If nothing is running (the app was killed), run again with --force.",
    );
    return 1;
  }
  const file = files[0] ?? defaultFile("tar.gz");
  try {
    const { bytes, counts } = await backupEmbedded(dataDir, file);
    console.log(`Wrote ${file} (${(bytes / 1_048_576).toFixed(1)} MB) from ${dataDir}. Rows per table:\n${formatCounts(counts)}`);
    return 0;
  } catch (error) {
    if (error instanceof BackupError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
