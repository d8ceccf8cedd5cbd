// The case page's data as the components need it. db/queries/case-detail.ts returns a value of
// this shape (components never import db/).
import type {
  CaseState,
  ClearReason,
  DecisionKind,
  FlagSource,
  Ladder,
  Locale,
  PolicyCode,
  PriorityTerm,
  UmkmTier,
} from "@/lib/moderation";

export interface CaseDetailView {
  case: {
    id: string;
    number: number;
    state: CaseState;
    version: number;
    priority: number;
    priorityTerms: PriorityTerm[];
    suggestedPolicy: PolicyCode | null;
    flagSources: FlagSource[];
    openedAt: Date;
    slaDueAt: Date;
    awaitingUntil: Date | null;
    resolvedAt: Date | null;
    reviewer: { id: string; name: string } | null;
  };
  listing: {
    id: string;
    title: string;
    description: string;
    priceIdr: number;
    stock: number;
    category: string;
    imageUrls: string[];
    url: string;
    externalId: string;
    status: "active" | "needs_fix" | "removed";
  };
  platform: { id: string; name: string; ladder: Ladder; appealWindowDays: number };
  seller: {
    id: string;
    shopName: string;
    province: string | null;
    umkmTier: UmkmTier | null;
    nib: string | null;
    nibVerified: boolean;
    joinedAt: Date;
    locale: Locale;
    activePoints: number;
    strikes: { id: string; points: number; expiresAt: Date; createdAt: Date }[];
    priorDecisions: {
      id: string;
      caseId: string;
      caseNumber: number;
      kind: DecisionKind;
      points: number;
      createdAt: Date;
      reversedAt: Date | null;
      listingTitle: string;
    }[];
    appeals: { filed: number; granted: number; pending: number };
    otherOpenCases: { id: string; number: number; state: CaseState; priority: number; title: string }[];
  };
  flags: {
    id: string;
    source: FlagSource;
    sourceReference: string;
    reason: PolicyCode | null;
    confidence: number | null;
    note: string | null;
    observedAt: Date;
    receivedAt: Date;
  }[];
  decisions: {
    id: string;
    kind: DecisionKind;
    policyCode: PolicyCode | null;
    clearReason: ClearReason | null;
    points: number;
    sellerMessage: string | null;
    infoDeadline: Date | null;
    internalNote: string | null;
    statement: Record<string, unknown> | null;
    authorName: string;
    createdAt: Date;
    reversedAt: Date | null;
  }[];
  infoResponses: { id: string; body: string; createdAt: Date }[];
  timeline: { at: Date; kind: "flag" | "event"; action: string; actorName: string | null; data: Record<string, unknown> }[];
}
