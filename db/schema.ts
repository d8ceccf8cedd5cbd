import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  ACCOUNT_ACTION_KINDS,
  ACTOR_KINDS,
  APPEAL_STATES,
  APPEAL_SUBJECTS,
  CASE_STATES,
  CLEAR_REASONS,
  DECISION_KINDS,
  ESCALATION_STATES,
  FEED_EVENT_KINDS,
  FLAG_SOURCES,
  LISTING_STATUSES,
  LOCALES,
  NOTIFICATION_KINDS,
  POLICY_CODES,
  ROLES,
  UMKM_TIERS,
  type Ladder,
} from "../lib/moderation";

// Enums are built from the domain's constants (lib/moderation is the source of truth).
export const roleEnum = pgEnum("role", ROLES);
export const localeEnum = pgEnum("locale", LOCALES);
export const umkmTierEnum = pgEnum("umkm_tier", UMKM_TIERS);
export const flagSourceEnum = pgEnum("flag_source", FLAG_SOURCES);
export const caseStateEnum = pgEnum("case_state", CASE_STATES);
export const decisionKindEnum = pgEnum("decision_kind", DECISION_KINDS);
export const clearReasonEnum = pgEnum("clear_reason", CLEAR_REASONS);
export const policyCodeEnum = pgEnum("policy_code", POLICY_CODES);
export const listingStatusEnum = pgEnum("listing_status", LISTING_STATUSES);
export const accountActionKindEnum = pgEnum("account_action_kind", ACCOUNT_ACTION_KINDS);
export const escalationStateEnum = pgEnum("escalation_state", ESCALATION_STATES);
export const appealSubjectEnum = pgEnum("appeal_subject", APPEAL_SUBJECTS);
export const appealStateEnum = pgEnum("appeal_state", APPEAL_STATES);
export const notificationKindEnum = pgEnum("notification_kind", NOTIFICATION_KINDS);
export const actorKindEnum = pgEnum("actor_kind", ACTOR_KINDS);
export const feedEventKindEnum = pgEnum("feed_event_kind", FEED_EVENT_KINDS);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
const createdAt = () => tz("created_at").notNull().defaultNow();
const rupiah = (name: string) => bigint(name, { mode: "number" });

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: roleEnum("role").notNull(),
    passwordHash: text("password_hash").notNull(),
    locale: localeEnum("locale").notNull().default("id"),
    disabledAt: tz("disabled_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(sql`lower(${t.email})`),
    check("users_email_lowercase", sql`${t.email} = lower(${t.email})`),
  ],
);

export const platforms = pgTable("platforms", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  ladder: jsonb("ladder").$type<Ladder>().notNull(),
  appealWindowDays: integer("appeal_window_days").notNull().default(30),
  secondAppealWindowDays: integer("second_appeal_window_days").notNull().default(15),
  appealSlaHours: integer("appeal_sla_hours").notNull().default(72),
  caseSlaHours: integer("case_sla_hours").notNull().default(48),
  updatedAt: tz("updated_at").notNull().defaultNow(),
});

export const sellers = pgTable(
  "sellers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    platformId: text("platform_id").notNull().references(() => platforms.id),
    externalId: text("external_id").notNull(),
    shopName: text("shop_name").notNull(),
    province: text("province"),
    umkmTier: umkmTierEnum("umkm_tier"),
    nib: text("nib"),
    nibVerified: boolean("nib_verified").notNull().default(false),
    joinedAt: tz("joined_at").notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("sellers_platform_external_key").on(t.platformId, t.externalId),
    index("sellers_tier_idx").on(t.umkmTier),
    check("sellers_nib_format", sql`${t.nib} IS NULL OR ${t.nib} ~ '^[0-9]{13}$'`),
  ],
);

export const sellerMembers = pgTable(
  "seller_members",
  {
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    sellerId: uuid("seller_id").notNull().references(() => sellers.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.sellerId] }), index("seller_members_seller_idx").on(t.sellerId)],
);

