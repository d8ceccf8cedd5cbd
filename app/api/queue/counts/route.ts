import { getDb } from "@/db/client";
import { returnExpiredInfoRequests } from "@/db/queries/case-state";
import { queueCounts } from "@/db/queries/queue";
import { authorize } from "@/server/session";
import { answerDuringOutage } from "@/server/database-outage";

export const dynamic = "force-dynamic";

/** Live queue counts for the polling header of /queue. */
export async function GET(request: Request): Promise<Response> {
  return answerDuringOutage(() => counts(request));
}

async function counts(request: Request): Promise<Response> {
  const auth = await authorize("queue:view");
  if (!auth.ok) return Response.json({ error: auth.error }, { status: auth.status });
  const platform = new URL(request.url).searchParams.get("platform");
  const { db } = await getDb();
  const now = new Date();
  await returnExpiredInfoRequests(db, now);
  const counts = await queueCounts(db, { userId: auth.user.id, now, platform: platform && /^[a-z0-9_]{1,40}$/.test(platform) ? platform : null });
  return Response.json(counts, { headers: { "cache-control": "no-store" } });
}
