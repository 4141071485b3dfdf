import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { committedOf, decisionInForce, OPEN_PROJECT_STATUSES, ore } from '../../../domain/index.js';
import { toDecisionRecord } from '../projects/decision-record.js';
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
  projects,
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

/**
 * What is already committed on an appropriation's year (docs/domain/rules.md, "Commitments against appropriations"):
 * every approved grant decided that year whose project is not closed or withdrawn, at its amount in force — after the
 * approved amendments that change it, computed by the domain's `decisionInForce` — leaving out the decision being
 * checked. A project closed in Bidra by an approved 'close' decision keeps what was paid: its unused part (the domain's
 * `releaseOnClosure`, granted in force − paid at closure) returns to the appropriation.
 */
export async function committedOnYear(
  db: Executor,
  appropriationId: string,
  year: number,
  excludeDecisionId: string,
): Promise<number> {
  const grants = await db
    .select({ decision: decisions, status: projects.status })
    .from(decisions)
    .leftJoin(projects, eq(projects.id, decisions.projectId))
    .where(
      and(
        eq(decisions.appropriationId, appropriationId),
        eq(decisions.kind, 'grant'),
        sql`${decisions.approvedAt} IS NOT NULL`,
        // The year as a date range, so the (appropriation, decision date) index finds the year's grants.
        sql`${decisions.decisionDate} >= make_date(${year}::int, 1, 1)`,
        sql`${decisions.decisionDate} < make_date(${year}::int + 1, 1, 1)`,
        sql`${decisions.id} <> ${excludeDecisionId}`,
        or(
          // A grant without a project row yet counts as open.
          isNull(projects.status),
          inArray(projects.status, [...OPEN_PROJECT_STATUSES]),
          sql`${projects.status} = 'closed' AND EXISTS (SELECT 1 FROM ${decisions} c WHERE c.project_id = ${projects.id} AND c.kind = 'close' AND c.approved_at IS NOT NULL)`,
        ),
      ),
    );
  if (grants.length === 0) return 0;
  const closedIds = grants
    .filter((g) => g.status === 'closed' && g.decision.projectId !== null)
    .map((g) => g.decision.projectId!);
  const paidAtClosure = new Map<string, number>();
  if (closedIds.length > 0) {
    const closings = await db
      .select({ projectId: decisions.projectId, body: decisions.body })
      .from(decisions)
      .where(
        and(
          eq(decisions.kind, 'close'),
          sql`${decisions.approvedAt} IS NOT NULL`,
          inArray(decisions.projectId, closedIds),
        ),
      );
    for (const c of closings) {
      if (c.projectId) paidAtClosure.set(c.projectId, Number(c.body.paidOre ?? 0));
    }
  }
  const projectIds = grants.map((g) => g.decision.projectId).filter((id): id is string => id !== null);
  const amendments = await db
    .select()
    .from(decisions)
    .where(
      and(
        eq(decisions.kind, 'amend'),
        sql`${decisions.approvedAt} IS NOT NULL`,
        or(
          inArray(decisions.projectId, projectIds),
          inArray(
            decisions.caseId,
            db.select({ id: cases.id }).from(cases).where(inArray(cases.projectId, projectIds)),
          ),
        ),
      ),
    );
  const records = [...grants.map((g) => g.decision), ...amendments].map(toDecisionRecord);
  return committedOf(
    grants.map((g) => {
      const paid = g.decision.projectId ? paidAtClosure.get(g.decision.projectId) : undefined;
      return {
        inForce: ore(decisionInForce(records, g.decision.id)?.amount ?? g.decision.amountOre ?? 0),
        paidAtClosure: g.status === 'closed' && paid !== undefined ? ore(paid) : undefined,
      };
    }),
  );
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
