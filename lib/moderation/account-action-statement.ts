import type { AccountActionKind, FlagSource, Locale, PolicyCode } from "./constants";
import { POLICIES, type Bilingual } from "./policies";

// The statement of reasons for an account action (DSA Art. 17 as the bar), stored as structured
// JSON on account_actions.statement and shown to the seller in their language. Field names follow
// the EU Transparency Database where one exists (decision_account, decision_ground, …).

export interface StatementCase {
  case_number: number;
  policy_code: PolicyCode | null;
  points: number;
  decided_at: string;
}

/** Same shape conventions as the decision statement (snake_case, DSA field names). */
export interface AccountActionStatement {
  schema_version: 1;
  locale: Locale;
  /** Unique reference (DSA puid), e.g. "TMB-AA-1A2B3C4D". */
  reference: string;
  decision_kind: "account_action";
  restriction: {
    kind: AccountActionKind;
    /** DSA decision_account. */
    decision_account: "RESTRICTED" | "SUSPENDED" | "TERMINATED";
    starts_at: string;
    ends_at: string | null;
    duration_days: number | null;
    summary: string;
  };
  facts: string;
  facts_detail: { active_points: number; ladder_step_points: number | null; cases: StatementCase[] };
  ground: {
    type: "ILLEGAL_CONTENT" | "INCOMPATIBLE_CONTENT";
    policies: { policy_code: PolicyCode; policy_title: string; legal_ground: string }[];
    explanation: string;
  };
  category: "UNSAFE_AND_PROHIBITED_PRODUCTS";
  automated_detection: boolean;
  automated_decision: "not_automated";
  flag_sources: FlagSource[];
  outreach_note: string | null;
  application_date: string;
  appeal: { how: string; until: string; window_days: number };
}

export interface AccountActionStatementInput {
  reference: string;
  locale: Locale;
  kind: AccountActionKind;
  durationDays: number | null;
  startsAt: Date;
  endsAt: Date | null;
  rationale: string;
  outreachNote: string | null;
  activePoints: number;
  ladderStepPoints: number | null;
  cases: StatementCase[];
  sourceTypes: FlagSource[];
  appealDeadline: Date;
  appealWindowDays: number;
}

const DECISION_ACCOUNT = { restrict_listings: "RESTRICTED", suspend: "SUSPENDED", block: "TERMINATED" } as const;

const SUMMARY: Record<AccountActionKind, (days: number | null) => Bilingual> = {
  restrict_listings: (days) => ({
    id: `Toko Anda tidak dapat menambah produk baru selama ${days} hari.`,
    en: `Your shop cannot add new listings for ${days} days.`,
  }),
  suspend: (days) => ({
    id: `Toko Anda dinonaktifkan sementara dan tidak tampil bagi pembeli selama ${days} hari.`,
    en: `Your shop is suspended and hidden from buyers for ${days} days.`,
  }),
  block: () => ({
    id: "Toko Anda ditutup secara permanen.",
    en: "Your shop is closed permanently.",
  }),
};

const EXPLANATION: Bilingual = {
  id: "Tindakan ini diambil karena poin pelanggaran toko Anda mencapai batas pada tangga sanksi platform, setelah Anda menerima peringatan sebelumnya. Usulan tindakan ini ditinjau dan disetujui oleh moderator senior yang berbeda dari pengusulnya.",
  en: "This action was taken because your shop's violation points reached a step on the platform's ladder, after you had received a prior warning. The proposal was reviewed and approved by a senior moderator other than the person who proposed it.",
};

const HOW_TO_APPEAL = (deadline: string): Bilingual => ({
  id: `Anda dapat mengajukan banding secara gratis melalui portal penjual sampai ${deadline}. Sertakan penjelasan dan bukti (nota pembelian dalam negeri, NIB, foto label). Banding ditinjau oleh moderator senior yang tidak terlibat dalam keputusan ini.`,
  en: `You can appeal free of charge through the seller portal until ${deadline}. Include an explanation and evidence (domestic purchase receipts, NIB, label photos). The appeal is reviewed by a senior moderator who took no part in this decision.`,
});

function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Asia/Jakarta",
  }).format(date);
}

export function accountActionReference(accountActionId: string): string {
  return `TMB-AA-${accountActionId.replace(/-/g, "").slice(0, 8).toUpperCase()}`;
}

export function buildAccountActionStatement(input: AccountActionStatementInput): AccountActionStatement {
  const codes = [...new Set(input.cases.map((c) => c.policy_code).filter((c): c is PolicyCode => c !== null))];
  const policies = codes.map((code) => ({
    policy_code: code,
    policy_title: POLICIES[code].title[input.locale],
    legal_ground: POLICIES[code].legalGround[input.locale],
  }));
  const illegal = codes.some((code) => POLICIES[code].takedownRequired);
  return {
    schema_version: 1,
    locale: input.locale,
    reference: input.reference,
    decision_kind: "account_action",
    restriction: {
      kind: input.kind,
      decision_account: DECISION_ACCOUNT[input.kind],
      starts_at: input.startsAt.toISOString(),
      ends_at: input.endsAt?.toISOString() ?? null,
      duration_days: input.durationDays,
      summary: SUMMARY[input.kind](input.durationDays)[input.locale],
    },
    facts: input.rationale,
    facts_detail: { active_points: input.activePoints, ladder_step_points: input.ladderStepPoints, cases: input.cases },
    ground: {
      type: illegal ? "ILLEGAL_CONTENT" : "INCOMPATIBLE_CONTENT",
      policies,
      explanation: EXPLANATION[input.locale],
    },
    category: "UNSAFE_AND_PROHIBITED_PRODUCTS",
    automated_detection: input.sourceTypes.some((s) => s === "platform_classifier" || s === "keyword_rule"),
    automated_decision: "not_automated",
    flag_sources: input.sourceTypes,
    outreach_note: input.outreachNote,
    application_date: input.startsAt.toISOString(),
    appeal: {
      how: HOW_TO_APPEAL(formatDate(input.appealDeadline, input.locale))[input.locale],
      until: input.appealDeadline.toISOString(),
      window_days: input.appealWindowDays,
    },
  };
}
