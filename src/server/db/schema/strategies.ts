import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, check, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { id, restrict, timestamps, version } from './columns.js';
import { funders } from './funders.js';

/** A regional development strategy (RUS) whose priorities a project must fit. */
export const strategies = pgTable(
  'strategies',
  {
    id: id(),
    funderId: uuid('funder_id')
      .notNull()
      .references(() => funders.id, restrict),
    name: text('name').notNull(),
    yearFrom: integer('year_from'),
    yearTo: integer('year_to'),
    ...timestamps(),
    version: version(),
  },
  (t) => [
    index('strategies_funder_idx').on(t.funderId),
    check('strategies_years_order', sql`${t.yearFrom} IS NULL OR ${t.yearTo} IS NULL OR ${t.yearFrom} <= ${t.yearTo}`),
  ],
);

/**
 * A priority ('3') or sub-priority ('3.1', parent '3'). A project points at the most specific one;
 * the decision letter names the whole path ("RUS Prioritering 3 … och RUS delprioritering 3.1 …").
 */
export const priorities = pgTable(
  'priorities',
  {
    id: id(),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, restrict),
    parentId: uuid('parent_id').references((): AnyPgColumn => priorities.id, restrict),
    code: text('code').notNull(),
    title: text('title').notNull(),
    /** Retired priorities stay for old assessments and calls but are not offered for new ones. */
    active: boolean('active').notNull().default(true),
  },
  (t) => [unique('priorities_code_unique').on(t.strategyId, t.code), index('priorities_parent_idx').on(t.parentId)],
);

/**
 * The funder's own criteria ("prioritetshöjande aspekter" of a policy such as "Agenda för hållbar
 * finansiering": Sammanhållen region, Hållbar regional tillväxt), graded high/low/none per assessment.
 */
export const assessmentAspects = pgTable(
  'assessment_aspects',
  {
    id: id(),
    funderId: uuid('funder_id')
      .notNull()
      .references(() => funders.id, restrict),
    name: text('name').notNull(),
    /** The policy the aspect comes from, e.g. "Agenda för hållbar finansiering". */
    policy: text('policy'),
    /** Retired aspects stay for old assessments but are not offered for new ones. */
    active: boolean('active').notNull().default(true),
    ...timestamps(),
  },
  (t) => [unique('assessment_aspects_name_unique').on(t.funderId, t.name)],
);

export type Strategy = typeof strategies.$inferSelect;
export type Priority = typeof priorities.$inferSelect;
export type AssessmentAspect = typeof assessmentAspects.$inferSelect;
