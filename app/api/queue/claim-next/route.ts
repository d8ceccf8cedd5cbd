import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { claimNext, currentClaim } from "@/db/queries/claims";
import { authorize } from "@/server/session";
import { answerDuringOutage } from "@/server/database-outage";

export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };

function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  try {
    return new URL(origin).host === (request.headers.get("x-forwarded-host") ?? request.headers.get("host"));
  } catch {
    return false;
  }
}

/** The case the caller holds a live lease on, if any (read-only). */
export async function GET(): Promise<Response> {
  return answerDuringOutage(heldClaim);
}

async function heldClaim(): Promise<Response> {
  const auth = await authorize("case:claim");
  if (!auth.ok) return Response.json({ error: auth.error }, { status: auth.status });
  const { db } = await getDb();
  const claim = await currentClaim(db, auth.user.id, new Date());
  return Response.json({ claim }, { headers: NO_STORE });
}

/**
 * "Review next": claims the highest-priority free case for the caller (or renews the one they
 * hold) with FOR UPDATE SKIP LOCKED, as the queue's server action does. 200 with the case, 404
 * when the queue is empty. Cross-site posts are refused (the session cookie is SameSite=Lax too).
 * 503 with a "try again" message while the database is unreachable.
 */
export async function POST(request: Request): Promise<Response> {
  return answerDuringOutage(() => claimNextCase(request));
}

async function claimNextCase(request: Request): Promise<Response> {
  if (!sameOrigin(request)) {
    return Response.json({ error: (await getTranslations("errors"))("forbidden") }, { status: 403 });
  }
  const auth = await authorize("case:claim");
  if (!auth.ok) return Response.json({ error: auth.error }, { status: auth.status });
  const { db } = await getDb();
  const claim = await claimNext(db, auth.user.id, new Date());
  if (!claim) return Response.json({ claim: null, error: (await getTranslations("queue"))("queueEmpty") }, { status: 404, headers: NO_STORE });
  return Response.json({ claim }, { headers: NO_STORE });
}
