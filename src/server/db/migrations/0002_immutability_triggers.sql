-- An approved decision is a public record (docs/domain/rules.md, "Decisions never change"): it is never changed or
-- removed, only amended by a new decision. Enforced in the database so that no code path, and no SQL run through the
-- application's role, can bypass it. Approving is itself an UPDATE of a row whose approved_at is still
-- null, so it may set approved_at, status, document_id and document_sha256 together.
-- (No trigger on audit_events: its tamper evidence is the hash chain, which `bidra audit verify` checks.)
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
-- An activity plan or budget version is part of an approved decision when its own decision_id points
-- at one, or when an approved decision points at it (decisions.activity_plan_id / budget_id): the
-- second case covers the moment between approving a decision and recording the link on the plan.
-- The parameter is called target_id because a parameter named like a column would mean the column.
CREATE OR REPLACE FUNCTION bidra_activity_plan_frozen(target_id uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (
           SELECT 1 FROM activity_plans p JOIN decisions d ON d.id = p.decision_id
           WHERE p.id = target_id AND d.approved_at IS NOT NULL)
      OR EXISTS (SELECT 1 FROM decisions d WHERE d.activity_plan_id = target_id AND d.approved_at IS NOT NULL);
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION bidra_budget_frozen(target_id uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (
           SELECT 1 FROM budgets b JOIN decisions d ON d.id = b.decision_id
           WHERE b.id = target_id AND d.approved_at IS NOT NULL)
      OR EXISTS (SELECT 1 FROM decisions d WHERE d.budget_id = target_id AND d.approved_at IS NOT NULL);
$$;
--> statement-breakpoint
-- activity_plans and budgets rows: no UPDATE or DELETE once frozen, with one exception: recording
-- which decision approved the version (decision_id from null to a decision, nothing else changed).
CREATE OR REPLACE FUNCTION bidra_forbid_frozen_version_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  frozen boolean;
BEGIN
  IF TG_TABLE_NAME = 'activity_plans' THEN
    frozen := bidra_activity_plan_frozen(OLD.id);
  ELSE
    frozen := bidra_budget_frozen(OLD.id);
  END IF;
  IF frozen THEN
    IF TG_OP = 'UPDATE' AND OLD.decision_id IS NULL AND NEW.decision_id IS NOT NULL
       AND (to_jsonb(NEW) - 'decision_id') = (to_jsonb(OLD) - 'decision_id') THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION '% row % belongs to an approved decision and cannot be changed', TG_TABLE_NAME, OLD.id
      USING ERRCODE = 'P0001', HINT = 'Amend the decision with a new version instead.';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
-- Parts of a frozen version (activities, budget lines, financing lines): no INSERT, UPDATE or DELETE,
-- since adding a line changes an approved plan as much as editing one does.
CREATE OR REPLACE FUNCTION bidra_forbid_frozen_part_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  parents uuid[] := '{}';
  parent uuid;
BEGIN
  IF TG_TABLE_NAME = 'activities' THEN
    IF TG_OP <> 'INSERT' THEN parents := parents || OLD.activity_plan_id; END IF;
    IF TG_OP <> 'DELETE' THEN parents := parents || NEW.activity_plan_id; END IF;
  ELSE
    IF TG_OP <> 'INSERT' THEN parents := parents || OLD.budget_id; END IF;
    IF TG_OP <> 'DELETE' THEN parents := parents || NEW.budget_id; END IF;
  END IF;
  FOREACH parent IN ARRAY parents LOOP
    IF (TG_TABLE_NAME = 'activities' AND bidra_activity_plan_frozen(parent))
       OR (TG_TABLE_NAME <> 'activities' AND bidra_budget_frozen(parent)) THEN
      RAISE EXCEPTION '% row belongs to approved version % and cannot be changed', TG_TABLE_NAME, parent
        USING ERRCODE = 'P0001', HINT = 'Amend the decision with a new version instead.';
    END IF;
  END LOOP;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER activity_plans_immutable_when_approved
  BEFORE UPDATE OR DELETE ON activity_plans
  FOR EACH ROW EXECUTE FUNCTION bidra_forbid_frozen_version_change();
--> statement-breakpoint
CREATE TRIGGER budgets_immutable_when_approved
  BEFORE UPDATE OR DELETE ON budgets
  FOR EACH ROW EXECUTE FUNCTION bidra_forbid_frozen_version_change();
--> statement-breakpoint
CREATE TRIGGER activities_immutable_when_approved
  BEFORE INSERT OR UPDATE OR DELETE ON activities
  FOR EACH ROW EXECUTE FUNCTION bidra_forbid_frozen_part_change();
--> statement-breakpoint
CREATE TRIGGER budget_lines_immutable_when_approved
  BEFORE INSERT OR UPDATE OR DELETE ON budget_lines
  FOR EACH ROW EXECUTE FUNCTION bidra_forbid_frozen_part_change();
--> statement-breakpoint
CREATE TRIGGER financing_lines_immutable_when_approved
  BEFORE INSERT OR UPDATE OR DELETE ON financing_lines
  FOR EACH ROW EXECUTE FUNCTION bidra_forbid_frozen_part_change();
