// The live checks of an amendment decision, run by the decisions module's runDecisionChecks for kind
// 'amend' (while drafting and again inside the approving transaction): the rules of amendment-rules.ts
// read against the stored decision, the plan it revises and the costs already paid.
import { changedTerms, type Finding } from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import type { Case, Decision } from '../../db/schema/index.js';
import { termsAroundAmendment } from '../../documents/decision-letter/letter-queries.js';
import { amendmentRequestContent } from './amendment-schema.js';
import {
  activitiesOfPlan,
  budgetLinesOf,
  latestRequestVersion,
  paidCostDates,
  toPlanActivity,
} from './amendments.repository.js';
import { amendmentFindings, extendedEnd } from './amendment-rules.js';
import type { DecisionKinds } from '../decisions/decision-kinds.js';

export async function runAmendmentChecks(db: Executor, d: Decision, kase: Case): Promise<Finding[]> {
  if (!d.amendsDecisionId || !d.projectId) {
    return [
      {
        code: 'amendment.no_reference',
        severity: 'error',
        message: {
          sv: 'Ett ändringsbeslut måste ange vilket beslut det ändrar.',
          en: 'An amendment decision must name the decision it amends.',
        },
        details: {},
      },
    ];
  }
  const { before, after } = await termsAroundAmendment(db, d);
  const plan = after.activityPlanId ? (await activitiesOfPlan(db, after.activityPlanId)).map(toPlanActivity) : null;
  // "Extend by N months", as the request asked: the month-end rule holds when the decision gives that
  // extension (an end in the same month); an end in another month is a different change, stated by date.
  const request = kase.kind === 'amendment_request' ? await latestRequestVersion(db, kase.id) : null;
  const months = request ? (amendmentRequestContent.safeParse(request.content).data?.extendMonths ?? null) : null;
  const expected = months !== null && before.period ? extendedEnd(before.period, months) : null;
  const sameMonth = expected !== null && after.period?.end.slice(0, 7) === expected.slice(0, 7);
  return amendmentFindings({
    before,
    after,
    activities: plan,
    paidCostsDates: await paidCostDates(db, d.projectId),
    extendMonths: sameMonth ? months : null,
    changesSomething: changedTerms(before, after).length > 0 || d.budgetId !== null,
    budget: d.budgetId ? await budgetLinesOf(db, d.budgetId) : null,
  });
}

/** What the amendments module adds to decisions of kind 'amend' (decisions/decision-kinds.ts). */
export const amendmentDecisionKinds: DecisionKinds = { amend: { checks: runAmendmentChecks } };
