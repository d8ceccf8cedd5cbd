// A private, throwaway PostgreSQL cluster for the soak: initdb in a temporary directory, started
// and stopped with pg_ctl on its own port, so the fault run can really stop the database without
// touching the shared cluster on 5432. Binaries: the newest /usr/lib/postgresql/<n>/bin (or
// SOAK_PG_BIN). As root, every command runs as the postgres user (initdb refuses root).
import { execFileSync, spawn } from "node:child_process";
import { chownSync, copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createConnection } from "node:net";
import os from "node:os";
import path from "node:path";

export type StopMode = "fast" | "immediate";

export interface PgCluster {
  port: number;
  dir: string;
  url(database: string): string;
  stop(mode: StopMode): Promise<void>;
  start(): Promise<void>;
  /** Stops the cluster and deletes its directory. */
  destroy(): Promise<void>;
}

function binDir(): string {
  if (process.env.SOAK_PG_BIN) return process.env.SOAK_PG_BIN;
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+(\.\d+)?$/.test(v)) : [];
  versions.sort((a, b) => Number(a) - Number(b));
  const newest = versions.at(-1);
  if (!newest) throw new Error(`no PostgreSQL under ${root}; set SOAK_PG_BIN to the directory holding initdb and pg_ctl`);
  return path.join(root, newest, "bin");
}

const isRoot = () => process.getuid?.() === 0;

function pgUser(): { uid: number; gid: number } {
  const out = execFileSync("id", ["postgres"], { encoding: "utf8" });
  const uid = Number(/uid=(\d+)/.exec(out)?.[1]);
  const gid = Number(/gid=(\d+)/.exec(out)?.[1]);
  return { uid, gid };
}

/**
 * Runs a PostgreSQL binary (as postgres when we are root) without blocking the event loop (the
 * simulated moderators keep working while pg_ctl stops the server); rejects with its output.
 */
function run(bin: string, args: string[]): Promise<void> {
  const [cmd, argv] = isRoot() ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv as string[], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(bin)} ${args.join(" ")} failed (${code}): ${output}`))));
  });
}

export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** Creates and starts a cluster on 127.0.0.1:<port> with trust auth for local connections. */
export async function createCluster(port: number): Promise<PgCluster> {
  if (await portInUse(port)) throw new Error(`port ${port} is in use: a previous soak cluster may still run (pg_ctl stop it) or choose SOAK_PG_PORT`);
  const bin = binDir();
  const dir = mkdtempSync(path.join(os.tmpdir(), "timbang-soak-pg-"));
  if (isRoot()) {
    const { uid, gid } = pgUser();
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, "data");
  const log = path.join(dir, "postgres.log");
  // Durable commits stay on (synchronous_commit): an acknowledged decision must survive the stop.
  // fsync is off only because the machine itself does not crash in this test.
  const conf = [
    `port = ${port}`,
    "listen_addresses = '127.0.0.1'",
    `unix_socket_directories = '${dir}'`,
    "max_connections = 100",
    "fsync = off",
    "full_page_writes = off",
    "shared_buffers = 128MB",
  ].join("\n");
  const pgCtl = path.join(bin, "pg_ctl");
  const cluster: PgCluster = {
    port,
    dir,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop: (mode) => run(pgCtl, ["stop", "-D", data, "-m", mode, "-w", "-t", "60"]),
    start: () => run(pgCtl, ["start", "-D", data, "-l", log, "-w", "-t", "60"]),
    destroy: async () => {
      if (existsSync(path.join(data, "postmaster.pid"))) {
        await run(pgCtl, ["stop", "-D", data, "-m", "immediate", "-w", "-t", "30"]).catch((error: unknown) => console.error(String(error)));
      }
      if (existsSync(log)) copyFileSync(log, path.join(process.cwd(), ".data", "soak", "postgres.log"));
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await run(path.join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync", "--locale=C"]);
    writeFileSync(path.join(data, "postgresql.auto.conf"), `${conf}\n`, { flag: "a" });
    await cluster.start();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return cluster;
}
