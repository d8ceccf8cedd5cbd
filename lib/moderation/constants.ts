// The domain's vocabulary. pg enums in db/schema.ts are built from these lists, so a state name
// exists in exactly one place.

export const ROLES = ["moderator", "senior_moderator", "manager", "admin", "seller"] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES = ["moderator", "senior_moderator", "manager", "admin"] as const satisfies readonly Role[];

export const LOCALES = ["id", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "id";

export const UMKM_TIERS = ["mikro", "kecil", "menengah", "besar"] as const;
export type UmkmTier = (typeof UMKM_TIERS)[number];

export const FLAG_SOURCES = [
  "ministry_directive",
  "trusted_flagger",
  "platform_classifier",
  "keyword_rule",
  "user_report",
] as const;
export type FlagSource = (typeof FLAG_SOURCES)[number];

/** Stored case states. "in review" is not a state: it is an open case with a live claim lease. */
export const CASE_STATES = ["open", "awaiting_seller", "resolved"] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const DECISION_KINDS = ["clear", "request_info", "warn", "takedown"] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export const CLEAR_REASONS = [
  "cleared_local_preloved",
  "cleared_personal_item",
  "cleared_jastip",
  "cleared_new_goods",
  "cleared_insufficient_evidence",
] as const;
export type ClearReason = (typeof CLEAR_REASONS)[number];

export const POLICY_CODES = [
  "imported_used_clothing_bulk",
  "imported_used_clothing_retail",
  "circumvention",
  "misleading_listing",
  "missing_documents",
  "repeat_or_associated_account",
] as const;
export type PolicyCode = (typeof POLICY_CODES)[number];

export const LISTING_STATUSES = ["active", "needs_fix", "removed"] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export const ACCOUNT_ACTION_KINDS = ["restrict_listings", "suspend", "block"] as const;
export type AccountActionKind = (typeof ACCOUNT_ACTION_KINDS)[number];

/** Derived at read time from active account actions; never stored on the seller. */
export const SELLER_STATUSES = ["active", "restricted", "suspended", "blocked"] as const;
export type SellerStatus = (typeof SELLER_STATUSES)[number];

export const ESCALATION_STATES = ["pending", "approved", "rejected", "returned"] as const;
export type EscalationState = (typeof ESCALATION_STATES)[number];

export const APPEAL_SUBJECTS = ["decision", "account_action"] as const;
export type AppealSubject = (typeof APPEAL_SUBJECTS)[number];

export const APPEAL_STATES = ["pending", "granted", "denied", "partial"] as const;
export type AppealState = (typeof APPEAL_STATES)[number];

export const NOTIFICATION_KINDS = [
  "decision",
  "request_info",
  "ladder_warning",
  "appeal_received",
  "appeal_outcome",
  "account_action",
  "account_action_ended",
  "escalation_reviewed",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const ACTOR_KINDS = ["user", "api_key", "system"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const EVIDENCE_MIME_TYPES = ["image/jpeg", "image/png", "image/webp", "application/pdf"] as const;
export type EvidenceMimeType = (typeof EVIDENCE_MIME_TYPES)[number];

/** Entries of the decisions feed platforms read (GET /api/v1/decisions). */
export const FEED_EVENT_KINDS = ["decision", "reinstatement", "points_revoked", "account_action", "account_action_lifted"] as const;
export type FeedEventKind = (typeof FEED_EVENT_KINDS)[number];
