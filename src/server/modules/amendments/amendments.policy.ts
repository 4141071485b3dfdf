import type { Executor } from '../../db/client.js';
import type { Case, Decision, Funder, Project } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { hasRole, requireRole } from '../auth/policy.js';
import type { Principal } from '../auth/principal.js';
import { isStaffOf, type CaseScope } from '../cases/cases.policy.js';
import { findProjectWithRootCase } from './amendments.repository.js';

/*
 * Who may see a project's versions and ask to amend it: the staff of the funder that granted it, and the
 * applicants of the organisation that owns it. Anyone else gets 404, exactly as for an unknown id.
 */

export const projectNotFound = (): AppError => AppError.notFound({ sv: 'Projektet', en: 'The project' });
export const requestNotFound = (): AppError =>
  AppError.notFound({ sv: 'Ändringsbegäran', en: 'The amendment request' });

export interface ProjectScope {
  project: Project;
  /** The application case the project was granted under. */
  kase: Case;
  funder: Funder;
}

export const isProjectStaff = (p: Principal, scope: ProjectScope): boolean => isStaffOf(p, scope.funder.organizationId);

/** An applicant of the organisation that owns the project: the beneficiary who may ask for an amendment. */
export const isBeneficiary = (p: Principal, scope: ProjectScope): boolean =>
  hasRole(p, 'applicant', scope.project.ownerOrganizationId);

export async function loadVisibleProject(db: Executor, p: Principal, projectId: string): Promise<ProjectScope> {
  const scope = await findProjectWithRootCase(db, projectId);
  if (!scope || !(isProjectStaff(p, scope) || isBeneficiary(p, scope))) throw projectNotFound();
  return scope;
}

export function requireBeneficiary(p: Principal, scope: ProjectScope): void {
  requireRole(p, ['applicant'], scope.project.ownerOrganizationId);
}

/** The request statuses an amendment decision is drafted in: received, or under assessment. */
export const DECISION_DRAFTABLE: ReadonlySet<string> = new Set(['submitted', 'in_assessment']);

/**
 * What the caller may do with an amendment request now, by the rules its use cases apply: the beneficiary (an
 * applicant of the requesting organisation) saves and submits it while it is a draft; a case officer of the funder
 * drafts the amendment decision once it is received, while it has none.
 */
export const requestActionsOf = (
  p: Principal,
  scope: CaseScope,
  hasDecision: boolean,
): { edit: boolean; draftDecision: boolean } => ({
  edit: scope.kase.status === 'draft' && hasRole(p, 'applicant', scope.kase.applicantOrganizationId),
  draftDecision:
    !hasDecision &&
    DECISION_DRAFTABLE.has(scope.kase.status) &&
    hasRole(p, 'case_officer', scope.funder.organizationId),
});

/**
 * What the caller may do with an amendment decision now: a case officer of the funder edits and proposes the draft;
 * a decision maker of the funder approves the proposal or returns it for assessment.
 */
export const amendmentDecisionActionsOf = (
  p: Principal,
  scope: CaseScope,
  d: Pick<Decision, 'status' | 'approvedAt'>,
): { edit: boolean; approve: boolean } => ({
  edit: d.approvedAt === null && d.status === 'draft' && hasRole(p, 'case_officer', scope.funder.organizationId),
  approve:
    d.approvedAt === null && d.status === 'proposed' && hasRole(p, 'decision_maker', scope.funder.organizationId),
});

/**
 * Whether the caller works on the amendment decision of a case (drafts and proposes it as a case officer, approves or
 * returns it as a decision maker of the funder): the case page links to it for them.
 */
export const handlesAmendmentDecision = (p: Principal, scope: CaseScope): boolean =>
  scope.kase.kind === 'amendment_request' &&
  (hasRole(p, 'case_officer', scope.funder.organizationId) ||
    hasRole(p, 'decision_maker', scope.funder.organizationId));
