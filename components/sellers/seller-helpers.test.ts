import { describe, expect, it } from "vitest";
import { DEFAULT_PLATFORMS, addDays } from "@/lib/moderation/ladder";
import { ladderSummary } from "./ladder-summary";
import { notificationText } from "./notification-text";
import idSeller from "@/messages/id/seller.json";
import enSeller from "@/messages/en/seller.json";
import idAppeals from "@/messages/id/appeals.json";
import enAppeals from "@/messages/en/appeals.json";

const now = new Date("2026-03-10T05:00:00Z");
const ladder = DEFAULT_PLATFORMS[0].ladder;

describe("ladderSummary", () => {
  it("places the points on the ladder with the next step and the first expiry", () => {
    const s = ladderSummary(ladder, [
      { points: 12, expiresAt: addDays(now, 10) },
      { points: 6, expiresAt: addDays(now, 40) },
      { points: 24, expiresAt: addDays(now, -1) },
    ], now);
    expect(s).toMatchObject({ points: 18, max: 48, left: 6, next: { points: 24 }, reached: { points: 12 }, firstExpiry: { date: addDays(now, 10), points: 12 } });
  });
  it("has no next step at the top and no expiry without points", () => {
    expect(ladderSummary(ladder, [{ points: 60, expiresAt: addDays(now, 5) }], now)).toMatchObject({ points: 60, max: 60, next: null, left: null });
    expect(ladderSummary(ladder, [], now)).toMatchObject({ points: 0, firstExpiry: null, left: 12 });
  });
});

describe("notificationText", () => {
  it("links appeals, then cases, then the portal, and fills missing params", () => {
    expect(notificationText({ kind: "appeal_outcome", params: { outcome: "granted", reason: "Nota sah" }, caseId: "c", appealId: "a" })).toMatchObject({
      href: "/seller/appeals/a",
      values: { outcome: "granted", reason: "Nota sah", listingTitle: "—" },
    });
    expect(notificationText({ kind: "decision", params: { kind: "takedown", points: 24, listingTitle: "Kemeja" }, caseId: "c", appealId: null }).href).toBe("/seller/cases/c");
    expect(notificationText({ kind: "ladder_warning", params: { points: null }, caseId: null, appealId: null })).toMatchObject({ href: "/seller", values: { points: 0 } });
  });
  it("lists the ISO dates to format", () => {
    expect(notificationText({ kind: "request_info", params: { deadline: "2026-03-12T00:00:00.000Z" }, caseId: "c", appealId: null }).dates).toEqual(["deadline"]);
  });
});

function keys(obj: unknown, prefix = ""): string[] {
  if (typeof obj !== "object" || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("catalogs", () => {
  it("seller and appeals have the same keys in Indonesian and English", () => {
    expect(keys(idSeller).sort()).toEqual(keys(enSeller).sort());
    expect(keys(idAppeals).sort()).toEqual(keys(enAppeals).sort());
  });
  it("has a message for every notification kind", () => {
    for (const kind of ["decision", "request_info", "ladder_warning", "appeal_received", "appeal_outcome", "account_action", "account_action_ended", "escalation_reviewed"]) {
      expect(idSeller.notifications).toHaveProperty(kind);
    }
  });
});

describe("readStatement and readSnapshot", () => {
  it("reads the known fields and ignores the rest", async () => {
    const { readStatement, readSnapshot } = await import("./statement-fields");
    expect(readStatement({ facts: "Judul memuat 'bal'.", automated_detection: true, source_type: "authority_order", reference: "TMB-1", locale: "id", x: 1 })).toEqual({
      facts: "Judul memuat 'bal'.", automatedDetection: true, sourceType: "authority_order", reference: "TMB-1", locale: "id",
    });
    expect(readStatement(null)).toEqual({ facts: null, automatedDetection: null, sourceType: null, reference: null, locale: null });
    expect(readSnapshot({ title: "Kemeja", priceIdr: 85000, url: "javascript:alert(1)", imageUrls: ["https://x/1.jpg", "data:x", 3] })).toMatchObject({
      title: "Kemeja", priceIdr: 85000, url: null, imageUrls: ["https://x/1.jpg"],
    });
  });
});
