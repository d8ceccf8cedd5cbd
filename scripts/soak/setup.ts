// The soak database on the private cluster: migrated and seeded like the demo, plus what the run
// needs, created through the query layer the app uses: 40 moderator accounts (createUser, with
// their audit events), a pile of open cases (ingestFlags, as POST /api/v1/flags does), a platform
// API key (createApiKey). Then the instrumentation of instrument.ts.
import { spawnSync } from "node:child_process";
import { sql } from "drizzle-orm";
import { generateApiKey } from "@/lib/api-keys";
import { hashPassword } from "@/lib/password";
import { openDatabase, type Database } from "../../db/open";
import { createUser } from "../../db/queries/admin-users";
import { createApiKey } from "../../db/queries/api-keys";
import { ingestFlags } from "../../db/queries/ingest";
import { rawRows } from "../../db/queries/rollups";
import { DEMO_PASSWORD } from "../../db/seed";
import type { FlagItem } from "@/lib/validation/ingest";
import { installInstrumentation } from "./instrument";

export const SOAK_DOMAIN = "soak.timbang.test";

export interface SoakUser {
  id: string;
  email: string;
}

export interface SoakFixtures {
  moderators: SoakUser[];
  /** A demo moderator outside the soak's 40, used to probe pages and actions during the outage. */
  prober: SoakUser;
  password: string;
  apiKey: { platformId: string; key: string };
}

export async function createSoakDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = await openDatabase(adminUrl);
  try {
    await admin.db.execute(sql.raw(`drop database if exists ${name}`));
    await admin.db.execute(sql.raw(`create database ${name}`));
  } finally {
    await admin.close();
  }
}

/** scripts/seed.ts --reset against the soak database (migrations + demo data). */
export function seedDemo(url: string): void {
  const res = spawnSync("npx", ["tsx", "scripts/seed.ts", "--reset"], {
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: "development" },
    encoding: "utf8",
  });
  if (res.status !== 0) throw new Error(`seeding the soak database failed:\n${res.stdout}\n${res.stderr}`);
}

/** Flag number n of a setup batch or of the feeder: its own listing, seller and reference. */
export function soakFlag(tag: string, n: number): FlagItem {
  const id = `${tag}-${n}`;
  return {
    listing: {
      external_id: `SOAK-L-${id}`,
      url: `https://shop.example.invalid/p/SOAK-L-${id}`,
      title: `Balpres kemeja impor ${id}`,
      description: "Bal isi 300 pcs, grade kepala.",
      price_idr: 6_500_000,
      stock: 40,
      category: "Pakaian Pria",
      image_urls: [],
    },
    seller: { external_id: `SOAK-S-${id}`, shop_name: `Toko Soak ${id}`, province: "Jawa Barat", umkm_tier: "mikro" },
    source: "platform_classifier",
    source_reference: `soak-${id}`,
    reason: "imported_used_clothing_bulk",
    confidence: 0.8,
    note: "soak",
    observed_at: new Date().toISOString(),
  };
}

async function one<T>(database: Database, query: ReturnType<typeof sql>): Promise<T> {
  const [row] = await rawRows<T>(database.db, query);
  if (!row) throw new Error("the demo seed is missing something the soak needs");
  return row;
}

export async function prepareFixtures(database: Database, moderatorCount: number, openCases: number): Promise<SoakFixtures> {
  const db = database.db;
  const now = new Date();
  const admin = await one<SoakUser>(database, sql`select id, email from users where email = 'admin@timbang.test'`);
  const prober = await one<SoakUser>(database, sql`select id, email from users where email = 'moderator2@timbang.test'`);
  // One account per simulated moderator: a lease belongs to a user, and "review next" hands a
  // user back the case they already hold, so moderators sharing an account would share leases.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (let n = 1; n <= moderatorCount; n++) {
    const created = await createUser(
      db,
      { name: `Moderator Soak ${n}`, email: `soak${n}@${SOAK_DOMAIN}`, role: "moderator", locale: "id", passwordHash, shop: null },
      admin.id,
      now,
    );
    if (!created.ok) throw new Error(`could not create soak moderator ${n}: ${created.error}`);
  }
  const moderators = await rawRows<SoakUser>(
    db,
    sql`select id, email from users where email like ${`soak%@${SOAK_DOMAIN}`} order by length(email), email`,
  );

  const [platform] = await rawRows<{ id: string }>(db, sql`select id from platforms order by id limit 1`);
  if (!platform) throw new Error("no platform in the demo seed");
  for (let start = 0; start < openCases; start += 1000) {
    const items = Array.from({ length: Math.min(1000, openCases - start) }, (_, i) => soakFlag("setup", start + i));
    await ingestFlags(db, platform.id, items, now);
  }
  const generated = generateApiKey();
  await createApiKey(db, { platformId: platform.id, label: "soak", prefix: generated.prefix, hash: generated.hash, createdBy: admin.id, now });
  await installInstrumentation(database);
  return { moderators, prober, password: DEMO_PASSWORD, apiKey: { platformId: platform.id, key: generated.key } };
}