export const listings = pgTable(
  "listings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sellerId: uuid("seller_id").notNull().references(() => sellers.id),
    platformId: text("platform_id").notNull().references(() => platforms.id),
    externalId: text("external_id").notNull(),
    url: text("url").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    priceIdr: rupiah("price_idr").notNull(),
    stock: integer("stock").notNull().default(1),
    category: text("category").notNull().default(""),
    imageUrls: text("image_urls").array().notNull().default(sql`'{}'::text[]`),
    status: listingStatusEnum("status").notNull().default("active"),
    createdAt: createdAt(),
    updatedAt: tz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("listings_platform_external_key").on(t.platformId, t.externalId),
    index("listings_seller_idx").on(t.sellerId),
    check("listings_price_nonnegative", sql`${t.priceIdr} >= 0`),
    check("listings_stock_nonnegative", sql`${t.stock} >= 0`),
  ],
);

export const cases = pgTable(
  "cases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    number: bigserial("number", { mode: "number" }).notNull().unique(),
    listingId: uuid("listing_id").notNull().references(() => listings.id),
    sellerId: uuid("seller_id").notNull().references(() => sellers.id),
    platformId: text("platform_id").notNull().references(() => platforms.id),
    state: caseStateEnum("state").notNull().default("open"),
    suggestedPolicy: policyCodeEnum("suggested_policy"),
    priority: integer("priority").notNull().default(0),
    /** The priority's terms, shown as chips: [{ key, weight, params }]. */
    priorityTerms: jsonb("priority_terms").$type<unknown[]>().notNull().default([]),
    flagCount: integer("flag_count").notNull().default(0),
    flagSources: flagSourceEnum("flag_sources").array().notNull().default(sql`'{}'`),
    claimedBy: uuid("claimed_by").references(() => users.id),
    claimExpiresAt: tz("claim_expires_at"),
    awaitingUntil: tz("awaiting_until"),
    version: integer("version").notNull().default(1),
    openedAt: tz("opened_at").notNull().defaultNow(),
    slaDueAt: tz("sla_due_at").notNull(),
    resolvedAt: tz("resolved_at"),
    updatedAt: tz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("cases_one_unresolved_per_listing")
      .on(t.listingId)
      .where(sql`${t.state} <> 'resolved'`),
    // The priority indexes are DESC NULLS FIRST, as `ORDER BY priority DESC` sorts: an index in
    // the other null order cannot feed an ordered LIMIT scan. They hold unresolved cases only (the
    // queue never lists resolved ones), so deciding a case removes it from them (docs/PERFORMANCE.md).
    index("cases_queue_opened_idx").on(t.openedAt, t.id).where(sql`${t.state} = 'open'`),
    // Unresolved cases by deadline. The columns after id never change the order; they let the
    // queue counts and the dashboard's overdue count run as index-only scans.
    index("cases_queue_due_idx")
      .on(t.slaDueAt, t.id, t.state, t.platformId, t.claimedBy, t.claimExpiresAt)
      .where(sql`${t.state} <> 'resolved'`),
    index("cases_platform_state_priority_idx")
      .on(t.platformId, t.state, t.priority.desc().nullsFirst(), t.id)
      .where(sql`${t.state} <> 'resolved'`),
    index("cases_state_priority_idx")
      .on(t.state, t.priority.desc().nullsFirst(), t.id)
      .where(sql`${t.state} <> 'resolved'`),
    index("cases_seller_idx").on(t.sellerId, t.state),
    index("cases_claimed_by_idx").on(t.claimedBy).where(sql`${t.claimedBy} IS NOT NULL`),
    // Live leases ("in review"): only leased cases are in it.
    index("cases_claim_expires_idx").on(t.claimExpiresAt).where(sql`${t.claimExpiresAt} IS NOT NULL`),
    // Open cases past their deadline whose priority does not carry the overdue term yet
    // (refreshOverduePriorities): the same predicate as the query, so it finds them without a scan.
    index("cases_overdue_unscored_idx")
      .on(t.slaDueAt)
      .where(sql`${t.state} = 'open' AND NOT (${t.priorityTerms} @> '[{"key":"age.overdue"}]'::jsonb)`),
    index("cases_awaiting_idx").on(t.awaitingUntil).where(sql`${t.state} = 'awaiting_seller'`),
    check(
      "cases_claim_pair",
      sql`(${t.claimedBy} IS NULL) = (${t.claimExpiresAt} IS NULL)`,
    ),
  ],
);

