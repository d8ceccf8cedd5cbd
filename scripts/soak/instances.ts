// Several `next start` processes from one build (.next), each on its own port, all on the same
// database: the app is stateless, so they stand for instances behind a load balancer.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { sleep } from "./http";

export interface Instance {
  port: number;
  url: string;
  log: string;
  child: ChildProcess;
}

export const SOAK_DIR = path.join(process.cwd(), ".data", "soak");

async function waitHealthy(instance: Instance, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (instance.child.exitCode !== null) throw new Error(`next start on ${instance.port} exited with ${instance.child.exitCode}; see ${instance.log}`);
    try {
      const res = await fetch(`${instance.url}/api/health`, { signal: AbortSignal.timeout(5000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(300);
  }
  throw new Error(`${instance.url}/api/health did not answer 200 within ${timeoutMs / 1000} s; see ${instance.log}`);
}

export async function startInstances(ports: readonly number[], env: Record<string, string>): Promise<Instance[]> {
  if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    throw new Error("No production build in .next/: run `npx next build` first (the soak runs the built app).");
  }
  mkdirSync(SOAK_DIR, { recursive: true });
  const instances = ports.map((port) => {
    const log = path.join(SOAK_DIR, `app-${port}.log`);
    const out = createWriteStream(log);
    const child = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
      env: { ...process.env, ...env, NODE_ENV: "production", PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.pipe(out);
    child.stderr?.pipe(out);
    return { port, url: `http://127.0.0.1:${port}`, log, child };
  });
  try {
    await Promise.all(instances.map((i) => waitHealthy(i, 90_000)));
  } catch (error) {
    await stopInstances(instances);
    throw error;
  }
  return instances;
}

export async function stopInstances(instances: readonly Instance[]): Promise<void> {
  await Promise.all(
    instances.map(
      (i) =>
        new Promise<void>((resolve) => {
          if (i.child.exitCode !== null || i.child.signalCode !== null) return resolve();
          i.child.once("exit", () => resolve());
          i.child.kill("SIGTERM");
          setTimeout(() => i.child.kill("SIGKILL"), 5000).unref();
        }),
    ),
  );
}

/** Lines of an instance's log that say the process met an error nobody handled, for the report. */
export function crashLines(instance: Instance): string[] {
  if (!existsSync(instance.log)) return [];
  return readFileSync(instance.log, "utf8")
    .split("\n")
    .filter((l) => /uncaughtException|unhandledRejection/i.test(l))
    .map((l) => `${instance.port}: ${l}`)
    .slice(0, 5);
}
