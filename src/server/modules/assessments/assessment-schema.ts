import { z } from 'zod';
import type { Assessment, AssessmentGrade } from '../../db/schema/index.js';

/** How an aspect of the funder's strategy is met (docs/domain/life-of-a-grant.md, "3. Assessment"). */
const grade = z.enum(['high', 'low', 'none']);

export const assessmentInput = z.object({
  priorityId: z.uuid().nullable().default(null),
  strategyFitText: z.string().max(20_000).nullable().default(null),
  eligibilityText: z.string().max(20_000).nullable().default(null),
  stateAidBasis: z.string().max(2_000).nullable().default(null),
  cofinancingChecked: z.boolean().default(false),
  grades: z
    .array(
      z.object({
        aspectId: z.uuid(),
        grade,
        motivation: z.string().max(10_000).nullable().default(null),
      }),
    )
    .max(50)
    .default([]),
  /** The version the officer edited; required once the assessment exists (a stale one → 409). */
  version: z.number().int().min(1).optional(),
});
export type AssessmentInput = z.infer<typeof assessmentInput>;

export const assessmentView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseStatus: z.string(),
  priorityId: z.uuid().nullable(),
  strategyFitText: z.string().nullable(),
  eligibilityText: z.string().nullable(),
  stateAidBasis: z.string().nullable(),
  cofinancingChecked: z.boolean(),
  grades: z.array(z.object({ aspectId: z.uuid(), grade, motivation: z.string().nullable() })),
  assessedBy: z.uuid().nullable(),
  assessedAt: z.string().nullable(),
  version: z.number(),
});

export const toAssessmentView = (a: Assessment, grades: AssessmentGrade[], caseStatus: string) => ({
  id: a.id,
  caseId: a.caseId,
  caseStatus,
  priorityId: a.priorityId,
  strategyFitText: a.strategyFitText,
  eligibilityText: a.eligibilityText,
  stateAidBasis: a.stateAidBasis,
  cofinancingChecked: a.cofinancingChecked,
  grades: grades.map((g) => ({ aspectId: g.aspectId, grade: g.grade, motivation: g.motivation })),
  assessedBy: a.assessedBy,
  assessedAt: a.assessedAt?.toISOString() ?? null,
  version: a.version,
});
