import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { ore, type Ore } from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import {
  contributions,
  decisions,
  organizations,
  paymentRequests,
  payments,
  recoveries,
  refunds,
  reportingPlanItems,
  reportingPlans,
  reports,
  type Recovery,
  type Report,
} from '../../db/schema/index.js';

export async function findReport(db: Executor, id: string): Promise<Report | null> {
  const [row] = await db.select().from(reports).where(eq(reports.id, id));
  return row ?? null;
}

export async function reportsOfProject(db: Executor, projectId: string): Promise<Report[]> {
  return db
    .select()
    .from(reports)
    .where(eq(reports.projectId, projectId))
    .orderBy(asc(reports.createdAt), asc(reports.id));
}

/** Everything finance has paid out on the project. */
export async function paidOnProject(db: Executor, projectId: string): Promise<Ore> {
  const [row] = await db
    .select({ total: sql<string>`coalesce(sum(${payments.amountOre}), 0)` })
    .from(payments)
    .where(eq(payments.projectId, projectId));
  return ore(Number(row?.total ?? 0));
}

/** Whether a final payment request of the project has been paid. */
export async function finalPaymentRecorded(db: Executor, projectId: string): Promise<boolean> {
  const rows = await db
    .select({ id: paymentRequests.id })
    .from(paymentRequests)
    .where(
      and(
        eq(paymentRequests.projectId, projectId),
        eq(paymentRequests.kind, 'final'),
        eq(paymentRequests.status, 'paid'),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export async function recoveriesOfProject(db: Executor, projectId: string): Promise<Recovery[]> {
  return db
    .select()
    .from(recoveries)
    .where(eq(recoveries.projectId, projectId))
    .orderBy(asc(recoveries.createdAt), asc(recoveries.id));
}

export async function findRecovery(db: Executor, id: string): Promise<Recovery | null> {
  const [row] = await db.select().from(recoveries).where(eq(recoveries.id, id));
  return row ?? null;
}

/** Withdrawal, recovery and closing decisions of a case that are drafted or proposed, oldest first. */
export async function pendingClosureDecisions(db: Executor, caseId: string) {
  return db
    .select()
    .from(decisions)
    .where(
      and(
        eq(decisions.caseId, caseId),
        inArray(decisions.kind, ['withdraw', 'recover', 'close']),
        sql`${decisions.approvedAt} IS NULL`,
      ),
    )
    .orderBy(asc(decisions.createdAt), asc(decisions.id));
}

/** The project's approved closing decision, if it is closed through Bidra. */
export async function closeDecisionOf(db: Executor, projectId: string) {
  const [row] = await db
    .select()
    .from(decisions)
    .where(
      and(eq(decisions.projectId, projectId), eq(decisions.kind, 'close'), sql`${decisions.approvedAt} IS NOT NULL`),
    )
    .orderBy(desc(decisions.createdAt))
    .limit(1);
  return row ?? null;
}

/**
 * Moves the reporting plan's item of the report's kind along: on submit the earliest open item of the
 * newest plan is fulfilled by the report; on approval the item the report fulfilled is approved.
 */
export async function markPlanItem(
  tx: Executor,
  report: Report,
  status: 'submitted' | 'approved',
  now: Date,
): Promise<string | null> {
  const kind = report.kind === 'final' ? 'final_report' : 'progress_report';
  if (status === 'approved') {
    const rows = await tx
      .update(reportingPlanItems)
      .set({ status: 'approved', updatedAt: now, version: sql`${reportingPlanItems.version} + 1` })
      .where(eq(reportingPlanItems.reportId, report.id))
      .returning({ id: reportingPlanItems.id });
    return rows[0]?.id ?? null;
  }
  const [plan] = await tx
    .select({ id: reportingPlans.id })
    .from(reportingPlans)
    .where(eq(reportingPlans.projectId, report.projectId))
    .orderBy(desc(reportingPlans.createdAt), desc(reportingPlans.version))
    .limit(1);
  if (!plan) return null;
  const [item] = await tx
    .select({ id: reportingPlanItems.id })
    .from(reportingPlanItems)
    .where(
      and(
        eq(reportingPlanItems.reportingPlanId, plan.id),
        eq(reportingPlanItems.kind, kind),
        eq(reportingPlanItems.status, 'open'),
      ),
    )
    .orderBy(asc(reportingPlanItems.dueDate))
    .limit(1);
  if (!item) return null;
  await tx
    .update(reportingPlanItems)
    .set({
      status: 'submitted',
      submittedAt: now,
      reportId: report.id,
      updatedAt: now,
      version: sql`${reportingPlanItems.version} + 1`,
    })
    .where(eq(reportingPlanItems.id, item.id));
  return item.id;
}

/** Each party's contribution to a commission, with its name, in the order they were registered. */
export async function contributionsOf(db: Executor, caseId: string) {
  const rows = await db
    .select({
      organizationId: contributions.organizationId,
      name: organizations.name,
      contributedOre: contributions.contributedOre,
    })
    .from(contributions)
    .innerJoin(organizations, eq(organizations.id, contributions.organizationId))
    .where(eq(contributions.caseId, caseId))
    .orderBy(asc(organizations.name), asc(contributions.id));
  // A party that contributed in several years is one party of the split.
  const byOrg = new Map<string, { organizationId: string; name: string; contributedOre: number }>();
  for (const r of rows) {
    const prev = byOrg.get(r.organizationId);
    if (prev) prev.contributedOre += r.contributedOre;
    else byOrg.set(r.organizationId, { ...r });
  }
  return [...byOrg.values()];
}

export async function refundsOf(db: Executor, caseId: string) {
  return db
    .select({ organizationId: refunds.organizationId, name: organizations.name, amountOre: refunds.amountOre })
    .from(refunds)
    .innerJoin(organizations, eq(organizations.id, refunds.organizationId))
    .where(eq(refunds.caseId, caseId))
    .orderBy(asc(refunds.createdAt), asc(refunds.id));
}

export async function organizationNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The rows this module's routes serialise. */
export type { Decision, Recovery, Report } from '../../db/schema/index.js';
