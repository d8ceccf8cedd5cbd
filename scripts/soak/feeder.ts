// A platform pushing flags while the moderators work: a small POST /api/v1/flags batch every
// second to a random instance, each with references of its own, so every batch can be checked
// afterwards: all of an acknowledged batch stored, and any batch stored whole or not at all.
import { requestJson, sleep, type Outcome } from "./http";
import { soakFlag } from "./setup";

export const FEED_BATCH = 10;

export interface FeedBatch {
  tag: string;
  /** The last attempt's. */
  outcome: Outcome;
  status: number;
  attempts: number;
}

/** Sends batches until `until`; a batch that fails is sent again (the API is idempotent), as a platform would. */
export async function runFeeder(urls: readonly string[], apiKey: string, until: () => number, runTag: string, batches: FeedBatch[]): Promise<void> {
  for (let b = 0, attempt = 0; performance.now() < until(); attempt++) {
    const tag = `${runTag}-feed-${b}`;
    const flags = Array.from({ length: FEED_BATCH }, (_, i) => soakFlag(tag, i));
    const url = urls[attempt % urls.length]!;
    const a = await requestJson(`${url}/api/v1/flags`, {
      method: "POST",
      headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
      body: JSON.stringify({ flags }),
    });
    const last = batches.at(-1);
    if (last?.tag === tag) Object.assign(last, { outcome: a.outcome, status: a.status, attempts: last.attempts + 1 });
    else batches.push({ tag, outcome: a.outcome, status: a.status, attempts: 1 });
    if (a.outcome === "ok") b += 1;
    await sleep(1000);
  }
}

/** The source references of a feeder batch (as soakFlag builds them). */
export function feedReferences(tag: string): string[] {
  return Array.from({ length: FEED_BATCH }, (_, i) => `soak-${tag}-${i}`);
}
