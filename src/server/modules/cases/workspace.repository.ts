import { and, asc, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { LocalDate } from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import {
  appropriations,
  appropriationYears,
  assessmentAspects,
  cases,
  decisions,
  meetings,
  organizations,
  priorities,
  roleGrants,
  strategies,
  users,
} from '../../db/schema/index.js';
import { committedOnYear } from '../projects/commitments.repository.js';

/*
 * What the officer's case workspace offers to choose from: everything belongs to the case's funder, so
 * an officer can never point a decision at another funder's appropriation, meeting or decision maker.
 */

export async function staffOf(db: Executor, organizationId: string, role: 'case_officer' | 'decision_maker') {
  return db
    .select({ id: users.id, displayName: users.displayName, title: users.title })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(and(eq(roleGrants.organizationId, organizationId), eq(roleGrants.role, role), eq(users.active, true)))
    .orderBy(asc(users.displayName));
}

export async function prioritiesOf(db: Executor, funderId: string) {
  return db
    .select({ id: priorities.id, code: priorities.code, title: priorities.title, strategy: strategies.name })
    .from(priorities)
    .innerJoin(strategies, eq(strategies.id, priorities.strategyId))
    .where(eq(strategies.funderId, funderId))
    .orderBy(asc(strategies.name), asc(priorities.code));
}

export async function activeAspectsOf(db: Executor, funderId: string) {
  return db
    .select({ id: assessmentAspects.id, name: assessmentAspects.name, policy: assessmentAspects.policy })
    .from(assessmentAspects)
    .where(and(eq(assessmentAspects.funderId, funderId), eq(assessmentAspects.active, true)))
    .orderBy(asc(assessmentAspects.name));
}

/** The funder's appropriations with the given year's budget and what approved grants already commit. */
export async function appropriationsWithYear(db: Executor, funderId: string, year: number) {
  const rows = await db
    .select({
      id: appropriations.id,
      code: appropriations.code,
      name: appropriations.name,
      expenditureArea: appropriations.expenditureArea,
      budgetOre: appropriationYears.budgetOre,
    })
    .from(appropriations)
    .leftJoin(
      appropriationYears,
      and(eq(appropriationYears.appropriationId, appropriations.id), eq(appropriationYears.year, year)),
    )
    .where(eq(appropriations.funderId, funderId))
    .orderBy(asc(appropriations.code));
  const nothingExcluded = '00000000-0000-0000-0000-000000000000';
  return Promise.all(
    rows.map(async (r) => ({
      ...r,
      year,
      committedOre: await committedOnYear(db, r.id, year, nothingExcluded),
    })),
  );
}

export async function upcomingMeetings(db: Executor, funderId: string, from: LocalDate) {
  return db
    .select({ id: meetings.id, committeeName: meetings.committeeName, heldOn: meetings.heldOn })
    .from(meetings)
    .where(and(eq(meetings.funderId, funderId), gte(meetings.heldOn, from)))
    .orderBy(asc(meetings.heldOn))
    .limit(12);
}

export async function decisionsOfCase(db: Executor, caseId: string) {
  return db
    .select({
      id: decisions.id,
      kind: decisions.kind,
      status: decisions.status,
      amountOre: decisions.amountOre,
      decisionDate: decisions.decisionDate,
      approvedAt: decisions.approvedAt,
      documentId: decisions.documentId,
    })
    .from(decisions)
    .where(eq(decisions.caseId, caseId))
    .orderBy(desc(decisions.createdAt));
}

export async function organizationName(db: Executor, id: string) {
  const [row] = await db
    .select({ name: organizations.name, orgNumber: organizations.orgNumber })
    .from(organizations)
    .where(eq(organizations.id, id));
  return row ?? null;
}

export async function userNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.displayName]));
}

/** Whether the user may be assigned the case: an active case officer of the funder organisation. */
export async function isActiveOfficerOf(db: Executor, userId: string, organizationId: string): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(
      and(
        eq(roleGrants.userId, userId),
        eq(roleGrants.organizationId, organizationId),
        eq(roleGrants.role, 'case_officer'),
        eq(users.active, true),
      ),
    );
  return row !== undefined;
}

/** Sets the case's officer (null: nobody) and bumps its version; the case's new officer and version. */
export async function setCaseOfficer(db: Executor, caseId: string, officerUserId: string | null, now: Date) {
  const [updated] = await db
    .update(cases)
    .set({ officerUserId, updatedAt: now, version: sql`${cases.version} + 1` })
    .where(eq(cases.id, caseId))
    .returning({ officerUserId: cases.officerUserId, version: cases.version });
  return updated!;
}
