// One simulated moderator: "review next" (POST /api/queue/claim-next), read the case's version
// (GET /api/cases/[id]/lease, as the case page's claim status does), think, then decide through
// the case page's server action, or skip (release the lease). Each request goes to a random
// instance, as behind a load balancer without sticky sessions. When the database is down the
// moderator sees "try again" and does: the same decision is sent again until it is saved or
// refused. Now and then a decision is double-submitted to both instances at once.
import { decisionFields, pickKind, type Kind, type Takedown } from "./decisions";
import { callAction, requestJson, sleep, type Answer, type Outcome } from "./http";

export interface Hold {
  moderator: number;
  caseId: string;
  /** When the claim's answer arrived (the lease was surely held from then). */
  from: number;
  /** When the first decide/release request for it left (the lease was surely held until then). */
  until: number | null;
}

export interface Submission {
  moderator: number;
  caseId: string;
  version: number;
  kind: Kind | "release";
  /** ok: saved and acknowledged; refused: a definitive no; unknown: never got a definitive answer. */
  result: "ok" | "refused" | "unknown";
  attempts: number;
  /** At least one attempt failed without a definitive answer, so an earlier one may have been saved. */
  inDoubt: boolean;
  doubleSubmit: boolean;
  acks: number;
  refusal: string | null;
  /** performance.now() of the acknowledgement. */
  ackedAt: number | null;
}

export interface RequestRecord {
  route: "claim" | "status" | "decide" | "release";
  outcome: Outcome;
  status: number;
  t0: number;
  t1: number;
}

export interface SoakLog {
  holds: Hold[];
  submissions: Submission[];
  requests: RequestRecord[];
  /** A claim answered with a case whose lease, read right after, was not the moderator's. */
  claimsNotHeld: { moderator: number; caseId: string; holder: string | null }[];
  emptyQueue: number;
}

export interface ModeratorContext {
  urls: readonly string[];
  decideActionId: string;
  takedown: Takedown;
  /**
   * performance.now() deadline for new claims (moved later after a restart, so every run has work
   * after the recovery); a submission in progress may go on for GRACE_MS more.
   */
  until: number;
  log: SoakLog;
}

const GRACE_MS = 60_000;

const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;

function note(ctx: ModeratorContext, route: RequestRecord["route"], a: Answer): void {
  ctx.log.requests.push({ route, outcome: a.outcome, status: a.status, t0: a.t0, t1: a.t1 });
}

/** Waits after a "try again" answer as a person would before pressing it again: 1-2 s. */
const backoff = () => sleep(1000 + Math.random() * 1000);

async function readVersion(ctx: ModeratorContext, m: number, userId: string, cookie: string, caseId: string): Promise<number | null> {
  while (performance.now() < ctx.until + GRACE_MS) {
    const a = await requestJson<{ version: number; reviewer: { id: string } | null }>(`${pick(ctx.urls)}/api/cases/${caseId}/lease`, { headers: { cookie } });
    note(ctx, "status", a);
    if (a.outcome === "ok" && a.body) {
      if (a.body.reviewer?.id !== userId) ctx.log.claimsNotHeld.push({ moderator: m, caseId, holder: a.body.reviewer?.id ?? null });
      return a.body.version;
    }
    if (a.outcome === "refused") return null;
    await backoff();
  }
  return null;
}

/** Sends one decision (or release) until it is acknowledged or refused. */
async function submit(ctx: ModeratorContext, sub: Submission, hold: Hold, send: (url: string) => Promise<Answer<unknown>>, urls: () => string[]) {
  while (performance.now() < ctx.until + GRACE_MS) {
    hold.until ??= performance.now();
    sub.attempts += 1;
    const answers = await Promise.all(urls().map((u) => send(u)));
    for (const a of answers) note(ctx, sub.kind === "release" ? "release" : "decide", a);
    const acked = answers.filter((a) => a.outcome === "ok");
    sub.acks += acked.length;
    if (acked.length > 0) {
      sub.result = "ok";
      sub.ackedAt = Math.min(...acked.map((a) => a.t1));
      return;
    }
    const refused = answers.find((a) => a.outcome === "refused");
    if (refused) {
      sub.result = "refused";
      const body = refused.body as { error?: string } | null;
      sub.refusal = body?.error ?? `HTTP ${refused.status}`;
      return;
    }
    sub.inDoubt = true;
    await backoff();
  }
}

export async function runModerator(ctx: ModeratorContext, m: number, userId: string, cookie: string): Promise<void> {
  while (performance.now() < ctx.until) {
    const url = pick(ctx.urls);
    const claim = await requestJson<{ claim: { id: string } | null }>(`${url}/api/queue/claim-next`, { method: "POST", headers: { cookie, origin: url } });
    note(ctx, "claim", claim);
    if (claim.outcome !== "ok" || !claim.body?.claim) {
      if (claim.status === 404) ctx.log.emptyQueue += 1;
      await backoff();
      continue;
    }
    const caseId = claim.body.claim.id;
    const hold: Hold = { moderator: m, caseId, from: claim.t1, until: null };
    ctx.log.holds.push(hold);
    const version = await readVersion(ctx, m, userId, cookie, caseId);
    if (version === null) continue;
    await sleep(Math.random() * 150);

    const r = Math.random();
    const release = r < 0.08;
    const doubleSubmit = !release && r > 0.95 && ctx.urls.length > 1;
    const kind = release ? "release" : pickKind(Math.random());
    const sub: Submission = { moderator: m, caseId, version, kind, result: "unknown", attempts: 0, inDoubt: false, doubleSubmit, acks: 0, refusal: null, ackedAt: null };
    ctx.log.submissions.push(sub);
    if (kind === "release") {
      await submit(ctx, sub, hold, (u) => requestJson(`${u}/api/cases/${caseId}/lease?op=release`, { method: "POST", headers: { cookie, origin: u } }), () => [pick(ctx.urls)]);
    } else {
      const fields = decisionFields(caseId, version, kind, ctx.takedown, Math.random());
      await submit(ctx, sub, hold, (u) => callAction(u, `/cases/${caseId}`, ctx.decideActionId, cookie, fields), () => (doubleSubmit ? [...ctx.urls] : [pick(ctx.urls)]));
    }
  }
}
