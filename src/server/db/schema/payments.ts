import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.js';
import { day, id, instant, money, timestamps, version } from './columns.js';
import { decisions } from './decisions.js';
import {
  costCategory,
  paymentKind,
  paymentRequestStatus,
  recoveryKind,
  reportKind,
  reportingItemKind,
} from './enums.js';
import { users } from './organizations.js';
import { projects } from './projects.js';

/** Due dates for reports and payment requests, set by a decision. */
export const reportingPlans = pgTable(
  'reporting_plans',
  {
    id: id(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    decisionId: uuid('decision_id').references(() => decisions.id),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('reporting_plans_project_idx').on(t.projectId)],
);

export const reportingPlanItems = pgTable(
  'reporting_plan_items',
  {
    id: id(),
    reportingPlanId: uuid('reporting_plan_id')
      .notNull()
      .references(() => reportingPlans.id, { onDelete: 'cascade' }),
    kind: reportingItemKind('kind').notNull(),
    dueDate: day('due_date').notNull(),
    periodStart: day('period_start'),
    periodEnd: day('period_end'),
    status: text('status').notNull().default('open'), // open, submitted, approved
    submittedAt: instant('submitted_at'),
  },
  (t) => [index('reporting_plan_items_due_idx').on(t.dueDate, t.status)],
);

export const paymentRequests = pgTable(
  'payment_requests',
  {
    id: id(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    caseId: uuid('case_id').references(() => cases.id),
    kind: paymentKind('kind').notNull().default('interim'),
    periodStart: day('period_start'),
    periodEnd: day('period_end'),
    status: paymentRequestStatus('status').notNull().default('draft'),
    requestedOre: money('requested_ore').notNull().default(0),
    approvedCostsOre: money('approved_costs_ore'),
    payableOre: money('payable_ore'),
    submittedAt: instant('submitted_at'),
    decidedAt: instant('decided_at'),
    decidedBy: uuid('decided_by').references(() => users.id),
    ...timestamps(),
    version: version(),
  },
  (t) => [
    index('payment_requests_project_idx').on(t.projectId, t.status),
    index('payment_requests_status_idx').on(t.status),
    check('payment_requests_requested_nonneg', sql`${t.requestedOre} >= 0`),
    check('payment_requests_payable_nonneg', sql`${t.payableOre} IS NULL OR ${t.payableOre} >= 0`),
  ],
);

export const paymentRequestCosts = pgTable(
  'payment_request_costs',
  {
    id: id(),
    paymentRequestId: uuid('payment_request_id')
      .notNull()
      .references(() => paymentRequests.id, { onDelete: 'cascade' }),
    costCategory: costCategory('cost_category').notNull(),
    claimedOre: money('claimed_ore').notNull(),
    approvedOre: money('approved_ore'),
  },
  (t) => [unique('payment_request_costs_unique').on(t.paymentRequestId, t.costCategory)],
);

export const payments = pgTable(
  'payments',
  {
    id: id(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    paymentRequestId: uuid('payment_request_id').references(() => paymentRequests.id),
    amountOre: money('amount_ore').notNull(),
    paidOn: day('paid_on').notNull(),
    executedBy: uuid('executed_by').references(() => users.id),
    reference: text('reference'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('payments_project_idx').on(t.projectId), check('payments_amount_pos', sql`${t.amountOre} > 0`)],
);

/** Money back to the funder: unused funds repaid, or a recovery (återkrav) decided with reasons. */
export const recoveries = pgTable(
  'recoveries',
  {
    id: id(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    decisionId: uuid('decision_id').references(() => decisions.id),
    kind: recoveryKind('kind').notNull(),
    amountOre: money('amount_ore').notNull(),
    reason: text('reason').notNull(),
    dueDate: day('due_date'),
    receivedOre: money('received_ore'),
    receivedOn: day('received_on'),
    ...timestamps(),
    version: version(),
  },
  (t) => [index('recoveries_project_idx').on(t.projectId), check('recoveries_amount_pos', sql`${t.amountOre} > 0`)],
);

export const reports = pgTable(
  'reports',
  {
    id: id(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    kind: reportKind('kind').notNull(),
    periodStart: day('period_start'),
    periodEnd: day('period_end'),
    content: jsonb('content').notNull().default({}),
    submittedAt: instant('submitted_at'),
    approvedAt: instant('approved_at'),
    ...timestamps(),
    version: version(),
  },
  (t) => [index('reports_project_idx').on(t.projectId)],
);
