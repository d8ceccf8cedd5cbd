DROP INDEX "cases_queue_priority_idx";--> statement-breakpoint
DROP INDEX "cases_queue_due_idx";--> statement-breakpoint
DROP INDEX "cases_platform_state_priority_idx";--> statement-breakpoint
DROP INDEX "cases_state_priority_idx";--> statement-breakpoint
CREATE INDEX "cases_claim_expires_idx" ON "cases" USING btree ("claim_expires_at") WHERE "cases"."claim_expires_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "cases_overdue_unscored_idx" ON "cases" USING btree ("sla_due_at") WHERE "cases"."state" = 'open' AND NOT ("cases"."priority_terms" @> '[{"key":"age.overdue"}]'::jsonb);--> statement-breakpoint
CREATE INDEX "cases_queue_priority_idx" ON "cases" USING btree ("priority" DESC NULLS FIRST,"id") WHERE "cases"."state" = 'open';--> statement-breakpoint
CREATE INDEX "cases_queue_due_idx" ON "cases" USING btree ("sla_due_at","id","state","platform_id","claimed_by","claim_expires_at") WHERE "cases"."state" <> 'resolved';--> statement-breakpoint
CREATE INDEX "cases_platform_state_priority_idx" ON "cases" USING btree ("platform_id","state","priority" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "cases_state_priority_idx" ON "cases" USING btree ("state","priority" DESC NULLS FIRST,"id");