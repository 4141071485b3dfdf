import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { applicationVersions, cases, funders, organizations } from '../../db/schema/index.js';
import { matterDiaryNumberSql } from '../cases/case-documents.repository.js';

export type ApplicationCaseRow = typeof cases.$inferSelect;

export async function findApplicationCase(db: Executor, caseId: string, forUpdate = false) {
  const query = db
    .select()
    .from(cases)
    .where(and(eq(cases.id, caseId), eq(cases.kind, 'application')));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function latestVersion(db: Executor, caseId: string) {
  const [row] = await db
    .select()
    .from(applicationVersions)
    .where(eq(applicationVersions.caseId, caseId))
    .orderBy(desc(applicationVersions.versionNo))
    .limit(1);
  return row ?? null;
}

export async function findFunder(db: Executor, funderId: string) {
  const [row] = await db.select().from(funders).where(eq(funders.id, funderId));
  return row ?? null;
}

export async function findOrganization(db: Executor, organizationId: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, organizationId));
  return row ?? null;
}

export async function listFunders(db: Executor) {
  return db
    .select({ id: funders.id, name: organizations.name, committee: funders.committeeName })
    .from(funders)
    .innerJoin(organizations, eq(organizations.id, funders.organizationId))
    .orderBy(organizations.name);
}

/** The organisations whose funder staff may see a funder's cases (officers and decision makers of it). */
export async function staffOrganizationOfFunder(db: Executor, funderId: string): Promise<string | null> {
  const funder = await findFunder(db, funderId);
  return funder?.organizationId ?? null;
}

export async function casesOfOrganization(db: Executor, organizationId: string) {
  return db
    .select({
      id: cases.id,
      kind: cases.kind,
      status: cases.status,
      title: cases.title,
      // A later matter shows its project case's one number.
      diaryNumber: matterDiaryNumberSql,
      updatedAt: cases.updatedAt,
    })
    .from(cases)
    .where(eq(cases.applicantOrganizationId, organizationId))
    .orderBy(desc(cases.updatedAt));
}
