// The app under test over HTTP: starting `next start`, signing in through next-auth's credentials
// endpoint, and autocannon runs reduced to the numbers the report needs.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { summarize, type Latency } from "./measure";

export interface AppServer {
  url: string;
  stop(): Promise<void>;
}

async function waitForHealth(url: string, child: ChildProcess | null, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url}/api/health did not answer within ${timeoutMs / 1000} s`);
}

/** BENCH_URL when given (an app you started), else `next start` on BENCH_PORT with the scale database. */
export async function startApp(env: Record<string, string>): Promise<AppServer> {
  if (process.env.BENCH_URL) {
    await waitForHealth(process.env.BENCH_URL, null, 10_000);
    return { url: process.env.BENCH_URL.replace(/\/$/, ""), stop: async () => {} };
  }
  if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    throw new Error("No production build in .next/: run `npm run build` first (the benchmark measures the built app).");
  }
  const port = process.env.BENCH_PORT ?? "3108";
  const child = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", port], {
    env: { ...process.env, ...env, NODE_ENV: "production", PORT: port },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, 60_000);
  } catch (error) {
    child.kill("SIGTERM");
    throw error;
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5000).unref();
      }),
  };
}

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** Signs in through /api/auth/csrf and /api/auth/callback/credentials; returns the Cookie header. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${url}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = cookiesOf(csrfRes);
  const res = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: url },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/" }),
  });
  const session = cookiesOf(res).find((c) => /^(__Secure-)?authjs\.session-token=/.test(c));
  if (!session) throw new Error(`sign-in as ${email} failed (HTTP ${res.status})`);
  return session;
}

export interface HttpResult {
  latency: Latency;
  perSecond: number;
  requests: number;
  non2xx: number;
  errors: number;
}

export interface HttpRun {
  url: string;
  connections: number;
  durationS: number;
  /** Paths requested in turn (one per request). */
  paths: readonly string[];
  method?: "GET" | "POST";
  headers: Record<string, string>;
  body?: (i: number) => string;
}

/** An autocannon run; every response time is kept, so the percentiles are exact (milliseconds). */
export async function httpRun(run: HttpRun): Promise<HttpResult> {
  let i = 0;
  const times: number[] = [];
  const instance = autocannon({
    url: run.url,
    connections: run.connections,
    duration: run.durationS,
    headers: run.headers,
    method: run.method ?? "GET",
    requests: [
      {
        setupRequest: (req) => {
          const n = i++;
          return { ...req, path: run.paths[n % run.paths.length], ...(run.body ? { body: run.body(n) } : {}) };
        },
      },
    ],
  });
  instance.on("response", (_client, _status, _bytes, ms) => times.push(ms));
  const result = await instance;
  return {
    latency: summarize(times),
    perSecond: result.requests.average,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
