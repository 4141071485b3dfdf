import { parentActivityNumber, plannedActivitiesOf, type Clock } from '../../../../domain/index.js';
import { appendAudit, type Actor } from '../../../audit/audit.js';
import type { Tx } from '../../../db/client.js';
import { activities, activityPlans } from '../../../db/schema/index.js';
import { submittedApplicationOf } from '../../cases/submitted-application.repository.js';
import { latestActivities } from '../decisions.repository.js';

/** How the letter heads the plan a grant approves (seed 001: "Tid- och aktivitetsplan"). */
export const APPLIED_PLAN_LABEL = 'Tid- och aktivitetsplan';

export interface AdoptPlanInput {
  projectId: string;
  caseId: string;
  decisionId: string;
  /** The approver, recorded as the plan's creator. */
  userId: string;
}

/**
 * When a grant is approved for a project that has no activity plan yet, the activities of the application as submitted
 * become the project's plan, version 1, approved by this decision (the applied plan is what the grant is for, and what
 * amendments later revise: docs/domain/life-of-a-grant.md, "4. Decision"). Returns the new plan's id, or null when the
 * project already has a plan or the application has no activities.
 *
 * Must run inside the approving transaction and before the decision's approving UPDATE: once the
 * decision is approved the database freezes the plan (migration 0002), so the activities cannot be
 * added afterwards.
 */
export async function adoptAppliedActivityPlan(
  tx: Tx,
  clock: Clock,
  actor: Actor,
  input: AdoptPlanInput,
): Promise<string | null> {
  if ((await latestActivities(tx, input.projectId)) !== null) return null;
  const application = await submittedApplicationOf(tx, input.caseId);
  const applied = application?.content.activities ?? [];
  if (!application || applied.length === 0) return null;
  // Dates and costs as the rules read them (an unparseable date is unknown, not an insert error).
  const planned = plannedActivitiesOf(application.content);

  const now = clock.now();
  const [plan] = await tx
    .insert(activityPlans)
    .values({
      projectId: input.projectId,
      versionNo: 1,
      decisionId: input.decisionId,
      label: APPLIED_PLAN_LABEL,
      createdBy: input.userId,
      createdAt: now,
    })
    .returning();
  if (!plan) throw new Error('activity plan insert returned no row');
  const rows = await tx
    .insert(activities)
    .values(
      applied.map((a, i) => ({
        activityPlanId: plan.id,
        number: a.number.trim(),
        parentNumber: parentActivityNumber(a.number.trim()),
        title: a.title.trim(),
        description: a.description?.trim() || null,
        startDate: planned[i]!.start,
        endDate: planned[i]!.end,
        costOre: planned[i]!.cost ?? null,
        sortOrder: i,
      })),
    )
    .returning();
  await appendAudit(tx, clock, actor, {
    action: 'activity_plan.created',
    entityType: 'activity_plan',
    entityId: plan.id,
    after: {
      projectId: plan.projectId,
      versionNo: plan.versionNo,
      label: plan.label,
      decisionId: plan.decisionId,
      fromApplicationVersion: { id: application.id, versionNo: application.versionNo },
      activities: rows.map((a) => ({
        number: a.number,
        parentNumber: a.parentNumber,
        title: a.title,
        startDate: a.startDate,
        endDate: a.endDate,
        costOre: a.costOre,
      })),
    },
  });
  return plan.id;
}
