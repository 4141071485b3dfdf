import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { cases, funders, type Case, type Funder } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { hasRole, requireRole } from '../auth/policy.js';
import type { Principal, Role } from '../auth/principal.js';

/*
 * Who may assess, draft, approve and read decisions. The case decides the scope: the staff of the funder
 * that owns it, and the applicant organisation for what is sent to it (the letter). Anyone else gets 404,
 * never 403, so that guessing ids reveals nothing about which cases or decisions exist.
 */

const STAFF_ROLES: readonly Role[] = ['case_officer', 'decision_maker', 'administrator', 'finance_officer'];

export const caseNotFound = (): AppError => AppError.notFound({ sv: 'Ärendet', en: 'The case' });
export const decisionNotFound = (): AppError => AppError.notFound({ sv: 'Beslutet', en: 'The decision' });

export interface CaseScope {
  kase: Case;
  funder: Funder;
}

/** Whether the caller works for the funder organisation in any staff role (the one rule of who is staff). */
export const isStaffOf = (p: Principal, funderOrganizationId: string): boolean =>
  STAFF_ROLES.some((role) => hasRole(p, role, funderOrganizationId));

export const isFunderStaff = (p: Principal, scope: CaseScope): boolean => isStaffOf(p, scope.funder.organizationId);

export const isCaseApplicant = (p: Principal, scope: CaseScope): boolean =>
  hasRole(p, 'applicant', scope.kase.applicantOrganizationId);

/** The case and its funder, or 404 when it does not exist or the caller may not know that it does. */
export async function loadVisibleCase(
  db: Executor,
  p: Principal,
  caseId: string,
  notFound: () => AppError = caseNotFound,
): Promise<CaseScope> {
  const [row] = await db
    .select({ kase: cases, funder: funders })
    .from(cases)
    .innerJoin(funders, eq(funders.id, cases.funderId))
    .where(eq(cases.id, caseId));
  if (!row || !(isFunderStaff(p, row) || isCaseApplicant(p, row))) throw notFound();
  return row;
}

/** Assessing and drafting: a case officer of the funder that owns the case (403 for the rest who may see it). */
export const requireCaseOfficer = (p: Principal, scope: CaseScope): void =>
  requireRole(p, ['case_officer'], scope.funder.organizationId);

/** Approving: a decision maker of the funder. */
export const requireDecisionMaker = (p: Principal, scope: CaseScope): void =>
  requireRole(p, ['decision_maker'], scope.funder.organizationId);

/** The case statuses in which a decision on the case is drafted and proposed (received, under assessment, proposed). */
export const DECISION_DRAFTABLE_STATUSES: ReadonlySet<string> = new Set([
  'submitted',
  'in_assessment',
  'decision_proposed',
]);

/**
 * What the caller may do with the case's decision, for the pages to show: draft it (a case officer of the
 * funder, as `requireCaseOfficer`, while the case is in a status a decision is drafted in) and approve or
 * return a proposal (a decision maker of the funder, as `requireDecisionMaker`).
 */
export const decisionActionsOf = (
  p: Principal,
  scope: CaseScope,
): { draftDecision: boolean; approveDecision: boolean } => ({
  draftDecision:
    hasRole(p, 'case_officer', scope.funder.organizationId) && DECISION_DRAFTABLE_STATUSES.has(scope.kase.status),
  approveDecision: hasRole(p, 'decision_maker', scope.funder.organizationId),
});

/** Reading drafts and checks: the funder's staff; an applicant of the case sees only approved letters. */
export const requireFunderStaff = (p: Principal, scope: CaseScope): void =>
  requireRole(p, STAFF_ROLES, scope.funder.organizationId);
