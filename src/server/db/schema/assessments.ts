import { boolean, index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.js';
import { cascade, id, instant, restrict, timestamps, version } from './columns.js';
import { grade } from './enums.js';
import { assessmentAspects, priorities } from './strategies.js';
import { users } from './users.js';

/**
 * The case officer's assessment: strategy fit (priority and its text), eligibility, state-aid basis
 * (e.g. förordning 2015:210) and the co-financing check. The grant decision's reasons are drafted
 * from it.
 */
export const assessments = pgTable(
  'assessments',
  {
    id: id(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, restrict),
    priorityId: uuid('priority_id').references(() => priorities.id, restrict),
    strategyFitText: text('strategy_fit_text'),
    eligibilityText: text('eligibility_text'),
    stateAidBasis: text('state_aid_basis'),
    cofinancingChecked: boolean('cofinancing_checked').notNull().default(false),
    assessedBy: uuid('assessed_by').references(() => users.id, restrict),
    assessedAt: instant('assessed_at'),
    ...timestamps(),
    version: version(),
  },
  (t) => [index('assessments_case_idx').on(t.caseId)],
);

/** One aspect graded high/low/none, with the officer's motivation. */
export const assessmentGrades = pgTable(
  'assessment_grades',
  {
    id: id(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, cascade),
    aspectId: uuid('aspect_id')
      .notNull()
      .references(() => assessmentAspects.id, restrict),
    grade: grade('grade').notNull(),
    motivation: text('motivation'),
  },
  (t) => [unique('assessment_grades_unique').on(t.assessmentId, t.aspectId)],
);

export type Assessment = typeof assessments.$inferSelect;
export type AssessmentGrade = typeof assessmentGrades.$inferSelect;
