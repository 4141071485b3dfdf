import { and, eq, gte, inArray, lte, or, sql } from 'drizzle-orm';
import type { LocalDate } from '../../domain/index.js';
import { isValidEmailAddress } from '../mail/outbox.js';
import type { Executor } from '../db/client.js';
import {
  cases,
  decisions,
  funders,
  organizations,
  projects,
  reportingPlanItems,
  reportingPlans,
  roleGrants,
  stateAllocations,
  stateDecisions,
  users,
  type StateAllocation,
  type StateDecision,
} from '../db/schema/index.js';
import { matterDiaryNumberSql } from '../modules/cases/case-documents.repository.js';

/** The queries of the reminder runner: candidates by due date, recipients, and the re-check in the send. */

export interface ReportingCandidate {
  itemId: string;
  kind: string;
  dueDate: LocalDate;
  periodStart: LocalDate | null;
  periodEnd: LocalDate | null;
  projectName: string;
  projectAcronym: string | null;
  ownerOrganizationId: string;
  ownerName: string;
  ownerEmail: string | null;
  diaryNumber: string | null;
  funderName: string | null;
}

/**
 * Open items due in the window, of the plan that applies to each running project: the newest version
 * of the project's plan (as the reporting module picks it), the newest row on a tie.
 */
export async function openReportingItemsDueBetween(
  db: Executor,
  from: LocalDate,
  to: LocalDate,
): Promise<ReportingCandidate[]> {
  const newestPlan = sql`${reportingPlans.id} = (
    SELECT rp2.id FROM ${reportingPlans} rp2 WHERE rp2.project_id = ${reportingPlans.projectId}
    ORDER BY rp2.version DESC, rp2.created_at DESC, rp2.id DESC LIMIT 1)`;
  const rows = await db
    .select({
      itemId: reportingPlanItems.id,
      kind: reportingPlanItems.kind,
      dueDate: reportingPlanItems.dueDate,
      periodStart: reportingPlanItems.periodStart,
      periodEnd: reportingPlanItems.periodEnd,
      projectName: projects.name,
      projectAcronym: projects.acronym,
      ownerOrganizationId: projects.ownerOrganizationId,
      ownerName: organizations.name,
      ownerEmail: organizations.email,
      diaryNumber: matterDiaryNumberSql,
      funderName: funders.committeeName,
    })
    .from(reportingPlanItems)
    .innerJoin(reportingPlans, eq(reportingPlans.id, reportingPlanItems.reportingPlanId))
    .innerJoin(projects, eq(projects.id, reportingPlans.projectId))
    .innerJoin(organizations, eq(organizations.id, projects.ownerOrganizationId))
    .leftJoin(decisions, eq(decisions.id, reportingPlans.decisionId))
    .leftJoin(cases, eq(cases.id, decisions.caseId))
    .leftJoin(funders, eq(funders.id, cases.funderId))
    .where(
      and(
        eq(reportingPlanItems.status, 'open'),
        gte(reportingPlanItems.dueDate, from),
        lte(reportingPlanItems.dueDate, to),
        inArray(projects.status, ['planned', 'active']),
        newestPlan,
      ),
    );
  return rows as ReportingCandidate[];
}

/** Whether the item is still open, read under a lock so a submission in flight is waited for. */
export async function reportingItemStillOpen(tx: Executor, itemId: string): Promise<boolean> {
  const [row] = await tx
    .select({ status: reportingPlanItems.status })
    .from(reportingPlanItems)
    .where(eq(reportingPlanItems.id, itemId))
    .for('share');
  return row?.status === 'open';
}

/** Active users holding `role` in the organisation, by e-mail: the people a reminder goes to. */
export async function addressesOfRole(
  db: Executor,
  organizationId: string,
  role: 'applicant' | 'finance_officer',
): Promise<string[]> {
  const rows = await db
    .selectDistinct({ email: users.email })
    .from(users)
    .innerJoin(roleGrants, eq(roleGrants.userId, users.id))
    .where(and(eq(roleGrants.organizationId, organizationId), eq(roleGrants.role, role), eq(users.active, true)));
  return rows
    .map((r) => r.email)
    .filter(isValidEmailAddress)
    .sort();
}

export interface AllocationCandidate {
  allocation: StateAllocation;
  decision: StateDecision;
  recipientName: string;
}

/** Allocations with any deadline in the window. */
export async function allocationsWithDeadlineBetween(
  db: Executor,
  from: LocalDate,
  to: LocalDate,
): Promise<AllocationCandidate[]> {
  const between = (c: typeof stateAllocations.requisitionDeadline) => and(gte(c, from), lte(c, to));
  return db
    .select({ allocation: stateAllocations, decision: stateDecisions, recipientName: organizations.name })
    .from(stateAllocations)
    .innerJoin(stateDecisions, eq(stateDecisions.id, stateAllocations.stateDecisionId))
    .innerJoin(organizations, eq(organizations.id, stateAllocations.recipientOrganizationId))
    .where(
      or(
        between(stateAllocations.requisitionDeadline),
        between(stateAllocations.accountDeadline),
        between(stateAllocations.repaymentDeadline),
      ),
    );
}

/** The allocation as it is now, under a lock: a step recorded meanwhile is waited for and seen. */
export async function lockAllocation(tx: Executor, id: string): Promise<StateAllocation | undefined> {
  const [row] = await tx.select().from(stateAllocations).where(eq(stateAllocations.id, id)).for('share');
  return row;
}

export async function organizationNameOf(db: Executor, id: string | null): Promise<string | null> {
  if (id === null) return null;
  const [row] = await db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, id));
  return row?.name ?? null;
}
