import { z } from "zod";
import { isIsoDay, presetRange, rangeLength, RANGE_PRESETS, type RangePreset } from "../dashboard/range";
import type { DashboardFilters } from "../dashboard/types";

/** The longest period a dashboard, report or export covers. */
export const MAX_RANGE_DAYS = 731;
export const DEFAULT_RANGE: RangePreset = "30";

export type SearchParams = Record<string, string | string[] | undefined>;
export type FilterIssue = "range" | "platform";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Reads ?range=7|30|90|custom&from=&to=&platform= leniently: a bad value falls back to the
 * default (last 30 days, every platform) and is reported, so a mistyped link still shows a page.
 */
export function parseDashboardFilters(
  params: SearchParams,
  today: string,
  platformIds: readonly string[],
  options: { requirePlatform?: boolean } = {},
): { filters: DashboardFilters; issues: FilterIssue[] } {
  const issues: FilterIssue[] = [];
  const range = first(params.range);
  const from = first(params.from);
  const to = first(params.to);
  let filters: DashboardFilters = { range: DEFAULT_RANGE, ...presetRange(DEFAULT_RANGE, today), platformId: null };
  if (range && (RANGE_PRESETS as readonly string[]).includes(range)) {
    filters = { ...filters, range: range as RangePreset, ...presetRange(range as RangePreset, today) };
  } else if (range === "custom" || (!range && (from || to))) {
    const custom = customRange(from, to);
    if (custom) filters = { ...filters, range: "custom", ...custom };
    else issues.push("range");
  } else if (range) {
    issues.push("range");
  }
  const platform = first(params.platform);
  if (platform && platform !== "all") {
    if (platformIds.includes(platform)) filters.platformId = platform;
    else issues.push("platform");
  }
  if (options.requirePlatform && !filters.platformId) filters.platformId = platformIds[0] ?? null;
  return { filters, issues };
}

function customRange(from: string | undefined, to: string | undefined): { from: string; to: string } | null {
  if (!from || !to || !isIsoDay(from) || !isIsoDay(to) || from > to) return null;
  return rangeLength({ from, to }) <= MAX_RANGE_DAYS ? { from, to } : null;
}

const isoDay = z.string().refine(isIsoDay, { message: "date" });

/** GET /api/exports/statements: strict, a bad request is answered 400. */
export const statementExportQuerySchema = z
  .object({
    from: isoDay,
    to: isoDay,
    platform: z.string().regex(/^[a-z0-9_]{1,40}$/).optional(),
    format: z.enum(["jsonl", "csv"]).default("jsonl"),
  })
  .refine((q) => q.from <= q.to, { message: "order", path: ["to"] })
  .refine((q) => q.from > q.to || rangeLength(q) <= MAX_RANGE_DAYS, { message: "length", path: ["to"] });
export type StatementExportQuery = z.infer<typeof statementExportQuerySchema>;

/** Parses the export's query string; a missing period means the last 30 days up to `today`. */
export function parseStatementExportQuery(params: Record<string, string>, today: string) {
  const to = params.to ?? today;
  const from = params.from ?? (isIsoDay(to) ? presetRange(DEFAULT_RANGE, to).from : to);
  return statementExportQuerySchema.safeParse({ ...params, from, to });
}

/** Query string for a dashboard or report link with these filters. */
export function filtersToQuery(filters: DashboardFilters, overrides: Partial<Record<"range" | "platform", string>> = {}): string {
  const params = new URLSearchParams();
  const range = overrides.range ?? filters.range;
  params.set("range", range);
  if (range === "custom") {
    params.set("from", filters.from);
    params.set("to", filters.to);
  }
  const platform = overrides.platform ?? filters.platformId;
  if (platform && platform !== "all") params.set("platform", platform);
  return params.toString();
}