export const flags = pgTable(
  "flags",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    platformId: text("platform_id").notNull().references(() => platforms.id),
    listingId: uuid("listing_id").notNull().references(() => listings.id),
    caseId: uuid("case_id").references(() => cases.id),
    source: flagSourceEnum("source").notNull(),
    sourceReference: text("source_reference").notNull(),
    reason: policyCodeEnum("reason"),
    confidence: doublePrecision("confidence"),
    note: text("note"),
    observedAt: tz("observed_at").notNull(),
    receivedAt: tz("received_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("flags_platform_source_reference_key").on(t.platformId, t.source, t.sourceReference),
    index("flags_case_idx").on(t.caseId),
    index("flags_listing_idx").on(t.listingId),
    index("flags_received_idx").on(t.receivedAt),
    check("flags_confidence_range", sql`${t.confidence} IS NULL OR (${t.confidence} >= 0 AND ${t.confidence} <= 1)`),
  ],
);

export const decisions = pgTable(
  "decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id").notNull().references(() => cases.id),
    sellerId: uuid("seller_id").notNull().references(() => sellers.id),
    platformId: text("platform_id").notNull().references(() => platforms.id),
    kind: decisionKindEnum("kind").notNull(),
    clearReason: clearReasonEnum("clear_reason"),
    policyCode: policyCodeEnum("policy_code"),
    points: integer("points").notNull().default(0),
    pointsAdjustmentReason: text("points_adjustment_reason"),
    /** Message to the seller (request_info) or what to fix (warn). */
    sellerMessage: text("seller_message"),
    infoDeadline: tz("info_deadline"),
    internalNote: text("internal_note"),
    /** Structured statement of reasons (warn, takedown). */
    statement: jsonb("statement").$type<Record<string, unknown>>(),
    statementLocale: localeEnum("statement_locale"),
    /** Snapshot of the listing as it was when decided. */
    listingSnapshot: jsonb("listing_snapshot").$type<Record<string, unknown>>().notNull(),
    authorId: uuid("author_id").notNull().references(() => users.id),
    appealDeadline: tz("appeal_deadline"),
    reversedAt: tz("reversed_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("decisions_case_idx").on(t.caseId),
    index("decisions_seller_idx").on(t.sellerId, t.createdAt),
    index("decisions_platform_created_idx").on(t.platformId, t.createdAt, t.id),
    index("decisions_created_idx").on(t.createdAt, t.id),
    check("decisions_clear_has_reason", sql`(${t.kind} = 'clear') = (${t.clearReason} IS NOT NULL)`),
    check("decisions_takedown_has_policy", sql`${t.kind} <> 'takedown' OR ${t.policyCode} IS NOT NULL`),
    check("decisions_points_only_on_takedown", sql`${t.kind} = 'takedown' OR ${t.points} = 0`),
    check("decisions_points_nonnegative", sql`${t.points} >= 0`),
    check("decisions_info_has_deadline", sql`${t.kind} <> 'request_info' OR ${t.infoDeadline} IS NOT NULL`),
  ],
);

export const strikes = pgTable(
  "strikes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sellerId: uuid("seller_id").notNull().references(() => sellers.id),
    platformId: text("platform_id").notNull().references(() => platforms.id),
    decisionId: uuid("decision_id").notNull().references(() => decisions.id),
    points: integer("points").notNull(),
    expiresAt: tz("expires_at").notNull(),
    revokedAt: tz("revoked_at"),
    revokedReason: text("revoked_reason"),
    createdAt: createdAt(),
  },
  (t) => [
    index("strikes_seller_active_idx").on(t.sellerId, t.expiresAt).where(sql`${t.revokedAt} IS NULL`),
    index("strikes_decision_idx").on(t.decisionId),
    check("strikes_points_positive", sql`${t.points} > 0`),
  ],
);

