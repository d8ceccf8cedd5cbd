// HTTP as a browser would do it, with every answer classified and timed: the soak's verdicts
// (exclusive claims, lost or double decisions, crashes during the outage) are computed from these.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import path from "node:path";

export type Outcome =
  | "ok" // 2xx, and for an action { ok: true }
  | "refused" // a definitive no: 4xx, or an action's { ok: false } for any reason but the outage
  | "outage" // 503, or an action's { ok: false } with the "database unavailable" message
  | "crash" // 500 or an action that threw (the user would see an error page, not a message)
  | "network"; // no HTTP answer (socket closed, timeout)

export interface Answer<T = unknown> {
  outcome: Outcome;
  status: number;
  body: T | null;
  /** performance.now() when the request was sent and when the answer was complete. */
  t0: number;
  t1: number;
}

export const REQUEST_TIMEOUT_MS = 30_000;

const require = createRequire(import.meta.url);
// React's own reply encoder, from the copy Next ships: the soak posts server actions exactly as
// the browser does (multipart, `Next-Action` header).
const flight = require("next/dist/compiled/react-server-dom-webpack/client.edge") as {
  encodeReply(value: unknown): Promise<string | FormData>;
};

/** The messages the app answers with during an outage, in both languages (from messages/). */
export interface OutageTexts {
  databaseUnavailable: string;
  outageTitle: string;
  outageBody: string;
}

export function outageMessages(): { id: OutageTexts; en: OutageTexts } {
  const read = (locale: string, ns: string) =>
    JSON.parse(readFileSync(path.join(process.cwd(), "messages", locale, `${ns}.json`), "utf8")) as Record<string, string>;
  const pick = (locale: string): OutageTexts => ({
    databaseUnavailable: read(locale, "errors").databaseUnavailable!,
    outageTitle: read(locale, "common").outageTitle!,
    outageBody: read(locale, "common").outageBody!,
  });
  return { id: pick("id"), en: pick("en") };
}

const UNAVAILABLE = new Set([outageMessages().id.databaseUnavailable, outageMessages().en.databaseUnavailable]);

function classify(status: number): Outcome {
  if (status >= 200 && status < 300) return "ok";
  if (status === 503) return "outage";
  if (status >= 500) return "crash";
  return "refused";
}

/** A JSON route (claim-next, lease, health, /api/v1). */
export async function requestJson<T>(url: string, init: RequestInit = {}): Promise<Answer<T>> {
  const t0 = performance.now();
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const text = await res.text();
    let body: T | null = null;
    try {
      body = text ? (JSON.parse(text) as T) : null;
    } catch {
      body = null;
    }
    return { outcome: classify(res.status), status: res.status, body, t0, t1: performance.now() };
  } catch {
    return { outcome: "network", status: 0, body: null, t0, t1: performance.now() };
  }
}

/** The server action ids of this build, by exported name (from .next/server/server-reference-manifest.json). */
export function actionIds(): Record<string, string> {
  const file = path.join(process.cwd(), ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const ids: Record<string, string> = {};
  for (const [id, entry] of Object.entries(manifest.node)) if (entry.exportedName) ids[`${entry.filename}#${entry.exportedName}`] = id;
  return ids;
}

/** The action's return value from an RSC answer: row 0 points at it ("a":"$@<row>"). */
export function actionResult(text: string): { value: unknown; threw: boolean } | null {
  const rows = new Map<string, string>();
  for (const line of text.split("\n")) {
    const m = /^([0-9a-f]+):(.*)$/.exec(line);
    if (m) rows.set(m[1]!, m[2]!);
  }
  const root = rows.get("0");
  if (!root) return null;
  const ref = /"a":"\$@([0-9a-f]+)"/.exec(root)?.[1];
  const row = ref ? rows.get(ref) : undefined;
  if (!row) return null;
  if (row.startsWith("E")) return { value: null, threw: true };
  return { value: JSON.parse(row, (_k, v: unknown) => (typeof v === "string" && v.startsWith("$$") ? v.slice(1) : v)), threw: false };
}

export type ActionValue = { ok: true; data: unknown } | { ok: false; error: string; fieldErrors?: Record<string, string> };

/** Calls a `useActionState` server action (prevState null, the form's fields) at `pagePath`. */
export async function callAction(
  base: string,
  pagePath: string,
  actionId: string,
  cookie: string,
  fields: Record<string, string>,
): Promise<Answer<ActionValue>> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const body = await flight.encodeReply([null, form]);
  const t0 = performance.now();
  try {
    const res = await fetch(`${base}${pagePath}`, {
      method: "POST",
      headers: { cookie, origin: base, "next-action": actionId, accept: "text/x-component" },
      body,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await res.text();
    const t1 = performance.now();
    const result = actionResult(text);
    if (!result || result.threw || res.status >= 500) {
      return { outcome: res.status === 503 ? "outage" : "crash", status: res.status, body: null, t0, t1 };
    }
    const value = result.value as ActionValue;
    const outcome: Outcome = value.ok ? "ok" : UNAVAILABLE.has(value.error) ? "outage" : "refused";
    return { outcome, status: res.status, body: value, t0, t1 };
  } catch {
    return { outcome: "network", status: 0, body: null, t0, t1: performance.now() };
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
