import { describe, expect, it } from "vitest";
import { bucketLowerSeconds, bucketMidpointSeconds, bucketUpperSeconds, durationBucket, percentileSeconds } from "./histogram";
import { granularityFor, jakartaDay, jakartaDayStart, periodStart, periodsIn } from "./range";

describe("duration histogram", () => {
  it("puts a duration in the bucket whose bounds hold it", () => {
    for (const seconds of [0, 59, 60, 61, 3600, 36_000, 93_600, 2_592_000]) {
      const b = durationBucket(seconds);
      expect(bucketLowerSeconds(b)).toBeLessThanOrEqual(seconds);
      expect(bucketUpperSeconds(b)).toBeGreaterThan(seconds);
      if (b > 0) expect(Math.abs(bucketMidpointSeconds(b) - seconds) / seconds).toBeLessThan(0.05);
    }
  });

  it("reads nearest-rank percentiles", () => {
    const b = (h: number) => durationBucket(h * 3600);
    const rows = [2, 10, 26].map((h) => ({ bucket: b(h), n: 1 }));
    expect(percentileSeconds(rows, 0.5)).toBe(bucketMidpointSeconds(b(10)));
    expect(percentileSeconds(rows, 0.9)).toBe(bucketMidpointSeconds(b(26)));
    expect(percentileSeconds([{ bucket: b(1), n: 9 }, { bucket: b(50), n: 1 }], 0.9)).toBe(bucketMidpointSeconds(b(1)));
    expect(percentileSeconds([], 0.5)).toBeNull();
  });
});

describe("Jakarta days and periods", () => {
  it("uses the Jakarta calendar day", () => {
    expect(jakartaDay(new Date("2026-11-01T16:59:59Z"))).toBe("2026-11-01");
    expect(jakartaDay(new Date("2026-11-01T17:00:00Z"))).toBe("2026-11-02");
    expect(jakartaDayStart("2026-11-02").toISOString()).toBe("2026-11-01T17:00:00.000Z");
  });

  it("groups by day, Monday week or month", () => {
    expect(granularityFor({ from: "2026-11-01", to: "2026-11-30" })).toBe("day");
    expect(granularityFor({ from: "2026-09-01", to: "2026-11-29" })).toBe("week");
    expect(granularityFor({ from: "2026-01-01", to: "2026-11-29" })).toBe("month");
    expect(periodStart("2026-11-29", "week")).toBe("2026-11-23");
    expect(periodStart("2026-11-23", "week")).toBe("2026-11-23");
    expect(periodsIn({ from: "2026-11-20", to: "2026-11-29" }, "week")).toEqual(["2026-11-16", "2026-11-23"]);
    expect(periodsIn({ from: "2026-10-30", to: "2026-11-02" }, "month")).toEqual(["2026-10-01", "2026-11-01"]);
  });
});
