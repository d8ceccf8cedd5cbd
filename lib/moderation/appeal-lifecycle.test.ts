import { describe, expect, it } from "vitest";
import { APPEAL_STATES, ROLES, type AppealState, type Role } from "./constants";
import { transitionAppeal, type AppealEvent, type AppealLifecycleView } from "./appeal-lifecycle";

const now = new Date("2026-03-10T05:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
const ME = "11111111-1111-4111-8111-111111111111";
const OTHER = "22222222-2222-4222-8222-222222222222";
const AUTHOR = "33333333-3333-4333-8333-333333333333";

const LEASES = {
  unclaimed: { claimedBy: null, claimExpiresAt: null },
  mineLive: { claimedBy: ME, claimExpiresAt: minutes(5) },
  mineExpired: { claimedBy: ME, claimExpiresAt: minutes(-1) },
  otherLive: { claimedBy: OTHER, claimExpiresAt: minutes(5) },
  otherExpired: { claimedBy: OTHER, claimExpiresAt: minutes(-1) },
} as const;
type Lease = keyof typeof LEASES;

const EVENTS: Record<string, AppealEvent> = {
  claim: { type: "claim" },
  renew: { type: "renew" },
  release: { type: "release" },
  grant: { type: "grant", reason: "Nota pembelian lokal terlampir." },
  deny: { type: "deny", reason: "Foto label menunjukkan barang impor." },
  partial: { type: "partial", reason: "Takedown tetap, poin dicabut." },
};

// Expected outcome for a reviewer (moderator or senior) on a pending round-1 decision appeal,
// written out in full: "ok" or the error code.
const PENDING: Record<string, Record<Lease, string>> = {
  claim: { unclaimed: "ok", mineLive: "ok", mineExpired: "ok", otherLive: "claimed_by_other", otherExpired: "ok" },
  renew: { unclaimed: "not_claimed", mineLive: "ok", mineExpired: "ok", otherLive: "claimed_by_other", otherExpired: "not_claimed" },
  release: { unclaimed: "not_claimed", mineLive: "ok", mineExpired: "ok", otherLive: "claimed_by_other", otherExpired: "not_claimed" },
  grant: { unclaimed: "not_claimed", mineLive: "ok", mineExpired: "not_claimed", otherLive: "claimed_by_other", otherExpired: "not_claimed" },
  deny: { unclaimed: "not_claimed", mineLive: "ok", mineExpired: "not_claimed", otherLive: "claimed_by_other", otherExpired: "not_claimed" },
  partial: { unclaimed: "not_claimed", mineLive: "ok", mineExpired: "not_claimed", otherLive: "claimed_by_other", otherExpired: "not_claimed" },
};
const REVIEWERS: Role[] = ["moderator", "senior_moderator"];

function view(state: AppealState, lease: Lease, extra: Partial<AppealLifecycleView> = {}): AppealLifecycleView {
  return { subject: "decision", state, round: 1, conflictedUserIds: [AUTHOR], partialAvailable: true, ...LEASES[lease], ...extra };
}
const outcome = (r: ReturnType<typeof transitionAppeal>) => (r.ok ? "ok" : r.error);

describe("appeal lifecycle: state × event × role × lease", () => {
  for (const state of APPEAL_STATES) {
    for (const [name, event] of Object.entries(EVENTS)) {
      for (const role of ROLES) {
        for (const lease of Object.keys(LEASES) as Lease[]) {
          const expected = !REVIEWERS.includes(role) ? "forbidden" : state !== "pending" ? "not_pending" : PENDING[name]![lease];
          it(`${state} · ${name} · ${role} · ${lease} → ${expected}`, () => {
            expect(outcome(transitionAppeal(view(state, lease), event, { id: ME, role }, now))).toBe(expected);
          });
        }
      }
    }
  }
});

describe("appeal lifecycle: who may review", () => {
  it("refuses the author of the appealed decision, even holding the lease", () => {
    const r = transitionAppeal(view("pending", "unclaimed", { conflictedUserIds: [ME] }), EVENTS.claim!, { id: ME, role: "senior_moderator" }, now);
    expect(outcome(r)).toBe("conflict_of_interest");
  });
  it("sends a second appeal to a senior moderator only", () => {
    const second = view("pending", "mineLive", { round: 2 });
    expect(outcome(transitionAppeal(second, EVENTS.claim!, { id: ME, role: "moderator" }, now))).toBe("senior_required");
    expect(outcome(transitionAppeal(second, EVENTS.grant!, { id: ME, role: "senior_moderator" }, now))).toBe("ok");
  });
  it("sends an account action appeal to a senior moderator only", () => {
    const action = view("pending", "unclaimed", { subject: "account_action", partialAvailable: false });
    expect(outcome(transitionAppeal(action, EVENTS.claim!, { id: ME, role: "moderator" }, now))).toBe("senior_required");
    expect(outcome(transitionAppeal(action, EVENTS.claim!, { id: ME, role: "senior_moderator" }, now))).toBe("ok");
  });
});

describe("appeal lifecycle: outcomes", () => {
  it("requires a written reason", () => {
    const r = transitionAppeal(view("pending", "mineLive"), { type: "deny", reason: "   " }, { id: ME, role: "moderator" }, now);
    expect(outcome(r)).toBe("reason_required");
  });
  it("refuses a partial outcome where nothing can be partly undone", () => {
    const r = transitionAppeal(view("pending", "mineLive", { partialAvailable: false }), EVENTS.partial!, { id: ME, role: "moderator" }, now);
    expect(outcome(r)).toBe("partial_not_available");
  });
  it("records the reviewer and time, and frees the lease", () => {
    const r = transitionAppeal(view("pending", "mineLive"), EVENTS.grant!, { id: ME, role: "moderator" }, now);
    expect(r).toEqual({ ok: true, next: { state: "granted", reviewerId: ME, decidedAt: now, claimedBy: null, claimExpiresAt: null } });
  });
  it("maps deny and partial to their states", () => {
    const deny = transitionAppeal(view("pending", "mineLive"), EVENTS.deny!, { id: ME, role: "moderator" }, now);
    const partial = transitionAppeal(view("pending", "mineLive"), EVENTS.partial!, { id: ME, role: "moderator" }, now);
    expect(deny.ok && deny.next.state).toBe("denied");
    expect(partial.ok && partial.next.state).toBe("partial");
  });
  it("gives a ten-minute lease on claim and renew, and clears it on release", () => {
    const claim = transitionAppeal(view("pending", "otherExpired"), EVENTS.claim!, { id: ME, role: "moderator" }, now);
    expect(claim.ok && claim.next).toMatchObject({ claimedBy: ME, claimExpiresAt: minutes(10), state: "pending", reviewerId: null });
    const release = transitionAppeal(view("pending", "mineLive"), EVENTS.release!, { id: ME, role: "moderator" }, now);
    expect(release.ok && release.next).toMatchObject({ claimedBy: null, claimExpiresAt: null });
  });
});