export const escalations = pgTable(
  "escalations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sellerId: uuid("seller_id").notNull().references(() => sellers.id),
    platformId: text("platform_id").notNull().references(() => platforms.id),
    action: accountActionKindEnum("action").notNull(),
    durationDays: integer("duration_days"),
    rationale: text("rationale").notNull(),
    outreachNote: text("outreach_note"),
    reliedCaseIds: uuid("relied_case_ids").array().notNull().default(sql`'{}'::uuid[]`),
    proposerId: uuid("proposer_id").notNull().references(() => users.id),
    reviewerId: uuid("reviewer_id").references(() => users.id),
    state: escalationStateEnum("state").notNull().default("pending"),
    reviewReason: text("review_reason"),
    overrideReason: text("override_reason"),
    /** Guardrail results as shown when the proposal was reviewed. */
    guardrails: jsonb("guardrails").$type<unknown[]>(),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    reviewedAt: tz("reviewed_at"),
  },
  (t) => [
    index("escalations_pending_idx").on(t.createdAt).where(sql`${t.state} = 'pending'`),
    index("escalations_seller_idx").on(t.sellerId),
    check("escalations_four_eyes", sql`${t.reviewerId} IS NULL OR ${t.reviewerId} <> ${t.proposerId}`),
    check(
      "escalations_duration",
      sql`CASE WHEN ${t.action} = 'block' THEN ${t.durationDays} IS NULL ELSE ${t.durationDays} BETWEEN 1 AND 365 END`,
    ),
    check("escalations_reviewed_has_reviewer", sql`${t.state} IN ('pending', 'returned') OR ${t.reviewerId} IS NOT NULL`),
  ],
);

/** An account action exists only as the outcome of an approved escalation (trigger-enforced). */
export const accountActions = pgTable(
  "account_actions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    escalationId: uuid("escalation_id").notNull().unique().references(() => escalations.id),
    sellerId: uuid("seller_id").notNull().references(() => sellers.id),
    platformId: text("platform_id").notNull().references(() => platforms.id),
    kind: accountActionKindEnum("kind").notNull(),
    startsAt: tz("starts_at").notNull(),
    endsAt: tz("ends_at"),
    statement: jsonb("statement").$type<Record<string, unknown>>(),
    appealDeadline: tz("appeal_deadline"),
    liftedAt: tz("lifted_at"),
    liftedReason: text("lifted_reason"),
    createdAt: createdAt(),
  },
  (t) => [
    index("account_actions_seller_idx").on(t.sellerId, t.startsAt),
    check("account_actions_block_permanent", sql`(${t.kind} = 'block') = (${t.endsAt} IS NULL)`),
  ],
);

export const appeals = pgTable(
  "appeals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sellerId: uuid("seller_id").notNull().references(() => sellers.id),
    platformId: text("platform_id").notNull().references(() => platforms.id),
    subject: appealSubjectEnum("subject").notNull(),
    decisionId: uuid("decision_id").references(() => decisions.id),
    accountActionId: uuid("account_action_id").references(() => accountActions.id),
    round: smallint("round").notNull().default(1),
    explanation: text("explanation").notNull(),
    references: text("references"),
    goodFaithDeclared: boolean("good_faith_declared").notNull(),
    filedBy: uuid("filed_by").notNull().references(() => users.id),
    state: appealStateEnum("state").notNull().default("pending"),
    outcomeReason: text("outcome_reason"),
    reviewerId: uuid("reviewer_id").references(() => users.id),
    claimedBy: uuid("claimed_by").references(() => users.id),
    claimExpiresAt: tz("claim_expires_at"),
    version: integer("version").notNull().default(1),
    dueAt: tz("due_at").notNull(),
    createdAt: createdAt(),
    decidedAt: tz("decided_at"),
  },
  (t) => [
    uniqueIndex("appeals_one_open_per_decision").on(t.decisionId).where(sql`${t.state} = 'pending'`),
    uniqueIndex("appeals_one_open_per_action").on(t.accountActionId).where(sql`${t.state} = 'pending'`),
    uniqueIndex("appeals_round_per_decision").on(t.decisionId, t.round),
    uniqueIndex("appeals_round_per_action").on(t.accountActionId, t.round),
    index("appeals_queue_idx").on(t.dueAt, t.id).where(sql`${t.state} = 'pending'`),
    index("appeals_seller_idx").on(t.sellerId, t.createdAt),
    check(
      "appeals_one_subject",
      sql`CASE ${t.subject} WHEN 'decision' THEN ${t.decisionId} IS NOT NULL AND ${t.accountActionId} IS NULL ELSE ${t.accountActionId} IS NOT NULL AND ${t.decisionId} IS NULL END`,
    ),
    check("appeals_round", sql`${t.round} IN (1, 2)`),
    check("appeals_declared", sql`${t.goodFaithDeclared}`),
    check("appeals_decided_has_reviewer", sql`${t.state} = 'pending' OR ${t.reviewerId} IS NOT NULL`),
  ],
);

