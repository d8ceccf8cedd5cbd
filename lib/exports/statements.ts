// Statements of reasons as exported records, with field names after the EU DSA Transparency
// Database (DOMAIN.md). No personal data: no seller or shop names, emails, phone numbers, NIBs,
// listing URLs or external ids — they are left out, and scrubbed from the free-text facts.
import { z } from "zod";
import type { AccountActionKind, FlagSource, Locale, PolicyCode } from "../moderation/constants";
import { POLICIES } from "../moderation/policies";
import { statementSourceType } from "../moderation/statement";

export const STATEMENT_EXPORT_FIELDS = [
  "puid",
  "platform_name",
  "application_date",
  "content_type",
  "category",
  "category_specification",
  "decision_visibility",
  "decision_visibility_other",
  "end_date_visibility_restriction",
  "decision_account",
  "decision_provision",
  "end_date_account_restriction",
  "account_type",
  "decision_ground",
  "illegal_content_legal_ground",
  "illegal_content_explanation",
  "decision_facts",
  "source_type",
  "automated_detection",
  "automated_decision",
  "territorial_scope",
  "statement_language",
  "policy_code",
  "strike_points",
  "reversed_date",
] as const;
export type StatementField = (typeof STATEMENT_EXPORT_FIELDS)[number];
export type StatementValue = string | number | string[] | null;
export type StatementRecord = Record<StatementField, StatementValue>;

/** What the export may use only to scrub personal data from text; never written out. */
export interface PersonalData {
  shopName: string | null;
  nib: string | null;
  sellerExternalId: string | null;
  listingUrl: string | null;
  listingExternalId: string | null;
}

export interface DecisionStatementSource {
  id: string;
  platformName: string;
  kind: "warn" | "takedown";
  policyCode: PolicyCode | null;
  points: number;
  createdAt: Date;
  reversedAt: Date | null;
  statement: Record<string, unknown> | null;
  statementLocale: Locale | null;
  flagSources: FlagSource[];
  personal: PersonalData;
}

export interface AccountActionStatementSource {
  id: string;
  platformName: string;
  kind: AccountActionKind;
  createdAt: Date;
  endsAt: Date | null;
  liftedAt: Date | null;
  statement: Record<string, unknown> | null;
  personal: PersonalData;
}

const REDACTED = "[redacted]";

/** Removes the seller's identifiers and anything shaped like contact data from free text. */
export function scrubPersonalData(text: string, personal: PersonalData): string {
  let out = text;
  for (const secret of [personal.listingUrl, personal.shopName, personal.nib, personal.sellerExternalId, personal.listingExternalId]) {
    if (secret && secret.trim().length >= 3) out = out.replace(new RegExp(escapeRegExp(secret.trim()), "gi"), REDACTED);
  }
  return out
    .replace(/https?:\/\/\S+/gi, REDACTED)
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, REDACTED)
    .replace(/(\+?62|\b0)8[\d\s.-]{7,14}\d/g, REDACTED)
    .replace(/\b\d{13}\b/g, REDACTED);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// The stored statement (lib/moderation statement builder) read defensively: older or partial
// statements fall back to the policy catalogue.
const storedStatement = z
  .object({
    locale: z.enum(["id", "en"]).optional(),
    facts: z.string().optional(),
    ground: z
      .object({
        type: z.enum(["ILLEGAL_CONTENT", "INCOMPATIBLE_CONTENT"]),
        legal_ground: z.string(),
        explanation: z.string(),
        // Account-action statements cite every policy the escalation relied on.
        policies: z.array(z.object({ legal_ground: z.string() }).partial()),
      })
      .partial()
      .optional(),
    legal_ground: z.string().optional(),
    explanation: z.string().optional(),
    source_type: z.string().optional(),
    automated_detection: z.boolean().optional(),
    flag_sources: z.array(z.enum(["ministry_directive", "trusted_flagger", "platform_classifier", "keyword_rule", "user_report"])).optional(),
  })
  .partial();
type StoredStatement = z.infer<typeof storedStatement>;

/** The legal ground a stored statement cites: its own text, or its policies' grounds, deduplicated. */
function storedLegalGround(s: StoredStatement): string | undefined {
  const cited = [...new Set((s.ground?.policies ?? []).map((p) => p.legal_ground).filter((g): g is string => !!g))];
  return s.ground?.legal_ground ?? s.legal_ground ?? (cited.length > 0 ? cited.join(" ") : undefined);
}

const SOURCE_TYPES: Record<string, string> = {
  authority_order: "AUTHORITY_ORDER",
  trusted_flagger: "TRUSTED_FLAGGER",
  notice: "NOTICE",
  voluntary: "VOLUNTARY",
};

/** DSA source_type from the case's flag sources, by the statement builder's rule. */
export function sourceTypeOf(sources: readonly FlagSource[]): string {
  return SOURCE_TYPES[statementSourceType(sources)]!;
}

const AUTOMATED: readonly FlagSource[] = ["platform_classifier", "keyword_rule"];

