import type { z } from 'zod';
import type { Clock } from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import { termsAroundAmendment } from '../../documents/decision-letter/letter-queries.js';
import type { Principal } from '../auth/principal.js';
import { decisionNotFound, isFunderStaff } from '../cases/cases.policy.js';
import { runDecisionChecks } from '../decisions/decision-checks.js';
import { amendmentDecisionKinds } from './amendment-checks.js';
import { toDecisionView } from '../decisions/decision-schema.js';
import { loadVisibleDecision } from '../decisions/use-cases/save-decision-draft.js';
import type { amendmentDecisionView } from './amendment-schema.js';
import { amendmentDecisionActionsOf } from './amendments.policy.js';
import { activitiesOfPlan, budgetLinesOf, toPlanActivity } from './amendments.repository.js';
import { budgetBeforeAmendment, budgetInForceToView, NO_BUDGET, normaliseBudget } from './budget-versions.js';
import { diffToView, planActivityToView, projectHistory, termsToView } from './project-versions.js';

/**
 * An amendment decision with the terms before and after it, the plan it puts in force beside the one it
 * replaces, and the live checks (the decisions module's, which hold an amendment to the amendment rules).
 * Funder staff see drafts; the beneficiary sees the decision once it is made.
 */
export async function loadAmendmentDecisionView(
  db: Executor,
  clock: Clock,
  principal: Principal,
  decisionId: string,
): Promise<z.infer<typeof amendmentDecisionView>> {
  const scope = await loadVisibleDecision(db, principal, decisionId);
  const d = scope.decision;
  const staff = isFunderStaff(principal, scope);
  if (d.kind !== 'amend' || (!staff && d.approvedAt === null)) throw decisionNotFound();
  const { before, after } = await termsAroundAmendment(db, d);
  const plan = async (id: string | null) => (id ? (await activitiesOfPlan(db, id)).map(toPlanActivity) : []);
  const [planBefore, planAfter] = await Promise.all([plan(before.activityPlanId), plan(after.activityPlanId)]);
  const budget = d.budgetId
    ? normaliseBudget(
        (await budgetLinesOf(db, d.budgetId)).map((l) => ({
          category: l.costCategory,
          year: l.year,
          amountOre: l.amountOre,
        })),
      )
    : null;
  const budgetBefore = d.projectId
    ? await budgetBeforeAmendment(db, await projectHistory(db, d.projectId), d)
    : NO_BUDGET;
  const findings = staff
    ? await runDecisionChecks(db, clock, amendmentDecisionKinds, {
        decision: d,
        kase: scope.kase,
        funder: scope.funder,
      })
    : [];
  return {
    decision: toDecisionView(d),
    amendsDecisionId: d.amendsDecisionId,
    requestCaseId: d.caseId,
    background: typeof d.body.background === 'string' ? d.body.background : null,
    before: termsToView(before),
    after: termsToView(after),
    plan: planAfter.map(planActivityToView),
    diff: diffToView(planBefore, planAfter),
    budget,
    budgetBefore: budgetInForceToView(budgetBefore),
    findings,
    approvable: !findings.some((f) => f.severity === 'error'),
    actions: amendmentDecisionActionsOf(principal, scope, d),
  };
}
