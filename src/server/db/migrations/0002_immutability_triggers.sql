-- An approved decision is a public record: it can never be changed or removed, only amended by a new
-- decision. Enforced here so that no code path (or hand-written SQL through the app's role) can bypass it.
CREATE OR REPLACE FUNCTION bidra_forbid_approved_decision_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.approved_at IS NOT NULL THEN
    RAISE EXCEPTION 'decision % is approved and cannot be changed', OLD.id
      USING ERRCODE = 'P0001', HINT = 'Create an amendment decision instead.';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER decisions_immutable_when_approved
  BEFORE UPDATE OR DELETE ON decisions
  FOR EACH ROW EXECUTE FUNCTION bidra_forbid_approved_decision_change();
--> statement-breakpoint
-- Activity plans and budgets approved by a decision are part of it.
CREATE OR REPLACE FUNCTION bidra_forbid_approved_plan_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  owner_decision uuid;
BEGIN
  IF TG_TABLE_NAME IN ('activity_plans', 'budgets') THEN
    owner_decision := OLD.decision_id;
  ELSIF TG_TABLE_NAME = 'activities' THEN
    SELECT decision_id INTO owner_decision FROM activity_plans WHERE id = OLD.activity_plan_id;
  ELSIF TG_TABLE_NAME IN ('budget_lines', 'financing_lines') THEN
    SELECT decision_id INTO owner_decision FROM budgets WHERE id = OLD.budget_id;
  END IF;
  IF owner_decision IS NOT NULL
     AND EXISTS (SELECT 1 FROM decisions WHERE id = owner_decision AND approved_at IS NOT NULL) THEN
    RAISE EXCEPTION '% row % belongs to approved decision % and cannot be changed', TG_TABLE_NAME, OLD.id, owner_decision
      USING ERRCODE = 'P0001', HINT = 'Create an amendment with a new version instead.';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER activity_plans_immutable_when_approved BEFORE UPDATE OR DELETE ON activity_plans
  FOR EACH ROW EXECUTE FUNCTION bidra_forbid_approved_plan_change();
--> statement-breakpoint
CREATE TRIGGER activities_immutable_when_approved BEFORE UPDATE OR DELETE ON activities
  FOR EACH ROW EXECUTE FUNCTION bidra_forbid_approved_plan_change();
--> statement-breakpoint
CREATE TRIGGER budgets_immutable_when_approved BEFORE UPDATE OR DELETE ON budgets
  FOR EACH ROW EXECUTE FUNCTION bidra_forbid_approved_plan_change();
--> statement-breakpoint
CREATE TRIGGER budget_lines_immutable_when_approved BEFORE UPDATE OR DELETE ON budget_lines
  FOR EACH ROW EXECUTE FUNCTION bidra_forbid_approved_plan_change();
--> statement-breakpoint
CREATE TRIGGER financing_lines_immutable_when_approved BEFORE UPDATE OR DELETE ON financing_lines
  FOR EACH ROW EXECUTE FUNCTION bidra_forbid_approved_plan_change();
