import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { claimCase, getClaimStatus, releaseClaim, renewClaim } from "@/db/queries/claims";
import { isDomainError } from "@/lib/moderation";
import { caseErrorMessage } from "@/server/case-messages";
import { authorize } from "@/server/session";
import { answerDuringOutage } from "@/server/database-outage";

export const dynamic = "force-dynamic";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who holds the case now (for the case page's claim status). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return answerDuringOutage(() => claimStatus(params));
}

async function claimStatus(params: Promise<{ id: string }>): Promise<Response> {
  const auth = await authorize("case:view");
  if (!auth.ok) return Response.json({ error: auth.error }, { status: auth.status });
  const { id } = await params;
  const t = await getTranslations("errors");
  if (!UUID.test(id)) return Response.json({ error: t("notFound") }, { status: 404 });
  const { db } = await getDb();
  const status = await getClaimStatus(db, id, new Date());
  if (!status) return Response.json({ error: t("notFound") }, { status: 404 });
  return Response.json(status, { headers: { "cache-control": "no-store" } });
}

/** Claim (op=claim), renew (op=renew) or release (op=release) the lease; release also by sendBeacon. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return answerDuringOutage(() => changeLease(request, params));
}

async function changeLease(request: Request, params: Promise<{ id: string }>): Promise<Response> {
  const auth = await authorize("case:claim");
  if (!auth.ok) return Response.json({ error: auth.error }, { status: auth.status });
  const { id } = await params;
  const op = new URL(request.url).searchParams.get("op");
  const t = await getTranslations("errors");
  if (!UUID.test(id)) return Response.json({ error: t("notFound") }, { status: 404 });
  if (op !== "claim" && op !== "renew" && op !== "release") return Response.json({ error: t("invalidInput") }, { status: 400 });
  const { db } = await getDb();
  const actor = { id: auth.user.id, role: auth.user.role };
  const now = new Date();
  const fn = op === "claim" ? claimCase : op === "renew" ? renewClaim : releaseClaim;
  const result = await fn(db, id, actor, now);
  if (isDomainError(result)) {
    const status = result.code === "not_found" ? 404 : result.code === "forbidden" ? 403 : 409;
    return Response.json({ code: result.code, error: await caseErrorMessage(result) }, { status });
  }
  return Response.json({ ok: true, until: result.claimExpiresAt, version: result.version });
}
