DROP INDEX "decisions_appropriation_idx";--> statement-breakpoint
CREATE INDEX "decisions_appropriation_date_idx" ON "decisions" USING btree ("appropriation_id","decision_date");