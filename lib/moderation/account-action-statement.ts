import type { AccountActionKind, FlagSource, Locale, PolicyCode } from "./constants";
import { POLICIES, type Bilingual } from "./policies";

// The statement of reasons for an account action (DSA Art. 17 as the bar), stored as structured
// JSON on account_actions.statement and shown to the seller in their language. Field names follow
// the EU Transparency Database where one exists (decision_account, decision_ground, …).

export interface StatementCase {
  caseNumber: number;
  policyCode: PolicyCode | null;
  points: number;
  decidedAt: string;
}

export interface AccountActionStatement {
  version: 1;
  locale: Locale;
  restriction: {
    kind: AccountActionKind;
    decisionAccount: "RESTRICTED" | "SUSPENDED" | "TERMINATED";
    startsAt: string;
    endsAt: string | null;
    durationDays: number | null;
    summary: string;
  };
  facts: {
    text: string;
    activePoints: number;
    ladderStepPoints: number | null;
    cases: StatementCase[];
  };
  ground: {
    type: "ILLEGAL_CONTENT" | "INCOMPATIBLE_CONTENT";
    category: "UNSAFE_AND_PROHIBITED_PRODUCTS";
    policies: { code: PolicyCode; title: string; legalGround: string }[];
    explanation: string;
  };
  automatedDetection: boolean;
  automatedDecision: "not_automated";
  sourceTypes: FlagSource[];
  outreachNote: string | null;
  appeal: { deadline: string; windowDays: number; how: string };
}

export interface StatementInput {
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

export function buildAccountActionStatement(input: StatementInput): AccountActionStatement {
  const codes = [...new Set(input.cases.map((c) => c.policyCode).filter((c): c is PolicyCode => c !== null))];
  const policies = codes.map((code) => ({
    code,
    title: POLICIES[code].title[input.locale],
    legalGround: POLICIES[code].legalGround[input.locale],
  }));
  const illegal = codes.some((code) => POLICIES[code].takedownRequired);
  return {
    version: 1,
    locale: input.locale,
    restriction: {
      kind: input.kind,
      decisionAccount: DECISION_ACCOUNT[input.kind],
      startsAt: input.startsAt.toISOString(),
      endsAt: input.endsAt?.toISOString() ?? null,
      durationDays: input.durationDays,
      summary: SUMMARY[input.kind](input.durationDays)[input.locale],
    },
    facts: {
      text: input.rationale,
      activePoints: input.activePoints,
      ladderStepPoints: input.ladderStepPoints,
      cases: input.cases,
    },
    ground: {
      type: illegal ? "ILLEGAL_CONTENT" : "INCOMPATIBLE_CONTENT",
      category: "UNSAFE_AND_PROHIBITED_PRODUCTS",
      policies,
      explanation: EXPLANATION[input.locale],
    },
    automatedDetection: input.sourceTypes.some((s) => s === "platform_classifier" || s === "keyword_rule"),
    automatedDecision: "not_automated",
    sourceTypes: input.sourceTypes,
    outreachNote: input.outreachNote,
    appeal: {
      deadline: input.appealDeadline.toISOString(),
      windowDays: input.appealWindowDays,
      how: HOW_TO_APPEAL(formatDate(input.appealDeadline, input.locale))[input.locale],
    },
  };
}