const ACCOUNT_GROUND: Record<Locale, { legal: string; explanation: string }> = {
  id: {
    legal:
      "PP 80/2019 dan Permendag 31/2023 tentang PMSE (penyelenggara wajib menindak produk terlarang); ketentuan platform tentang pelanggaran berulang.",
    explanation: "Tindakan atas akun setelah pelanggaran berulang, didahului peringatan dan disetujui peninjau kedua.",
  },
  en: {
    legal:
      "Government Regulation 80/2019 and Trade Minister Regulation 31/2023 on e-commerce (operators must act on prohibited goods); the platform's terms on repeated violations.",
    explanation: "Account action after repeated violations, preceded by a warning and approved by a second reviewer.",
  },
};

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function base(): StatementRecord {
  return Object.fromEntries(STATEMENT_EXPORT_FIELDS.map((f) => [f, null])) as StatementRecord;
}

export function decisionStatementRecord(row: DecisionStatementSource): StatementRecord {
  const stored = storedStatement.safeParse(row.statement ?? {});
  const s = stored.success ? stored.data : {};
  const locale: Locale = row.statementLocale ?? s.locale ?? "id";
  const policy = row.policyCode ? POLICIES[row.policyCode] : null;
  const takedown = row.kind === "takedown";
  return {
    ...base(),
    puid: row.id,
    platform_name: row.platformName,
    application_date: iso(row.createdAt),
    content_type: "PRODUCT",
    category: "UNSAFE_AND_PROHIBITED_PRODUCTS",
    category_specification: ["PROHIBITED_PRODUCTS"],
    decision_visibility: takedown ? "CONTENT_REMOVED" : "OTHER",
    decision_visibility_other: takedown ? null : "LISTING_CORRECTION_REQUIRED",
    account_type: "ACCOUNT_TYPE_BUSINESS",
    decision_ground: s.ground?.type ?? "ILLEGAL_CONTENT",
    illegal_content_legal_ground: storedLegalGround(s) ?? policy?.legalGround[locale] ?? null,
    illegal_content_explanation: s.ground?.explanation ?? s.explanation ?? policy?.explanation[locale] ?? null,
    decision_facts: scrubPersonalData(s.facts ?? "", row.personal),
    source_type: (s.source_type && SOURCE_TYPES[s.source_type]) || sourceTypeOf(row.flagSources),
    automated_detection: (s.automated_detection ?? row.flagSources.some((f) => AUTOMATED.includes(f))) ? "Yes" : "No",
    automated_decision: "NOT_AUTOMATED",
    territorial_scope: ["ID"],
    statement_language: locale,
    policy_code: row.policyCode,
    strike_points: takedown ? row.points : 0,
    reversed_date: iso(row.reversedAt),
  };
}

export function accountActionStatementRecord(row: AccountActionStatementSource): StatementRecord {
  const stored = storedStatement.safeParse(row.statement ?? {});
  const s = stored.success ? stored.data : {};
  const locale: Locale = s.locale ?? "id";
  return {
    ...base(),
    puid: row.id,
    platform_name: row.platformName,
    application_date: iso(row.createdAt),
    content_type: "PRODUCT",
    category: "UNSAFE_AND_PROHIBITED_PRODUCTS",
    category_specification: ["PROHIBITED_PRODUCTS"],
    decision_account: row.kind === "suspend" ? "SUSPENDED" : row.kind === "block" ? "TERMINATED" : null,
    decision_provision: row.kind === "restrict_listings" ? "PARTIAL_SUSPENSION" : null,
    end_date_account_restriction: iso(row.endsAt),
    account_type: "ACCOUNT_TYPE_BUSINESS",
    decision_ground: s.ground?.type ?? "ILLEGAL_CONTENT",
    illegal_content_legal_ground: storedLegalGround(s) ?? ACCOUNT_GROUND[locale].legal,
    illegal_content_explanation: s.ground?.explanation ?? s.explanation ?? ACCOUNT_GROUND[locale].explanation,
    decision_facts: scrubPersonalData(s.facts ?? "", row.personal),
    source_type: (s.source_type && SOURCE_TYPES[s.source_type]) || (s.flag_sources ? sourceTypeOf(s.flag_sources) : "VOLUNTARY"),
    automated_detection: s.automated_detection ? "Yes" : "No",
    automated_decision: "NOT_AUTOMATED",
    territorial_scope: ["ID"],
    statement_language: locale,
    policy_code: null,
    strike_points: 0,
    reversed_date: iso(row.liftedAt),
  };
}

/** One JSON Lines line, fields in the documented order. */
export function statementJsonLine(record: StatementRecord): string {
  return `${JSON.stringify(record, STATEMENT_EXPORT_FIELDS as unknown as string[])}\n`;
}

/** CSV cells in field order; lists joined with ";". */
export function statementCsvCells(record: StatementRecord): (string | number | null)[] {
  return STATEMENT_EXPORT_FIELDS.map((f) => {
    const value = record[f];
    return Array.isArray(value) ? value.join(";") : value;
  });
}
