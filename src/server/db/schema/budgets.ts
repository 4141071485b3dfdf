import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, check, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { applicationVersions } from './applications.js';
import { appropriations } from './appropriations.js';
import { cascade, id, instant, money, restrict } from './columns.js';
import { decisions } from './decisions.js';
import { costCategory } from './enums.js';
import { organizations } from './organizations.js';
import { projects } from './projects.js';

/**
 * One version of a project's budget (costs per category and year) and financing plan, from an
 * application version or approved by a decision. Like activity plans, frozen once its decision is
 * approved; an amendment adds a new version.
 */
export const budgets = pgTable(
  'budgets',
  {
    id: id(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, restrict),
    versionNo: integer('version_no').notNull(),
    decisionId: uuid('decision_id').references((): AnyPgColumn => decisions.id, restrict),
    applicationVersionId: uuid('application_version_id').references(
      (): AnyPgColumn => applicationVersions.id,
      restrict,
    ),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    unique('budgets_version_unique').on(t.projectId, t.versionNo),
    index('budgets_decision_idx').on(t.decisionId),
    index('budgets_application_version_idx').on(t.applicationVersionId),
    check('budgets_version_positive', sql`${t.versionNo} >= 1`),
  ],
);

/**
 * Budgeted cost of one category in one year. Amounts are never negative: project income is entered as
 * a positive amount under `project_income`, and the category decides that it reduces eligible costs.
 */
export const budgetLines = pgTable(
  'budget_lines',
  {
    id: id(),
    budgetId: uuid('budget_id')
      .notNull()
      .references(() => budgets.id, cascade),
    costCategory: costCategory('cost_category').notNull(),
    year: integer('year').notNull(),
    amountOre: money('amount_ore').notNull(),
  },
  (t) => [
    unique('budget_lines_unique').on(t.budgetId, t.costCategory, t.year),
    check('budget_lines_amount_nonneg', sql`${t.amountOre} >= 0`),
  ],
);

/**
 * One financier in the financing plan: public or private, cash or in kind. The financier is named even
 * when not (yet) an organisation in Bidra; `appropriation_id` says which of the funder's own
 * appropriations a public line is drawn from.
 */
export const financingLines = pgTable(
  'financing_lines',
  {
    id: id(),
    budgetId: uuid('budget_id')
      .notNull()
      .references(() => budgets.id, cascade),
    financierOrganizationId: uuid('financier_organization_id').references(() => organizations.id, restrict),
    financierName: text('financier_name').notNull(),
    amountOre: money('amount_ore').notNull(),
    isPublic: boolean('is_public').notNull(),
    isInKind: boolean('is_in_kind').notNull().default(false),
    appropriationId: uuid('appropriation_id').references(() => appropriations.id, restrict),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    index('financing_lines_budget_idx').on(t.budgetId, t.sortOrder),
    index('financing_lines_financier_idx').on(t.financierOrganizationId),
    check('financing_lines_amount_nonneg', sql`${t.amountOre} >= 0`),
  ],
);

export type Budget = typeof budgets.$inferSelect;
export type BudgetLine = typeof budgetLines.$inferSelect;
export type FinancingLine = typeof financingLines.$inferSelect;
