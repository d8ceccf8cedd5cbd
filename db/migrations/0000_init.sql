CREATE TYPE "public"."account_action_kind" AS ENUM('restrict_listings', 'suspend', 'block');--> statement-breakpoint
CREATE TYPE "public"."actor_kind" AS ENUM('user', 'api_key', 'system');--> statement-breakpoint
CREATE TYPE "public"."appeal_state" AS ENUM('pending', 'granted', 'denied', 'partial');--> statement-breakpoint
CREATE TYPE "public"."appeal_subject" AS ENUM('decision', 'account_action');--> statement-breakpoint
CREATE TYPE "public"."case_state" AS ENUM('open', 'awaiting_seller', 'resolved');--> statement-breakpoint
CREATE TYPE "public"."clear_reason" AS ENUM('cleared_local_preloved', 'cleared_personal_item', 'cleared_jastip', 'cleared_new_goods', 'cleared_insufficient_evidence');--> statement-breakpoint
CREATE TYPE "public"."decision_kind" AS ENUM('clear', 'request_info', 'warn', 'takedown');--> statement-breakpoint
CREATE TYPE "public"."escalation_state" AS ENUM('pending', 'approved', 'rejected', 'returned');--> statement-breakpoint
CREATE TYPE "public"."flag_source" AS ENUM('ministry_directive', 'trusted_flagger', 'platform_classifier', 'keyword_rule', 'user_report');--> statement-breakpoint
CREATE TYPE "public"."listing_status" AS ENUM('active', 'needs_fix', 'removed');--> statement-breakpoint
CREATE TYPE "public"."locale" AS ENUM('id', 'en');--> statement-breakpoint
CREATE TYPE "public"."notification_kind" AS ENUM('decision', 'request_info', 'ladder_warning', 'appeal_received', 'appeal_outcome', 'account_action', 'account_action_ended', 'escalation_reviewed');--> statement-breakpoint
CREATE TYPE "public"."policy_code" AS ENUM('imported_used_clothing_bulk', 'imported_used_clothing_retail', 'circumvention', 'misleading_listing', 'missing_documents', 'repeat_or_associated_account');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('moderator', 'senior_moderator', 'manager', 'admin', 'seller');--> statement-breakpoint
CREATE TYPE "public"."umkm_tier" AS ENUM('mikro', 'kecil', 'menengah', 'besar');--> statement-breakpoint
CREATE TABLE "account_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"escalation_id" uuid NOT NULL,
	"seller_id" uuid NOT NULL,
	"platform_id" text NOT NULL,
	"kind" "account_action_kind" NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"statement" jsonb,
	"appeal_deadline" timestamp with time zone,
	"lifted_at" timestamp with time zone,
	"lifted_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_actions_escalation_id_unique" UNIQUE("escalation_id"),
	CONSTRAINT "account_actions_block_permanent" CHECK (("account_actions"."kind" = 'block') = ("account_actions"."ends_at" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"platform_id" text NOT NULL,
	"label" text NOT NULL,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_keys_key_hash_unique" UNIQUE("key_hash")
);
--> statement-breakpoint
CREATE TABLE "appeals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seller_id" uuid NOT NULL,
	"platform_id" text NOT NULL,
	"subject" "appeal_subject" NOT NULL,
	"decision_id" uuid,
	"account_action_id" uuid,
	"round" smallint DEFAULT 1 NOT NULL,
	"explanation" text NOT NULL,
	"references" text,
	"good_faith_declared" boolean NOT NULL,
	"filed_by" uuid NOT NULL,
	"state" "appeal_state" DEFAULT 'pending' NOT NULL,
	"outcome_reason" text,
	"reviewer_id" uuid,
	"claimed_by" uuid,
	"claim_expires_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "appeals_one_subject" CHECK (CASE "appeals"."subject" WHEN 'decision' THEN "appeals"."decision_id" IS NOT NULL AND "appeals"."account_action_id" IS NULL ELSE "appeals"."account_action_id" IS NOT NULL AND "appeals"."decision_id" IS NULL END),
	CONSTRAINT "appeals_round" CHECK ("appeals"."round" IN (1, 2)),
	CONSTRAINT "appeals_declared" CHECK ("appeals"."good_faith_declared"),
	CONSTRAINT "appeals_decided_has_reviewer" CHECK ("appeals"."state" = 'pending' OR "appeals"."reviewer_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_kind" "actor_kind" NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" bigserial NOT NULL,
	"listing_id" uuid NOT NULL,
	"seller_id" uuid NOT NULL,
	"platform_id" text NOT NULL,
	"state" "case_state" DEFAULT 'open' NOT NULL,
	"suggested_policy" "policy_code",
	"priority" integer DEFAULT 0 NOT NULL,
	"priority_terms" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"flag_count" integer DEFAULT 0 NOT NULL,
	"flag_sources" "flag_source"[] DEFAULT '{}' NOT NULL,
	"claimed_by" uuid,
	"claim_expires_at" timestamp with time zone,
	"awaiting_until" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sla_due_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_number_unique" UNIQUE("number"),
	CONSTRAINT "cases_claim_pair" CHECK (("cases"."claimed_by" IS NULL) = ("cases"."claim_expires_at" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"seller_id" uuid NOT NULL,
	"platform_id" text NOT NULL,
	"kind" "decision_kind" NOT NULL,
	"clear_reason" "clear_reason",
	"policy_code" "policy_code",
	"points" integer DEFAULT 0 NOT NULL,
	"points_adjustment_reason" text,
	"seller_message" text,
	"info_deadline" timestamp with time zone,
	"internal_note" text,
	"statement" jsonb,
	"statement_locale" "locale",
	"listing_snapshot" jsonb NOT NULL,
	"author_id" uuid NOT NULL,
	"appeal_deadline" timestamp with time zone,
	"reversed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decisions_clear_has_reason" CHECK (("decisions"."kind" = 'clear') = ("decisions"."clear_reason" IS NOT NULL)),
	CONSTRAINT "decisions_takedown_has_policy" CHECK ("decisions"."kind" <> 'takedown' OR "decisions"."policy_code" IS NOT NULL),
	CONSTRAINT "decisions_points_only_on_takedown" CHECK ("decisions"."kind" = 'takedown' OR "decisions"."points" = 0),
	CONSTRAINT "decisions_points_nonnegative" CHECK ("decisions"."points" >= 0),
	CONSTRAINT "decisions_info_has_deadline" CHECK ("decisions"."kind" <> 'request_info' OR "decisions"."info_deadline" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "escalations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seller_id" uuid NOT NULL,
	"platform_id" text NOT NULL,
	"action" "account_action_kind" NOT NULL,
	"duration_days" integer,
	"rationale" text NOT NULL,
	"outreach_note" text,
	"relied_case_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"proposer_id" uuid NOT NULL,
	"reviewer_id" uuid,
	"state" "escalation_state" DEFAULT 'pending' NOT NULL,
	"review_reason" text,
	"override_reason" text,
	"guardrails" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_at" timestamp with time zone,
	CONSTRAINT "escalations_four_eyes" CHECK ("escalations"."reviewer_id" IS NULL OR "escalations"."reviewer_id" <> "escalations"."proposer_id"),
	CONSTRAINT "escalations_duration" CHECK (CASE WHEN "escalations"."action" = 'block' THEN "escalations"."duration_days" IS NULL ELSE "escalations"."duration_days" BETWEEN 1 AND 365 END),
	CONSTRAINT "escalations_reviewed_has_reviewer" CHECK ("escalations"."state" IN ('pending', 'returned') OR "escalations"."reviewer_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "evidence_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seller_id" uuid NOT NULL,
	"appeal_id" uuid,
	"info_response_id" uuid,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_files_one_parent" CHECK (("evidence_files"."appeal_id" IS NULL) <> ("evidence_files"."info_response_id" IS NULL)),
	CONSTRAINT "evidence_files_size" CHECK ("evidence_files"."size_bytes" > 0 AND "evidence_files"."size_bytes" <= 5242880),
	CONSTRAINT "evidence_files_mime" CHECK ("evidence_files"."mime_type" IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf'))
);
--> statement-breakpoint
CREATE TABLE "flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"platform_id" text NOT NULL,
	"listing_id" uuid NOT NULL,
	"case_id" uuid,
	"source" "flag_source" NOT NULL,
	"source_reference" text NOT NULL,
	"reason" "policy_code",
	"confidence" double precision,
	"note" text,
	"observed_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "flags_confidence_range" CHECK ("flags"."confidence" IS NULL OR ("flags"."confidence" >= 0 AND "flags"."confidence" <= 1))
);
--> statement-breakpoint
CREATE TABLE "info_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"decision_id" uuid NOT NULL,
	"seller_id" uuid NOT NULL,
	"body" text NOT NULL,
	"filed_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "listings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seller_id" uuid NOT NULL,
	"platform_id" text NOT NULL,
	"external_id" text NOT NULL,
	"url" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"price_idr" bigint NOT NULL,
	"stock" integer DEFAULT 1 NOT NULL,
	"category" text DEFAULT '' NOT NULL,
	"image_urls" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" "listing_status" DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "listings_price_nonnegative" CHECK ("listings"."price_idr" >= 0),
	CONSTRAINT "listings_stock_nonnegative" CHECK ("listings"."stock" >= 0)
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seller_id" uuid,
	"user_id" uuid,
	"kind" "notification_kind" NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"case_id" uuid,
	"decision_id" uuid,
	"appeal_id" uuid,
	"escalation_id" uuid,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_one_recipient" CHECK (("notifications"."seller_id" IS NULL) <> ("notifications"."user_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "platforms" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"ladder" jsonb NOT NULL,
	"appeal_window_days" integer DEFAULT 30 NOT NULL,
	"second_appeal_window_days" integer DEFAULT 15 NOT NULL,
	"appeal_sla_hours" integer DEFAULT 72 NOT NULL,
	"case_sla_hours" integer DEFAULT 48 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limit_hits" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"bucket" text NOT NULL,
	"key" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "seller_members" (
	"user_id" uuid NOT NULL,
	"seller_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "seller_members_user_id_seller_id_pk" PRIMARY KEY("user_id","seller_id")
);
--> statement-breakpoint
CREATE TABLE "sellers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"platform_id" text NOT NULL,
	"external_id" text NOT NULL,
	"shop_name" text NOT NULL,
	"province" text,
	"umkm_tier" "umkm_tier",
	"nib" text,
	"nib_verified" boolean DEFAULT false NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sellers_nib_format" CHECK ("sellers"."nib" IS NULL OR "sellers"."nib" ~ '^[0-9]{13}$')
);
--> statement-breakpoint
CREATE TABLE "strikes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seller_id" uuid NOT NULL,
	"platform_id" text NOT NULL,
	"decision_id" uuid NOT NULL,
	"points" integer NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strikes_points_positive" CHECK ("strikes"."points" > 0)
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" "role" NOT NULL,
	"password_hash" text NOT NULL,
	"locale" "locale" DEFAULT 'id' NOT NULL,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_lowercase" CHECK ("users"."email" = lower("users"."email"))
);
--> statement-breakpoint
ALTER TABLE "account_actions" ADD CONSTRAINT "account_actions_escalation_id_escalations_id_fk" FOREIGN KEY ("escalation_id") REFERENCES "public"."escalations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_actions" ADD CONSTRAINT "account_actions_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_actions" ADD CONSTRAINT "account_actions_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_account_action_id_account_actions_id_fk" FOREIGN KEY ("account_action_id") REFERENCES "public"."account_actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_filed_by_users_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_claimed_by_users_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_claimed_by_users_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_proposer_id_users_id_fk" FOREIGN KEY ("proposer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_appeal_id_appeals_id_fk" FOREIGN KEY ("appeal_id") REFERENCES "public"."appeals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_info_response_id_info_responses_id_fk" FOREIGN KEY ("info_response_id") REFERENCES "public"."info_responses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_responses" ADD CONSTRAINT "info_responses_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_responses" ADD CONSTRAINT "info_responses_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_responses" ADD CONSTRAINT "info_responses_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_responses" ADD CONSTRAINT "info_responses_filed_by_users_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listings" ADD CONSTRAINT "listings_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listings" ADD CONSTRAINT "listings_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_appeal_id_appeals_id_fk" FOREIGN KEY ("appeal_id") REFERENCES "public"."appeals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_escalation_id_escalations_id_fk" FOREIGN KEY ("escalation_id") REFERENCES "public"."escalations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seller_members" ADD CONSTRAINT "seller_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seller_members" ADD CONSTRAINT "seller_members_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sellers" ADD CONSTRAINT "sellers_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strikes" ADD CONSTRAINT "strikes_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strikes" ADD CONSTRAINT "strikes_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strikes" ADD CONSTRAINT "strikes_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_actions_seller_idx" ON "account_actions" USING btree ("seller_id","starts_at");--> statement-breakpoint
CREATE INDEX "api_keys_platform_idx" ON "api_keys" USING btree ("platform_id");--> statement-breakpoint
CREATE UNIQUE INDEX "appeals_one_open_per_decision" ON "appeals" USING btree ("decision_id") WHERE "appeals"."state" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "appeals_one_open_per_action" ON "appeals" USING btree ("account_action_id") WHERE "appeals"."state" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "appeals_round_per_decision" ON "appeals" USING btree ("decision_id","round");--> statement-breakpoint
CREATE UNIQUE INDEX "appeals_round_per_action" ON "appeals" USING btree ("account_action_id","round");--> statement-breakpoint
CREATE INDEX "appeals_queue_idx" ON "appeals" USING btree ("due_at","id") WHERE "appeals"."state" = 'pending';--> statement-breakpoint
CREATE INDEX "appeals_seller_idx" ON "appeals" USING btree ("seller_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_events_subject_idx" ON "audit_events" USING btree ("subject_type","subject_id","at");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_id","at");--> statement-breakpoint
CREATE INDEX "audit_events_at_idx" ON "audit_events" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_one_unresolved_per_listing" ON "cases" USING btree ("listing_id") WHERE "cases"."state" <> 'resolved';--> statement-breakpoint
CREATE INDEX "cases_queue_priority_idx" ON "cases" USING btree ("priority" DESC NULLS LAST,"id") WHERE "cases"."state" = 'open';--> statement-breakpoint
CREATE INDEX "cases_queue_opened_idx" ON "cases" USING btree ("opened_at","id") WHERE "cases"."state" = 'open';--> statement-breakpoint
CREATE INDEX "cases_queue_due_idx" ON "cases" USING btree ("sla_due_at","id") WHERE "cases"."state" <> 'resolved';--> statement-breakpoint
CREATE INDEX "cases_platform_state_priority_idx" ON "cases" USING btree ("platform_id","state","priority" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "cases_state_priority_idx" ON "cases" USING btree ("state","priority" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "cases_seller_idx" ON "cases" USING btree ("seller_id","state");--> statement-breakpoint
CREATE INDEX "cases_claimed_by_idx" ON "cases" USING btree ("claimed_by") WHERE "cases"."claimed_by" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "cases_awaiting_idx" ON "cases" USING btree ("awaiting_until") WHERE "cases"."state" = 'awaiting_seller';--> statement-breakpoint
CREATE INDEX "decisions_case_idx" ON "decisions" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "decisions_seller_idx" ON "decisions" USING btree ("seller_id","created_at");--> statement-breakpoint
CREATE INDEX "decisions_platform_created_idx" ON "decisions" USING btree ("platform_id","created_at","id");--> statement-breakpoint
CREATE INDEX "decisions_created_idx" ON "decisions" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "escalations_pending_idx" ON "escalations" USING btree ("created_at") WHERE "escalations"."state" = 'pending';--> statement-breakpoint
CREATE INDEX "escalations_seller_idx" ON "escalations" USING btree ("seller_id");--> statement-breakpoint
CREATE INDEX "evidence_files_appeal_idx" ON "evidence_files" USING btree ("appeal_id");--> statement-breakpoint
CREATE INDEX "evidence_files_info_response_idx" ON "evidence_files" USING btree ("info_response_id");--> statement-breakpoint
CREATE UNIQUE INDEX "flags_platform_source_reference_key" ON "flags" USING btree ("platform_id","source","source_reference");--> statement-breakpoint
CREATE INDEX "flags_case_idx" ON "flags" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "flags_listing_idx" ON "flags" USING btree ("listing_id");--> statement-breakpoint
CREATE INDEX "flags_received_idx" ON "flags" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "info_responses_case_idx" ON "info_responses" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "listings_platform_external_key" ON "listings" USING btree ("platform_id","external_id");--> statement-breakpoint
CREATE INDEX "listings_seller_idx" ON "listings" USING btree ("seller_id");--> statement-breakpoint
CREATE INDEX "notifications_seller_idx" ON "notifications" USING btree ("seller_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "rate_limit_hits_lookup_idx" ON "rate_limit_hits" USING btree ("bucket","key","at");--> statement-breakpoint
CREATE INDEX "seller_members_seller_idx" ON "seller_members" USING btree ("seller_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sellers_platform_external_key" ON "sellers" USING btree ("platform_id","external_id");--> statement-breakpoint
CREATE INDEX "sellers_tier_idx" ON "sellers" USING btree ("umkm_tier");--> statement-breakpoint
CREATE INDEX "strikes_seller_active_idx" ON "strikes" USING btree ("seller_id","expires_at") WHERE "strikes"."revoked_at" IS NULL;--> statement-breakpoint
CREATE INDEX "strikes_decision_idx" ON "strikes" USING btree ("decision_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree (lower("email"));