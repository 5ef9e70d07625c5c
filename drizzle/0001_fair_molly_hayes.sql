ALTER TABLE "reports" ADD COLUMN "agency_seen" jsonb;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "hints" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "absent_cells" jsonb DEFAULT '[]'::jsonb NOT NULL;