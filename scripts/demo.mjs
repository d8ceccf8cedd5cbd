// `npm run demo`: the zero-setup path. Creates AUTH_SECRET in .env.local when absent, builds
// when the build is missing or older than the checkout, migrates and seeds the embedded
// database on the first run (reusing it afterwards), then serves the app.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, appendFileSync, writeFileSync } from "node:fs";

const port = process.env.PORT ?? "3000";
const run = (cmd, args, env = process.env) => {
  const result = spawnSync(cmd, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const envFile = ".env.local";
const envText = existsSync(envFile) ? readFileSync(envFile, "utf8") : "";
if (!/^AUTH_SECRET=/m.test(envText) && !process.env.AUTH_SECRET) {
  appendFileSync(envFile, `${envText && !envText.endsWith("\n") ? "\n" : ""}AUTH_SECRET=${randomBytes(32).toString("base64url")}\n`);
  console.log("demo: generated AUTH_SECRET into .env.local");
}
const secret = process.env.AUTH_SECRET ?? readFileSync(envFile, "utf8").match(/^AUTH_SECRET=(.*)$/m)?.[1];
const env = { ...process.env, AUTH_SECRET: secret };

const revision = spawnSync("git", ["rev-parse", "HEAD"], { encoding: "utf8" }).stdout.trim() || "unknown";
const stamp = ".next/timbang-revision";
if (!existsSync(".next/BUILD_ID") || !existsSync(stamp) || readFileSync(stamp, "utf8") !== revision) {
  console.log("demo: building the app (first run or new checkout)…");
  run("npx", ["next", "build"], env);
  writeFileSync(stamp, revision);
}

run("npx", ["tsx", "scripts/seed.ts"], env);

console.log(`
Timbang is starting on http://localhost:${port}
Sign in with any demo account, password "timbang-demo":
  moderator@timbang.test   moderator2@timbang.test   senior@timbang.test
  manager@timbang.test     admin@timbang.test
  seller@timbang.test      seller2@timbang.test
`);
const server = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
