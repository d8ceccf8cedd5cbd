import { describe, expect, it } from "vitest";
import { POLICIES } from "./policies";
import {
  buildStatement,
  draftFacts,
  renderStatementText,
  statementSourceType,
  type StatementInput,
} from "./statement";

const decidedAt = new Date("2026-01-10T08:00:00Z");

function input(overrides: Partial<StatementInput> = {}): StatementInput {
  return {
    kind: "takedown",
    locale: "id",
    reference: "TMB-000042",
    policyCode: "imported_used_clothing_bulk",
    facts: "  Judul memuat \"balpres\" dan stok 400.  ",
    points: 24,
    pointsExpireDays: 90,
    flagSources: ["ministry_directive", "keyword_rule"],
    listing: { title: "Balpres Korea 100kg", url: "https://shop.example/p/1", externalId: "P-1", platformName: "Tokopedia" },
    appealWindowDays: 30,
    decidedAt,
    ...overrides,
  };
}

describe("buildStatement", () => {
  it("builds the structured takedown statement in Indonesian", () => {
    const s = buildStatement(input());
    expect(s).toMatchObject({
      locale: "id",
      reference: "TMB-000042",
      decision_kind: "takedown",
      restriction: {
        visibility: "CONTENT_REMOVED",
        listing_status: "removed",
        points: 24,
        points_expire_at: "2026-04-10T08:00:00.000Z",
      },
      facts: "Judul memuat \"balpres\" dan stok 400.",
      ground: {
        type: "ILLEGAL_CONTENT",
        policy_code: "imported_used_clothing_bulk",
        policy_title: POLICIES.imported_used_clothing_bulk.title.id,
        legal_ground: POLICIES.imported_used_clothing_bulk.legalGround.id,
      },
      automated_detection: true,
      automated_decision: "not_automated",
      source_type: "authority_order",
      application_date: "2026-01-10T08:00:00.000Z",
      appeal: { until: "2026-02-09T08:00:00.000Z" },
    });
    expect(s.restriction.summary).toContain("24 poin");
    expect(s.appeal.how).toContain("9 Februari 2026");
  });

  it("builds the English statement from the English policy texts", () => {
    const s = buildStatement(input({ locale: "en" }));
    expect(s.ground.policy_title).toBe("Imported used clothing in bulk");
    expect(s.ground.legal_ground).toBe(POLICIES.imported_used_clothing_bulk.legalGround.en);
    expect(s.restriction.summary).toContain("24 violation points");
    expect(s.appeal.how).toContain("9 February 2026");
  });

  it("says a warning removes nothing and adds no points", () => {
    const s = buildStatement(input({ kind: "warn", policyCode: "misleading_listing", points: 6 }));
    expect(s.restriction).toMatchObject({ visibility: "OTHER", listing_status: "needs_fix", points: 0, points_expire_at: null });
    expect(s.ground.policy_title).toBe(POLICIES.misleading_listing.title.id);
  });

  it("marks automated detection only when a classifier or keyword rule flagged the listing", () => {
    expect(buildStatement(input({ flagSources: ["user_report"] })).automated_detection).toBe(false);
    expect(buildStatement(input({ flagSources: ["platform_classifier"] })).automated_detection).toBe(true);
    expect(buildStatement(input({ flagSources: ["trusted_flagger", "keyword_rule"] })).automated_detection).toBe(true);
  });

  it("takes the strongest source as the source type", () => {
    expect(statementSourceType(["keyword_rule", "user_report"])).toBe("notice");
    expect(statementSourceType(["platform_classifier"])).toBe("voluntary");
    expect(statementSourceType(["user_report", "trusted_flagger"])).toBe("trusted_flagger");
    expect(statementSourceType(["user_report", "ministry_directive"])).toBe("authority_order");
  });
});

describe("renderStatementText", () => {
  it("renders every part in Indonesian", () => {
    const text = renderStatementText(buildStatement(input()));
    expect(text).toContain("Pernyataan alasan — TMB-000042");
    expect(text).toContain("Fakta:\nJudul memuat \"balpres\" dan stok 400.");
    expect(text).toContain(`Dasar hukum: ${POLICIES.imported_used_clothing_bulk.legalGround.id}`);
    expect(text).toContain("Deteksi otomatis: Ya");
    expect(text).toContain("Keputusan otomatis: Tidak. Keputusan ini diambil oleh moderator manusia.");
    expect(text).toContain("Sumber laporan: Permintaan instansi pemerintah");
    expect(text).toContain("Poin berlaku sampai: 10 April 2026");
    expect(text).toContain("Banding:\nAnda dapat mengajukan banding");
    expect(text).toContain("Tanggal keputusan: 10 Januari 2026");
    expect(text).toMatch(/15[.:]00/); // 08:00 UTC is 15:00 in Jakarta
  });

  it("renders every part in English", () => {
    const text = renderStatementText(buildStatement(input({ locale: "en", flagSources: ["user_report"] })));
    expect(text).toContain("Statement of reasons — TMB-000042");
    expect(text).toContain("Automated detection: No");
    expect(text).toContain("Automated decision: No. A human moderator made this decision.");
    expect(text).toContain("Source of the report: User report");
    expect(text).toContain("Appeal:\nYou can appeal free of charge");
    expect(text).not.toMatch(/Fakta|Banding/);
  });

  it("omits the points line for a warning", () => {
    const text = renderStatementText(buildStatement(input({ kind: "warn", locale: "en" })));
    expect(text).not.toContain("Points valid until");
  });
});

describe("draftFacts", () => {
  const facts = { title: "Balpres Korea", priceIdr: 6_500_000, stock: 12, signalWords: ["Balpres", "balpres", "Korea"], flagSources: ["keyword_rule", "keyword_rule"] as const };
  it("drafts facts in Indonesian", () => {
    expect(draftFacts({ ...facts, flagSources: [...facts.flagSources] }, "id")).toBe(
      "Produk \"Balpres Korea\" dijual seharga Rp6.500.000 dengan stok 12. Judul atau deskripsi memuat \"balpres\", \"korea\". Produk ditandai oleh aturan kata kunci dan diperiksa oleh moderator.",
    );
  });
  it("drafts facts in English", () => {
    expect(draftFacts({ ...facts, signalWords: [], flagSources: [] }, "en")).toBe(
      "The listing \"Balpres Korea\" is offered at Rp6.500.000 with a stock of 12.",
    );
  });
});
