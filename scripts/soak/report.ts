// The soak's verdicts and the printed report. Every check that can fail is listed in `violations`;
// the run exits non-zero when any is there.
import type { OutageSummary, Restart } from "./faults";
import type { KillResult } from "./ingest-kill";
import type { Hold, SoakLog } from "./moderator";
import type { AuditChecks, DecisionChecks } from "./verify";

export const RECOVERY_LIMIT_S = 30;

/** Two moderators surely holding the same case at once, from what the clients saw (see Hold). */
export function clientOverlaps(holds: readonly Hold[], end: number): number {
  const byCase = new Map<string, Hold[]>();
  for (const h of holds) byCase.set(h.caseId, [...(byCase.get(h.caseId) ?? []), h]);
  let overlaps = 0;
  for (const list of byCase.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.moderator !== b.moderator && a.from < (b.until ?? end) && b.from < (a.until ?? end)) overlaps += 1;
      }
    }
  }
  return overlaps;
}

export interface SoakReport {
  setup: { instances: string[]; moderators: number; durationS: number; restarts: string[] };
  log: SoakLog;
  decisions: DecisionChecks;
  audit: AuditChecks;
  outage: OutageSummary;
  restarts: Restart[];
  runStart: number;
  runEnd: number;
  feed: { batches: number; size: number; acknowledged: number; partial: number; lost: number; stored: number };
  kills: KillResult[];
  crashLogLines: string[];
}

export function violations(r: SoakReport): string[] {
  const v: string[] = [];
  const add = (cond: boolean, text: string) => cond && v.push(text);
  const subs = r.log.submissions;
  const decided = subs.filter((s) => s.kind !== "release" && s.result === "ok").length;
  add(decided === 0, "no decision was acknowledged: the run tested nothing");
  add(r.decisions.doubleDecisions > 0, `${r.decisions.doubleDecisions} case(s) decided twice`);
  const doubleAcks = subs.filter((s) => s.acks > 1).length;
  add(doubleAcks > 0, `${doubleAcks} double-submitted decision(s) acknowledged twice`);
  add(r.decisions.lostDecisions > 0, `${r.decisions.lostDecisions} acknowledged decision(s) not in the database`);
  add(r.decisions.lostReleases > 0, `${r.decisions.lostReleases} acknowledged release(s) not audited`);
  add(r.decisions.decisionsWithoutOneAudit > 0, `${r.decisions.decisionsWithoutOneAudit} decision(s) without exactly one audit event`);
  add(r.decisions.decidedAuditsWithoutDecision > 0, `${r.decisions.decidedAuditsWithoutDecision} case.decided audit event(s) without a decision`);
  for (const [what, n] of Object.entries(r.decisions.halfApplied)) add(n > 0, `${n} decision(s) half-applied: ${what}`);
  const kinds = new Set([...Object.keys(r.audit.changes), ...Object.keys(r.audit.audits)].filter((k) => k !== "other"));
  for (const k of kinds) add((r.audit.changes[k] ?? 0) !== (r.audit.audits[k] ?? 0), `${k}: ${r.audit.audits[k] ?? 0} audit events for ${r.audit.changes[k] ?? 0} state changes`);
  add(r.audit.changesWithoutAudit > 0, `${r.audit.changesWithoutAudit} state change(s) without an audit event in the same transaction`);
  add(r.audit.auditsWithoutChange > 0, `${r.audit.auditsWithoutChange} audit event(s) without the state change in the same transaction`);
  add(r.audit.unclassifiedChanges > 0, `${r.audit.unclassifiedChanges} case change(s) that are neither claim, release nor decision`);
  add(r.audit.claimsNotExclusive > 0, `${r.audit.claimsNotExclusive} claim(s) took a case whose lease was live or that was not open`);
  add(r.audit.decidedWithoutLease > 0, `${r.audit.decidedWithoutLease} decision(s) by someone not holding the lease`);
  const overlaps = clientOverlaps(r.log.holds, r.runEnd);
  add(overlaps > 0, `${overlaps} time(s) two moderators were handed the same case at once`);
  add(r.log.claimsNotHeld.length > 0, `${r.log.claimsNotHeld.length} claim(s) answered with a case another moderator held`);
  const unexpected = subs.filter((s) => s.result === "refused" && !s.inDoubt && !s.doubleSubmit).length;
  add(unexpected > 0, `${unexpected} first-try submission(s) by the lease holder refused`);
  add(r.crashLogLines.length > 0, "an instance logged an uncaught exception (see below)");
  const crashes = r.log.requests.filter((q) => q.outcome === "crash").length;
  add(crashes > 0, `${crashes} answer(s) were 500 / an error page instead of a "try again"`);
  add(r.outage.healthNot503WhileDown > 0, `${r.outage.healthNot503WhileDown} health answer(s) while the database was down were not 503`);
  r.outage.health503WhileDown.forEach((n, i) => add(n === 0, `restart ${i + 1}: no 503 from /api/health while the database was down`));
  r.outage.recoverySeconds.forEach((s, i) => add(s === null || s > RECOVERY_LIMIT_S, `restart ${i + 1}: not recovered within ${RECOVERY_LIMIT_S} s`));
  const lastUp = Math.max(0, ...r.restarts.map((x) => x.upAt));
  add(r.restarts.length > 0 && !subs.some((s) => s.ackedAt !== null && s.ackedAt > lastUp), "no decision was acknowledged after the last restart");
  for (const p of r.restarts.flatMap((x) => x.probes)) add(!p.pass, `outage probe failed: ${p.name} (${p.detail})`);
  add(r.feed.partial > 0, `${r.feed.partial} ingest batch(es) partly stored`);
  add(r.feed.lost > 0, `${r.feed.lost} acknowledged ingest batch(es) missing`);
  for (const k of r.kills) add(k.left === "partial", `ingest kill "${k.scenario}" left a partial batch`);
  return v;
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);

