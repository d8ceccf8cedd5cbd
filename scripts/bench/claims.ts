// "Review next" under contention: 32 moderators claim, each releases the case right away (so the
// same few top cases are fought over all the time, the hardest case for exclusivity) and claims
// again. Only the claim is timed. A case handed out twice shows twice over: the first holder's
// release is refused (the lease is no longer theirs), and the audit trail has two claims of the
// case without a release between (in commit order). Both counts must be 0.
import { sql } from "drizzle-orm";
import type postgres from "postgres";
import { CLAIM_LEASE_MS, isDomainError } from "@/lib/moderation";
import type { Db } from "../../db/open";
import { claimNext, releaseClaim } from "../../db/queries/claims";
import { rawRows } from "../../db/queries/rollups";
import type { BenchUser } from "./fixtures";
import { loop, type LoopResult } from "./measure";
import { floorClaim, type ClaimTemplate } from "./paths";

export interface ClaimRun extends LoopResult {
  claims: number;
  empty: number;
  doubleClaimsClient: number;
  doubleClaimsAudit: number;
}

/** Claims that follow another claim of the same case with no release between, in commit order. */
export async function auditDoubleClaims(db: Db, afterId: number, users: readonly BenchUser[]): Promise<number> {
  const ids = users.map((u) => u.id);
  const [row] = await rawRows<{ n: number }>(
    db,
    sql`with e as (
          select action, lag(action) over (partition by subject_id order by id) as prev
          from audit_events
          where id > ${afterId} and subject_type = 'case' and action in ('case.claimed', 'case.released')
            and actor_id = any(${`{${ids.join(",")}}`}::uuid[])
        )
        select count(*)::int as n from e where action = 'case.claimed' and prev = 'case.claimed'`,
  );
  return row?.n ?? 0;
}

export async function lastAuditId(db: Db): Promise<number> {
  const [row] = await rawRows<{ id: string | null }>(db, sql`select max(id)::text as id from audit_events`);
  return Number(row?.id ?? 0);
}

type Claimer = (worker: number) => Promise<string | null>;
/** Releases the case; false when the release is refused because the lease is not the worker's. */
type Releaser = (worker: number, caseId: string) => Promise<boolean>;

async function claimLoop(db: Db, users: readonly BenchUser[], durationMs: number, claim: Claimer, release: Releaser): Promise<ClaimRun> {
  let empty = 0;
  let refused = 0;
  const afterId = await lastAuditId(db);
  const result = await loop({
    concurrency: users.length,
    durationMs,
    warmup: 1,
    task: async (worker) => {
      const started = performance.now();
      const caseId = await claim(worker);
      const took = performance.now() - started;
      if (!caseId) {
        empty += 1;
        return null;
      }
      if (!(await release(worker, caseId))) refused += 1;
      return took;
    },
  });
  return {
    ...result,
    claims: result.latency.n,
    empty,
    doubleClaimsClient: refused,
    doubleClaimsAudit: await auditDoubleClaims(db, afterId, users),
  };
}

const actor = (u: BenchUser) => ({ id: u.id, role: "moderator" as const });

/** Through the query layer: claimNext and releaseClaim on a drizzle pool of one connection per claimer. */
export function claimsThroughLayer(layer: Db, check: Db, users: readonly BenchUser[], durationMs: number): Promise<ClaimRun> {
  return claimLoop(
    check,
    users,
    durationMs,
    async (w) => (await claimNext(layer, users[w]!.id, new Date()))?.id ?? null,
    async (w, id) => !isDomainError(await releaseClaim(layer, id, actor(users[w]!), new Date())),
  );
}

/** The floor: claimNext's own SQL through postgres.js (the release goes through the query layer, untimed). */
export function claimsThroughFloor(raw: postgres.Sql, layer: Db, check: Db, t: ClaimTemplate, users: readonly BenchUser[], durationMs: number) {
  return claimLoop(
    check,
    users,
    durationMs,
    (w) => floorClaim(raw, t, users[w]!.id, new Date(), CLAIM_LEASE_MS),
    async (w, id) => !isDomainError(await releaseClaim(layer, id, actor(users[w]!), new Date())),
  );
}

/** Through the app: POST /api/queue/claim-next timed, POST /api/cases/[id]/lease?op=release untimed. */
export function claimsThroughHttp(url: string, cookies: readonly string[], check: Db, users: readonly BenchUser[], durationMs: number) {
  const post = (w: number, path: string) =>
    fetch(`${url}${path}`, { method: "POST", headers: { cookie: cookies[w]!, origin: url } });
  return claimLoop(
    check,
    users,
    durationMs,
    async (w) => {
      const res = await post(w, "/api/queue/claim-next");
      const body = (await res.json()) as { claim?: { id: string } | null; error?: string };
      if (res.status === 404) return null;
      if (!res.ok || !body.claim) throw new Error(`claim-next answered ${res.status}: ${body.error ?? ""}`);
      return body.claim.id;
    },
    async (w, id) => {
      const res = await post(w, `/api/cases/${id}/lease?op=release`);
      await res.arrayBuffer();
      if (res.status === 403 || res.status === 409) return false;
      if (!res.ok) throw new Error(`release answered ${res.status}`);
      return true;
    },
  );
}