/** A seller's answer to a request for information. */
export const infoResponses = pgTable(
  "info_responses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id").notNull().references(() => cases.id),
    decisionId: uuid("decision_id").notNull().references(() => decisions.id),
    sellerId: uuid("seller_id").notNull().references(() => sellers.id),
    body: text("body").notNull(),
    filedBy: uuid("filed_by").notNull().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("info_responses_case_idx").on(t.caseId)],
);

export const evidenceFiles = pgTable(
  "evidence_files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sellerId: uuid("seller_id").notNull().references(() => sellers.id),
    appealId: uuid("appeal_id").references(() => appeals.id),
    infoResponseId: uuid("info_response_id").references(() => infoResponses.id),
    fileName: text("file_name").notNull(),
    mimeType: text("mime_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    content: bytea("content").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("evidence_files_appeal_idx").on(t.appealId),
    index("evidence_files_info_response_idx").on(t.infoResponseId),
    check("evidence_files_one_parent", sql`(${t.appealId} IS NULL) <> (${t.infoResponseId} IS NULL)`),
    check("evidence_files_size", sql`${t.sizeBytes} > 0 AND ${t.sizeBytes} <= 5242880`),
    check(
      "evidence_files_mime",
      sql`${t.mimeType} IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')`,
    ),
  ],
);

export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Seller notifications go to the shop (every member sees them); staff ones to a user. */
    sellerId: uuid("seller_id").references(() => sellers.id),
    userId: uuid("user_id").references(() => users.id),
    kind: notificationKindEnum("kind").notNull(),
    /** Parameters rendered through the message catalogs in the reader's language. */
    params: jsonb("params").$type<Record<string, string | number | null>>().notNull().default({}),
    caseId: uuid("case_id").references(() => cases.id),
    decisionId: uuid("decision_id").references(() => decisions.id),
    appealId: uuid("appeal_id").references(() => appeals.id),
    escalationId: uuid("escalation_id").references(() => escalations.id),
    readAt: tz("read_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("notifications_seller_idx").on(t.sellerId, t.createdAt),
    index("notifications_user_idx").on(t.userId, t.createdAt),
    // "Your restriction has ended" is told once per account action (produced lazily at read time).
    uniqueIndex("notifications_one_ended_per_escalation")
      .on(t.escalationId)
      .where(sql`${t.kind} = 'account_action_ended'`),
    check("notifications_one_recipient", sql`(${t.sellerId} IS NULL) <> (${t.userId} IS NULL)`),
  ],
);

/** Append-only: a trigger rejects UPDATE and DELETE. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: tz("at").notNull().defaultNow(),
    actorKind: actorKindEnum("actor_kind").notNull(),
    actorId: uuid("actor_id"),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index("audit_events_subject_idx").on(t.subjectType, t.subjectId, t.at),
    index("audit_events_actor_idx").on(t.actorId, t.at),
    index("audit_events_at_idx").on(t.at),
  ],
);

export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    platformId: text("platform_id").notNull().references(() => platforms.id),
    label: text("label").notNull(),
    prefix: text("prefix").notNull(),
    keyHash: text("key_hash").notNull().unique(),
    createdBy: uuid("created_by").notNull().references(() => users.id),
    createdAt: createdAt(),
    lastUsedAt: tz("last_used_at"),
    revokedAt: tz("revoked_at"),
  },
  (t) => [index("api_keys_platform_idx").on(t.platformId)],
);

/** Hits counted by rate limits; kept in the database so limits hold across app instances. */
export const rateLimitHits = pgTable(
  "rate_limit_hits",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    bucket: text("bucket").notNull(),
    key: text("key").notNull(),
    at: tz("at").notNull().defaultNow(),
  },
  (t) => [index("rate_limit_hits_lookup_idx").on(t.bucket, t.key, t.at)],
);

