import { asc, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import {
  reportingPlanItems,
  reportingPlans,
  type ReportingPlan,
  type ReportingPlanItem,
} from '../../db/schema/index.js';

/**
 * The plan that applies to a project: the newest version (a replacement continues the version numbering of
 * the plan it replaces), the newest row on a tie.
 */
export async function currentPlan(db: Executor, projectId: string): Promise<ReportingPlan | null> {
  const [row] = await db
    .select()
    .from(reportingPlans)
    .where(eq(reportingPlans.projectId, projectId))
    .orderBy(desc(reportingPlans.version), desc(reportingPlans.createdAt), desc(reportingPlans.id))
    .limit(1);
  return row ?? null;
}

export async function itemsOf(db: Executor, planId: string): Promise<ReportingPlanItem[]> {
  return db
    .select()
    .from(reportingPlanItems)
    .where(eq(reportingPlanItems.reportingPlanId, planId))
    .orderBy(asc(reportingPlanItems.dueDate), asc(reportingPlanItems.kind), asc(reportingPlanItems.id));
}
