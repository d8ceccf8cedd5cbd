// How many rows of each kind a scale load writes, from the number of listings. The ratios are
// DESIGN.md's: 1,000,000 listings → 200,000 sellers, 1,500,000 flags, 300,000 decisions and
// 30,000 appeals.

export interface ScaleSizes {
  listings: number;
  sellers: number;
  flags: number;
  decisions: number;
  appeals: number;
  /** Cases still open (in the queue). */
  openCases: number;
  /** Cases waiting for the seller's answer (each has a request_info decision). */
  awaitingCases: number;
  /** Resolved cases that went through a request for information first (two decisions). */
  infoThenResolved: number;
  /** Resolved cases (one resolving decision each). */
  resolvedCases: number;
  cases: number;
  /** Escalations proposed (most approved, each approved one with an account action). */
  escalations: number;
  /** Staff who decided the history (moderators and senior moderators). */
  staff: number;
}

export function scaleSizes(listings: number): ScaleSizes {
  if (!Number.isInteger(listings) || listings < 1000) throw new Error("--listings must be an integer of at least 1000");
  const r = (share: number) => Math.round(listings * share);
  const decisions = r(0.3);
  const awaitingCases = r(0.008);
  const infoThenResolved = r(0.012);
  const resolvedCases = decisions - awaitingCases - infoThenResolved;
  const openCases = r(0.03);
  return {
    listings,
    sellers: r(0.2),
    flags: r(1.5),
    decisions,
    appeals: r(0.03),
    openCases,
    awaitingCases,
    infoThenResolved,
    resolvedCases,
    cases: resolvedCases + openCases + awaitingCases,
    escalations: Math.max(10, r(0.003)),
    staff: Math.max(10, Math.min(60, Math.round(listings / 20000))),
  };
}
