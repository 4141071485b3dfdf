import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { id, money, timestamps } from './columns.js';
import { funders, organizations } from './organizations.js';

/** A regional development strategy (RUS) with numbered priorities and sub-priorities. */
export const strategies = pgTable('strategies', {
  id: id(),
  funderId: uuid('funder_id')
    .notNull()
    .references(() => funders.id),
  name: text('name').notNull(),
  yearFrom: integer('year_from'),
  yearTo: integer('year_to'),
  ...timestamps(),
});

export const priorities = pgTable(
  'priorities',
  {
    id: id(),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id),
    parentId: uuid('parent_id'),
    code: text('code').notNull(), // '3', '3.1'
    title: text('title').notNull(),
  },
  (t) => [
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id] }),
    unique('priorities_code_unique').on(t.strategyId, t.code),
  ],
);

/** The funder's own criteria, graded high/low/none per project ("Sammanhållen region" …). */
export const assessmentAspects = pgTable('assessment_aspects', {
  id: id(),
  funderId: uuid('funder_id')
    .notNull()
    .references(() => funders.id),
  name: text('name').notNull(),
  policy: text('policy'),
  ...timestamps(),
});

/** A budget line money is drawn from, e.g. UO 19 anslag 1:1 Regionala tillväxtåtgärder. */
export const appropriations = pgTable('appropriations', {
  id: id(),
  funderId: uuid('funder_id').references(() => funders.id),
  code: text('code').notNull(), // '1:1', '2:4'
  name: text('name').notNull(),
  expenditureArea: text('expenditure_area'), // 'UO 19'
  item: text('item'), // 'ap. 4'
  ...timestamps(),
});

export const appropriationYears = pgTable(
  'appropriation_years',
  {
    id: id(),
    appropriationId: uuid('appropriation_id')
      .notNull()
      .references(() => appropriations.id),
    year: integer('year').notNull(),
    budgetOre: money('budget_ore').notNull(),
  },
  (t) => [
    unique('appropriation_years_unique').on(t.appropriationId, t.year),
    check('appropriation_years_budget_nonneg', sql`${t.budgetOre} >= 0`),
  ],
);

/** An EU regional fund programme a project may be co-financed by. */
export const programmes = pgTable(
  'programmes',
  {
    id: id(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    fund: text('fund'), // 'ERDF'
    mainFunderOrganizationId: uuid('main_funder_organization_id').references(() => organizations.id),
    yearFrom: integer('year_from'),
    yearTo: integer('year_to'),
    cci: text('cci'),
  },
  (t) => [index('programmes_main_funder_idx').on(t.mainFunderOrganizationId)],
);

export type Appropriation = typeof appropriations.$inferSelect;
export type Priority = typeof priorities.$inferSelect;
