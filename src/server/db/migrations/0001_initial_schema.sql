CREATE TYPE "public"."case_kind" AS ENUM('application', 'amendment_request', 'payment_request', 'closure', 'commission');--> statement-breakpoint
CREATE TYPE "public"."case_status" AS ENUM('draft', 'submitted', 'in_assessment', 'decision_proposed', 'decided', 'active', 'closed', 'withdrawn', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."cost_category" AS ENUM('staff', 'external_services', 'travel_accommodation', 'investments_equipment_premises', 'indirect_costs', 'project_income', 'in_kind');--> statement-breakpoint
CREATE TYPE "public"."criterion_kind" AS ENUM('gender_equality', 'equality', 'environment', 'sdg');--> statement-breakpoint
CREATE TYPE "public"."decision_kind" AS ENUM('grant', 'reject', 'amend', 'close', 'withdraw', 'recover');--> statement-breakpoint
CREATE TYPE "public"."decision_status" AS ENUM('draft', 'proposed', 'approved');--> statement-breakpoint
CREATE TYPE "public"."email_status" AS ENUM('queued', 'sending', 'sent', 'failed');--> statement-breakpoint
CREATE TYPE "public"."grade" AS ENUM('high', 'low', 'none');--> statement-breakpoint
CREATE TYPE "public"."import_run_status" AS ENUM('running', 'completed', 'failed');--> statement-breakpoint
CREATE TYPE "public"."meeting_status" AS ENUM('planned', 'held');--> statement-breakpoint
CREATE TYPE "public"."organization_type" AS ENUM('region', 'municipality', 'state_agency', 'university', 'company', 'association', 'other');--> statement-breakpoint
CREATE TYPE "public"."payment_kind" AS ENUM('advance', 'interim', 'final');--> statement-breakpoint
CREATE TYPE "public"."payment_request_status" AS ENUM('draft', 'submitted', 'approved', 'rejected', 'paid');--> statement-breakpoint
CREATE TYPE "public"."project_status" AS ENUM('planned', 'active', 'closed', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."recovery_kind" AS ENUM('repayment', 'recovery');--> statement-breakpoint
CREATE TYPE "public"."report_kind" AS ENUM('progress', 'final');--> statement-breakpoint
CREATE TYPE "public"."reporting_item_kind" AS ENUM('progress_report', 'final_report', 'payment_request');--> statement-breakpoint
CREATE TYPE "public"."reporting_item_status" AS ENUM('open', 'submitted', 'approved');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('applicant', 'case_officer', 'decision_maker', 'finance_officer', 'communications', 'administrator');--> statement-breakpoint
CREATE TABLE "municipalities" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"county" text NOT NULL,
	CONSTRAINT "municipalities_code_format" CHECK ("municipalities"."code" ~ '^[0-9]{4}$')
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_number" text,
	"name" text NOT NULL,
	"type" "organization_type" DEFAULT 'other' NOT NULL,
	"municipality_code" text,
	"email" text,
	"phone" text,
	"postal_address" text,
	"website" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "organizations_org_number_unique" UNIQUE("org_number"),
	CONSTRAINT "organizations_org_number_format" CHECK ("organizations"."org_number" ~ '^[0-9]{6}-[0-9]{4}$')
);
--> statement-breakpoint
CREATE TABLE "role_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "role" NOT NULL,
	"organization_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "role_grants_unique" UNIQUE("user_id","role","organization_id")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"title" text,
	"password_hash" text,
	"organization_id" uuid NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"locale" text DEFAULT 'sv' NOT NULL,
	"last_signed_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "diary_sequences" (
	"funder_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_seq" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "diary_sequences_funder_id_year_pk" PRIMARY KEY("funder_id","year"),
	CONSTRAINT "diary_sequences_seq_nonneg" CHECK ("diary_sequences"."last_seq" >= 0)
);
--> statement-breakpoint
CREATE TABLE "funders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"committee_name" text NOT NULL,
	"diary_number_format" text NOT NULL,
	"delegation_limit_ore" bigint,
	"appeal_notices" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"contact" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "funders_organization_id_unique" UNIQUE("organization_id"),
	CONSTRAINT "funders_delegation_limit_nonneg" CHECK ("funders"."delegation_limit_ore" IS NULL OR "funders"."delegation_limit_ore" >= 0)
);
--> statement-breakpoint
CREATE TABLE "assessment_aspects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"funder_id" uuid NOT NULL,
	"name" text NOT NULL,
	"policy" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_aspects_name_unique" UNIQUE("funder_id","name")
);
--> statement-breakpoint
CREATE TABLE "priorities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"strategy_id" uuid NOT NULL,
	"parent_id" uuid,
	"code" text NOT NULL,
	"title" text NOT NULL,
	CONSTRAINT "priorities_code_unique" UNIQUE("strategy_id","code")
);
--> statement-breakpoint
CREATE TABLE "strategies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"funder_id" uuid NOT NULL,
	"name" text NOT NULL,
	"year_from" integer,
	"year_to" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "strategies_years_order" CHECK ("strategies"."year_from" IS NULL OR "strategies"."year_to" IS NULL OR "strategies"."year_from" <= "strategies"."year_to")
);
--> statement-breakpoint
CREATE TABLE "appropriation_years" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"appropriation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"budget_ore" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "appropriation_years_unique" UNIQUE("appropriation_id","year"),
	CONSTRAINT "appropriation_years_budget_nonneg" CHECK ("appropriation_years"."budget_ore" >= 0)
);
--> statement-breakpoint
CREATE TABLE "appropriations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"funder_id" uuid,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"expenditure_area" text,
	"item" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"fund" text,
	"main_funder_organization_id" uuid,
	"year_from" integer,
	"year_to" integer,
	"cci" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programmes_years_order" CHECK ("programmes"."year_from" IS NULL OR "programmes"."year_to" IS NULL OR "programmes"."year_from" <= "programmes"."year_to")
);
--> statement-breakpoint
CREATE TABLE "horizontal_criteria" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"kind" "criterion_kind" NOT NULL,
	"code" text,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_municipalities" (
	"project_id" uuid NOT NULL,
	"municipality_code" text NOT NULL,
	CONSTRAINT "project_municipalities_project_id_municipality_code_pk" PRIMARY KEY("project_id","municipality_code")
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"acronym" text,
	"owner_organization_id" uuid NOT NULL,
	"programme_id" uuid,
	"priority_id" uuid,
	"summary" text,
	"description" text,
	"purpose" text,
	"goals" text,
	"period_start" date,
	"period_end" date,
	"granted_ore" bigint,
	"max_share_bp" integer,
	"approved_costs_ore" bigint,
	"status" "project_status" DEFAULT 'planned' NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('swedish', coalesce(name, '')), 'A') || setweight(to_tsvector('swedish', coalesce(acronym, '')), 'A') || setweight(to_tsvector('swedish', coalesce(summary, '')), 'B') || setweight(to_tsvector('swedish', coalesce(description, '')), 'C')) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "projects_period_order" CHECK ("projects"."period_start" IS NULL OR "projects"."period_end" IS NULL OR "projects"."period_start" <= "projects"."period_end"),
	CONSTRAINT "projects_share_range" CHECK ("projects"."max_share_bp" IS NULL OR "projects"."max_share_bp" BETWEEN 0 AND 10000),
	CONSTRAINT "projects_granted_nonneg" CHECK ("projects"."granted_ore" IS NULL OR "projects"."granted_ore" >= 0),
	CONSTRAINT "projects_costs_nonneg" CHECK ("projects"."approved_costs_ore" IS NULL OR "projects"."approved_costs_ore" >= 0)
);
--> statement-breakpoint
CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_plan_id" uuid NOT NULL,
	"number" text NOT NULL,
	"parent_number" text,
	"title" text NOT NULL,
	"description" text,
	"start_date" date,
	"end_date" date,
	"cost_ore" bigint,
	"sort_order" integer NOT NULL,
	CONSTRAINT "activities_number_unique" UNIQUE("activity_plan_id","number"),
	CONSTRAINT "activities_period_order" CHECK ("activities"."start_date" IS NULL OR "activities"."end_date" IS NULL OR "activities"."start_date" <= "activities"."end_date"),
	CONSTRAINT "activities_cost_nonneg" CHECK ("activities"."cost_ore" IS NULL OR "activities"."cost_ore" >= 0)
);
--> statement-breakpoint
CREATE TABLE "activity_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"decision_id" uuid,
	"label" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_plans_version_unique" UNIQUE("project_id","version_no"),
	CONSTRAINT "activity_plans_version_positive" CHECK ("activity_plans"."version_no" >= 1)
);
--> statement-breakpoint
CREATE TABLE "budget_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"budget_id" uuid NOT NULL,
	"cost_category" "cost_category" NOT NULL,
	"year" integer NOT NULL,
	"amount_ore" bigint NOT NULL,
	CONSTRAINT "budget_lines_unique" UNIQUE("budget_id","cost_category","year"),
	CONSTRAINT "budget_lines_amount_nonneg" CHECK ("budget_lines"."amount_ore" >= 0)
);
--> statement-breakpoint
CREATE TABLE "budgets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"decision_id" uuid,
	"application_version_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budgets_version_unique" UNIQUE("project_id","version_no"),
	CONSTRAINT "budgets_version_positive" CHECK ("budgets"."version_no" >= 1)
);
--> statement-breakpoint
CREATE TABLE "financing_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"budget_id" uuid NOT NULL,
	"financier_organization_id" uuid,
	"financier_name" text NOT NULL,
	"amount_ore" bigint NOT NULL,
	"is_public" boolean NOT NULL,
	"is_in_kind" boolean DEFAULT false NOT NULL,
	"appropriation_id" uuid,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "financing_lines_amount_nonneg" CHECK ("financing_lines"."amount_ore" >= 0)
);
--> statement-breakpoint
CREATE TABLE "case_external_ids" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"system" text NOT NULL,
	"external_id" text NOT NULL,
	CONSTRAINT "case_external_ids_unique" UNIQUE("system","external_id")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"funder_id" uuid NOT NULL,
	"diary_number" text NOT NULL,
	"kind" "case_kind" NOT NULL,
	"status" "case_status" DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"project_id" uuid,
	"applicant_organization_id" uuid NOT NULL,
	"officer_user_id" uuid,
	"parent_case_id" uuid,
	"received_on" date,
	"registered_at" timestamp with time zone,
	"due_date" date,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "cases_diary_number_unique" UNIQUE("funder_id","diary_number")
);
--> statement-breakpoint
CREATE TABLE "contributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"year" integer,
	"contributed_ore" bigint NOT NULL,
	CONSTRAINT "contributions_nonneg" CHECK ("contributions"."contributed_ore" >= 0)
);
--> statement-breakpoint
CREATE TABLE "refunds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"decision_id" uuid,
	"organization_id" uuid NOT NULL,
	"amount_ore" bigint NOT NULL,
	"paid_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "refunds_nonneg" CHECK ("refunds"."amount_ore" >= 0)
);
--> statement-breakpoint
CREATE TABLE "application_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"content" jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "application_versions_unique" UNIQUE("case_id","version_no"),
	CONSTRAINT "application_versions_version_positive" CHECK ("application_versions"."version_no" >= 1)
);
--> statement-breakpoint
CREATE TABLE "assessment_grades" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"aspect_id" uuid NOT NULL,
	"grade" "grade" NOT NULL,
	"motivation" text,
	CONSTRAINT "assessment_grades_unique" UNIQUE("assessment_id","aspect_id")
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"priority_id" uuid,
	"strategy_fit_text" text,
	"eligibility_text" text,
	"state_aid_basis" text,
	"cofinancing_checked" boolean DEFAULT false NOT NULL,
	"assessed_by" uuid,
	"assessed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"paragraph" integer,
	"title" text NOT NULL,
	"case_id" uuid,
	"decision_id" uuid,
	CONSTRAINT "agenda_items_position_positive" CHECK ("agenda_items"."position" >= 1)
);
--> statement-breakpoint
CREATE TABLE "delegated_decision_report_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"decision_id" uuid NOT NULL,
	CONSTRAINT "delegated_decision_report_items_decision_unique" UNIQUE("decision_id")
);
--> statement-breakpoint
CREATE TABLE "delegated_decision_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "delegated_decision_reports_meeting_id_unique" UNIQUE("meeting_id")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"funder_id" uuid NOT NULL,
	"committee_name" text NOT NULL,
	"held_on" date NOT NULL,
	"location" text,
	"status" "meeting_status" DEFAULT 'planned' NOT NULL,
	"minutes_document_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"project_id" uuid,
	"kind" "decision_kind" NOT NULL,
	"status" "decision_status" DEFAULT 'draft' NOT NULL,
	"amends_decision_id" uuid,
	"decision_date" date,
	"decided_by_user_id" uuid,
	"decided_by_name" text,
	"capacity" text,
	"delegation_point" text,
	"presented_by_user_id" uuid,
	"presented_by_name" text,
	"presented_by_capacity" text,
	"meeting_id" uuid,
	"reported_to_meeting_on" date,
	"amount_ore" bigint,
	"max_share_bp" integer,
	"approved_costs_ore" bigint,
	"period_start" date,
	"period_end" date,
	"legal_basis" text[] DEFAULT '{}'::text[] NOT NULL,
	"appropriation_id" uuid,
	"reasons" text,
	"conditions" text,
	"body" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"appealable" boolean,
	"appeal_notice" text,
	"recipients" text[] DEFAULT '{}'::text[] NOT NULL,
	"contact" text,
	"activity_plan_id" uuid,
	"budget_id" uuid,
	"override_reason" text,
	"document_id" uuid,
	"document_sha256" text,
	"approved_at" timestamp with time zone,
	"approved_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "decisions_share_range" CHECK ("decisions"."max_share_bp" IS NULL OR "decisions"."max_share_bp" BETWEEN 0 AND 10000),
	CONSTRAINT "decisions_amount_nonneg" CHECK ("decisions"."amount_ore" IS NULL OR "decisions"."amount_ore" >= 0),
	CONSTRAINT "decisions_costs_nonneg" CHECK ("decisions"."approved_costs_ore" IS NULL OR "decisions"."approved_costs_ore" >= 0),
	CONSTRAINT "decisions_period_order" CHECK ("decisions"."period_start" IS NULL OR "decisions"."period_end" IS NULL OR "decisions"."period_start" <= "decisions"."period_end"),
	CONSTRAINT "decisions_approved_status" CHECK (("decisions"."approved_at" IS NULL) = ("decisions"."status" <> 'approved')),
	CONSTRAINT "decisions_not_self_amending" CHECK ("decisions"."amends_decision_id" IS NULL OR "decisions"."amends_decision_id" <> "decisions"."id"),
	CONSTRAINT "decisions_sha256_format" CHECK ("decisions"."document_sha256" IS NULL OR "decisions"."document_sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "press_release_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"press_release_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"decision_id" uuid,
	"project_id" uuid,
	"project_name" text NOT NULL,
	"owner_name" text NOT NULL,
	"amount_ore" bigint NOT NULL,
	"purpose" text,
	"period_start" date,
	"period_end" date,
	CONSTRAINT "press_release_items_amount_nonneg" CHECK ("press_release_items"."amount_ore" >= 0),
	CONSTRAINT "press_release_items_period_order" CHECK ("press_release_items"."period_start" IS NULL OR "press_release_items"."period_end" IS NULL OR "press_release_items"."period_start" <= "press_release_items"."period_end")
);
--> statement-breakpoint
CREATE TABLE "press_releases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid,
	"title" text NOT NULL,
	"headline_total_ore" bigint,
	"body" text NOT NULL,
	"contacts" text,
	"published_at" timestamp with time zone,
	"document_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "press_releases_total_nonneg" CHECK ("press_releases"."headline_total_ore" IS NULL OR "press_releases"."headline_total_ore" >= 0)
);
--> statement-breakpoint
CREATE TABLE "reporting_plan_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reporting_plan_id" uuid NOT NULL,
	"kind" "reporting_item_kind" NOT NULL,
	"due_date" date NOT NULL,
	"period_start" date,
	"period_end" date,
	"status" "reporting_item_status" DEFAULT 'open' NOT NULL,
	"submitted_at" timestamp with time zone,
	"report_id" uuid,
	"payment_request_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "reporting_plan_items_period_order" CHECK ("reporting_plan_items"."period_start" IS NULL OR "reporting_plan_items"."period_end" IS NULL OR "reporting_plan_items"."period_start" <= "reporting_plan_items"."period_end")
);
--> statement-breakpoint
CREATE TABLE "reporting_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"decision_id" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"kind" "report_kind" NOT NULL,
	"period_start" date,
	"period_end" date,
	"content" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"approved_at" timestamp with time zone,
	"approved_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "reports_period_order" CHECK ("reports"."period_start" IS NULL OR "reports"."period_end" IS NULL OR "reports"."period_start" <= "reports"."period_end")
);
--> statement-breakpoint
CREATE TABLE "payment_request_costs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"payment_request_id" uuid NOT NULL,
	"cost_category" "cost_category" NOT NULL,
	"claimed_ore" bigint NOT NULL,
	"approved_ore" bigint,
	"motivation" text,
	CONSTRAINT "payment_request_costs_unique" UNIQUE("payment_request_id","cost_category"),
	CONSTRAINT "payment_request_costs_claimed_nonneg" CHECK ("payment_request_costs"."claimed_ore" >= 0),
	CONSTRAINT "payment_request_costs_approved_nonneg" CHECK ("payment_request_costs"."approved_ore" IS NULL OR "payment_request_costs"."approved_ore" >= 0)
);
--> statement-breakpoint
CREATE TABLE "payment_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"case_id" uuid,
	"kind" "payment_kind" DEFAULT 'interim' NOT NULL,
	"period_start" date,
	"period_end" date,
	"status" "payment_request_status" DEFAULT 'draft' NOT NULL,
	"requested_ore" bigint DEFAULT 0 NOT NULL,
	"approved_costs_ore" bigint,
	"payable_ore" bigint,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decision_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "payment_requests_requested_nonneg" CHECK ("payment_requests"."requested_ore" >= 0),
	CONSTRAINT "payment_requests_costs_nonneg" CHECK ("payment_requests"."approved_costs_ore" IS NULL OR "payment_requests"."approved_costs_ore" >= 0),
	CONSTRAINT "payment_requests_payable_nonneg" CHECK ("payment_requests"."payable_ore" IS NULL OR "payment_requests"."payable_ore" >= 0),
	CONSTRAINT "payment_requests_period_order" CHECK ("payment_requests"."period_start" IS NULL OR "payment_requests"."period_end" IS NULL OR "payment_requests"."period_start" <= "payment_requests"."period_end")
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"payment_request_id" uuid,
	"amount_ore" bigint NOT NULL,
	"paid_on" date NOT NULL,
	"executed_by" uuid,
	"reference" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payments_amount_pos" CHECK ("payments"."amount_ore" > 0)
);
--> statement-breakpoint
CREATE TABLE "recoveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"decision_id" uuid,
	"kind" "recovery_kind" NOT NULL,
	"amount_ore" bigint NOT NULL,
	"reason" text NOT NULL,
	"due_date" date,
	"received_ore" bigint,
	"received_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "recoveries_amount_pos" CHECK ("recoveries"."amount_ore" > 0),
	CONSTRAINT "recoveries_received_nonneg" CHECK ("recoveries"."received_ore" IS NULL OR "recoveries"."received_ore" >= 0)
);
--> statement-breakpoint
CREATE TABLE "state_allocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"state_decision_id" uuid NOT NULL,
	"recipient_organization_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"offered_ore" bigint NOT NULL,
	"accepted_on" date,
	"requisitioned_ore" bigint,
	"requisitioned_on" date,
	"received_ore" bigint,
	"received_on" date,
	"used_ore" bigint,
	"accounted_on" date,
	"repaid_ore" bigint,
	"repaid_on" date,
	"requisition_deadline" date,
	"account_deadline" date,
	"repayment_deadline" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "state_allocations_unique" UNIQUE("state_decision_id","recipient_organization_id","year"),
	CONSTRAINT "state_allocations_offered_nonneg" CHECK ("state_allocations"."offered_ore" >= 0),
	CONSTRAINT "state_allocations_amounts_nonneg" CHECK (coalesce("state_allocations"."requisitioned_ore", 0) >= 0 AND coalesce("state_allocations"."received_ore", 0) >= 0 AND coalesce("state_allocations"."used_ore", 0) >= 0 AND coalesce("state_allocations"."repaid_ore", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "state_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"decided_on" date NOT NULL,
	"issuer" text NOT NULL,
	"ministry" text,
	"title" text NOT NULL,
	"body" text,
	"year_from" integer NOT NULL,
	"year_to" integer NOT NULL,
	"per_recipient_per_year_ore" bigint,
	"appropriation_text" text,
	"appropriation_id" uuid,
	"requisition_to_organization_id" uuid,
	"signatories" text[] DEFAULT '{}'::text[] NOT NULL,
	"copy_to" text[] DEFAULT '{}'::text[] NOT NULL,
	"related_references" text[] DEFAULT '{}'::text[] NOT NULL,
	"document_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "state_decisions_reference_unique" UNIQUE("reference"),
	CONSTRAINT "state_decisions_years_order" CHECK ("state_decisions"."year_from" <= "state_decisions"."year_to"),
	CONSTRAINT "state_decisions_amount_nonneg" CHECK ("state_decisions"."per_recipient_per_year_ore" IS NULL OR "state_decisions"."per_recipient_per_year_ore" >= 0)
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sha256" text NOT NULL,
	"filename" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"storage_key" text NOT NULL,
	"kind" text NOT NULL,
	"case_id" uuid,
	"project_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_sha256_format" CHECK ("documents"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "documents_size_nonneg" CHECK ("documents"."size_bytes" >= 0)
);
--> statement-breakpoint
CREATE TABLE "outbox_emails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to" text[] NOT NULL,
	"cc" text[] DEFAULT '{}'::text[] NOT NULL,
	"subject" text NOT NULL,
	"body_text" text NOT NULL,
	"body_html" text,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" "email_status" DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"next_attempt_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"related_entity_type" text,
	"related_entity_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outbox_emails_attempts_nonneg" CHECK ("outbox_emails"."attempts" >= 0)
);
--> statement-breakpoint
CREATE TABLE "reminders_sent" (
	"key" text PRIMARY KEY NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"started_by" uuid,
	"actor_label" text NOT NULL,
	"status" "import_run_status" DEFAULT 'running' NOT NULL,
	"file_count" integer DEFAULT 0 NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "imported_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"import_run_id" uuid,
	"document_id" uuid NOT NULL,
	"genre" text NOT NULL,
	"confidence" real,
	"extraction" jsonb NOT NULL,
	"created_entities" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reviewed" boolean DEFAULT false NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "imported_sources_confidence_range" CHECK ("imported_sources"."confidence" IS NULL OR "imported_sources"."confidence" BETWEEN 0 AND 1)
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_events_hash_unique" UNIQUE("hash")
);
--> statement-breakpoint
CREATE TABLE "audit_head" (
	"id" smallint PRIMARY KEY NOT NULL,
	"last_event_id" bigint NOT NULL,
	"last_hash" text NOT NULL,
	CONSTRAINT "audit_head_single_row" CHECK ("audit_head"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_sequences" ADD CONSTRAINT "diary_sequences_funder_id_funders_id_fk" FOREIGN KEY ("funder_id") REFERENCES "public"."funders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funders" ADD CONSTRAINT "funders_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_aspects" ADD CONSTRAINT "assessment_aspects_funder_id_funders_id_fk" FOREIGN KEY ("funder_id") REFERENCES "public"."funders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priorities" ADD CONSTRAINT "priorities_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priorities" ADD CONSTRAINT "priorities_parent_id_priorities_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."priorities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategies" ADD CONSTRAINT "strategies_funder_id_funders_id_fk" FOREIGN KEY ("funder_id") REFERENCES "public"."funders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appropriation_years" ADD CONSTRAINT "appropriation_years_appropriation_id_appropriations_id_fk" FOREIGN KEY ("appropriation_id") REFERENCES "public"."appropriations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appropriations" ADD CONSTRAINT "appropriations_funder_id_funders_id_fk" FOREIGN KEY ("funder_id") REFERENCES "public"."funders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_main_funder_organization_id_organizations_id_fk" FOREIGN KEY ("main_funder_organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "horizontal_criteria" ADD CONSTRAINT "horizontal_criteria_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_municipalities" ADD CONSTRAINT "project_municipalities_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_municipalities" ADD CONSTRAINT "project_municipalities_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_owner_organization_id_organizations_id_fk" FOREIGN KEY ("owner_organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_priority_id_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."priorities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_activity_plan_id_activity_plans_id_fk" FOREIGN KEY ("activity_plan_id") REFERENCES "public"."activity_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_plans" ADD CONSTRAINT "activity_plans_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_plans" ADD CONSTRAINT "activity_plans_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_plans" ADD CONSTRAINT "activity_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_application_version_id_application_versions_id_fk" FOREIGN KEY ("application_version_id") REFERENCES "public"."application_versions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financing_lines" ADD CONSTRAINT "financing_lines_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financing_lines" ADD CONSTRAINT "financing_lines_financier_organization_id_organizations_id_fk" FOREIGN KEY ("financier_organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financing_lines" ADD CONSTRAINT "financing_lines_appropriation_id_appropriations_id_fk" FOREIGN KEY ("appropriation_id") REFERENCES "public"."appropriations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_external_ids" ADD CONSTRAINT "case_external_ids_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_funder_id_funders_id_fk" FOREIGN KEY ("funder_id") REFERENCES "public"."funders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_applicant_organization_id_organizations_id_fk" FOREIGN KEY ("applicant_organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_officer_user_id_users_id_fk" FOREIGN KEY ("officer_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_parent_case_id_cases_id_fk" FOREIGN KEY ("parent_case_id") REFERENCES "public"."cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_versions" ADD CONSTRAINT "application_versions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_versions" ADD CONSTRAINT "application_versions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_versions" ADD CONSTRAINT "application_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_grades" ADD CONSTRAINT "assessment_grades_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_grades" ADD CONSTRAINT "assessment_grades_aspect_id_assessment_aspects_id_fk" FOREIGN KEY ("aspect_id") REFERENCES "public"."assessment_aspects"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_priority_id_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."priorities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_assessed_by_users_id_fk" FOREIGN KEY ("assessed_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegated_decision_report_items" ADD CONSTRAINT "delegated_decision_report_items_report_id_delegated_decision_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."delegated_decision_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegated_decision_report_items" ADD CONSTRAINT "delegated_decision_report_items_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegated_decision_reports" ADD CONSTRAINT "delegated_decision_reports_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_funder_id_funders_id_fk" FOREIGN KEY ("funder_id") REFERENCES "public"."funders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_minutes_document_id_documents_id_fk" FOREIGN KEY ("minutes_document_id") REFERENCES "public"."documents"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_amends_decision_id_decisions_id_fk" FOREIGN KEY ("amends_decision_id") REFERENCES "public"."decisions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_presented_by_user_id_users_id_fk" FOREIGN KEY ("presented_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_appropriation_id_appropriations_id_fk" FOREIGN KEY ("appropriation_id") REFERENCES "public"."appropriations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_activity_plan_id_activity_plans_id_fk" FOREIGN KEY ("activity_plan_id") REFERENCES "public"."activity_plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_approved_by_user_id_users_id_fk" FOREIGN KEY ("approved_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_release_items" ADD CONSTRAINT "press_release_items_press_release_id_press_releases_id_fk" FOREIGN KEY ("press_release_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_release_items" ADD CONSTRAINT "press_release_items_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_release_items" ADD CONSTRAINT "press_release_items_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_releases" ADD CONSTRAINT "press_releases_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_releases" ADD CONSTRAINT "press_releases_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_plan_items" ADD CONSTRAINT "reporting_plan_items_reporting_plan_id_reporting_plans_id_fk" FOREIGN KEY ("reporting_plan_id") REFERENCES "public"."reporting_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_plan_items" ADD CONSTRAINT "reporting_plan_items_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_plan_items" ADD CONSTRAINT "reporting_plan_items_payment_request_id_payment_requests_id_fk" FOREIGN KEY ("payment_request_id") REFERENCES "public"."payment_requests"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_plans" ADD CONSTRAINT "reporting_plans_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_plans" ADD CONSTRAINT "reporting_plans_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_request_costs" ADD CONSTRAINT "payment_request_costs_payment_request_id_payment_requests_id_fk" FOREIGN KEY ("payment_request_id") REFERENCES "public"."payment_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_requests" ADD CONSTRAINT "payment_requests_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_requests" ADD CONSTRAINT "payment_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_requests" ADD CONSTRAINT "payment_requests_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_requests" ADD CONSTRAINT "payment_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_payment_request_id_payment_requests_id_fk" FOREIGN KEY ("payment_request_id") REFERENCES "public"."payment_requests"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_executed_by_users_id_fk" FOREIGN KEY ("executed_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recoveries" ADD CONSTRAINT "recoveries_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recoveries" ADD CONSTRAINT "recoveries_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "state_allocations" ADD CONSTRAINT "state_allocations_state_decision_id_state_decisions_id_fk" FOREIGN KEY ("state_decision_id") REFERENCES "public"."state_decisions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "state_allocations" ADD CONSTRAINT "state_allocations_recipient_organization_id_organizations_id_fk" FOREIGN KEY ("recipient_organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "state_decisions" ADD CONSTRAINT "state_decisions_appropriation_id_appropriations_id_fk" FOREIGN KEY ("appropriation_id") REFERENCES "public"."appropriations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "state_decisions" ADD CONSTRAINT "state_decisions_requisition_to_organization_id_organizations_id_fk" FOREIGN KEY ("requisition_to_organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "state_decisions" ADD CONSTRAINT "state_decisions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_runs" ADD CONSTRAINT "import_runs_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_sources" ADD CONSTRAINT "imported_sources_import_run_id_import_runs_id_fk" FOREIGN KEY ("import_run_id") REFERENCES "public"."import_runs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_sources" ADD CONSTRAINT "imported_sources_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_sources" ADD CONSTRAINT "imported_sources_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organizations_name_idx" ON "organizations" USING btree ("name");--> statement-breakpoint
CREATE INDEX "organizations_type_idx" ON "organizations" USING btree ("type");--> statement-breakpoint
CREATE INDEX "role_grants_organization_idx" ON "role_grants" USING btree ("organization_id","role");--> statement-breakpoint
CREATE INDEX "users_organization_idx" ON "users" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "priorities_parent_idx" ON "priorities" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "strategies_funder_idx" ON "strategies" USING btree ("funder_id");--> statement-breakpoint
CREATE INDEX "appropriations_funder_idx" ON "appropriations" USING btree ("funder_id","code");--> statement-breakpoint
CREATE INDEX "programmes_main_funder_idx" ON "programmes" USING btree ("main_funder_organization_id");--> statement-breakpoint
CREATE INDEX "horizontal_criteria_project_idx" ON "horizontal_criteria" USING btree ("project_id","kind");--> statement-breakpoint
CREATE INDEX "project_municipalities_municipality_idx" ON "project_municipalities" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "projects_owner_idx" ON "projects" USING btree ("owner_organization_id");--> statement-breakpoint
CREATE INDEX "projects_status_idx" ON "projects" USING btree ("status");--> statement-breakpoint
CREATE INDEX "projects_priority_idx" ON "projects" USING btree ("priority_id");--> statement-breakpoint
CREATE INDEX "projects_programme_idx" ON "projects" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "projects_period_idx" ON "projects" USING btree ("period_start","period_end");--> statement-breakpoint
CREATE INDEX "projects_published_name_idx" ON "projects" USING btree ("name") WHERE "projects"."published";--> statement-breakpoint
CREATE INDEX "projects_search_idx" ON "projects" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "projects_name_trgm_idx" ON "projects" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "activities_plan_order_idx" ON "activities" USING btree ("activity_plan_id","sort_order");--> statement-breakpoint
CREATE INDEX "activity_plans_decision_idx" ON "activity_plans" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "budgets_decision_idx" ON "budgets" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "budgets_application_version_idx" ON "budgets" USING btree ("application_version_id");--> statement-breakpoint
CREATE INDEX "financing_lines_budget_idx" ON "financing_lines" USING btree ("budget_id","sort_order");--> statement-breakpoint
CREATE INDEX "financing_lines_financier_idx" ON "financing_lines" USING btree ("financier_organization_id");--> statement-breakpoint
CREATE INDEX "case_external_ids_case_idx" ON "case_external_ids" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "cases_status_idx" ON "cases" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "cases_officer_idx" ON "cases" USING btree ("officer_user_id","status");--> statement-breakpoint
CREATE INDEX "cases_applicant_idx" ON "cases" USING btree ("applicant_organization_id","status");--> statement-breakpoint
CREATE INDEX "cases_project_idx" ON "cases" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "cases_parent_idx" ON "cases" USING btree ("parent_case_id");--> statement-breakpoint
CREATE INDEX "cases_due_idx" ON "cases" USING btree ("due_date");--> statement-breakpoint
CREATE INDEX "cases_funder_kind_idx" ON "cases" USING btree ("funder_id","kind");--> statement-breakpoint
CREATE INDEX "contributions_case_idx" ON "contributions" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "contributions_organization_idx" ON "contributions" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "refunds_case_idx" ON "refunds" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "refunds_decision_idx" ON "refunds" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "refunds_organization_idx" ON "refunds" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "application_versions_created_by_idx" ON "application_versions" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "assessments_case_idx" ON "assessments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "agenda_items_meeting_idx" ON "agenda_items" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "agenda_items_case_idx" ON "agenda_items" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "agenda_items_decision_idx" ON "agenda_items" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "delegated_decision_report_items_report_idx" ON "delegated_decision_report_items" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "meetings_funder_date_idx" ON "meetings" USING btree ("funder_id","held_on");--> statement-breakpoint
CREATE INDEX "decisions_case_idx" ON "decisions" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "decisions_project_idx" ON "decisions" USING btree ("project_id","kind");--> statement-breakpoint
CREATE INDEX "decisions_kind_date_idx" ON "decisions" USING btree ("kind","decision_date");--> statement-breakpoint
CREATE INDEX "decisions_amends_idx" ON "decisions" USING btree ("amends_decision_id");--> statement-breakpoint
CREATE INDEX "decisions_meeting_idx" ON "decisions" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "decisions_appropriation_idx" ON "decisions" USING btree ("appropriation_id");--> statement-breakpoint
CREATE INDEX "decisions_activity_plan_idx" ON "decisions" USING btree ("activity_plan_id");--> statement-breakpoint
CREATE INDEX "decisions_budget_idx" ON "decisions" USING btree ("budget_id");--> statement-breakpoint
CREATE INDEX "decisions_delegated_idx" ON "decisions" USING btree ("decision_date") WHERE "decisions"."delegation_point" IS NOT NULL AND "decisions"."approved_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "decisions_pending_idx" ON "decisions" USING btree ("status") WHERE "decisions"."approved_at" IS NULL;--> statement-breakpoint
CREATE INDEX "press_release_items_release_idx" ON "press_release_items" USING btree ("press_release_id","position");--> statement-breakpoint
CREATE INDEX "press_release_items_decision_idx" ON "press_release_items" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "press_releases_meeting_idx" ON "press_releases" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "reporting_plan_items_plan_idx" ON "reporting_plan_items" USING btree ("reporting_plan_id","due_date");--> statement-breakpoint
CREATE INDEX "reporting_plan_items_due_idx" ON "reporting_plan_items" USING btree ("due_date","status");--> statement-breakpoint
CREATE INDEX "reporting_plans_project_idx" ON "reporting_plans" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "reporting_plans_decision_idx" ON "reporting_plans" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "reports_project_idx" ON "reports" USING btree ("project_id","kind");--> statement-breakpoint
CREATE INDEX "payment_requests_project_idx" ON "payment_requests" USING btree ("project_id","status");--> statement-breakpoint
CREATE INDEX "payment_requests_status_idx" ON "payment_requests" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE INDEX "payment_requests_case_idx" ON "payment_requests" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "payments_project_idx" ON "payments" USING btree ("project_id","paid_on");--> statement-breakpoint
CREATE INDEX "payments_request_idx" ON "payments" USING btree ("payment_request_id");--> statement-breakpoint
CREATE INDEX "recoveries_project_idx" ON "recoveries" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "recoveries_decision_idx" ON "recoveries" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "recoveries_due_idx" ON "recoveries" USING btree ("due_date");--> statement-breakpoint
CREATE INDEX "state_allocations_recipient_idx" ON "state_allocations" USING btree ("recipient_organization_id","year");--> statement-breakpoint
CREATE INDEX "state_allocations_requisition_deadline_idx" ON "state_allocations" USING btree ("requisition_deadline");--> statement-breakpoint
CREATE INDEX "documents_sha256_idx" ON "documents" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "documents_case_idx" ON "documents" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "documents_project_idx" ON "documents" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "outbox_emails_status_idx" ON "outbox_emails" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "outbox_emails_related_idx" ON "outbox_emails" USING btree ("related_entity_type","related_entity_id");--> statement-breakpoint
CREATE INDEX "imported_sources_document_idx" ON "imported_sources" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "imported_sources_run_idx" ON "imported_sources" USING btree ("import_run_id");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id","id");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_user_id","occurred_at");