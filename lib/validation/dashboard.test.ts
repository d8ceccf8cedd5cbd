import { describe, expect, it } from "vitest";
import { parseDashboardFilters, parseStatementExportQuery, statementExportQuerySchema } from "./dashboard";

const today = "2026-11-29";
const platforms = ["shopee", "tokopedia"];

describe("parseDashboardFilters", () => {
  it("defaults to the last 30 days on every platform", () => {
    expect(parseDashboardFilters({}, today, platforms)).toEqual({
      filters: { range: "30", from: "2026-10-31", to: "2026-11-29", platformId: null },
      issues: [],
    });
  });

  it("reads presets, custom ranges and a platform", () => {
    expect(parseDashboardFilters({ range: "7", platform: "shopee" }, today, platforms).filters).toEqual({
      range: "7",
      from: "2026-11-23",
      to: "2026-11-29",
      platformId: "shopee",
    });
    expect(parseDashboardFilters({ range: "custom", from: "2026-01-01", to: "2026-03-31" }, today, platforms).filters).toMatchObject({
      range: "custom",
      from: "2026-01-01",
      to: "2026-03-31",
    });
  });

  it("falls back and reports a bad range or an unknown platform", () => {
    const bad = parseDashboardFilters({ range: "custom", from: "2026-02-30", to: "2026-03-01", platform: "ebay" }, today, platforms);
    expect(bad.filters).toMatchObject({ range: "30", platformId: null });
    expect(bad.issues).toEqual(["range", "platform"]);
    expect(parseDashboardFilters({ range: "custom", from: "2026-03-01", to: "2026-02-01" }, today, platforms).issues).toEqual(["range"]);
    expect(parseDashboardFilters({ range: "365" }, today, platforms).issues).toEqual(["range"]);
    expect(parseDashboardFilters({ range: "custom", from: "2020-01-01", to: "2026-01-01" }, today, platforms).issues).toEqual(["range"]);
  });

  it("picks the first platform when a report needs one", () => {
    expect(parseDashboardFilters({}, today, platforms, { requirePlatform: true }).filters.platformId).toBe("shopee");
  });
});

describe("statementExportQuerySchema", () => {
  it("accepts a period, a platform and a format", () => {
    expect(statementExportQuerySchema.parse({ from: "2026-11-01", to: "2026-11-30", platform: "shopee", format: "csv" })).toEqual({
      from: "2026-11-01",
      to: "2026-11-30",
      platform: "shopee",
      format: "csv",
    });
    expect(statementExportQuerySchema.parse({ from: "2026-11-01", to: "2026-11-30" }).format).toBe("jsonl");
  });

  it.each([
    [{ to: "2026-11-30" }],
    [{ from: "2026-11-31", to: "2026-12-01" }],
    [{ from: "2026-12-01", to: "2026-11-01" }],
    [{ from: "2020-01-01", to: "2026-01-01" }],
    [{ from: "2026-11-01", to: "2026-11-30", format: "xlsx" }],
    [{ from: "2026-11-01", to: "2026-11-30", platform: "Shop'ee" }],
  ])("refuses %j", (query) => {
    expect(statementExportQuerySchema.safeParse(query).success).toBe(false);
  });
});

describe("parseStatementExportQuery", () => {
  it("defaults to the last 30 days", () => {
    expect(parseStatementExportQuery({}, today).data).toEqual({ from: "2026-10-31", to: "2026-11-29", format: "jsonl" });
    expect(parseStatementExportQuery({ to: "2026-11-10", format: "csv" }, today).data).toEqual({ from: "2026-10-12", to: "2026-11-10", format: "csv" });
    expect(parseStatementExportQuery({ to: "nonsense" }, today).success).toBe(false);
  });
});
