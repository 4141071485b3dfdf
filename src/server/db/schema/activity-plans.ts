import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { cascade, day, id, instant, money, restrict } from './columns.js';
import { decisions } from './decisions.js';
import { projects } from './projects.js';
import { users } from './users.js';

/**
 * One version of a project's time and activity plan ("tid- och aktivitetsplan"). An amendment adds a
 * new version ("Reviderad tid- och aktivitetsplan") instead of editing the old one, so versions can be
 * diffed. `decision_id` is the decision that approved this version: once that decision is approved, a
 * trigger freezes the plan and its activities (migration immutability_triggers).
 */
export const activityPlans = pgTable(
  'activity_plans',
  {
    id: id(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, restrict),
    versionNo: integer('version_no').notNull(),
    decisionId: uuid('decision_id').references((): AnyPgColumn => decisions.id, restrict),
    label: text('label'),
    createdBy: uuid('created_by').references(() => users.id, restrict),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    unique('activity_plans_version_unique').on(t.projectId, t.versionNo),
    index('activity_plans_decision_idx').on(t.decisionId),
    check('activity_plans_version_positive', sql`${t.versionNo} >= 1`),
  ],
);

/**
 * A numbered activity ('4') or sub-activity ('4.1', parent_number '4'). Cost is null where the plan
 * leaves it blank (seed 001's 5.1 and 6), which is not the same as a stated 0.
 */
export const activities = pgTable(
  'activities',
  {
    id: id(),
    activityPlanId: uuid('activity_plan_id')
      .notNull()
      .references(() => activityPlans.id, cascade),
    number: text('number').notNull(),
    parentNumber: text('parent_number'),
    title: text('title').notNull(),
    description: text('description'),
    startDate: day('start_date'),
    endDate: day('end_date'),
    costOre: money('cost_ore'),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [
    unique('activities_number_unique').on(t.activityPlanId, t.number),
    index('activities_plan_order_idx').on(t.activityPlanId, t.sortOrder),
    check(
      'activities_period_order',
      sql`${t.startDate} IS NULL OR ${t.endDate} IS NULL OR ${t.startDate} <= ${t.endDate}`,
    ),
    check('activities_cost_nonneg', sql`${t.costOre} IS NULL OR ${t.costOre} >= 0`),
  ],
);

export type ActivityPlan = typeof activityPlans.$inferSelect;
export type Activity = typeof activities.$inferSelect;
export type NewActivity = typeof activities.$inferInsert;
