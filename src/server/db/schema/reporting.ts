import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { cascade, day, id, instant, restrict, timestamps, version } from './columns.js';
import { decisions } from './decisions.js';
import { reportKind, reportingItemKind, reportingItemStatus } from './enums.js';
import { paymentRequests } from './payments.js';
import { projects } from './projects.js';
import { users } from './users.js';

/**
 * The reporting plan a decision sets: when progress and final reports and payment requests are due.
 * An amendment may set a new plan; the newest plan of the decision in force applies.
 */
export const reportingPlans = pgTable(
  'reporting_plans',
  {
    id: id(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, restrict),
    decisionId: uuid('decision_id').references((): AnyPgColumn => decisions.id, restrict),
    /** Free text the letter prints, e.g. that the project follows the main funder's reporting plan. */
    note: text('note'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    /**
     * Optimistic concurrency for the officer replacing the plan's items. A replacement of a plan set by an
     * approved decision is a new plan row that continues the numbering, so the newest version applies.
     */
    version: version(),
  },
  (t) => [index('reporting_plans_project_idx').on(t.projectId), index('reporting_plans_decision_idx').on(t.decisionId)],
);

/** One due date. Reminders and the overdue flag are computed from `due_date` and `status`. */
export const reportingPlanItems = pgTable(
  'reporting_plan_items',
  {
    id: id(),
    reportingPlanId: uuid('reporting_plan_id')
      .notNull()
      .references(() => reportingPlans.id, cascade),
    kind: reportingItemKind('kind').notNull(),
    dueDate: day('due_date').notNull(),
    periodStart: day('period_start'),
    periodEnd: day('period_end'),
    status: reportingItemStatus('status').notNull().default('open'),
    submittedAt: instant('submitted_at'),
    /** What fulfilled the item, once submitted. */
    reportId: uuid('report_id').references((): AnyPgColumn => reports.id, restrict),
    paymentRequestId: uuid('payment_request_id').references((): AnyPgColumn => paymentRequests.id, restrict),
    ...timestamps(),
    version: version(),
  },
  (t) => [
    index('reporting_plan_items_plan_idx').on(t.reportingPlanId, t.dueDate),
    index('reporting_plan_items_due_idx').on(t.dueDate, t.status),
    check(
      'reporting_plan_items_period_order',
      sql`${t.periodStart} IS NULL OR ${t.periodEnd} IS NULL OR ${t.periodStart} <= ${t.periodEnd}`,
    ),
  ],
);

/** A progress or final report (lägesrapport, slutrapport) submitted by the beneficiary. */
export const reports = pgTable(
  'reports',
  {
    id: id(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, restrict),
    kind: reportKind('kind').notNull(),
    periodStart: day('period_start'),
    periodEnd: day('period_end'),
    content: jsonb('content').$type<Record<string, unknown>>().notNull().default({}),
    submittedAt: instant('submitted_at'),
    submittedBy: uuid('submitted_by').references(() => users.id, restrict),
    approvedAt: instant('approved_at'),
    approvedBy: uuid('approved_by').references(() => users.id, restrict),
    ...timestamps(),
    version: version(),
  },
  (t) => [
    index('reports_project_idx').on(t.projectId, t.kind),
    check(
      'reports_period_order',
      sql`${t.periodStart} IS NULL OR ${t.periodEnd} IS NULL OR ${t.periodStart} <= ${t.periodEnd}`,
    ),
  ],
);

export type ReportingPlan = typeof reportingPlans.$inferSelect;
export type ReportingPlanItem = typeof reportingPlanItems.$inferSelect;
export type Report = typeof reports.$inferSelect;
