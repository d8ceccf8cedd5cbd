// The per-platform transparency report, read from the same daily rollups as the dashboard.
import { buildTransparencyReport, type TransparencyReport } from "@/lib/dashboard/transparency";
import type { PlatformInfo } from "@/lib/dashboard/types";
import type { Db } from "../open";
import { flagsBySource, flagsByTier, outcomesByPlatform, outcomesByPolicy, takedownsByTier } from "./dashboard/decisions";
import { accountActionsByPlatform, accountActionsByTier, appealsDecided, appealsFiled, reviewedEscalations } from "./dashboard/enforcement";
import { durationBuckets } from "./dashboard/timing";

export async function getTransparencyReport(db: Db, platform: PlatformInfo, from: string, to: string): Promise<TransparencyReport> {
  const scope = { from, to, platformId: platform.id };
  const [sources, outcomes, policies, actions, escalations, filed, decided, durations, tierFlags, tierTakedowns, tierActions] = await Promise.all([
    flagsBySource(db, scope),
    outcomesByPlatform(db, scope),
    outcomesByPolicy(db, scope),
    accountActionsByPlatform(db, scope),
    reviewedEscalations(db, scope),
    appealsFiled(db, scope),
    appealsDecided(db, scope),
    durationBuckets(db, scope),
    flagsByTier(db, scope),
    takedownsByTier(db, scope),
    accountActionsByTier(db, scope),
  ]);
  return buildTransparencyReport({
    platform,
    from,
    to,
    flagsBySource: sources,
    outcomes,
    policies,
    accountActions: actions,
    escalations,
    appealsFiled: filed,
    appealsDecided: decided,
    durations,
    tierFlags,
    tierTakedowns,
    tierActions,
  });
}
