import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import {
  assessmentAspects,
  assessmentGrades,
  assessments,
  priorities,
  strategies,
  type Assessment,
  type AssessmentGrade,
} from '../../db/schema/index.js';

export async function findAssessmentOfCase(db: Executor, caseId: string): Promise<Assessment | null> {
  const [row] = await db
    .select()
    .from(assessments)
    .where(eq(assessments.caseId, caseId))
    .orderBy(asc(assessments.createdAt))
    .limit(1);
  return row ?? null;
}

export async function gradesOf(db: Executor, assessmentId: string): Promise<AssessmentGrade[]> {
  return db
    .select()
    .from(assessmentGrades)
    .where(eq(assessmentGrades.assessmentId, assessmentId))
    .orderBy(asc(assessmentGrades.aspectId));
}

/** True when the priority belongs to one of the funder's strategies. */
export async function priorityOfFunder(db: Executor, priorityId: string, funderId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: priorities.id })
    .from(priorities)
    .innerJoin(strategies, eq(strategies.id, priorities.strategyId))
    .where(and(eq(priorities.id, priorityId), eq(strategies.funderId, funderId)));
  return row !== undefined;
}

/** Of the given aspect ids, those that are the funder's own and still offered. */
export async function activeAspectIdsOfFunder(db: Executor, ids: string[], funderId: string): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: assessmentAspects.id })
    .from(assessmentAspects)
    .where(
      and(
        inArray(assessmentAspects.id, ids),
        eq(assessmentAspects.funderId, funderId),
        eq(assessmentAspects.active, true),
      ),
    );
  return new Set(rows.map((r) => r.id));
}
