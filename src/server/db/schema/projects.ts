import { sql, type SQL } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { day, id, instant, money, timestamps, version } from './columns.js';
import { costCategory, criterionKind, projectStatus } from './enums.js';
import { municipalities, organizations } from './organizations.js';
import { appropriations, priorities, programmes } from './strategy.js';
import { applicationVersions } from './cases.js';
import { decisions } from './decisions.js';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * A project. `granted_ore`, `max_share_bp`, `approved_costs_ore` and the period are a snapshot of the
 * decision in force (computed by the domain, refreshed by the use cases that approve decisions) so that
 * the public bank and the dashboards are single indexed queries.
 */
export const projects = pgTable(
  'projects',
  {
    id: id(),
    name: text('name').notNull(),
    acronym: text('acronym'),
    ownerOrganizationId: uuid('owner_organization_id')
      .notNull()
      .references(() => organizations.id),
    programmeId: uuid('programme_id').references(() => programmes.id),
    priorityId: uuid('priority_id').references(() => priorities.id),
    summary: text('summary'),
    description: text('description'),
    purpose: text('purpose'),
    goals: text('goals'),
    periodStart: day('period_start'),
    periodEnd: day('period_end'),
    grantedOre: money('granted_ore'),
    maxShareBp: integer('max_share_bp'),
    approvedCostsOre: money('approved_costs_ore'),
    status: projectStatus('status').notNull().default('planned'),
    published: boolean('published').notNull().default(false),
    publishedAt: instant('published_at'),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      (): SQL => sql`setweight(to_tsvector('swedish', coalesce(name, '')), 'A') ||
        setweight(to_tsvector('swedish', coalesce(acronym, '')), 'A') ||
        setweight(to_tsvector('swedish', coalesce(summary, '')), 'B') ||
        setweight(to_tsvector('swedish', coalesce(description, '')), 'C')`,
    ),
    ...timestamps(),
    version: version(),
  },
  (t) => [
    index('projects_owner_idx').on(t.ownerOrganizationId),
    index('projects_status_idx').on(t.status),
    index('projects_priority_idx').on(t.priorityId),
    index('projects_period_idx').on(t.periodStart, t.periodEnd),
    index('projects_search_idx').using('gin', t.searchVector),
    index('projects_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
    check(
      'projects_period_order',
      sql`${t.periodStart} IS NULL OR ${t.periodEnd} IS NULL OR ${t.periodStart} <= ${t.periodEnd}`,
    ),
    check('projects_share_range', sql`${t.maxShareBp} IS NULL OR ${t.maxShareBp} BETWEEN 0 AND 10000`),
    check('projects_granted_nonneg', sql`${t.grantedOre} IS NULL OR ${t.grantedOre} >= 0`),
  ],
);

export const projectMunicipalities = pgTable(
  'project_municipalities',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.municipalityCode] })],
);

/** Horizontal criteria and Agenda 2030 targets a project reports on. */
export const horizontalCriteria = pgTable(
  'horizontal_criteria',
  {
    id: id(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    kind: criterionKind('kind').notNull(),
    code: text('code'), // SDG target '8.2'
    text: text('text').notNull(),
  },
  (t) => [index('horizontal_criteria_project_idx').on(t.projectId)],
);

/** A version of a project's time and activity plan; `decision_id` is the decision that approved it. */
export const activityPlans = pgTable(
  'activity_plans',
  {
    id: id(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    versionNo: integer('version_no').notNull(),
    decisionId: uuid('decision_id').references((): AnyPgColumn => decisions.id),
    label: text('label'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    unique('activity_plans_version_unique').on(t.projectId, t.versionNo),
    index('activity_plans_decision_idx').on(t.decisionId),
  ],
);

export const activities = pgTable(
  'activities',
  {
    id: id(),
    activityPlanId: uuid('activity_plan_id')
      .notNull()
      .references(() => activityPlans.id, { onDelete: 'cascade' }),
    number: text('number').notNull(), // '4.1'
    parentNumber: text('parent_number'),
    title: text('title').notNull(),
    description: text('description'),
    startDate: day('start_date'),
    endDate: day('end_date'),
    costOre: money('cost_ore'),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [
    index('activities_plan_idx').on(t.activityPlanId),
    unique('activities_number_unique').on(t.activityPlanId, t.number),
    check(
      'activities_period_order',
      sql`${t.startDate} IS NULL OR ${t.endDate} IS NULL OR ${t.startDate} <= ${t.endDate}`,
    ),
    check('activities_cost_nonneg', sql`${t.costOre} IS NULL OR ${t.costOre} >= 0`),
  ],
);

/** A version of a project's budget and financing plan (from an application or a decision). */
export const budgets = pgTable(
  'budgets',
  {
    id: id(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    versionNo: integer('version_no').notNull(),
    decisionId: uuid('decision_id').references((): AnyPgColumn => decisions.id),
    applicationVersionId: uuid('application_version_id').references((): AnyPgColumn => applicationVersions.id),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    unique('budgets_version_unique').on(t.projectId, t.versionNo),
    index('budgets_decision_idx').on(t.decisionId),
  ],
);

export const budgetLines = pgTable(
  'budget_lines',
  {
    id: id(),
    budgetId: uuid('budget_id')
      .notNull()
      .references(() => budgets.id, { onDelete: 'cascade' }),
    costCategory: costCategory('cost_category').notNull(),
    year: integer('year').notNull(),
    amountOre: money('amount_ore').notNull(),
  },
  (t) => [unique('budget_lines_unique').on(t.budgetId, t.costCategory, t.year)],
);

export const financingLines = pgTable(
  'financing_lines',
  {
    id: id(),
    budgetId: uuid('budget_id')
      .notNull()
      .references(() => budgets.id, { onDelete: 'cascade' }),
    financierOrganizationId: uuid('financier_organization_id').references(() => organizations.id),
    financierName: text('financier_name').notNull(),
    amountOre: money('amount_ore').notNull(),
    isPublic: boolean('is_public').notNull(),
    isInKind: boolean('is_in_kind').notNull().default(false),
    appropriationId: uuid('appropriation_id').references(() => appropriations.id),
  },
  (t) => [
    index('financing_lines_budget_idx').on(t.budgetId),
    check('financing_lines_amount_nonneg', sql`${t.amountOre} >= 0`),
  ],
);

export type Project = typeof projects.$inferSelect;
export type Activity = typeof activities.$inferSelect;
