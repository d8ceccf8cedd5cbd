// npm run lighthouse — Lighthouse 12 with the system Chromium against the built app (`npm run
// build` first): /login, /queue and /cases/[id] with the desktop preset, /seller with mobile
// emulation. Fails unless performance ≥ 90, accessibility = 100 and best practices ≥ 95 on each.
// The app runs on LH_PORT (3108) with the database the app is configured for (DATABASE_URL, or
// the embedded one seeded by `npm run db:seed`), unless BENCH_URL points at a running app.
// Reports are written to bench/lighthouse/ (not committed).
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { DEMO_PASSWORD } from "../db/seed/users";
import { signIn, startApp } from "./bench/http";

const THRESHOLDS = { performance: 90, accessibility: 100, "best-practices": 95 } as const;
type Category = keyof typeof THRESHOLDS;

interface Target {
  name: string;
  path: string;
  as: string | null;
  mobile: boolean;
}

async function firstCasePath(url: string, cookie: string): Promise<string> {
  const html = await (await fetch(`${url}/queue`, { headers: { cookie } })).text();
  const match = /\/cases\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/.exec(html);
  if (!match) throw new Error("no case in the queue to audit: seed the database first");
  return `/cases/${match[1]}`;
}

async function main(): Promise<number> {
  process.env.BENCH_PORT ??= process.env.LH_PORT ?? "3108";
  const app = await startApp({ AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64url") });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  const failures: string[] = [];
  const rows: string[] = [];
  try {
    const cookies = new Map<string, string>();
    const cookieFor = async (email: string) => {
      if (!cookies.has(email)) cookies.set(email, await signIn(app.url, email, DEMO_PASSWORD));
      return cookies.get(email)!;
    };
    const casePath = await firstCasePath(app.url, await cookieFor("moderator@timbang.test"));
    const targets: Target[] = [
      { name: "login", path: "/login", as: null, mobile: false },
      { name: "queue", path: "/queue", as: "moderator@timbang.test", mobile: false },
      { name: "case", path: casePath, as: "moderator@timbang.test", mobile: false },
      { name: "seller", path: "/seller", as: "seller@timbang.test", mobile: true },
    ];
    mkdirSync("bench/lighthouse", { recursive: true });
    for (const t of targets) {
      const cookie = t.as ? await cookieFor(t.as) : null;
      process.stderr.write(`Lighthouse ${t.path} (${t.mobile ? "mobile" : "desktop"}) …\n`);
      const result = await lighthouse(
        `${app.url}${t.path}`,
        {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: Object.keys(THRESHOLDS),
          ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
        },
        t.mobile ? undefined : desktopConfig,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${t.path}`);
      const lhr = result.lhr;
      writeFileSync(`bench/lighthouse/${t.name}.json`, typeof result.report === "string" ? result.report : JSON.stringify(lhr));
      if (lhr.runtimeError) failures.push(`${t.path}: ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(
        (Object.keys(THRESHOLDS) as Category[]).map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
      ) as Record<Category, number>;
      for (const c of Object.keys(THRESHOLDS) as Category[]) {
        if (scores[c] < THRESHOLDS[c]) {
          const weak = lhr.categories[c]!.auditRefs
            .map((ref) => lhr.audits[ref.id]!)
            .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual")
            .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ""}`);
          failures.push(`${t.path} ${c} ${scores[c]} < ${THRESHOLDS[c]}: ${weak.slice(0, 8).join(", ")}`);
        }
      }
      const m = (id: string) => lhr.audits[id]?.displayValue ?? "—";
      rows.push(
        `${t.path.slice(0, 46).padEnd(46)} ${t.mobile ? "mobile " : "desktop"} ${String(scores.performance).padStart(5)} ${String(scores.accessibility).padStart(6)} ${String(scores["best-practices"]).padStart(6)}   FCP ${m("first-contentful-paint")}, LCP ${m("largest-contentful-paint")}, TBT ${m("total-blocking-time")}, CLS ${m("cumulative-layout-shift")}`,
      );
    }
  } finally {
    await chrome.kill();
    await app.stop();
  }
  console.log(`${"page".padEnd(46)} ${"device"} ${"perf".padStart(5)} ${"a11y".padStart(6)} ${"b.p.".padStart(6)}`);
  for (const r of rows) console.log(r);
  console.log(`\nThresholds: performance ≥ ${THRESHOLDS.performance}, accessibility ${THRESHOLDS.accessibility}, best practices ≥ ${THRESHOLDS["best-practices"]}. Reports: bench/lighthouse/*.json`);
  if (failures.length > 0) {
    console.error(`\n${failures.join("\n")}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