function percentile(requests: SoakLog["requests"], route: string, q: number): string {
  const ms = requests.filter((x) => x.route === route && x.outcome === "ok").map((x) => x.t1 - x.t0).sort((a, b) => a - b);
  return ms.length ? String(Math.round(ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!)) : "-";
}

export function printReport(r: SoakReport, v: readonly string[]): void {
  const subs = r.log.submissions;
  const seconds = (r.runEnd - r.runStart) / 1000;
  const decisions = subs.filter((s) => s.kind !== "release");
  const acked = decisions.filter((s) => s.result === "ok");
  const inDoubt = decisions.filter((s) => s.inDoubt);
  const routes = ["claim", "status", "decide", "release"] as const;
  const outcomes = ["ok", "refused", "outage", "crash", "network"] as const;
  const lines = [
    `Timbang soak: ${r.setup.instances.length} instances (${r.setup.instances.join(", ")}), ${r.setup.moderators} moderators, ${r.setup.durationS} s, database restarts: ${r.setup.restarts.join(", ") || "none"}`,
    "",
    `claims handed out        ${r.log.holds.length} (${(r.log.holds.length / seconds).toFixed(1)}/s), queue-empty answers ${r.log.emptyQueue}`,
    `decisions acknowledged   ${acked.length} (${(acked.length / seconds).toFixed(1)}/s); in the database ${r.decisions.decisions}; releases ${subs.filter((s) => s.kind === "release" && s.result === "ok").length}`,
    `double submits           ${decisions.filter((s) => s.doubleSubmit).length} (each to both instances at once), acknowledged twice: ${subs.filter((s) => s.acks > 1).length}`,
    `retried after an outage  ${inDoubt.length} submission(s); then saved ${inDoubt.filter((s) => s.result === "ok").length}, refused as already decided ${inDoubt.filter((s) => s.result === "refused").length}`,
    `double decisions         ${r.decisions.doubleDecisions}`,
    `lost decisions           ${r.decisions.lostDecisions} (lost releases ${r.decisions.lostReleases})`,
    `audit = state changes    ${["case.claimed", "case.released", "case.decided"].map((k) => `${k.slice(5)} ${r.audit.audits[k] ?? 0}/${r.audit.changes[k] ?? 0}`).join(", ")} (audit/changes); unmatched ${r.audit.changesWithoutAudit}/${r.audit.auditsWithoutChange}`,
    `claims exclusive         live leases taken ${r.audit.claimsNotExclusive}, client-seen overlaps ${clientOverlaps(r.log.holds, r.runEnd)}, claims not held ${r.log.claimsNotHeld.length}, decided without lease ${r.audit.decidedWithoutLease}`,
    `half-applied decisions   ${Object.values(r.decisions.halfApplied).reduce((a, b) => a + b, 0)}`,
    "",
    `requests  ${routes.map((x) => pad(x, 8)).join(" ")}`,
    ...outcomes.map((o) => `  ${pad(o, 8)}${routes.map((x) => pad(r.log.requests.filter((q) => q.route === x && q.outcome === o).length, 8)).join(" ")}`),
    `  p50 ms  ${routes.map((x) => pad(percentile(r.log.requests, x, 0.5), 8)).join(" ")}  (answered ok)`,
    `  p95 ms  ${routes.map((x) => pad(percentile(r.log.requests, x, 0.95), 8)).join(" ")}`,
    "",
    `health 503s seen         ${r.outage.health503} (while surely down: ${r.outage.health503WhileDown.join(", ")}; not 503 while down: ${r.outage.healthNot503WhileDown})`,
    ...r.restarts.map((x, i) => {
      const firstAck = Math.min(...subs.filter((s) => s.ackedAt !== null && s.ackedAt > x.upAt).map((s) => s.ackedAt!));
      const rec = r.outage.recoverySeconds[i];
      return `restart ${i + 1} (${x.mode})      stop took ${((x.downAt - x.stopAt) / 1000).toFixed(1)} s, down ${((x.startAt - x.downAt) / 1000).toFixed(1)} s, start took ${((x.upAt - x.startAt) / 1000).toFixed(1)} s; health 200 again ${rec === null || rec === undefined ? "never" : `${rec.toFixed(2)} s`} after start, first decision ${Number.isFinite(firstAck) ? `${((firstAck - x.upAt) / 1000).toFixed(2)} s` : "never"} after; outage probes ${x.probes.filter((p) => p.pass).length}/${x.probes.length} passed`;
    }),
    `ingest during the run    ${r.feed.batches} batches of ${r.feed.size} flags (failed ones sent again), ${r.feed.acknowledged} acknowledged, ${r.feed.stored} stored whole, partial ${r.feed.partial}, acknowledged but missing ${r.feed.lost}`,
    ...r.kills.map((k) => `ingest kill              ${k.scenario}: left ${k.left}${k.midTransaction === null ? "" : k.midTransaction ? " (killed mid-transaction)" : " (the batch finished first)"}; client got ${k.response}`),
    ...(r.crashLogLines.length ? ["", "server log lines that look like crashes:", ...r.crashLogLines.map((l) => `  ${l}`)] : []),
    "",
    v.length === 0 ? "PASS: 0 double decisions, 0 lost decisions, audit = state changes, claims exclusive, across the restart(s)" : `FAIL (${v.length}):`,
    ...v.map((x) => `  - ${x}`),
  ];
  console.log(lines.join("\n"));
}
