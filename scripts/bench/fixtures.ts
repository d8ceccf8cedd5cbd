// What the benchmark needs in the scale database: moderators to claim with, a seller account,
// sample cases, platform API keys, ingest material. Created through the same queries the app uses
// (API keys, passwords), and cleaned up where they would distort a later run (live leases).
import { sql } from "drizzle-orm";
import { hashPassword } from "@/lib/password";
import { generateApiKey } from "@/lib/api-keys";
import type { Db } from "../../db/open";
import { createApiKey, revokeApiKey } from "../../db/queries/api-keys";
import { refreshOverduePriorities } from "../../db/queries/case-priority";
import { returnExpiredInfoRequests } from "../../db/queries/case-state";
import { rawRows } from "../../db/queries/rollups";
import { DEMO_PASSWORD } from "../../db/seed";

export const BENCH_DOMAIN = "bench.timbang.test";
export const BENCH_MODERATORS = 40;

export interface BenchUser {
  id: string;
  email: string;
}

export interface IngestSample {
  listing: { external_id: string; url: string; title: string; description: string; price_idr: number; stock: number; category: string };
  seller: { external_id: string; shop_name: string; province: string; umkm_tier: string | null; nib: string | null };
}

export interface Fixtures {
  moderators: BenchUser[];
  admin: BenchUser;
  pageModerator: BenchUser;
  manager: BenchUser;
  seller: BenchUser;
  caseIds: string[];
  apiKeys: { platformId: string; id: string; key: string }[];
  ingest: Record<string, IngestSample[]>;
}

async function one<T>(db: Db, query: ReturnType<typeof sql>): Promise<T> {
  const [row] = await rawRows<T>(db, query);
  if (!row) throw new Error("benchmark fixture missing: load the scale data set (npm run seed:scale)");
  return row;
}

/** Bench moderators bench1..bench40@bench.timbang.test (demo password), created once. */
async function ensureModerators(db: Db): Promise<BenchUser[]> {
  const existing = await rawRows<BenchUser>(db, sql`select id, email from users where email like ${`bench%@${BENCH_DOMAIN}`} order by email`);
  if (existing.length < BENCH_MODERATORS) {
    const hash = await hashPassword(DEMO_PASSWORD);
    await db.execute(sql`
      insert into users (email, name, role, password_hash, locale)
      select 'bench' || n || '@' || ${BENCH_DOMAIN}, 'Moderator Uji ' || n, 'moderator', ${hash}, 'id'
      from generate_series(1, ${BENCH_MODERATORS}) n
      on conflict do nothing`);
  }
  return rawRows<BenchUser>(db, sql`select id, email from users where email like ${`bench%@${BENCH_DOMAIN}`} order by email`);
}

/** Frees every lease a bench moderator holds (a previous run may have stopped mid-claim). */
export async function releaseBenchLeases(db: Db): Promise<void> {
  await db.execute(sql`
    update cases set claimed_by = null, claim_expires_at = null
    where claimed_by in (select id from users where email like ${`bench%@${BENCH_DOMAIN}`})`);
}

export async function prepareFixtures(db: Db, now: Date): Promise<Fixtures> {
  const moderators = await ensureModerators(db);
  await releaseBenchLeases(db);
  // Warm-up the queue the way its page does: info deadlines that passed, overdue priorities.
  await returnExpiredInfoRequests(db, now);
  while ((await refreshOverduePriorities(db, now, 500)) > 0);

  const pageModerator = await one<BenchUser>(db, sql`select id, email from users where email = 'moderator@timbang.test'`);
  const manager = await one<BenchUser>(db, sql`select id, email from users where email = 'manager@timbang.test'`);
  const admin = await one<BenchUser>(db, sql`select id, email from users where email = 'admin@timbang.test'`);
  // The seller account of the shop with the most cases: the heaviest seller portal.
  const seller = await one<BenchUser>(
    db,
    sql`select u.id, u.email from seller_members m join users u on u.id = m.user_id
        order by (select count(*) from cases c where c.seller_id = m.seller_id) desc, u.email limit 1`,
  );
  const caseIds = (
    await rawRows<{ id: string }>(
      db,
      sql`(select id from cases where state = 'open' order by md5(id::text) limit 100)
          union all (select id from cases where state = 'resolved' order by md5(id::text || 'r') limit 100)`,
    )
  ).map((r) => r.id);

  const platforms = await rawRows<{ id: string }>(db, sql`select id from platforms order by id`);
  const apiKeys = [];
  for (const p of platforms) {
    const generated = generateApiKey();
    const { id } = await createApiKey(db, {
      platformId: p.id,
      label: "benchmark",
      prefix: generated.prefix,
      hash: generated.hash,
      createdBy: admin.id,
      now,
    });
    apiKeys.push({ platformId: p.id, id, key: generated.key });
  }

  const rows = await rawRows<{
    platform_id: string;
    l_ext: string;
    url: string;
    title: string;
    description: string;
    price_idr: string;
    stock: number;
    category: string;
    s_ext: string;
    shop_name: string;
    province: string | null;
    umkm_tier: string | null;
    nib: string | null;
  }>(
    db,
    sql`select l.platform_id, l.external_id as l_ext, l.url, l.title, l.description, l.price_idr, l.stock, l.category,
               s.external_id as s_ext, s.shop_name, s.province, s.umkm_tier, s.nib
        from listings l tablesample system (2) repeatable (7) join sellers s on s.id = l.seller_id`,
  );
  const ingest: Record<string, IngestSample[]> = {};
  for (const r of rows) {
    (ingest[r.platform_id] ??= []).push({
      listing: {
        external_id: r.l_ext,
        url: r.url,
        title: r.title,
        description: r.description,
        price_idr: Number(r.price_idr),
        stock: r.stock,
        category: r.category,
      },
      seller: { external_id: r.s_ext, shop_name: r.shop_name, province: r.province ?? "DKI Jakarta", umkm_tier: r.umkm_tier, nib: r.nib },
    });
  }
  return { moderators, admin, pageModerator, manager, seller, caseIds, apiKeys, ingest };
}

export async function cleanupFixtures(db: Db, fixtures: Fixtures, now: Date): Promise<void> {
  await releaseBenchLeases(db);
  for (const k of fixtures.apiKeys) await revokeApiKey(db, k.id, { kind: "user", id: fixtures.admin.id }, now);
}
