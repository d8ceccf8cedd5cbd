DROP INDEX "cases_queue_priority_idx";--> statement-breakpoint
DROP INDEX "cases_platform_state_priority_idx";--> statement-breakpoint
DROP INDEX "cases_state_priority_idx";--> statement-breakpoint
CREATE INDEX "cases_platform_state_priority_idx" ON "cases" USING btree ("platform_id","state","priority" DESC NULLS FIRST,"id") WHERE "cases"."state" <> 'resolved';--> statement-breakpoint
CREATE INDEX "cases_state_priority_idx" ON "cases" USING btree ("state","priority" DESC NULLS FIRST,"id") WHERE "cases"."state" <> 'resolved';