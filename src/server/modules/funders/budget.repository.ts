import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import {
  appropriationYears,
  appropriations,
  organizations,
  programmes,
  type Appropriation,
  type AppropriationYear,
  type Programme,
} from '../../db/schema/index.js';
import { committedOnYear } from '../projects/commitments.repository.js';

const mainFunder = alias(organizations, 'main_funder');

/** The funder's own programmes with their main funder's name and number. */
export async function programmesOf(db: Executor, funderId: string) {
  return db
    .select({ programme: programmes, mainFunderName: mainFunder.name, mainFunderOrgNumber: mainFunder.orgNumber })
    .from(programmes)
    .leftJoin(mainFunder, eq(mainFunder.id, programmes.mainFunderOrganizationId))
    .where(eq(programmes.funderId, funderId))
    .orderBy(asc(programmes.yearFrom), asc(programmes.name), asc(programmes.id));
}

/** The programme when it is this funder's; undefined for another funder's or an unknown id. */
export async function findProgramme(
  db: Executor,
  funderId: string,
  programmeId: string,
  o: { lock?: boolean } = {},
): Promise<Programme | undefined> {
  const q = db
    .select()
    .from(programmes)
    .where(and(eq(programmes.id, programmeId), eq(programmes.funderId, funderId)));
  const [row] = o.lock ? await q.for('update') : await q;
  return row;
}

export async function insertProgramme(db: Executor, values: typeof programmes.$inferInsert): Promise<Programme> {
  const [row] = await db.insert(programmes).values(values).returning();
  if (!row) throw new Error('programmes insert returned no row');
  return row;
}

export async function updateProgramme(
  db: Executor,
  id: string,
  values: Partial<typeof programmes.$inferInsert>,
): Promise<Programme> {
  const [row] = await db.update(programmes).set(values).where(eq(programmes.id, id)).returning();
  if (!row) throw new Error('programmes update returned no row');
  return row;
}

export async function appropriationsOf(db: Executor, funderId: string): Promise<Appropriation[]> {
  return db
    .select()
    .from(appropriations)
    .where(eq(appropriations.funderId, funderId))
    .orderBy(asc(appropriations.expenditureArea), asc(appropriations.code), asc(appropriations.id));
}

/** The appropriation when it is this funder's; undefined for another's, a state one or an unknown id. */
export async function findFunderAppropriation(
  db: Executor,
  funderId: string,
  appropriationId: string,
  o: { lock?: boolean } = {},
): Promise<Appropriation | undefined> {
  const q = db
    .select()
    .from(appropriations)
    .where(and(eq(appropriations.id, appropriationId), eq(appropriations.funderId, funderId)));
  const [row] = o.lock ? await q.for('update') : await q;
  return row;
}

export async function insertAppropriation(
  db: Executor,
  values: typeof appropriations.$inferInsert,
): Promise<Appropriation> {
  const [row] = await db.insert(appropriations).values(values).returning();
  if (!row) throw new Error('appropriations insert returned no row');
  return row;
}

export async function updateAppropriation(
  db: Executor,
  id: string,
  values: Partial<typeof appropriations.$inferInsert>,
): Promise<Appropriation> {
  const [row] = await db
    .update(appropriations)
    .set({ ...values, version: sql`${appropriations.version} + 1` })
    .where(eq(appropriations.id, id))
    .returning();
  if (!row) throw new Error('appropriations update returned no row');
  return row;
}

export async function yearsOf(db: Executor, appropriationIds: string[]): Promise<AppropriationYear[]> {
  if (appropriationIds.length === 0) return [];
  return db
    .select()
    .from(appropriationYears)
    .where(inArray(appropriationYears.appropriationId, appropriationIds))
    .orderBy(asc(appropriationYears.year));
}

export async function insertYear(db: Executor, values: typeof appropriationYears.$inferInsert): Promise<void> {
  await db.insert(appropriationYears).values(values);
}

export async function updateYearBudget(db: Executor, id: string, budgetOre: number, now: Date): Promise<void> {
  await db
    .update(appropriationYears)
    .set({ budgetOre, updatedAt: now, version: sql`${appropriationYears.version} + 1` })
    .where(eq(appropriationYears.id, id));
}

export async function deleteYears(db: Executor, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.delete(appropriationYears).where(inArray(appropriationYears.id, ids));
}

/** What no decision is: `committedOnYear` then leaves nothing out. */
const NOTHING_EXCLUDED = '00000000-0000-0000-0000-000000000000';

/**
 * What is committed on the appropriation's year: the decision checks' own sum (`committedOnYear`), the
 * one the checks of every grant compare with the year's budget, so a budget is never set below it.
 */
export const committedOn = (db: Executor, appropriationId: string, year: number): Promise<number> =>
  committedOnYear(db, appropriationId, year, NOTHING_EXCLUDED);
