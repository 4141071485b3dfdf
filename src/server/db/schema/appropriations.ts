import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { id, money, restrict, timestamps, version } from './columns.js';
import { funders } from './funders.js';

/**
 * A budget line money is drawn from, e.g. UO 19 anslag 1:1 Regionala tillväxtåtgärder. `funder_id` is
 * null for state appropriations the funder only refers to (UO 22 anslag 2:4 ap. 4 in seed 003).
 */
export const appropriations = pgTable(
  'appropriations',
  {
    id: id(),
    funderId: uuid('funder_id').references(() => funders.id, restrict),
    code: text('code').notNull(), // '1:1', '2:4'
    name: text('name').notNull(),
    expenditureArea: text('expenditure_area'), // 'UO 19'
    item: text('item'), // 'ap. 4'
    ...timestamps(),
    version: version(),
  },
  (t) => [index('appropriations_funder_idx').on(t.funderId, t.code)],
);

/**
 * The budget of an appropriation for one year. Commitments (granted, not closed) are summed from the decisions drawn on
 * it and must stay within this (docs/domain/rules.md, "Commitments against appropriations"), unless a decision records
 * an override.
 */
export const appropriationYears = pgTable(
  'appropriation_years',
  {
    id: id(),
    appropriationId: uuid('appropriation_id')
      .notNull()
      .references(() => appropriations.id, restrict),
    year: integer('year').notNull(),
    budgetOre: money('budget_ore').notNull(),
    ...timestamps(),
    version: version(),
  },
  (t) => [
    unique('appropriation_years_unique').on(t.appropriationId, t.year),
    check('appropriation_years_budget_nonneg', sql`${t.budgetOre} >= 0`),
  ],
);

export type Appropriation = typeof appropriations.$inferSelect;
export type AppropriationYear = typeof appropriationYears.$inferSelect;
