CREATE TABLE "daily_account_action_stats" (
	"day" date NOT NULL,
	"xid" bigint DEFAULT 0 NOT NULL,
	"platform_id" text NOT NULL,
	"kind" text NOT NULL,
	"umkm_tier" text NOT NULL,
	"actions" integer DEFAULT 0 NOT NULL,
	"lifted" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "daily_account_action_stats_pk" PRIMARY KEY("day","platform_id","kind","umkm_tier","xid")
);
--> statement-breakpoint
CREATE TABLE "daily_appeal_stats" (
	"day" date NOT NULL,
	"xid" bigint DEFAULT 0 NOT NULL,
	"platform_id" text NOT NULL,
	"subject" text NOT NULL,
	"round" smallint NOT NULL,
	"event" text NOT NULL,
	"outcome" text DEFAULT '' NOT NULL,
	"appeals" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "daily_appeal_stats_pk" PRIMARY KEY("day","platform_id","subject","round","event","outcome","xid")
);
--> statement-breakpoint
CREATE TABLE "daily_case_stats" (
	"day" date NOT NULL,
	"xid" bigint DEFAULT 0 NOT NULL,
	"platform_id" text NOT NULL,
	"event" text NOT NULL,
	"cases" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "daily_case_stats_pk" PRIMARY KEY("day","platform_id","event","xid")
);
--> statement-breakpoint
CREATE TABLE "daily_decision_stats" (
	"day" date NOT NULL,
	"xid" bigint DEFAULT 0 NOT NULL,
	"platform_id" text NOT NULL,
	"kind" text NOT NULL,
	"clear_reason" text DEFAULT '' NOT NULL,
	"policy_code" text DEFAULT '' NOT NULL,
	"umkm_tier" text NOT NULL,
	"decisions" integer DEFAULT 0 NOT NULL,
	"reversed" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "daily_decision_stats_pk" PRIMARY KEY("day","platform_id","kind","clear_reason","policy_code","umkm_tier","xid")
);
--> statement-breakpoint
CREATE TABLE "daily_duration_histogram" (
	"day" date NOT NULL,
	"xid" bigint DEFAULT 0 NOT NULL,
	"platform_id" text NOT NULL,
	"metric" text NOT NULL,
	"bucket" smallint NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "daily_duration_histogram_pk" PRIMARY KEY("day","platform_id","metric","bucket","xid")
);
--> statement-breakpoint
CREATE TABLE "daily_escalation_stats" (
	"day" date NOT NULL,
	"xid" bigint DEFAULT 0 NOT NULL,
	"platform_id" text NOT NULL,
	"action" text NOT NULL,
	"state" text NOT NULL,
	"overridden" boolean NOT NULL,
	"escalations" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "daily_escalation_stats_pk" PRIMARY KEY("day","platform_id","action","state","overridden","xid")
);
--> statement-breakpoint
CREATE TABLE "daily_flag_stats" (
	"day" date NOT NULL,
	"xid" bigint DEFAULT 0 NOT NULL,
	"platform_id" text NOT NULL,
	"source" text NOT NULL,
	"umkm_tier" text NOT NULL,
	"flags" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "daily_flag_stats_pk" PRIMARY KEY("day","platform_id","source","umkm_tier","xid")
);
--> statement-breakpoint
CREATE TABLE "daily_source_outcomes" (
	"day" date NOT NULL,
	"xid" bigint DEFAULT 0 NOT NULL,
	"platform_id" text NOT NULL,
	"source" text NOT NULL,
	"outcome" text NOT NULL,
	"cases" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "daily_source_outcomes_pk" PRIMARY KEY("day","platform_id","source","outcome","xid")
);
--> statement-breakpoint
CREATE INDEX "daily_account_action_stats_delta_idx" ON "daily_account_action_stats" USING btree ("xid") WHERE "daily_account_action_stats"."xid" <> 0;--> statement-breakpoint
CREATE INDEX "daily_appeal_stats_delta_idx" ON "daily_appeal_stats" USING btree ("xid") WHERE "daily_appeal_stats"."xid" <> 0;--> statement-breakpoint
CREATE INDEX "daily_case_stats_delta_idx" ON "daily_case_stats" USING btree ("xid") WHERE "daily_case_stats"."xid" <> 0;--> statement-breakpoint
CREATE INDEX "daily_decision_stats_delta_idx" ON "daily_decision_stats" USING btree ("xid") WHERE "daily_decision_stats"."xid" <> 0;--> statement-breakpoint
CREATE INDEX "daily_duration_histogram_delta_idx" ON "daily_duration_histogram" USING btree ("xid") WHERE "daily_duration_histogram"."xid" <> 0;--> statement-breakpoint
CREATE INDEX "daily_escalation_stats_delta_idx" ON "daily_escalation_stats" USING btree ("xid") WHERE "daily_escalation_stats"."xid" <> 0;--> statement-breakpoint
CREATE INDEX "daily_flag_stats_delta_idx" ON "daily_flag_stats" USING btree ("xid") WHERE "daily_flag_stats"."xid" <> 0;--> statement-breakpoint
CREATE INDEX "daily_source_outcomes_delta_idx" ON "daily_source_outcomes" USING btree ("xid") WHERE "daily_source_outcomes"."xid" <> 0;