import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { jakartaDay } from "@/lib/dashboard/range";
import { parseStatementExportQuery } from "@/lib/validation/dashboard";
import { authorize } from "@/server/session";
import { startStatementExport } from "@/server/statement-export";

export const dynamic = "force-dynamic";

/**
 * GET /api/exports/statements?from=YYYY-MM-DD&to=YYYY-MM-DD[&platform=id][&format=csv]
 * (no period: the last 30 days).
 * Every statement of reasons (warnings, takedowns, account actions) applied in the period
 * (Jakarta days, inclusive), streamed as JSON Lines or CSV, without personal data. Audited and
 * rate limited per user.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const auth = await authorize("export:statements");
  if (!auth.ok) return Response.json({ error: auth.error }, { status: auth.status });
  const t = await getTranslations("dashboard.api");
  const parsed = parseStatementExportQuery(Object.fromEntries(request.nextUrl.searchParams), jakartaDay(new Date()));
  if (!parsed.success) return Response.json({ error: t("invalid") }, { status: 400 });
  const { db } = await getDb();
  const started = await startStatementExport(db, auth.user.id, parsed.data);
  if (!started.ok) {
    const headers: Record<string, string> = started.retryAfterSeconds ? { "Retry-After": String(started.retryAfterSeconds) } : {};
    return Response.json({ error: t(started.error) }, { status: started.status, headers });
  }
  return new Response(started.stream, {
    headers: {
      "Content-Type": started.contentType,
      "Content-Disposition": `attachment; filename="${started.fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
