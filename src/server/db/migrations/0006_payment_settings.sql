ALTER TABLE "funders" ADD COLUMN "withheld_until_final_bp" integer DEFAULT 1000 NOT NULL;--> statement-breakpoint
ALTER TABLE "funders" ADD COLUMN "advance_max_share_bp" integer;--> statement-breakpoint
ALTER TABLE "funders" ADD COLUMN "advance_max_ore" bigint;--> statement-breakpoint
ALTER TABLE "reporting_plans" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "reporting_plans" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "funders" ADD CONSTRAINT "funders_withheld_range" CHECK ("funders"."withheld_until_final_bp" BETWEEN 0 AND 10000);--> statement-breakpoint
ALTER TABLE "funders" ADD CONSTRAINT "funders_advance_share_range" CHECK ("funders"."advance_max_share_bp" IS NULL OR "funders"."advance_max_share_bp" BETWEEN 0 AND 10000);--> statement-breakpoint
ALTER TABLE "funders" ADD CONSTRAINT "funders_advance_max_nonneg" CHECK ("funders"."advance_max_ore" IS NULL OR "funders"."advance_max_ore" >= 0);