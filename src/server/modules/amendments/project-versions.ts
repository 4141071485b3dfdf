// A project's versions (docs/domain/rules.md, "Decisions never change"): the grant, then one per approved amendment,
// each with the terms in force after it, computed by the domain (decisionVersions); and the diff of any two
// activity-plan versions.
import {
  changedTerms,
  decisionVersions,
  diffActivityPlans,
  type DecisionVersion,
  type GrantTerms,
  type PlanActivity,
} from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import type { Decision } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { toDecisionRecord } from '../projects/decision-record.js';
import { budgetsOfVersions, budgetTotals, sameBudget } from './budget-versions.js';
import {
  activitiesOfPlan,
  decisionsOfProject,
  diaryNumbersOfCases,
  plansOfProject,
  toPlanActivity,
} from './amendments.repository.js';

export interface ProjectHistory {
  decisions: Decision[];
  grant: Decision | null;
  versions: DecisionVersion[];
}

export async function projectHistory(db: Executor, projectId: string): Promise<ProjectHistory> {
  const rows = await decisionsOfProject(db, projectId);
  const grant =
    rows
      .filter((d) => d.kind === 'grant' && d.approvedAt !== null)
      .sort((a, b) => a.approvedAt!.getTime() - b.approvedAt!.getTime())[0] ?? null;
  const versions = grant ? decisionVersions(rows.map(toDecisionRecord), grant.id) : [];
  return { decisions: rows, grant, versions };
}

/** The terms in force, the decision that set them last (what an amendment amends) and the plan in force. */
export async function inForceOf(db: Executor, projectId: string) {
  const history = await projectHistory(db, projectId);
  const last = history.versions.at(-1) ?? null;
  const planId = last?.terms.activityPlanId ?? null;
  const plan = planId ? (await activitiesOfPlan(db, planId)).map(toPlanActivity) : [];
  return { terms: last?.terms ?? null, lastDecisionId: last?.decisionId ?? null, plan, history };
}

export const termsToView = (t: GrantTerms) => ({
  amountOre: t.amount,
  maxShareBp: t.maxShare,
  approvedCostsOre: t.approvedCosts,
  period: t.period,
  activityPlanId: t.activityPlanId,
});

export const planActivityToView = (a: PlanActivity) => ({
  number: a.number,
  title: a.title,
  description: a.description ?? null,
  start: a.start,
  end: a.end,
  costOre: a.cost,
});

export function diffToView(before: readonly PlanActivity[], after: readonly PlanActivity[]) {
  const diff = diffActivityPlans(before, after);
  return {
    ...diff,
    rows: diff.rows.map((r) => ({
      ...r,
      before: r.before && planActivityToView(r.before),
      after: r.after && planActivityToView(r.after),
    })),
  };
}

/** The versions as the API lists them; `staff` also sees plan versions of decisions not yet made. */
export async function listVersions(db: Executor, projectId: string, staff: boolean) {
  const history = await projectHistory(db, projectId);
  const plans = await plansOfProject(db, projectId);
  const byDecision = new Map(history.decisions.map((d) => [d.id, d]));
  const caseDiary = await diaryNumbersOfCases(db, [...new Set(history.decisions.map((d) => d.caseId))]);
  const budgets = await budgetsOfVersions(db, history);
  const versions = history.versions.map((v, i) => {
    const d = byDecision.get(v.decisionId)!;
    const plan = plans.find((p) => p.plan.id === v.terms.activityPlanId)?.plan ?? null;
    const budget = budgets[i]!;
    const budgetChanged = i > 0 && !sameBudget(budgets[i - 1]!.lines, budget.lines);
    return {
      no: i + 1,
      decisionId: v.decisionId,
      kind: d.kind,
      decisionDate: d.decisionDate,
      approvedAt: v.approvedAt.toISOString(),
      caseId: d.caseId,
      diaryNumber: caseDiary.get(d.caseId) ?? null,
      hasLetter: d.documentId !== null,
      terms: termsToView(v.terms),
      activityPlan: plan ? { id: plan.id, versionNo: plan.versionNo, label: plan.label } : null,
      budget:
        budget.source === 'none'
          ? null
          : { source: budget.source, versionNo: budget.versionNo, ...budgetTotals(budget.lines) },
      changed:
        i === 0 ? [] : [...changedTerms(history.versions[i - 1]!.terms, v.terms), ...(budgetChanged ? ['budget'] : [])],
    };
  });
  const planVersions = plans
    .filter((p) => staff || p.approvedAt !== null)
    .map((p) => ({
      versionNo: p.plan.versionNo,
      label: p.plan.label,
      decisionId: p.plan.decisionId,
      approved: p.approvedAt !== null,
    }));
  return { versions, planVersions, inForce: versions.at(-1)?.terms ?? null };
}

const versionNotFound = (no: number) =>
  new AppError('activity_plan.version_not_found', 404, {
    sv: `Aktivitetsplanens version ${no} finns inte.`,
    en: `Version ${no} of the activity plan does not exist.`,
  });

/**
 * The diff of two plan versions by their version numbers. Without `to`, the newest approved version;
 * without `from`, the approved version before `to` (or `to` itself when it is the first).
 */
export async function planDiff(
  db: Executor,
  projectId: string,
  staff: boolean,
  q: { from?: number | undefined; to?: number | undefined },
) {
  const plans = (await plansOfProject(db, projectId)).filter((p) => staff || p.approvedAt !== null);
  const approved = plans.filter((p) => p.approvedAt !== null);
  const pick = (no: number) => plans.find((p) => p.plan.versionNo === no) ?? null;
  const to = q.to !== undefined ? pick(q.to) : (approved.at(-1) ?? null);
  if (!to) throw versionNotFound(q.to ?? 1);
  const from =
    q.from !== undefined
      ? pick(q.from)
      : ([...approved].reverse().find((p) => p.plan.versionNo < to.plan.versionNo) ?? to);
  if (!from) throw versionNotFound(q.from!);
  const [before, after] = await Promise.all([activitiesOfPlan(db, from.plan.id), activitiesOfPlan(db, to.plan.id)]);
  const side = (p: (typeof plans)[number]) => ({
    versionNo: p.plan.versionNo,
    label: p.plan.label,
    decisionId: p.plan.decisionId,
    approved: p.approvedAt !== null,
  });
  return {
    from: side(from),
    to: side(to),
    ...diffToView(before.map(toPlanActivity), after.map(toPlanActivity)),
  };
}
