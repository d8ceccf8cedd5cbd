// Decision submit (through the query layer the server action calls) and ingest (through the
// platform API with 1,000-flag batches).
import { POLICIES, isDomainError, policyPointsFor, type Ladder, type PolicyCode } from "@/lib/moderation";
import { parseDecision } from "@/lib/validation/decision";
import type { Db } from "../../db/open";
import { ladderOfCases } from "../../db/queries/bulk-decide";
import { claimNext, getClaimStatus } from "../../db/queries/claims";
import { decideCase } from "../../db/queries/decide";
import type { BenchUser, IngestSample } from "./fixtures";
import { loop, type Latency, type LoopResult } from "./measure";

const FACTS = "Judul dan deskripsi produk menyebut pakaian bekas impor; harga dan stok sesuai partai besar.";

function decisionBody(i: number, ladder: Ladder): Record<string, unknown> {
  const takedown = (policy: PolicyCode) => ({ kind: "takedown", policyCode: policy, points: policyPointsFor(POLICIES[policy], ladder).default, facts: FACTS });
  switch (i % 5) {
    case 0:
    case 1:
      return { kind: "clear", clearReason: "cleared_local_preloved" };
    case 2:
      return { kind: "warn", policyCode: "misleading_listing", facts: FACTS, sellerMessage: "Perbaiki judul produk." };
    case 3:
      return takedown("imported_used_clothing_retail");
    default:
      return takedown("imported_used_clothing_bulk");
  }
}

/**
 * Moderators decide the cases "review next" hands them: the claim and the case version are read
 * untimed, decideCase (what decideAction runs after parsing) is timed. 40% clear, 20% warn, 40%
 * takedown, as the history is.
 */
export async function decisionsThroughLayer(db: Db, users: readonly BenchUser[], durationMs: number): Promise<LoopResult> {
  return loop({
    concurrency: users.length,
    durationMs,
    task: async (w, i) => {
      const user = users[w]!;
      const now = new Date();
      const claim = await claimNext(db, user.id, now);
      if (!claim) return null;
      const status = await getClaimStatus(db, claim.id, now);
      const ladder = await ladderOfCases(db, [claim.id]);
      if (isDomainError(ladder)) throw new Error(`no ladder for case ${claim.id}`);
      const parsed = parseDecision({ caseId: claim.id, version: status?.version, ...decisionBody(i, ladder) }, now, ladder);
      if (!parsed.ok) throw new Error(`decision input rejected: ${JSON.stringify(parsed.fieldErrors)}`);
      const started = performance.now();
      const result = await decideCase(db, parsed.data, { id: user.id, role: "moderator" }, new Date());
      const took = performance.now() - started;
      if (isDomainError(result)) throw new Error(`decideCase refused: ${result.code}`);
      return took;
    },
  });
}

export interface IngestRun {
  flagsPerSecond: number;
  batches: number;
  accepted: number;
  batchLatency: Latency;
  errors: number;
  firstError: string | null;
}

function batch(samples: readonly IngestSample[], run: string, client: number, n: number): unknown {
  const at = new Date().toISOString();
  return {
    flags: Array.from({ length: 1000 }, (_, i) => {
      const id = `${run}-${client}-${n}-${i}`;
      // 70% on listings the platform already sent (folding into their case or opening a new one),
      // 30% on new listings of new shops.
      const known = samples.length > 0 && i % 10 < 7 ? samples[(n * 1000 + i) % samples.length]! : null;
      return {
        listing: known?.listing ?? {
          external_id: `bench-${id}`,
          url: `https://shop.example.invalid/p/bench-${id}`,
          title: "Balpres kemeja impor Korea grade A",
          description: "Bal isi 300 pcs, grade kepala. Live dari gudang tiap malam.",
          price_idr: 6_500_000,
          stock: 40,
          category: "Grosir",
        },
        seller: known
          ? known.seller
          : { external_id: `bench-s-${run}-${client}-${n}-${i % 50}`, shop_name: `Gudang Bal Uji ${i % 50}`, province: "Sumatera Utara", umkm_tier: "mikro" },
        source: (["platform_classifier", "keyword_rule", "user_report", "trusted_flagger"] as const)[i % 4],
        source_reference: `bench-${id}`,
        reason: "imported_used_clothing_bulk",
        confidence: i % 4 === 0 ? 0.87 : null,
        observed_at: at,
      };
    }),
  };
}

/** One client per platform key, each posting 1,000-flag batches back to back. */
export async function ingestThroughHttp(
  url: string,
  keys: readonly { platformId: string; key: string }[],
  samples: Record<string, IngestSample[]>,
  durationMs: number,
): Promise<IngestRun> {
  const run = Date.now().toString(36);
  let accepted = 0;
  const bodies = keys.map((k, c) => Array.from({ length: 3 }, (_, n) => JSON.stringify(batch(samples[k.platformId] ?? [], run, c, n))));
  let sent = 0;
  const result = await loop({
    concurrency: keys.length,
    durationMs,
    task: async (c, i) => {
      const body = i < 3 ? bodies[c]![i]! : JSON.stringify(batch(samples[keys[c]!.platformId] ?? [], run, c, i));
      sent += 1;
      const started = performance.now();
      const res = await fetch(`${url}/api/v1/flags`, {
        method: "POST",
        headers: { authorization: `Bearer ${keys[c]!.key}`, "content-type": "application/json" },
        body,
      });
      const json = (await res.json()) as { accepted?: number; errors?: unknown; message?: string };
      const took = performance.now() - started;
      if (!res.ok) throw new Error(`POST /api/v1/flags answered ${res.status}: ${JSON.stringify(json).slice(0, 300)}`);
      accepted += json.accepted ?? 0;
      return took;
    },
  });
  return {
    flagsPerSecond: (accepted / result.elapsedMs) * 1000,
    batches: sent,
    accepted,
    batchLatency: result.latency,
    errors: result.errors,
    firstError: result.firstError,
  };
}
