import { formatSek, ore } from '../../../../src/domain/index.js';
import type { PlanRow } from './ActivityPlanEditor.js';
import type { AmendmentDecisionView, RevisedActivity } from './amendment-api.js';
import { cellsFromLines, type BudgetCells } from './budget-form.js';
import { liveDiff, rowsFromActivities } from './plan-form.js';

/** The officer's draft of an amendment decision as typed. */
export interface DecisionForm {
  periodEnd: string;
  amount: string;
  reasons: string;
  background: string;
  recipients: string;
  decidedBy: string;
  delegationPoint: string;
  rows: PlanRow[];
  reviseBudget: boolean;
  budgetCells: BudgetCells;
}

export const formOf = (v: AmendmentDecisionView): DecisionForm => ({
  periodEnd: v.after.period?.end ?? '',
  amount: v.after.amountOre === null ? '' : formatSek(ore(v.after.amountOre)),
  reasons: v.decision.reasons ?? '',
  background: v.background ?? '',
  recipients: v.decision.recipients.join('\n'),
  decidedBy: v.decision.decidedBy ?? '',
  delegationPoint: v.decision.delegationPoint ?? '',
  rows: rowsFromActivities(v.plan),
  reviseBudget: v.budget !== null,
  budgetCells: cellsFromLines(v.budget ?? v.budgetBefore.lines),
});

/** The plan in force before the amendment, read back from the diff's left-hand side. */
export const planBefore = (v: AmendmentDecisionView): RevisedActivity[] =>
  v.diff.rows.map((r) => r.before).filter((a): a is RevisedActivity => a !== null);

/** Whether the draft revises the plan: it has a plan of its own, or the typed plan differs from the one in force. */
export function revisesPlan(v: AmendmentDecisionView, typed: RevisedActivity[]): boolean {
  if (v.after.activityPlanId !== v.before.activityPlanId) return true;
  const c = liveDiff(planBefore(v), typed).counts;
  return c.added + c.removed + c.changed > 0;
}
