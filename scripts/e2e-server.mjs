// Starts the built app for end-to-end tests on a freshly seeded database: the PostgreSQL in
// DATABASE_URL when set (CI), otherwise an embedded database under .data/e2e.
import { spawnSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";

const port = process.env.PORT ?? "3100";
const env = {
  ...process.env,
  AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64url"),
  TIMBANG_DATA_DIR: process.env.TIMBANG_DATA_DIR ?? path.join(process.cwd(), ".data", "e2e"),
};
const seed = spawnSync("npx", ["tsx", "scripts/seed.ts", "--reset"], { stdio: "inherit", env });
if (seed.status !== 0) process.exit(seed.status ?? 1);
const fixtures = spawnSync("npx", ["tsx", "scripts/e2e-fixtures.ts"], { stdio: "inherit", env });
if (fixtures.status !== 0) process.exit(fixtures.status ?? 1);
const server = spawn("npx", ["next", "start", "-p", port, "-H", "127.0.0.1"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
