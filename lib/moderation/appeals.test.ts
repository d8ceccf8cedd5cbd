import { describe, expect, it } from "vitest";
import {
  appealDailyLimitReached,
  appealDueAt,
  appealEligibility,
  requiredReviewPermission,
  secondAppealDeadline,
  startOfJakartaDay,
  type AppealableAction,
  type AppealHistoryEntry,
} from "./appeals";
import { addDays } from "./ladder";

const settings = { appealWindowDays: 30, secondAppealWindowDays: 15 };
const notice = new Date("2026-03-01T03:00:00Z");
const takedown: AppealableAction = {
  subject: "decision",
  id: "d1",
  kind: "takedown",
  noticeAt: notice,
  appealDeadline: null,
  reversedAt: null,
};
const suspension: AppealableAction = {
  subject: "account_action",
  id: "a1",
  kind: "suspend",
  noticeAt: notice,
  appealDeadline: null,
  liftedAt: null,
};
const denied = (round: number, decidedAt: Date): AppealHistoryEntry => ({ round, state: "denied", decidedAt });

describe("appealEligibility — first appeal", () => {
  it("allows round 1 inside the window, with the deadline 30 days after the notice", () => {
    const r = appealEligibility(takedown, [], settings, addDays(notice, 29));
    expect(r).toEqual({ allowed: true, round: 1, deadline: addDays(notice, 30), reviewPermission: "appeal:review" });
  });
  it("allows it on the last instant of the window and refuses it one millisecond later", () => {
    const deadline = addDays(notice, 30);
    expect(appealEligibility(takedown, [], settings, deadline).allowed).toBe(true);
    expect(appealEligibility(takedown, [], settings, new Date(deadline.getTime() + 1))).toEqual({
      allowed: false,
      reason: "window_closed",
      deadline,
    });
  });
  it("honours the deadline stated to the seller over the platform default", () => {
    const stated = addDays(notice, 10);
    const r = appealEligibility({ ...takedown, appealDeadline: stated }, [], settings, addDays(notice, 11));
    expect(r).toEqual({ allowed: false, reason: "window_closed", deadline: stated });
  });
  it("takes the window from the platform settings", () => {
    const r = appealEligibility(takedown, [], { appealWindowDays: 7, secondAppealWindowDays: 15 }, addDays(notice, 8));
    expect(r.allowed).toBe(false);
  });
  it("allows warnings to be appealed but not clearances or requests for information", () => {
    const at = addDays(notice, 1);
    expect(appealEligibility({ ...takedown, kind: "warn" }, [], settings, at).allowed).toBe(true);
    expect(appealEligibility({ ...takedown, kind: "clear" }, [], settings, at)).toMatchObject({ reason: "not_appealable" });
    expect(appealEligibility({ ...takedown, kind: "request_info" }, [], settings, at)).toMatchObject({ reason: "not_appealable" });
  });
  it("refuses a reversed decision and a lifted account action", () => {
    const at = addDays(notice, 1);
    expect(appealEligibility({ ...takedown, reversedAt: at }, [], settings, at)).toMatchObject({ reason: "already_reversed" });
    expect(appealEligibility({ ...suspension, liftedAt: at }, [], settings, at)).toMatchObject({ reason: "already_reversed" });
  });
  it("sends every account action appeal to a senior moderator", () => {
    expect(appealEligibility(suspension, [], settings, addDays(notice, 1))).toMatchObject({
      allowed: true,
      round: 1,
      reviewPermission: "appeal:review_second",
    });
  });
});

describe("appealEligibility — open appeals, second round, no third", () => {
  it("refuses a second open appeal", () => {
    const r = appealEligibility(takedown, [{ round: 1, state: "pending", decidedAt: null }], settings, addDays(notice, 2));
    expect(r).toMatchObject({ allowed: false, reason: "open_appeal_exists" });
  });
  it("refuses after a granted appeal", () => {
    const r = appealEligibility(takedown, [{ round: 1, state: "granted", decidedAt: addDays(notice, 2) }], settings, addDays(notice, 3));
    expect(r).toMatchObject({ allowed: false, reason: "already_granted" });
  });
  it("allows round 2 within 15 days of a denial, reviewed by a senior moderator — even after the first window", () => {
    const deniedAt = addDays(notice, 29);
    const r = appealEligibility(takedown, [denied(1, deniedAt)], settings, addDays(notice, 40));
    expect(r).toEqual({ allowed: true, round: 2, deadline: addDays(deniedAt, 15), reviewPermission: "appeal:review_second" });
  });
  it("treats a partial outcome as a partial denial that may be appealed again", () => {
    const decidedAt = addDays(notice, 5);
    const r = appealEligibility(takedown, [{ round: 1, state: "partial", decidedAt }], settings, addDays(notice, 6));
    expect(r).toMatchObject({ allowed: true, round: 2 });
  });
  it("refuses round 2 more than 15 days after the denial", () => {
    const deniedAt = addDays(notice, 3);
    const r = appealEligibility(takedown, [denied(1, deniedAt)], settings, new Date(addDays(deniedAt, 15).getTime() + 1));
    expect(r).toEqual({ allowed: false, reason: "second_window_closed", deadline: addDays(deniedAt, 15) });
  });
  it("refuses a third appeal", () => {
    const history = [denied(1, addDays(notice, 2)), denied(2, addDays(notice, 4))];
    expect(appealEligibility(takedown, history, settings, addDays(notice, 5))).toMatchObject({ allowed: false, reason: "no_more_rounds" });
  });
  it("refuses while round 2 is open", () => {
    const history: AppealHistoryEntry[] = [denied(1, addDays(notice, 2)), { round: 2, state: "pending", decidedAt: null }];
    expect(appealEligibility(takedown, history, settings, addDays(notice, 5))).toMatchObject({ reason: "open_appeal_exists" });
  });
});

describe("limits and clocks", () => {
  it("allows ten appeals a day and refuses the eleventh", () => {
    expect(appealDailyLimitReached(9)).toBe(false);
    expect(appealDailyLimitReached(10)).toBe(true);
  });
  it("counts the day in Jakarta time (UTC+7)", () => {
    // 23:30 UTC on 1 March is 06:30 on 2 March in Jakarta: the day began at 17:00 UTC on 1 March.
    expect(startOfJakartaDay(new Date("2026-03-01T23:30:00Z")).toISOString()).toBe("2026-03-01T17:00:00.000Z");
    expect(startOfJakartaDay(new Date("2026-03-01T16:59:59Z")).toISOString()).toBe("2026-02-28T17:00:00.000Z");
  });
  it("puts the review due time at the platform's SLA", () => {
    expect(appealDueAt(notice, 72).toISOString()).toBe("2026-03-04T03:00:00.000Z");
  });
  it("offers a second appeal only after a round-1 denial or partial outcome", () => {
    const at = addDays(notice, 1);
    expect(secondAppealDeadline(1, "denied", at, settings)).toEqual(addDays(at, 15));
    expect(secondAppealDeadline(1, "partial", at, settings)).toEqual(addDays(at, 15));
    expect(secondAppealDeadline(1, "granted", at, settings)).toBeNull();
    expect(secondAppealDeadline(2, "denied", at, settings)).toBeNull();
  });
  it("needs a senior for round 2 and account actions only", () => {
    expect(requiredReviewPermission("decision", 1)).toBe("appeal:review");
    expect(requiredReviewPermission("decision", 2)).toBe("appeal:review_second");
    expect(requiredReviewPermission("account_action", 1)).toBe("appeal:review_second");
  });
});
