// Latency sampling for the benchmark: N workers loop over a task for a duration; each iteration
// gives one sample (the whole task, or the part the task times itself).

export interface Latency {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

export interface LoopResult {
  latency: Latency;
  /** Timed iterations per second over the whole run. */
  perSecond: number;
  elapsedMs: number;
  errors: number;
  firstError: string | null;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function summarize(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((s, x) => s + x, 0);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: sorted.length ? sum / sorted.length : NaN,
    max: sorted.at(-1) ?? NaN,
  };
}

export interface LoopOptions {
  concurrency: number;
  durationMs: number;
  /** Untimed iterations per worker first (connections, caches). */
  warmup?: number;
  /**
   * One iteration. Return the milliseconds to record when the task times only part of itself,
   * `null` to record nothing (e.g. the queue ran dry), or nothing to record the whole call.
   */
  task: (worker: number, iteration: number) => Promise<number | null | void>;
}

export async function loop(options: LoopOptions): Promise<LoopResult> {
  const samples: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const run = async (worker: number, iteration: number, record: boolean) => {
    const started = performance.now();
    try {
      const timed = await options.task(worker, iteration);
      if (record && timed !== null) samples.push(typeof timed === "number" ? timed : performance.now() - started);
    } catch (error) {
      errors += 1;
      firstError ??= error instanceof Error ? error.message : String(error);
    }
  };
  await Promise.all(
    Array.from({ length: options.concurrency }, async (_, w) => {
      for (let i = 0; i < (options.warmup ?? 0); i++) await run(w, -1 - i, false);
    }),
  );
  const started = performance.now();
  const deadline = started + options.durationMs;
  await Promise.all(
    Array.from({ length: options.concurrency }, async (_, w) => {
      for (let i = 0; performance.now() < deadline; i++) await run(w, i, true);
    }),
  );
  const elapsedMs = performance.now() - started;
  return { latency: summarize(samples), perSecond: (samples.length / elapsedMs) * 1000, elapsedMs, errors, firstError };
}
