// Backups restore what they hold: the demo data backed up, restored somewhere fresh, counted per
// table (the migration journal included). The embedded path always runs; the PostgreSQL path
// (pg_dump → pg_restore) runs with DATABASE_URL, as CI does, where pg_dump must be installed.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupEmbedded, countTableRows, looksOpen, moveAside, restoreEmbedded, type TableCounts } from "./backup";
import { pgDump, pgRestore, pgToolVersion } from "./backup-postgres";
import { MIGRATIONS_FOLDER, type Db } from "./open";
import * as schema from "./schema";
import { seedDemo } from "./seed";
import { createTestDatabase, type TestDatabase } from "./testing";

const NOW = new Date("2026-11-28T10:00:00.000Z");
const MIGRATION_COUNT = (JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: unknown[] }).entries.length;
let work: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "timbang-backup-"));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function expectSeeded(counts: TableCounts) {
  expect(counts["drizzle.__drizzle_migrations"]).toBe(MIGRATION_COUNT);
  for (const table of ["public.users", "public.cases", "public.decisions", "public.audit_events", "public.evidence_files"]) {
    expect(counts[table], table).toBeGreaterThan(0);
  }
}

describe("embedded database (PGlite data directory)", () => {
  let original: TableCounts;
  const source = () => path.join(work, "source");
  const file = () => path.join(work, "backup.tar.gz");

  beforeAll(async () => {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    const client = await PGlite.create(source());
    const db = drizzle(client, { schema });
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    await (db as unknown as Db).transaction((tx) => seedDemo(tx, { now: NOW }));
    await client.close();
  });

  it("backs up a closed database and restores it into a fresh directory with the same rows per table", async () => {
    expect(looksOpen(source())).toBe(false);
    const backup = await backupEmbedded(source(), file());
    original = backup.counts;
    expectSeeded(original);
    expect(backup.bytes).toBeGreaterThan(0);

    const restored = await restoreEmbedded(file(), path.join(work, "restored"));
    expect(restored).toEqual(original);
  });

  it("restores a working database: queries run and the audit log is still append-only", async () => {
    const { PGlite } = await import("@electric-sql/pglite");
    const client = await PGlite.create(path.join(work, "restored"));
    try {
      const [row] = (await client.query<{ n: number }>("select count(*)::int as n from cases where state = 'open'")).rows;
      expect(row!.n).toBeGreaterThan(0);
      await expect(client.query("delete from audit_events")).rejects.toThrow();
    } finally {
      await client.close();
    }
  });

  it("never restores over a database; --force keeps the old one aside first", async () => {
    const target = path.join(work, "restored");
    await expect(restoreEmbedded(file(), target)).rejects.toThrow(/already holds a database/);
    const aside = moveAside(target, NOW);
    expect(aside).toMatch(/restored\.before-restore-/);
    expect(await restoreEmbedded(file(), target)).toEqual(original);
  });
});

describe.runIf(process.env.DATABASE_URL)("PostgreSQL (pg_dump --format=custom, pg_restore --clean --if-exists)", () => {
  let seeded: TestDatabase;
  let targetUrl: string;
  let dropTarget: () => Promise<void>;

  beforeAll(async () => {
    seeded = await createTestDatabase();
    await seeded.db.transaction((tx) => seedDemo(tx, { now: NOW }));
    const { default: postgres } = await import("postgres");
    const admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    const name = `timbang_test_restore_${randomBytes(5).toString("hex")}`;
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    targetUrl = url.toString();
    dropTarget = async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end({ timeout: 5 });
    };
  });
  afterAll(async () => {
    await seeded?.close();
    await dropTarget?.();
  });

  async function countsAt(url: string): Promise<TableCounts> {
    const { default: postgres } = await import("postgres");
    const client = postgres(url, { max: 1, onnotice: () => {} });
    try {
      return await countTableRows((text) => client.unsafe(text));
    } finally {
      await client.end({ timeout: 5 });
    }
  }

  it("dumps a seeded database and restores it into an empty one with the same rows per table", async () => {
    expect(pgToolVersion("pg_dump"), "install postgresql-client (.ci/run does)").not.toBeNull();
    expect(pgToolVersion("pg_restore"), "install postgresql-client (.ci/run does)").not.toBeNull();
    const original = await countsAt(seeded.url!);
    expectSeeded(original);
    const file = path.join(work, "timbang.dump");
    pgDump(seeded.url!, file);
    pgRestore(targetUrl, file);
    expect(await countsAt(targetUrl)).toEqual(original);
    // Restoring again over the restored copy (--clean) leaves the same rows, not twice as many.
    pgRestore(targetUrl, file);
    expect(await countsAt(targetUrl)).toEqual(original);
  });
});
