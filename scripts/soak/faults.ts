// Database restarts during the run: PostgreSQL really stopped with pg_ctl (fast: sessions
// terminated, open transactions rolled back; immediate: a crash, WAL recovery on start), kept down
// a few seconds, started again. A health prober samples /api/health on every instance all along;
// while the database is down, probes check what users get (outage.ts).
import { requestJson, sleep } from "./http";
import { probeOutage, type ProbeResult, type Prober } from "./outage";
import type { PgCluster, StopMode } from "./pg-cluster";

export interface HealthSample {
  url: string;
  status: number;
  t0: number;
  t1: number;
}

export interface Restart {
  mode: StopMode;
  /** performance.now(): pg_ctl stop called, returned (down), pg_ctl start called, returned (up). */
  stopAt: number;
  downAt: number;
  startAt: number;
  upAt: number;
  probes: ProbeResult[];
}

export async function sampleHealth(urls: readonly string[], until: () => boolean, samples: HealthSample[]): Promise<void> {
  while (!until()) {
    await Promise.all(
      urls.map(async (url) => {
        const a = await requestJson(`${url}/api/health`);
        samples.push({ url, status: a.status, t0: a.t0, t1: a.t1 });
      }),
    );
    await sleep(250);
  }
}

const MIN_UP_MS = 10_000;

export interface RestartPlan {
  /** performance.now() at which to stop. */
  at: number;
  mode: StopMode;
}

/** Runs the plan; `onUp` hears when the database is back. */
export async function runRestarts(
  cluster: PgCluster,
  plan: readonly RestartPlan[],
  downMs: number,
  prober: Prober,
  restarts: Restart[],
  onUp: (upAt: number) => void,
): Promise<void> {
  for (const step of plan) {
    // A slow outage (probes on a loaded machine) pushes the next one back: the database stays up
    // at least MIN_UP_MS between restarts, so each recovery can be seen.
    const lastUp = restarts.at(-1)?.upAt ?? 0;
    await sleep(Math.max(0, step.at - performance.now(), lastUp + MIN_UP_MS - performance.now()));
    const stopAt = performance.now();
    await cluster.stop(step.mode);
    const downAt = performance.now();
    const probes = await probeOutage(prober);
    await sleep(Math.max(0, downAt + downMs - performance.now()));
    const startAt = performance.now();
    await cluster.start();
    const upAt = performance.now();
    restarts.push({ mode: step.mode, stopAt, downAt, startAt, upAt, probes });
    onUp(upAt);
  }
}

export interface OutageSummary {
  /** Health answers that were 503 (all instances, whole run). */
  health503: number;
  /** Health requests sent and answered while the database was surely down, that were not 503. */
  healthNot503WhileDown: number;
  /** Per restart: 503s answered while the database was surely down (0 means the stop went unnoticed). */
  health503WhileDown: number[];
  /** Per restart: seconds from `pg_ctl start` returning to every instance answering health 200 (null: never). */
  recoverySeconds: (number | null)[];
}

export function summarizeHealth(samples: readonly HealthSample[], restarts: readonly Restart[], urls: readonly string[]): OutageSummary {
  const down = (s: HealthSample) => restarts.some((r) => s.t0 > r.downAt && s.t1 < r.startAt);
  const recoverySeconds = restarts.map((r, i) => {
    const before = restarts[i + 1]?.stopAt ?? Infinity;
    const perUrl = urls.map((url) => samples.find((s) => s.url === url && s.t0 >= r.upAt && s.t1 < before && s.status === 200)?.t1 ?? null);
    if (perUrl.some((t) => t === null)) return null;
    return (Math.max(...(perUrl as number[])) - r.upAt) / 1000;
  });
  return {
    health503: samples.filter((s) => s.status === 503).length,
    healthNot503WhileDown: samples.filter((s) => down(s) && s.status !== 503).length,
    health503WhileDown: restarts.map((r) => samples.filter((s) => s.t0 > r.downAt && s.t1 < r.startAt && s.status === 503).length),
    recoverySeconds,
  };
}
