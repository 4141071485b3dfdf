CREATE TABLE "case_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"direction" text DEFAULT 'in' NOT NULL,
	"source_case_id" uuid,
	"decision_id" uuid,
	"document_id" uuid,
	"registered_on" date NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"registered_by_user_id" uuid,
	CONSTRAINT "case_documents_number_unique" UNIQUE("case_id","number"),
	CONSTRAINT "case_documents_number_positive" CHECK ("case_documents"."number" >= 1),
	CONSTRAINT "case_documents_direction_known" CHECK ("case_documents"."direction" IN ('in', 'out', 'internal'))
);
--> statement-breakpoint
CREATE TABLE "delegation_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"funder_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"adopted_by" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "delegation_orders_funder_valid_from_unique" UNIQUE("funder_id","valid_from")
);
--> statement-breakpoint
CREATE TABLE "delegation_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"number" text NOT NULL,
	"text" text NOT NULL,
	"decision_kinds" text[] NOT NULL,
	"decider_role" "role" DEFAULT 'decision_maker' NOT NULL,
	"decider_capacity" text,
	"amount_limit_ore" bigint,
	"report_to_committee" boolean DEFAULT true NOT NULL,
	CONSTRAINT "delegation_points_order_number_unique" UNIQUE("order_id","number"),
	CONSTRAINT "delegation_points_limit_nonneg" CHECK ("delegation_points"."amount_limit_ore" IS NULL OR "delegation_points"."amount_limit_ore" >= 0),
	CONSTRAINT "delegation_points_kinds_nonempty" CHECK (cardinality("delegation_points"."decision_kinds") > 0)
);
--> statement-breakpoint
ALTER TABLE "cases" DROP CONSTRAINT "cases_registered_have_diary_number";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "funders" ADD COLUMN "share_cap_rounding" text DEFAULT 'down' NOT NULL;--> statement-breakpoint
ALTER TABLE "funders" ADD COLUMN "payment_details" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "last_document_number" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "extract_to" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "adjusters" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "adjusted_on" date;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "certifier_name" text;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "certifier_title" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "delegation_point_id" uuid;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "authority" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "urgency_ground" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "urgency_consulted" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "urgency_consulted_on" date;--> statement-breakpoint
ALTER TABLE "press_releases" ADD COLUMN "contact_persons" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "state_decisions" ADD COLUMN "conditions" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "state_decisions" ADD COLUMN "reservation" text;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_source_case_id_cases_id_fk" FOREIGN KEY ("source_case_id") REFERENCES "public"."cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_registered_by_user_id_users_id_fk" FOREIGN KEY ("registered_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegation_orders" ADD CONSTRAINT "delegation_orders_funder_id_funders_id_fk" FOREIGN KEY ("funder_id") REFERENCES "public"."funders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegation_orders" ADD CONSTRAINT "delegation_orders_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegation_points" ADD CONSTRAINT "delegation_points_order_id_delegation_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."delegation_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_documents_source_idx" ON "case_documents" USING btree ("source_case_id");--> statement-breakpoint
CREATE INDEX "case_documents_decision_idx" ON "case_documents" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "delegation_points_order_idx" ON "delegation_points" USING btree ("order_id","position");--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_delegation_point_id_delegation_points_id_fk" FOREIGN KEY ("delegation_point_id") REFERENCES "public"."delegation_points"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "decisions_delegation_point_idx" ON "decisions" USING btree ("delegation_point_id");--> statement-breakpoint
ALTER TABLE "funders" ADD CONSTRAINT "funders_share_cap_rounding_known" CHECK ("funders"."share_cap_rounding" IN ('down', 'half_up'));--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_registered_have_diary_number" CHECK ("cases"."diary_number" IS NOT NULL OR "cases"."status" IN ('draft', 'withdrawn') OR "cases"."parent_case_id" IS NOT NULL);--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_authority_known" CHECK ("decisions"."authority" IS NULL OR "decisions"."authority" IN ('committee', 'delegation', 'urgent'));--> statement-breakpoint
-- Decisions made before this migration: the authority they were made by, read from how they were recorded
-- (at a meeting: the committee; naming a delegation point: delegation). The one-time fill of a new column
-- is the only change let through the freeze of approved decisions, and only in this migration.
ALTER TABLE "decisions" DISABLE TRIGGER "decisions_immutable_when_approved";--> statement-breakpoint
UPDATE "decisions" SET "authority" = CASE
  WHEN "meeting_id" IS NOT NULL THEN 'committee'
  WHEN "delegation_point" IS NOT NULL THEN 'delegation'
  ELSE NULL END
WHERE "authority" IS NULL;--> statement-breakpoint
ALTER TABLE "decisions" ENABLE TRIGGER "decisions_immutable_when_approved";
