DROP INDEX "reports_year_status_idx";--> statement-breakpoint
CREATE INDEX "reports_scope_idx" ON "reports" USING btree ("year","status","agency_id","id","template","other_disposal_one_row");