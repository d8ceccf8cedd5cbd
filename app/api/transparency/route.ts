import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listPlatforms } from "@/db/queries/dashboard";
import { getTransparencyReport } from "@/db/queries/transparency";
import { jakartaDay } from "@/lib/dashboard/range";
import { transparencyCsv } from "@/lib/dashboard/transparency";
import { parseDashboardFilters } from "@/lib/validation/dashboard";
import { authorize } from "@/server/session";

export const dynamic = "force-dynamic";

/** GET /api/transparency?platform=&range=|from=&to=&format=csv|json — the report as a file. */
export async function GET(request: NextRequest): Promise<Response> {
  const auth = await authorize("dashboard:view");
  if (!auth.ok) return Response.json({ error: auth.error }, { status: auth.status });
  const t = await getTranslations("dashboard");
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const format = params.format === "json" ? "json" : params.format === "csv" || params.format === undefined ? "csv" : null;
  const { db } = await getDb();
  const platforms = await listPlatforms(db);
  const { filters, issues } = parseDashboardFilters(params, jakartaDay(new Date()), platforms.map((p) => p.id), { requirePlatform: true });
  const platform = platforms.find((p) => p.id === filters.platformId);
  if (!format || issues.length > 0 || !platform) {
    return Response.json({ error: issues.includes("platform") ? t("api.unknownPlatform") : t("filters.invalidRange") }, { status: 400 });
  }
  const report = await getTransparencyReport(db, platform, filters.from, filters.to);
  const name = `timbang-transparency_${platform.id}_${filters.from}_${filters.to}.${format}`;
  const headers = { "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" };
  if (format === "json") return Response.json(report, { headers });
  return new Response(`\uFEFF${transparencyCsv(report)}`, { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
}
