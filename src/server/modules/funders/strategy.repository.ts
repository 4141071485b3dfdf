import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import {
  assessmentAspects,
  assessmentGrades,
  assessments,
  callPriorities,
  priorities,
  projects,
  strategies,
  type AssessmentAspect,
  type Priority,
  type Strategy,
} from '../../db/schema/index.js';

export async function strategiesOf(db: Executor, funderId: string): Promise<Strategy[]> {
  return db
    .select()
    .from(strategies)
    .where(eq(strategies.funderId, funderId))
    .orderBy(asc(strategies.yearFrom), asc(strategies.name), asc(strategies.id));
}

/** The strategy when it is the funder's; undefined for another funder's or an unknown id. */
export async function findStrategy(
  db: Executor,
  funderId: string,
  strategyId: string,
  o: { lock?: boolean } = {},
): Promise<Strategy | undefined> {
  const q = db
    .select()
    .from(strategies)
    .where(and(eq(strategies.id, strategyId), eq(strategies.funderId, funderId)));
  const [row] = o.lock ? await q.for('update') : await q;
  return row;
}

export async function insertStrategy(db: Executor, values: typeof strategies.$inferInsert): Promise<Strategy> {
  const [row] = await db.insert(strategies).values(values).returning();
  if (!row) throw new Error('strategies insert returned no row');
  return row;
}

export async function updateStrategy(
  db: Executor,
  id: string,
  values: Partial<typeof strategies.$inferInsert>,
): Promise<Strategy> {
  const [row] = await db
    .update(strategies)
    .set({ ...values, version: sql`${strategies.version} + 1` })
    .where(eq(strategies.id, id))
    .returning();
  if (!row) throw new Error('strategies update returned no row');
  return row;
}

/** A strategy's priorities, each top-level one followed by its sub-priorities, by code. */
export async function prioritiesOf(db: Executor, strategyIds: string[]): Promise<Priority[]> {
  if (strategyIds.length === 0) return [];
  return db
    .select()
    .from(priorities)
    .where(inArray(priorities.strategyId, strategyIds))
    .orderBy(asc(priorities.code), asc(priorities.id));
}

export async function insertPriority(db: Executor, values: typeof priorities.$inferInsert): Promise<Priority> {
  const [row] = await db.insert(priorities).values(values).returning();
  if (!row) throw new Error('priorities insert returned no row');
  return row;
}

export async function updatePriority(
  db: Executor,
  id: string,
  values: Partial<typeof priorities.$inferInsert>,
): Promise<void> {
  await db.update(priorities).set(values).where(eq(priorities.id, id));
}

/** Removes priorities nobody refers to; sub-priorities first, as a parent cannot go before its children. */
export async function deletePriorities(db: Executor, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.delete(priorities).where(and(inArray(priorities.id, ids), isNotNull(priorities.parentId)));
  await db.delete(priorities).where(and(inArray(priorities.id, ids), isNull(priorities.parentId)));
}

/** Of these priorities, those an assessment, a project or a call refers to (which may only be retired). */
export async function prioritiesInUse(db: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const [assessed, projected, called] = await Promise.all([
    db.selectDistinct({ id: assessments.priorityId }).from(assessments).where(inArray(assessments.priorityId, ids)),
    db.selectDistinct({ id: projects.priorityId }).from(projects).where(inArray(projects.priorityId, ids)),
    db
      .selectDistinct({ id: callPriorities.priorityId })
      .from(callPriorities)
      .where(inArray(callPriorities.priorityId, ids)),
  ]);
  return new Set([...assessed, ...projected, ...called].map((r) => r.id).filter((id): id is string => id !== null));
}

export async function aspectsOf(db: Executor, funderId: string): Promise<AssessmentAspect[]> {
  return db
    .select()
    .from(assessmentAspects)
    .where(eq(assessmentAspects.funderId, funderId))
    .orderBy(asc(assessmentAspects.name), asc(assessmentAspects.id));
}

export async function findAspect(
  db: Executor,
  funderId: string,
  aspectId: string,
  o: { lock?: boolean } = {},
): Promise<AssessmentAspect | undefined> {
  const q = db
    .select()
    .from(assessmentAspects)
    .where(and(eq(assessmentAspects.id, aspectId), eq(assessmentAspects.funderId, funderId)));
  const [row] = o.lock ? await q.for('update') : await q;
  return row;
}

/** The funder's aspect of this name (names are unique per funder, regardless of case), if any. */
export async function findAspectByName(
  db: Executor,
  funderId: string,
  name: string,
): Promise<AssessmentAspect | undefined> {
  const [row] = await db
    .select()
    .from(assessmentAspects)
    .where(
      and(eq(assessmentAspects.funderId, funderId), eq(sql`lower(${assessmentAspects.name})`, name.toLowerCase())),
    );
  return row;
}

export async function insertAspect(
  db: Executor,
  values: typeof assessmentAspects.$inferInsert,
): Promise<AssessmentAspect> {
  const [row] = await db.insert(assessmentAspects).values(values).returning();
  if (!row) throw new Error('assessment_aspects insert returned no row');
  return row;
}

export async function updateAspect(
  db: Executor,
  id: string,
  values: Partial<typeof assessmentAspects.$inferInsert>,
): Promise<AssessmentAspect> {
  const [row] = await db.update(assessmentAspects).set(values).where(eq(assessmentAspects.id, id)).returning();
  if (!row) throw new Error('assessment_aspects update returned no row');
  return row;
}

/** How many assessments graded this aspect: a used aspect is retired, never renamed into another one. */
export async function aspectGradeCount(db: Executor, aspectId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(assessmentGrades)
    .where(eq(assessmentGrades.aspectId, aspectId));
  return Number(row?.n ?? 0);
}
