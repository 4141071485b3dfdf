import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { funders } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { hasRole, requireRole } from '../auth/policy.js';
import type { Principal } from '../auth/principal.js';
import { PORTFOLIO_ROLES } from '../auth/reach.js';

/*
 * Who sees the portfolio: every staff role of a funder, communications included (they publish what was
 * granted). Applicants work for their own organisation and get 403: the portfolio is the funder's view.
 * The figures cover exactly the funders the caller works for, never another funder's grants. The roles
 * are auth/reach.ts's PORTFOLIO_ROLES, which the menu's `can.portfolio` is computed from.
 */

const staffOrganizationIds = (p: Principal): string[] => [
  ...new Set(p.roles.filter((r) => PORTFOLIO_ROLES.includes(r.role)).map((r) => r.organizationId)),
];

/** The funders whose portfolio the caller may read; 403 when the caller is nobody's staff. */
export async function portfolioFunders(db: Executor, p: Principal) {
  requireRole(p, PORTFOLIO_ROLES);
  const orgs = staffOrganizationIds(p);
  const rows = await db
    .select({ id: funders.id, organizationId: funders.organizationId, committeeName: funders.committeeName })
    .from(funders)
    .where(inArray(funders.organizationId, orgs));
  if (rows.length === 0) {
    throw new AppError('missing_role', 403, {
      sv: 'Portföljen visas för personal hos en stödgivare.',
      en: 'The portfolio is shown to the staff of a funder.',
    });
  }
  return rows;
}

/** A project's time plan: the staff of a funder that handles it, or an applicant of the owner organisation. */
export function canSeeProjectPlan(
  p: Principal,
  project: { ownerOrganizationId: string },
  funderOrganizationIds: readonly string[],
): boolean {
  if (hasRole(p, 'applicant', project.ownerOrganizationId)) return true;
  return funderOrganizationIds.some((org) => PORTFOLIO_ROLES.some((role) => hasRole(p, role, org)));
}

export const projectNotFound = (): AppError => AppError.notFound({ sv: 'Projektet', en: 'The project' });
