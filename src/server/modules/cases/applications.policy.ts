import { AppError } from '../../errors.js';
import { hasRole } from '../auth/policy.js';
import type { Principal } from '../auth/principal.js';
import { isStaffOf } from './cases.policy.js';

/**
 * Who may see or change an application. A case of another organisation answers 404, never 403, so that
 * guessing ids reveals nothing.
 */
export const notFound = (): AppError =>
  new AppError('not_found', 404, { sv: 'Ansökan finns inte.', en: 'The application does not exist.' });

export function canEditApplication(p: Principal, kase: { applicantOrganizationId: string }): boolean {
  return hasRole(p, 'applicant', kase.applicantOrganizationId);
}

/** The applicant's own organisation, or the staff of the funder that handles the case (cases.policy.ts). */
export function canSeeApplication(
  p: Principal,
  kase: { applicantOrganizationId: string },
  funderOrganizationId: string,
): boolean {
  return canEditApplication(p, kase) || isStaffOf(p, funderOrganizationId);
}
