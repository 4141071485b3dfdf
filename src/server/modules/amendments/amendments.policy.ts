import type { Executor } from '../../db/client.js';
import type { Case, Funder, Project } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { hasRole, requireRole } from '../auth/policy.js';
import type { Principal } from '../auth/principal.js';
import { isStaffOf } from '../cases/cases.policy.js';
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
