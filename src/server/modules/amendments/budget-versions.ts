// The budget in force, version by version (an amendment may revise the plan and the budget:
// docs/domain/life-of-a-grant.md, "5. Amendment").
// A decision that approves a budget version puts it in force; a later decision without one keeps it, as an
// amendment keeps every term it does not state. A grant approved without a budget version of its own stands
// on the budget of the application it granted, as submitted: the grant is for what was applied for (the
// activity plan is adopted from the application the same way, adopt-activity-plan.ts).
import { applicationTotals, COST_CATEGORIES, ore, type CostCategory } from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import type { Decision } from '../../db/schema/index.js';
import { submittedApplicationOf } from '../cases/submitted-application.repository.js';
import { revisedBudgetLine, type RevisedBudgetLine } from './amendment-schema.js';
import { budgetsWithLines } from './amendments.repository.js';
import type { ProjectHistory } from './project-versions.js';

export interface BudgetInForce {
  source: 'decision' | 'application' | 'none';
  /** The budget version's number (null for the application's budget or none). */
  versionNo: number | null;
  lines: RevisedBudgetLine[];
}

export const NO_BUDGET: BudgetInForce = { source: 'none', versionNo: null, lines: [] };

const order = (c: CostCategory) => COST_CATEGORIES.indexOf(c);

/** One line per category and year (amounts of repeated cells added up), in category order, then by year. */
export function normaliseBudget(lines: readonly RevisedBudgetLine[]): RevisedBudgetLine[] {
  const cells = new Map<string, RevisedBudgetLine>();
  for (const l of lines) {
    const key = `${l.category}:${l.year}`;
    const prev = cells.get(key);
    cells.set(key, { ...l, amountOre: (prev?.amountOre ?? 0) + l.amountOre });
  }
  return [...cells.values()].sort((a, b) => order(a.category) - order(b.category) || a.year - b.year);
}

/** Totals by the domain's rule (project income reduces the cost), overall and per year in order. */
export function budgetTotals(lines: readonly RevisedBudgetLine[]) {
  const totals = applicationTotals({ budget: [...lines] });
  return {
    totalOre: totals.budget,
    years: Object.entries(totals.budgetByYear)
      .map(([year, total]) => ({ year: Number(year), totalOre: ore(total) }))
      .sort((a, b) => a.year - b.year),
  };
}

/** Whether two budgets hold the same amount in every cell (a missing cell is 0). */
export function sameBudget(a: readonly RevisedBudgetLine[], b: readonly RevisedBudgetLine[]): boolean {
  const cells = (lines: readonly RevisedBudgetLine[]) =>
    JSON.stringify(normaliseBudget(lines.filter((l) => l.amountOre !== 0)));
  return cells(a) === cells(b);
}

/** The application's budget as the amendment editor reads it; lines that do not read as a budget are left out. */
async function appliedBudget(db: Executor, grant: Decision): Promise<RevisedBudgetLine[]> {
  const application = await submittedApplicationOf(db, grant.caseId);
  const lines = (application?.content.budget ?? []).flatMap((l) => {
    const parsed = revisedBudgetLine.safeParse(l);
    return parsed.success ? [parsed.data] : [];
  });
  return normaliseBudget(lines);
}

/** The budget in force with each of the project's versions (aligned with `history.versions`). */
export async function budgetsOfVersions(db: Executor, history: ProjectHistory): Promise<BudgetInForce[]> {
  const byId = new Map(history.decisions.map((d) => [d.id, d]));
  const own = history.versions.map((v) => byId.get(v.decisionId)?.budgetId ?? null);
  const stored = await budgetsWithLines(
    db,
    own.filter((id): id is string => id !== null),
  );
  const out: BudgetInForce[] = [];
  for (const [i, budgetId] of own.entries()) {
    const version = budgetId ? stored.get(budgetId) : undefined;
    if (version) {
      out.push({
        source: 'decision',
        versionNo: version.versionNo,
        lines: normaliseBudget(
          version.lines.map((l) => ({ category: l.costCategory, year: l.year, amountOre: l.amountOre })),
        ),
      });
    } else if (i === 0 && history.grant) {
      const lines = await appliedBudget(db, history.grant);
      out.push(lines.length > 0 ? { source: 'application', versionNo: null, lines } : NO_BUDGET);
    } else {
      out.push(out[i - 1] ?? NO_BUDGET);
    }
  }
  return out;
}

/** The budget in force now. */
export async function budgetInForceOf(db: Executor, history: ProjectHistory): Promise<BudgetInForce> {
  return (await budgetsOfVersions(db, history)).at(-1) ?? NO_BUDGET;
}

/**
 * The budget in force just before `amendment`: after the grant and the amendments approved earlier than it
 * (all approved ones while it is still a draft or a proposal), as termsAroundAmendment reads the terms.
 */
export async function budgetBeforeAmendment(
  db: Executor,
  history: ProjectHistory,
  amendment: Decision,
): Promise<BudgetInForce> {
  const budgets = await budgetsOfVersions(db, history);
  const index = history.versions.findLastIndex(
    (v) => v.decisionId !== amendment.id && (amendment.approvedAt === null || v.approvedAt < amendment.approvedAt),
  );
  return budgets[index] ?? NO_BUDGET;
}

export const budgetInForceToView = (b: BudgetInForce) => ({ ...b, totals: budgetTotals(b.lines) });
