import { and, asc, desc, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import {
  ADVANCE_RULE_2003_596,
  basisPoints,
  ore,
  type AdvanceRule,
  projectPositionOf,
  type BasisPoints,
  type DecidedPaymentRequest,
  type ProjectPosition,
} from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import {
  cases,
  funders,
  paymentRequestCosts,
  paymentRequests,
  payments,
  projects,
  users,
  type Funder,
  type Payment,
  type PaymentRequest,
  type PaymentRequestCost,
} from '../../db/schema/index.js';
import { matterDiaryNumberOf, matterDiaryNumberSql } from '../cases/case-documents.repository.js';

export type { ProjectPosition };

/** Statuses whose payable amount counts against the grant: approved (to be paid) and paid. */
const DECIDED = ['approved', 'paid'] as const;

export async function findPaymentRequest(db: Executor, id: string): Promise<PaymentRequest | null> {
  const [row] = await db.select().from(paymentRequests).where(eq(paymentRequests.id, id));
  return row ?? null;
}

export async function costsOf(db: Executor, requestId: string): Promise<PaymentRequestCost[]> {
  return db
    .select()
    .from(paymentRequestCosts)
    .where(eq(paymentRequestCosts.paymentRequestId, requestId))
    .orderBy(asc(paymentRequestCosts.costCategory));
}

export async function paymentOf(db: Executor, requestId: string): Promise<Payment | null> {
  const [row] = await db.select().from(payments).where(eq(payments.paymentRequestId, requestId));
  return row ?? null;
}

/** The one diary number of a request's case: the project case's (a request is registered there). */
export const diaryNumberOf = (db: Executor, caseId: string | null): Promise<string | null> =>
  matterDiaryNumberOf(db, caseId);

export async function userEmail(db: Executor, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return row?.email ?? null;
}

/** The funder's payment settings as the domain reads them: the withheld share and the advance rule. */
export function paymentSettings(funder: Funder): { withheld: BasisPoints; advanceRule: AdvanceRule } {
  return {
    withheld: basisPoints(funder.withheldUntilFinalBp),
    advanceRule: {
      maxShareOfGrant:
        funder.advanceMaxShareBp === null
          ? ADVANCE_RULE_2003_596.maxShareOfGrant
          : basisPoints(funder.advanceMaxShareBp),
      maxAmount: funder.advanceMaxOre === null ? ADVANCE_RULE_2003_596.maxAmount : ore(funder.advanceMaxOre),
    },
  };
}

/**
 * Where the project stands apart from one request (the domain's `projectPositionOf`), from its rows. Read behind the
 * project lock when it decides anything, so it cannot change before the decision is written.
 */
export async function projectPosition(
  db: Executor,
  projectId: string,
  exceptRequestId: string | null,
): Promise<ProjectPosition> {
  const others = await db
    .select({
      id: paymentRequests.id,
      kind: paymentRequests.kind,
      status: paymentRequests.status,
      approvedCostsOre: paymentRequests.approvedCostsOre,
      payableOre: paymentRequests.payableOre,
    })
    .from(paymentRequests)
    .where(
      and(
        eq(paymentRequests.projectId, projectId),
        inArray(paymentRequests.status, [...DECIDED]),
        exceptRequestId ? ne(paymentRequests.id, exceptRequestId) : undefined,
      ),
    );
  const paidRows = await db
    .select({ amountOre: payments.amountOre, requestId: payments.paymentRequestId })
    .from(payments)
    .where(eq(payments.projectId, projectId));
  // The query keeps the decided statuses only (DECIDED).
  return projectPositionOf(others as DecidedPaymentRequest[], paidRows, exceptRequestId);
}

/**
 * Another request of the project waiting for the officer (no new request while one is pending: docs/domain/rules.md,
 * "Payment requests").
 */
export async function pendingRequestOf(
  db: Executor,
  projectId: string,
  exceptId: string,
): Promise<PaymentRequest | null> {
  const [row] = await db
    .select()
    .from(paymentRequests)
    .where(
      and(
        eq(paymentRequests.projectId, projectId),
        eq(paymentRequests.status, 'submitted'),
        ne(paymentRequests.id, exceptId),
      ),
    )
    .limit(1);
  return row ?? null;
}

export interface RequestListQuery {
  /** Organisations whose projects the caller sees as beneficiary (drafts included). */
  beneficiaryOrgIds: string[];
  /** Funders whose requests the caller sees as staff: those with a case (never a draft not yet submitted). */
  staffFunderIds: string[];
  status?: PaymentRequest['status'] | undefined;
  projectId?: string | undefined;
  limit: number;
  offset: number;
}

/** Payment requests visible to the caller, the oldest submitted first, then drafts by last change. */
export async function listPaymentRequests(db: Executor, q: RequestListQuery) {
  const visible: SQL[] = [];
  if (q.beneficiaryOrgIds.length > 0) visible.push(inArray(projects.ownerOrganizationId, q.beneficiaryOrgIds));
  // A request has a case from its first submission on, so a draft never submitted matches no funder here,
  // while one returned for completion (a draft again) stays in its funder's lists.
  if (q.staffFunderIds.length > 0) visible.push(inArray(cases.funderId, q.staffFunderIds));
  if (visible.length === 0) return { items: [], total: 0 };
  const where = and(
    or(...visible),
    q.status ? eq(paymentRequests.status, q.status) : undefined,
    q.projectId ? eq(paymentRequests.projectId, q.projectId) : undefined,
  );
  const base = () =>
    db
      .select({
        id: paymentRequests.id,
        projectId: paymentRequests.projectId,
        caseId: paymentRequests.caseId,
        projectName: projects.name,
        diaryNumber: matterDiaryNumberSql,
        kind: paymentRequests.kind,
        status: paymentRequests.status,
        periodStart: paymentRequests.periodStart,
        periodEnd: paymentRequests.periodEnd,
        requestedOre: paymentRequests.requestedOre,
        approvedCostsOre: paymentRequests.approvedCostsOre,
        payableOre: paymentRequests.payableOre,
        submittedAt: paymentRequests.submittedAt,
        updatedAt: paymentRequests.updatedAt,
      })
      .from(paymentRequests)
      .innerJoin(projects, eq(projects.id, paymentRequests.projectId))
      .leftJoin(cases, eq(cases.id, paymentRequests.caseId));
  const items = await base()
    .where(where)
    .orderBy(
      sql`${paymentRequests.submittedAt} IS NULL`,
      asc(paymentRequests.submittedAt),
      desc(paymentRequests.updatedAt),
      asc(paymentRequests.id),
    )
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(paymentRequests)
    .innerJoin(projects, eq(projects.id, paymentRequests.projectId))
    .leftJoin(cases, eq(cases.id, paymentRequests.caseId))
    .where(where);
  return { items, total: Number(total?.n ?? 0) };
}

export async function paymentsOfProject(db: Executor, projectId: string): Promise<Payment[]> {
  return db
    .select()
    .from(payments)
    .where(eq(payments.projectId, projectId))
    .orderBy(asc(payments.paidOn), asc(payments.createdAt));
}

/** Granted projects of the given organisations with what has been paid on each (the beneficiary's list). */
export async function grantedProjectsOf(db: Executor, organizationIds: string[]) {
  if (organizationIds.length === 0) return [];
  return db
    .select({
      id: projects.id,
      name: projects.name,
      acronym: projects.acronym,
      status: projects.status,
      grantedOre: projects.grantedOre,
      periodStart: projects.periodStart,
      periodEnd: projects.periodEnd,
      paidOre: sql<string>`coalesce((SELECT sum(${payments.amountOre}) FROM ${payments} WHERE ${payments.projectId} = ${projects.id}), 0)`,
    })
    .from(projects)
    .where(and(inArray(projects.ownerOrganizationId, organizationIds), sql`${projects.grantedOre} IS NOT NULL`))
    .orderBy(asc(projects.name));
}

/** The funders whose organisation is one of these (the funders a member of staff works for). */
export async function fundersOfOrganizations(
  db: Executor,
  organizationIds: readonly string[],
): Promise<{ id: string; organizationId: string }[]> {
  if (organizationIds.length === 0) return [];
  return db
    .select({ id: funders.id, organizationId: funders.organizationId })
    .from(funders)
    .where(inArray(funders.organizationId, [...organizationIds]));
}

/** The payment request a case is about, if it is one. */
export async function paymentRequestIdOfCase(db: Executor, caseId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: paymentRequests.id })
    .from(paymentRequests)
    .where(eq(paymentRequests.caseId, caseId));
  return row?.id ?? null;
}