/**
 * The decisions feed platforms read (GET /api/v1/decisions). Append-only; written only by
 * triggers on decisions and account_actions (migration ingest_feed_triggers). `xid` is the
 * writing transaction's id: the feed is read in (xid, id) order and only up to the oldest
 * transaction still running, so a cursor never skips a row that commits late.
 */
export const feedEvents = pgTable(
  "feed_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    xid: bigint("xid", { mode: "number" }).notNull().default(sql`(pg_current_xact_id()::text)::bigint`),
    platformId: text("platform_id").notNull().references(() => platforms.id),
    kind: feedEventKindEnum("kind").notNull(),
    decisionId: uuid("decision_id").references(() => decisions.id),
    accountActionId: uuid("account_action_id").references(() => accountActions.id),
    occurredAt: tz("occurred_at").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("feed_events_platform_order_idx").on(t.platformId, t.xid, t.id),
    check("feed_events_one_subject", sql`(${t.decisionId} IS NULL) <> (${t.accountActionId} IS NULL)`),
  ],
);

// ---------------------------------------------------------------------------------------------
// Dashboard rollups: daily counts kept in step with the raw tables by statement-level triggers
// (db/migrations/*_dashboard_rollups.sql), in the same transaction as the change, whatever code
// path writes it. `rollup_rebuild()` recounts them from scratch (db/queries/rollups.ts). `day` is
// the Asia/Jakarta calendar date. Dimensions are text, never NULL ('' = not applicable;
// 'unknown' = seller without a tier), so they can be part of the primary key.
// `xid` keeps writers apart: a trigger adds its deltas to rows keyed by its own transaction id,
// so concurrent transactions never wait on each other's counters; rollup_compact() (run now and
// then by the triggers) folds committed deltas into the xid = 0 rows. Readers sum over xid.
// ---------------------------------------------------------------------------------------------

const day = () => date("day", { mode: "string" }).notNull();
const dim = (name: string) => text(name).notNull().default("");
const counter = (name: string) => integer(name).notNull().default(0);
const writer = () => bigint("xid", { mode: "number" }).notNull().default(0);

/** Decisions by the day they were made; `reversed` counts those later reversed on appeal. */
export const dailyDecisionStats = pgTable(
  "daily_decision_stats",
  {
    day: day(),
    xid: writer(),
    platformId: text("platform_id").notNull(),
    kind: text("kind").notNull(),
    clearReason: dim("clear_reason"),
    policyCode: dim("policy_code"),
    umkmTier: text("umkm_tier").notNull(),
    decisions: counter("decisions"),
    reversed: counter("reversed"),
  },
  (t) => [
    primaryKey({ name: "daily_decision_stats_pk", columns: [t.day, t.platformId, t.kind, t.clearReason, t.policyCode, t.umkmTier, t.xid] }),
    index("daily_decision_stats_delta_idx").on(t.xid).where(sql`${t.xid} <> 0`),
  ],
);

/** Flags by the day they were received, source and the flagged seller's tier. */
export const dailyFlagStats = pgTable(
  "daily_flag_stats",
  {
    day: day(),
    xid: writer(),
    platformId: text("platform_id").notNull(),
    source: text("source").notNull(),
    umkmTier: text("umkm_tier").notNull(),
    flags: counter("flags"),
  },
  (t) => [
    primaryKey({ name: "daily_flag_stats_pk", columns: [t.day, t.platformId, t.source, t.umkmTier, t.xid] }),
    index("daily_flag_stats_delta_idx").on(t.xid).where(sql`${t.xid} <> 0`),
  ],
);

/**
 * Case events per day: `opened`, `resolved`, `due` (the SLA deadline falls on the day) and
 * `due_closed` (a resolved case, on the later of its deadline and its resolution). Backlog at the
 * end of day d = Σ opened − Σ resolved up to d; overdue = Σ due − Σ due_closed up to d.
 */
