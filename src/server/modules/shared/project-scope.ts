import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { cases, funders, projects, type Case, type Funder, type Project } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { hasRole, requireRole } from '../auth/policy.js';
import type { Principal } from '../auth/principal.js';
import { isStaffOf } from '../cases/cases.policy.js';

/*
 * Who may see and act on a project's reporting and payments: the staff of the funder that granted it, and
 * the applicant users of the organisation that owns it. Anyone else gets 404, exactly like an unknown id.
 * The funder is the one whose application case made the project (docs/domain/life-of-a-grant.md).
 */

export const projectNotFound = (): AppError => AppError.notFound({ sv: 'Projektet', en: 'The project' });

export interface ProjectScope {
  project: Project;
  funder: Funder;
  /** The application case the project came from (the parent of its payment request cases). */
  applicationCase: Case | null;
}

/** The funder of a project: that of its application case, else of any case about it. */
async function funderOfProject(db: Executor, projectId: string): Promise<{ funder: Funder; kase: Case } | null> {
  const [row] = await db
    .select({ funder: funders, kase: cases })
    .from(cases)
    .innerJoin(funders, eq(funders.id, cases.funderId))
    .where(eq(cases.projectId, projectId))
    .orderBy(sql`${cases.kind} <> 'application'`, asc(cases.createdAt), asc(cases.id))
    .limit(1);
  return row ?? null;
}

export const isProjectStaff = (p: Principal, scope: ProjectScope): boolean => isStaffOf(p, scope.funder.organizationId);

export const isProjectBeneficiary = (p: Principal, scope: ProjectScope): boolean =>
  hasRole(p, 'applicant', scope.project.ownerOrganizationId);

/**
 * The project, its funder and application case, or 404 for whoever may not know it exists. With `lock`
 * the project row is locked FOR UPDATE until the transaction ends: every approval and payment of the
 * project queues behind it, so two can never both spend the same part of the grant.
 */
export async function loadVisibleProject(
  db: Executor,
  p: Principal,
  projectId: string,
  options: { lock?: boolean } = {},
): Promise<ProjectScope> {
  const query = db.select().from(projects).where(eq(projects.id, projectId));
  const [project] = options.lock ? await query.for('update') : await query;
  if (!project) throw projectNotFound();
  const owner = await funderOfProject(db, projectId);
  if (!owner) throw projectNotFound();
  const scope: ProjectScope = {
    project,
    funder: owner.funder,
    applicationCase: owner.kase.kind === 'application' ? owner.kase : null,
  };
  if (!isProjectStaff(p, scope) && !isProjectBeneficiary(p, scope)) throw projectNotFound();
  return scope;
}

/** Locks the project row for the rest of the transaction (see loadVisibleProject). */
export async function lockProject(db: Executor, projectId: string): Promise<Project> {
  const [row] = await db.select().from(projects).where(eq(projects.id, projectId)).for('update');
  if (!row) throw projectNotFound();
  return row;
}

/** Writing payment requests: an applicant of the project's owner organisation. */
export const requireBeneficiary = (p: Principal, scope: ProjectScope): void =>
  requireRole(p, ['applicant'], scope.project.ownerOrganizationId);

/** Checking costs and keeping the reporting plan: a case officer of the funder. */
export const requireOfficer = (p: Principal, scope: ProjectScope): void =>
  requireRole(p, ['case_officer'], scope.funder.organizationId);

/** Whether the caller is a case officer of the project's funder (who keeps its reporting plan, checks its requests). */
export const isProjectOfficer = (p: Principal, scope: ProjectScope): boolean =>
  hasRole(p, 'case_officer', scope.funder.organizationId);

/** Recording payments: a finance officer of the funder. */
export const requireFinance = (p: Principal, scope: ProjectScope): void =>
  requireRole(p, ['finance_officer'], scope.funder.organizationId);
