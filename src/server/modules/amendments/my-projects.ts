import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { cases, projects } from '../../db/schema/index.js';
import type { Principal } from '../auth/principal.js';

/**
 * The projects of the organisations the caller is an applicant for, with the case each was granted under:
 * where a beneficiary starts an amendment request and reads its versions.
 */
export async function myAmendableProjects(db: Executor, p: Principal) {
  const orgs = [...new Set(p.roles.filter((r) => r.role === 'applicant').map((r) => r.organizationId))];
  if (orgs.length === 0) return [];
  return db
    .select({
      id: projects.id,
      name: projects.name,
      acronym: projects.acronym,
      status: projects.status,
      diaryNumber: cases.diaryNumber,
      caseId: cases.id,
      periodStart: projects.periodStart,
      periodEnd: projects.periodEnd,
      grantedOre: projects.grantedOre,
    })
    .from(projects)
    .innerJoin(cases, and(eq(cases.projectId, projects.id), isNull(cases.parentCaseId)))
    .where(inArray(projects.ownerOrganizationId, orgs))
    .orderBy(asc(projects.name));
}