export const dailyCaseStats = pgTable(
  "daily_case_stats",
  {
    day: day(),
    xid: writer(),
    platformId: text("platform_id").notNull(),
    event: text("event").notNull(),
    cases: counter("cases"),
  },
  (t) => [
    primaryKey({ name: "daily_case_stats_pk", columns: [t.day, t.platformId, t.event, t.xid] }),
    index("daily_case_stats_delta_idx").on(t.xid).where(sql`${t.xid} <> 0`),
  ],
);

/** Resolving decisions (clear, warn, takedown) per flag source of the case: cleared, actioned or reversed on appeal. */
export const dailySourceOutcomes = pgTable(
  "daily_source_outcomes",
  {
    day: day(),
    xid: writer(),
    platformId: text("platform_id").notNull(),
    source: text("source").notNull(),
    outcome: text("outcome").notNull(),
    cases: counter("cases"),
  },
  (t) => [
    primaryKey({ name: "daily_source_outcomes_pk", columns: [t.day, t.platformId, t.source, t.outcome, t.xid] }),
    index("daily_source_outcomes_delta_idx").on(t.xid).where(sql`${t.xid} <> 0`),
  ],
);

/** Account actions by the day they were written, kind and tier; `lifted` counts those lifted since. */
export const dailyAccountActionStats = pgTable(
  "daily_account_action_stats",
  {
    day: day(),
    xid: writer(),
    platformId: text("platform_id").notNull(),
    kind: text("kind").notNull(),
    umkmTier: text("umkm_tier").notNull(),
    actions: counter("actions"),
    lifted: counter("lifted"),
  },
  (t) => [
    primaryKey({ name: "daily_account_action_stats_pk", columns: [t.day, t.platformId, t.kind, t.umkmTier, t.xid] }),
    index("daily_account_action_stats_delta_idx").on(t.xid).where(sql`${t.xid} <> 0`),
  ],
);

/** Reviewed escalations by review day, state and whether a guardrail was overridden. */
export const dailyEscalationStats = pgTable(
  "daily_escalation_stats",
  {
    day: day(),
    xid: writer(),
    platformId: text("platform_id").notNull(),
    action: text("action").notNull(),
    state: text("state").notNull(),
    overridden: boolean("overridden").notNull(),
    escalations: counter("escalations"),
  },
  (t) => [
    primaryKey({ name: "daily_escalation_stats_pk", columns: [t.day, t.platformId, t.action, t.state, t.overridden, t.xid] }),
    index("daily_escalation_stats_delta_idx").on(t.xid).where(sql`${t.xid} <> 0`),
  ],
);

/** Appeals: `filed` on the filing day (outcome ''), `decided` on the decision day with the outcome. */
export const dailyAppealStats = pgTable(
  "daily_appeal_stats",
  {
    day: day(),
    xid: writer(),
    platformId: text("platform_id").notNull(),
    subject: text("subject").notNull(),
    round: smallint("round").notNull(),
    event: text("event").notNull(),
    outcome: dim("outcome"),
    appeals: counter("appeals"),
  },
  (t) => [
    primaryKey({ name: "daily_appeal_stats_pk", columns: [t.day, t.platformId, t.subject, t.round, t.event, t.outcome, t.xid] }),
    index("daily_appeal_stats_delta_idx").on(t.xid).where(sql`${t.xid} <> 0`),
  ],
);

/**
 * Handling-time histograms per day (the day the clock stopped): `decision` = case opened (first
 * flag received) → resolving decision; `appeal` = appeal filed → outcome. Bucket 0 holds durations
 * under a minute; bucket b ≥ 1 holds [60·1.1^(b−1), 60·1.1^b) seconds, so a percentile read from
 * the buckets is within 5% of the exact one (lib/dashboard/histogram.ts).
 */
export const dailyDurationHistogram = pgTable(
  "daily_duration_histogram",
  {
    day: day(),
    xid: writer(),
    platformId: text("platform_id").notNull(),
    metric: text("metric").notNull(),
    bucket: smallint("bucket").notNull(),
    n: counter("n"),
  },
  (t) => [
    primaryKey({ name: "daily_duration_histogram_pk", columns: [t.day, t.platformId, t.metric, t.bucket, t.xid] }),
    index("daily_duration_histogram_delta_idx").on(t.xid).where(sql`${t.xid} <> 0`),
  ],
);
