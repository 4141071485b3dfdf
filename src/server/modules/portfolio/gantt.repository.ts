import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { activities, activityPlans, cases, funders, organizations, projects } from '../../db/schema/index.js';
import { grantTermsInForce } from '../projects/project-snapshot.js';

/** The project with its owner, and the organisations of the funders that handle its cases (who may see it). */
export async function findProjectWithFunders(db: Executor, projectId: string) {
  const [project] = await db
    .select({
      id: projects.id,
      name: projects.name,
      acronym: projects.acronym,
      ownerOrganizationId: projects.ownerOrganizationId,
      owner: organizations.name,
      periodStart: projects.periodStart,
      periodEnd: projects.periodEnd,
      grantedOre: projects.grantedOre,
      status: projects.status,
    })
    .from(projects)
    .innerJoin(organizations, eq(organizations.id, projects.ownerOrganizationId))
    .where(eq(projects.id, projectId));
  if (!project) return null;
  const funderRows = await db
    .selectDistinct({ organizationId: funders.organizationId })
    .from(cases)
    .innerJoin(funders, eq(funders.id, cases.funderId))
    .where(eq(cases.projectId, projectId));
  return { project, funderOrganizationIds: funderRows.map((f) => f.organizationId) };
}

/**
 * The activity plan in force: the plan of the grant's decision in force after its approved amendments
 * (the domain's `decisionInForce`, through `grantTermsInForce`), with its activities in plan order.
 * Null when the decision in force names no plan.
 */
export async function activityPlanInForce(db: Executor, projectId: string) {
  const terms = await grantTermsInForce(db, projectId);
  if (!terms?.activityPlanId) return null;
  const [plan] = await db
    .select({
      id: activityPlans.id,
      versionNo: activityPlans.versionNo,
      label: activityPlans.label,
      decisionId: activityPlans.decisionId,
    })
    .from(activityPlans)
    .where(eq(activityPlans.id, terms.activityPlanId));
  if (!plan) return null;
  const rows = await db
    .select({
      number: activities.number,
      parentNumber: activities.parentNumber,
      title: activities.title,
      start: activities.startDate,
      end: activities.endDate,
      costOre: activities.costOre,
    })
    .from(activities)
    .where(eq(activities.activityPlanId, plan.id))
    .orderBy(asc(activities.sortOrder));
  return { plan, activities: rows };
}
