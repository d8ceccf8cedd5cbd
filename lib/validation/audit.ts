// The audit log's view state: every filter lives in the URL, so a view can be shared. Unknown or
// tampered values are dropped (the filter is then not applied) instead of failing the page.

import { firstParam } from "./user";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilters {
  /** An actor's id, "system", an email fragment or an API key prefix. */
  actor: string | null;
  subjectType: string | null;
  subjectId: string | null;
  /** Prefix of the action name, e.g. "case." or "user.disabled". */
  action: string | null;
  /** Calendar days in Asia/Jakarta, inclusive, as YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  /**
   * Keyset cursor "<at in epoch microseconds>_<id>" of the last event shown: the list goes on
   * with older events (newest first by time, then id).
   */
  before: string | null;
}

export const EMPTY_AUDIT_FILTERS: AuditFilters = {
  actor: null,
  subjectType: null,
  subjectId: null,
  action: null,
  from: null,
  to: null,
  before: null,
};

const SUBJECT_TYPE = /^[a-z][a-z0-9_]{0,39}$/;
const ACTION = /^[a-z0-9_.]{1,80}$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

type SearchParams = Record<string, string | string[] | undefined>;

export function parseAuditFilters(params: SearchParams): AuditFilters {
  const actor = firstParam(params, "actor");
  const subjectType = firstParam(params, "subjectType");
  const subjectId = firstParam(params, "subjectId");
  const action = firstParam(params, "action")?.toLowerCase() ?? null;
  const from = firstParam(params, "from");
  const to = firstParam(params, "to");
  const before = firstParam(params, "before");
  return {
    actor: actor && actor.length <= 254 ? actor : null,
    subjectType: subjectType && SUBJECT_TYPE.test(subjectType) ? subjectType : null,
    subjectId: subjectId && subjectId.length <= 100 ? subjectId : null,
    action: action && ACTION.test(action) ? action : null,
    from: from && isCalendarDay(from) ? from : null,
    to: to && isCalendarDay(to) ? to : null,
    before: before && decodeAuditCursor(before) ? before : null,
  };
}

export function auditSearch(filters: Partial<AuditFilters>): string {
  const out = new URLSearchParams();
  for (const key of ["actor", "subjectType", "subjectId", "action", "from", "to"] as const) {
    const value = filters[key];
    if (value) out.set(key, value);
  }
  if (filters.before) out.set("before", filters.before);
  const s = out.toString();
  return s ? `?${s}` : "";
}

export function hasAuditFilters(filters: AuditFilters): boolean {
  return Boolean(filters.actor || filters.subjectType || filters.subjectId || filters.action || filters.from || filters.to);
}

/** The instant a calendar day starts in Asia/Jakarta (UTC+7, no daylight saving). */
export function jakartaDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`);
}

/** The instant the calendar day after `day` starts in Asia/Jakarta (exclusive end of a range). */
export function jakartaDayEnd(day: string): Date {
  return new Date(jakartaDayStart(day).getTime() + 24 * 60 * 60 * 1000);
}

export interface AuditCursor {
  /** The event's time in microseconds since the epoch (timestamptz precision), as digits. */
  atMicros: string;
  id: number;
}

export function decodeAuditCursor(value: string): AuditCursor | null {
  const m = /^(-?[0-9]{1,17})_([1-9][0-9]{0,15})$/.exec(value);
  return m ? { atMicros: m[1]!, id: Number(m[2]) } : null;
}

export function encodeAuditCursor(cursor: AuditCursor): string {
  return `${cursor.atMicros}_${cursor.id}`;
}
