// What a user gets while the database is down, checked on every instance in both languages: the
// queue page shows the outage notice (not an error page), "review next" and the decision form
// answer the translated "database unavailable, try again", health answers 503.
import { randomUUID } from "node:crypto";
import { callAction, outageMessages, requestJson } from "./http";

export interface Prober {
  urls: readonly string[];
  /** Session cookie of a signed-in moderator (outside the soak's 40). */
  cookie: string;
  decideActionId: string;
}

export interface ProbeResult {
  name: string;
  pass: boolean;
  detail: string;
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&#x27;": "'", "&quot;": '"', "&lt;": "<", "&gt;": ">" };
const unescape = (html: string) => html.replace(/&amp;|&#x27;|&quot;|&lt;|&gt;/g, (e) => ENTITIES[e]!);

/** Every probe at once (the machine may be slow; the database stays down until they are done). */
export async function probeOutage(prober: Prober): Promise<ProbeResult[]> {
  const runs = prober.urls.flatMap((url) => [probeLocale(prober, url, "id"), probeLocale(prober, url, "en"), probeHealth(url)]);
  return (await Promise.all(runs)).flat();
}

async function probeHealth(url: string): Promise<ProbeResult[]> {
  const health = await requestJson(`${url}/api/health`);
  return [{ name: `${url} /api/health answers 503`, pass: health.status === 503, detail: `HTTP ${health.status}` }];
}

async function probeLocale(prober: Prober, url: string, locale: "id" | "en"): Promise<ProbeResult[]> {
  // The user's saved language cannot be read while the database is down: the cookie decides.
  const cookie = `${prober.cookie}; NEXT_LOCALE=${locale}`;
  const m = outageMessages()[locale];
  const results: ProbeResult[] = [];

  const page = await fetch(`${url}/queue`, { headers: { cookie }, signal: AbortSignal.timeout(30_000) }).then(
    async (r) => ({ status: r.status, html: unescape(await r.text()) }),
    () => ({ status: 0, html: "" }),
  );
  results.push({
    name: `${url} /queue (${locale}) shows the outage notice`,
    pass: page.html.includes(m.outageTitle) && page.html.includes(m.outageBody) && !/\n\s+at \S+ \(/.test(page.html),
    detail: `HTTP ${page.status}`,
  });

  const caseId = randomUUID();
  const fields = { caseId, version: "1", kind: "clear", clearReason: "cleared_personal_item", intent: "submit" };
  const action = await callAction(url, `/cases/${caseId}`, prober.decideActionId, cookie, fields);
  const error = action.body && !action.body.ok ? action.body.error : null;
  results.push({
    name: `${url} decision form (${locale}) says "try again"`,
    pass: action.status === 200 && error === m.databaseUnavailable,
    detail: `HTTP ${action.status}: ${error ?? action.outcome}`,
  });

  const claim = await requestJson<{ error?: string }>(`${url}/api/queue/claim-next`, { method: "POST", headers: { cookie, origin: url } });
  results.push({
    name: `${url} review next (${locale}) answers 503 "try again"`,
    pass: claim.status === 503 && claim.body?.error === m.databaseUnavailable,
    detail: `HTTP ${claim.status}: ${claim.body?.error ?? ""}`,
  });
  return results;
}
