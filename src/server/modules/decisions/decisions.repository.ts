import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import {
  activities,
  activityPlans,
  appropriations,
  appropriationYears,
  cases,
  decisions,
  documents,
  meetings,
  roleGrants,
  type Case,
  type Decision,
} from '../../db/schema/index.js';

export async function findDecision(db: Executor, id: string): Promise<Decision | null> {
  const [row] = await db.select().from(decisions).where(eq(decisions.id, id));
  return row ?? null;
}

/** The case row locked for the rest of the transaction: approvals and edits of one case queue behind it. */
export async function lockCase(db: Executor, caseId: string): Promise<Case | null> {
  const [row] = await db.select().from(cases).where(eq(cases.id, caseId)).for('update');
  return row ?? null;
}

/** A decision of the case that is not yet approved (a draft or a proposal), if any. */
export async function openDecisionOfCase(db: Executor, caseId: string): Promise<Decision | null> {
  const [row] = await db
    .select()
    .from(decisions)
    .where(and(eq(decisions.caseId, caseId), isNull(decisions.approvedAt)));
  return row ?? null;
}

export async function findAppropriation(db: Executor, id: string) {
  const [row] = await db.select().from(appropriations).where(eq(appropriations.id, id));
  return row ?? null;
}

export async function yearBudget(db: Executor, appropriationId: string, year: number): Promise<number | null> {
  const [row] = await db
    .select({ budgetOre: appropriationYears.budgetOre })
    .from(appropriationYears)
    .where(and(eq(appropriationYears.appropriationId, appropriationId), eq(appropriationYears.year, year)));
  return row?.budgetOre ?? null;
}

/** The years an appropriation has a budget for, ascending. */
export async function budgetYears(db: Executor, appropriationId: string): Promise<number[]> {
  const rows = await db
    .select({ year: appropriationYears.year })
    .from(appropriationYears)
    .where(eq(appropriationYears.appropriationId, appropriationId))
    .orderBy(appropriationYears.year);
  return rows.map((r) => r.year);
}

/** The newest activity plan of the project, with its activities; null when the project has none. */
export async function latestActivities(db: Executor, projectId: string) {
  const [plan] = await db
    .select()
    .from(activityPlans)
    .where(eq(activityPlans.projectId, projectId))
    .orderBy(desc(activityPlans.versionNo))
    .limit(1);
  if (!plan) return null;
  return db.select().from(activities).where(eq(activities.activityPlanId, plan.id));
}

export async function meetingOfFunder(db: Executor, meetingId: string, funderId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.id, meetingId), eq(meetings.funderId, funderId)));
  return row !== undefined;
}

export async function isDecisionMakerOf(db: Executor, userId: string, organizationId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: roleGrants.userId })
    .from(roleGrants)
    .where(
      and(
        eq(roleGrants.userId, userId),
        eq(roleGrants.organizationId, organizationId),
        eq(roleGrants.role, 'decision_maker'),
      ),
    );
  return row !== undefined;
}

/** The formal capacity a decision maker decides in for this organisation (role grant), or null. */
export async function decisionMakerCapacity(
  db: Executor,
  userId: string,
  organizationId: string,
): Promise<string | null> {
  const [row] = await db
    .select({ capacity: roleGrants.capacity })
    .from(roleGrants)
    .where(
      and(
        eq(roleGrants.userId, userId),
        eq(roleGrants.organizationId, organizationId),
        eq(roleGrants.role, 'decision_maker'),
      ),
    );
  return row?.capacity ?? null;
}

export async function findDocument(db: Executor, id: string) {
  const [row] = await db.select().from(documents).where(eq(documents.id, id));
  return row ?? null;
}
