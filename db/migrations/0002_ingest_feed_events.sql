CREATE TYPE "public"."feed_event_kind" AS ENUM('decision', 'reinstatement', 'account_action', 'account_action_lifted');--> statement-breakpoint
CREATE TABLE "feed_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"xid" bigint DEFAULT (pg_current_xact_id()::text)::bigint NOT NULL,
	"platform_id" text NOT NULL,
	"kind" "feed_event_kind" NOT NULL,
	"decision_id" uuid,
	"account_action_id" uuid,
	"occurred_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feed_events_one_subject" CHECK (("feed_events"."decision_id" IS NULL) <> ("feed_events"."account_action_id" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "feed_events" ADD CONSTRAINT "feed_events_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feed_events" ADD CONSTRAINT "feed_events_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feed_events" ADD CONSTRAINT "feed_events_account_action_id_account_actions_id_fk" FOREIGN KEY ("account_action_id") REFERENCES "public"."account_actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feed_events_platform_order_idx" ON "feed_events" USING btree ("platform_id","xid","id");