// Calendar arithmetic for dashboards. Days are ISO dates ("2026-11-29") in Asia/Jakarta, which
// has no daylight saving time (UTC+7 all year), so a day is always 24 hours.

export const JAKARTA_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

export const RANGE_PRESETS = ["7", "30", "90"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export type RangeKind = RangePreset | "custom";
export type Granularity = "day" | "week" | "month";

/** Inclusive range of Jakarta calendar days. */
export interface DayRange {
  from: string;
  to: string;
}

/** The Jakarta calendar day of a moment. */
export function jakartaDay(at: Date): string {
  return new Date(at.getTime() + JAKARTA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The moment a Jakarta day starts. */
export function jakartaDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - JAKARTA_OFFSET_MS);
}

export function addDaysIso(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Number of days in the inclusive range. */
export function rangeLength(range: DayRange): number {
  return Math.round((Date.parse(`${range.to}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) / DAY_MS) + 1;
}

export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** The last `preset` days, today included. */
export function presetRange(preset: RangePreset, today: string): DayRange {
  return { from: addDaysIso(today, -(Number(preset) - 1)), to: today };
}

/** Bars per day up to about six weeks, per week up to about half a year, per month beyond. */
export function granularityFor(range: DayRange): Granularity {
  const days = rangeLength(range);
  if (days <= 45) return "day";
  if (days <= 200) return "week";
  return "month";
}

/** The first day of the period a day falls in (weeks start on Monday). */
export function periodStart(day: string, granularity: Granularity): string {
  if (granularity === "day") return day;
  if (granularity === "month") return `${day.slice(0, 7)}-01`;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDaysIso(day, -((weekday + 6) % 7));
}

/** Every period touching the range, in order, by its first day. */
export function periodsIn(range: DayRange, granularity: Granularity): string[] {
  const out: string[] = [];
  for (let day = range.from; day <= range.to; day = addDaysIso(day, 1)) {
    const start = periodStart(day, granularity);
    if (out[out.length - 1] !== start) out.push(start);
  }
  return out;
}

/** Every day of the range, in order. */
export function daysIn(range: DayRange): string[] {
  const out: string[] = [];
  for (let day = range.from; day <= range.to; day = addDaysIso(day, 1)) out.push(day);
  return out;
}
