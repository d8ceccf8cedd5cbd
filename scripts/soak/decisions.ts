// The decision forms the simulated moderators submit: a mix of kinds, each filled in as the case
// page's form would be (the same field names decisionFromFormData reads).
import { sql } from "drizzle-orm";
import { CLEAR_REASONS, POLICIES, POLICY_CODES, policyPointsFor, type Ladder, type PolicyCode } from "@/lib/moderation";
import type { Db } from "../../db/open";
import { rawRows } from "../../db/queries/rollups";

export type Kind = "clear" | "warn" | "takedown" | "request_info";

export interface Takedown {
  policyCode: PolicyCode;
  points: number;
}

/** A takedown policy and points inside its bounds on every platform's ladder (cases come from any platform). */
export async function takedownChoice(db: Db): Promise<Takedown> {
  const ladders = (await rawRows<{ ladder: Ladder }>(db, sql`select ladder from platforms`)).map((r) => r.ladder);
  for (const code of POLICY_CODES) {
    const bounds = ladders.map((l) => policyPointsFor(POLICIES[code], l));
    const min = Math.max(...bounds.map((b) => b.min));
    const max = Math.min(...bounds.map((b) => b.max));
    if (min <= max) return { policyCode: code, points: min };
  }
  throw new Error("no takedown policy has points that fit every platform's ladder");
}

const warnPolicies = POLICY_CODES.filter((c) => !POLICIES[c].takedownRequired);

/** 45% clear, 20% warn, 30% takedown, 5% request_info. */
export function pickKind(r: number): Kind {
  if (r < 0.45) return "clear";
  if (r < 0.65) return "warn";
  if (r < 0.95) return "takedown";
  return "request_info";
}

export function decisionFields(caseId: string, version: number, kind: Kind, takedown: Takedown, r: number): Record<string, string> {
  const base = { caseId, version: String(version), kind, intent: "submit" };
  const facts = "Soak: listing menawarkan bal pakaian bekas impor.";
  switch (kind) {
    case "clear":
      return { ...base, clearReason: CLEAR_REASONS[Math.floor(r * CLEAR_REASONS.length)]! };
    case "warn":
      return { ...base, policyCode: warnPolicies[Math.floor(r * warnPolicies.length)]!, facts, sellerMessage: "Perbaiki deskripsi." };
    case "takedown":
      return { ...base, policyCode: takedown.policyCode, points: String(takedown.points), pointsReason: "soak", facts };
    case "request_info":
      return { ...base, sellerMessage: "Kirim bukti pembelian.", infoDeadline: new Date(Date.now() + 3 * 86_400_000).toISOString() };
  }
}
