import { and, asc, desc, eq, inArray, isNotNull, isNull, max, or } from 'drizzle-orm';
import type { LocalDate, PlanActivity, Ore } from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import {
  activities,
  activityPlans,
  applicationVersions,
  budgetLines,
  budgets,
  cases,
  decisions,
  funders,
  paymentRequests,
  payments,
  projects,
  type Activity,
} from '../../db/schema/index.js';
import { matterDiaryNumberSql } from '../cases/case-documents.repository.js';

/** The project with the application case it was granted under (the root of its cases) and the funder. */
export async function findProjectWithRootCase(db: Executor, projectId: string) {
  const [row] = await db
    .select({ project: projects, kase: cases, funder: funders })
    .from(projects)
    .innerJoin(cases, and(eq(cases.projectId, projects.id), isNull(cases.parentCaseId)))
    .innerJoin(funders, eq(funders.id, cases.funderId))
    .where(eq(projects.id, projectId))
    .orderBy(asc(cases.registeredAt), asc(cases.createdAt))
    .limit(1);
  return row ?? null;
}

export async function findProject(db: Executor, projectId: string) {
  const [row] = await db.select().from(projects).where(eq(projects.id, projectId));
  return row ?? null;
}

/** Every decision about the project: its grant and the amendments (also those on child cases). */
export async function decisionsOfProject(db: Executor, projectId: string) {
  return db
    .select()
    .from(decisions)
    .where(
      or(
        eq(decisions.projectId, projectId),
        inArray(decisions.caseId, db.select({ id: cases.id }).from(cases).where(eq(cases.projectId, projectId))),
      ),
    );
}

export async function plansOfProject(db: Executor, projectId: string) {
  return db
    .select({ plan: activityPlans, approvedAt: decisions.approvedAt })
    .from(activityPlans)
    .leftJoin(decisions, eq(decisions.id, activityPlans.decisionId))
    .where(eq(activityPlans.projectId, projectId))
    .orderBy(asc(activityPlans.versionNo));
}

export async function findPlan(db: Executor, planId: string) {
  const [row] = await db.select().from(activityPlans).where(eq(activityPlans.id, planId));
  return row ?? null;
}

export async function activitiesOfPlan(db: Executor, planId: string): Promise<Activity[]> {
  return db
    .select()
    .from(activities)
    .where(eq(activities.activityPlanId, planId))
    .orderBy(asc(activities.sortOrder), asc(activities.number));
}

export const toPlanActivity = (a: Activity): PlanActivity => ({
  number: a.number,
  title: a.title,
  description: a.description,
  start: a.startDate as LocalDate | null,
  end: a.endDate as LocalDate | null,
  cost: a.costOre as Ore | null,
});

export async function nextPlanVersion(db: Executor, projectId: string): Promise<number> {
  const [row] = await db
    .select({ n: max(activityPlans.versionNo) })
    .from(activityPlans)
    .where(eq(activityPlans.projectId, projectId));
  return (row?.n ?? 0) + 1;
}

export async function budgetLinesOf(db: Executor, budgetId: string) {
  return db.select().from(budgetLines).where(eq(budgetLines.budgetId, budgetId));
}

/** The budget versions with their lines, by id (one query each, whatever the number of versions). */
export async function budgetsWithLines(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { versionNo: number; lines: (typeof budgetLines.$inferSelect)[] }>();
  const [heads, lines] = await Promise.all([
    db
      .select({ id: budgets.id, versionNo: budgets.versionNo })
      .from(budgets)
      .where(inArray(budgets.id, [...ids])),
    db
      .select()
      .from(budgetLines)
      .where(inArray(budgetLines.budgetId, [...ids])),
  ]);
  return new Map(heads.map((h) => [h.id, { versionNo: h.versionNo, lines: lines.filter((l) => l.budgetId === h.id) }]));
}

/**
 * The dates of costs already paid out (docs/domain/rules.md, "Periods"): the first and last day of every payment
 * request that has been paid, which an amendment's new period must still hold.
 */
export async function paidCostDates(db: Executor, projectId: string): Promise<LocalDate[]> {
  const rows = await db
    .selectDistinct({ start: paymentRequests.periodStart, end: paymentRequests.periodEnd })
    .from(paymentRequests)
    .leftJoin(payments, eq(payments.paymentRequestId, paymentRequests.id))
    .where(
      and(eq(paymentRequests.projectId, projectId), or(eq(paymentRequests.status, 'paid'), isNotNull(payments.id))),
    );
  return rows.flatMap((r) => [r.start, r.end]).filter((d): d is string => d !== null) as LocalDate[];
}

export async function findAmendmentCase(db: Executor, caseId: string, forUpdate = false) {
  const query = db
    .select()
    .from(cases)
    .where(and(eq(cases.id, caseId), eq(cases.kind, 'amendment_request')));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function latestRequestVersion(db: Executor, caseId: string) {
  const [row] = await db
    .select()
    .from(applicationVersions)
    .where(eq(applicationVersions.caseId, caseId))
    .orderBy(desc(applicationVersions.versionNo))
    .limit(1);
  return row ?? null;
}

/** The decision of an amendment request: the open one, else the newest made. */
export async function decisionOfRequest(db: Executor, caseId: string) {
  const rows = await db.select().from(decisions).where(eq(decisions.caseId, caseId)).orderBy(desc(decisions.createdAt));
  return rows.find((d) => d.approvedAt === null) ?? rows[0] ?? null;
}

/** The one diary number of each case: a later matter's is its project case's. */
export async function diaryNumbersOfCases(db: Executor, ids: readonly string[]): Promise<Map<string, string | null>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: cases.id, diaryNumber: matterDiaryNumberSql })
    .from(cases)
    .where(inArray(cases.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.diaryNumber]));
}
