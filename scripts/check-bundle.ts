// npm run check:bundle — the JavaScript a browser downloads for each seller page stays within the
// budget (200 kB gzip), read from the production build (`next build` first): the root main files
// plus every chunk the route's client reference manifest lists for its segments (layouts, page,
// error and not-found boundaries). Sellers are on phones and prepaid data; the staff pages are
// reported for comparison but have no budget here.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 200;
const NEXT = path.join(process.cwd(), ".next");

function manifests(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...manifests(full));
    else if (entry === "page_client-reference-manifest.js") out.push(full);
  }
  return out;
}

function routeOf(manifest: string): string {
  const rel = path.relative(path.join(NEXT, "server", "app"), path.dirname(manifest));
  return `/${rel.split(path.sep).filter((s) => !/^\(.*\)$/.test(s)).join("/")}`.replace(/\/$/, "") || "/";
}

const gzipCache = new Map<string, number>();
function gzipBytes(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(path.join(NEXT, file))).length;
    gzipCache.set(file, size);
  }
  return size;
}

function main(): number {
  if (!existsSync(path.join(NEXT, "BUILD_ID"))) {
    console.error("No production build in .next/: run `npm run build` first.");
    return 2;
  }
  const build = JSON.parse(readFileSync(path.join(NEXT, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const rows: { route: string; files: number; kb: number }[] = [];
  for (const manifest of manifests(path.join(NEXT, "server", "app"))) {
    const text = readFileSync(manifest, "utf8");
    const json = text.slice(text.indexOf("= {") + 2).replace(/;\s*$/, "");
    const parsed = JSON.parse(json) as { entryJSFiles?: Record<string, string[]> };
    const files = new Set([...build.rootMainFiles, ...Object.values(parsed.entryJSFiles ?? {}).flat()].filter((f) => f.endsWith(".js")));
    const bytes = [...files].reduce((sum, f) => sum + gzipBytes(f), 0);
    rows.push({ route: routeOf(manifest), files: files.size, kb: bytes / 1024 });
  }
  rows.sort((a, b) => a.route.localeCompare(b.route));
  const seller = rows.filter((r) => r.route === "/seller" || r.route.startsWith("/seller/"));
  if (seller.length === 0) {
    console.error("No seller routes in the build output.");
    return 1;
  }
  console.log(`JavaScript per page, gzip (budget for seller pages: ${BUDGET_KB} kB)`);
  for (const r of rows) {
    const isSeller = seller.includes(r);
    const verdict = isSeller ? (r.kb <= BUDGET_KB ? "ok" : "OVER BUDGET") : "";
    console.log(`  ${r.route.padEnd(34)} ${r.kb.toFixed(1).padStart(7)} kB  ${String(r.files).padStart(3)} files  ${verdict}`);
  }
  const over = seller.filter((r) => r.kb > BUDGET_KB);
  if (over.length > 0) {
    console.error(`\n${over.length} seller page(s) send more than ${BUDGET_KB} kB of JavaScript (gzip).`);
    return 1;
  }
  console.log(`\nEvery seller page stays within ${BUDGET_KB} kB.`);
  return 0;
}

process.exit(main());
