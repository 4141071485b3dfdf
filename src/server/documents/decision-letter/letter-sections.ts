// Sections of the letter that take more than a column or two to build: the operative text, the
// activity plan table and the reporting plan.
import {
  basisPoints,
  ore,
  parentActivityNumber,
  plannedActivitiesOf,
  sumOre,
  type ApplicationContent,
  type LocalDate,
  type Period,
} from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import type * as s from '../../db/schema/index.js';
import { describeAmendmentChanges } from './amendment-changes.js';
import * as text from './decision-text.js';
import type { DecisionLetterData } from './letter-data.js';
import { activitiesOf, reportingPlanOf, termsAroundAmendment } from './letter-queries.js';

export const nonEmpty = (t: string | null | undefined): string | null => (t && t.trim() !== '' ? t.trim() : null);
export const bodyText = (body: s.DecisionBody, key: string): string | null => {
  const value = body[key];
  return typeof value === 'string' ? nonEmpty(value) : null;
};

/** The operative text for the decision's kind, from its stored terms. */
export async function operativeText(
  db: Executor,
  decision: s.Decision,
  kind: text.LetterKind,
  names: { beneficiaryName: string; funderName: string; projectName: string; period: Period | null },
): Promise<string> {
  if (kind === 'grant') {
    if (decision.amountOre === null) throw new Error(`grant decision ${decision.id} has no amount`);
    return text.grantDecisionText({
      beneficiaryName: names.beneficiaryName,
      amount: ore(decision.amountOre),
      maxShare: decision.maxShareBp === null ? null : basisPoints(decision.maxShareBp),
      approvedCosts: decision.approvedCostsOre === null ? null : ore(decision.approvedCostsOre),
      projectName: names.projectName,
      period: names.period,
    });
  }
  if (kind === 'amend') {
    const { before, after, amended } = await termsAroundAmendment(db, decision);
    // A revised budget is no term of the decision in force (GrantTerms): the budget version says it.
    const computed = [
      ...describeAmendmentChanges(before, after),
      ...(decision.budgetId !== null ? ['Att fastställa en reviderad budget.'] : []),
    ];
    const stated = bodyText(decision.body, 'changes');
    return text.amendmentDecisionText({
      funderName: names.funderName,
      // The terms are the record; free text only speaks for changes the terms cannot express.
      changes: computed.length > 0 ? computed : stated ? [stated] : [],
      amendedDecisionDate: amended.decisionDate as LocalDate | null,
    });
  }
  return text.rejectionDecisionText({ beneficiaryName: names.beneficiaryName, projectName: names.projectName });
}

export async function activityPlanSection(
  db: Executor,
  planId: string,
): Promise<NonNullable<DecisionLetterData['activityPlan']>> {
  const { plan, rows } = await activitiesOf(db, planId);
  const costs = rows.map((a) => (a.costOre === null ? null : ore(a.costOre)));
  return {
    heading: nonEmpty(plan.label) ?? 'Tid- och aktivitetsplan',
    rows: rows.map((a, i) => ({
      number: a.number,
      isSubActivity: a.parentNumber !== null,
      title: a.title,
      description: nonEmpty(a.description),
      start: a.startDate as LocalDate | null,
      end: a.endDate as LocalDate | null,
      cost: costs[i] ?? null,
    })),
    // The domain's rule (checkActivityCosts): the plan's total is the sum of its stated costs.
    total: sumOre(costs.map((c) => c ?? ore(0))),
  };
}

/**
 * The plan a draft grant will adopt when approved: the activities of the application as submitted (the
 * approval writes them as the project's plan, see adopt-activity-plan.ts). For the letter preview only.
 */
export function appliedActivityPlanSection(
  content: ApplicationContent,
): NonNullable<DecisionLetterData['activityPlan']> | null {
  const applied = content.activities ?? [];
  if (applied.length === 0) return null;
  const planned = plannedActivitiesOf(content);
  const costs = planned.map((a) => a.cost ?? null);
  return {
    heading: 'Tid- och aktivitetsplan',
    rows: applied.map((a, i) => ({
      number: a.number.trim(),
      isSubActivity: parentActivityNumber(a.number.trim()) !== null,
      title: a.title.trim(),
      description: nonEmpty(a.description),
      start: planned[i]!.start,
      end: planned[i]!.end,
      cost: costs[i] ?? null,
    })),
    total: sumOre(costs.map((c) => c ?? ore(0))),
  };
}

const REPORTING_KINDS: Record<s.ReportingPlanItem['kind'], string> = {
  progress_report: 'Lägesrapport',
  final_report: 'Slutrapport',
  payment_request: 'Begäran om utbetalning',
};

/** The decision's reporting text (or its plan's note) followed by the plan's due dates. */
export async function reportingPlanSection(db: Executor, decision: s.Decision): Promise<string | null> {
  const reporting = await reportingPlanOf(db, decision.id);
  const lines = [
    bodyText(decision.body, 'reportingText') ?? nonEmpty(reporting?.note),
    ...(reporting?.items ?? []).map((item) => {
      const covers = item.periodStart && item.periodEnd ? ` (avser ${item.periodStart} - ${item.periodEnd})` : '';
      return `${REPORTING_KINDS[item.kind]} senast ${item.dueDate}${covers}.`;
    }),
  ].filter((l): l is string => l !== null);
  return lines.length > 0 ? lines.join('\n\n') : null;
}
