import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.js';
import { cascade, day, id, instant, money, restrict, timestamps, version } from './columns.js';
import { decisions } from './decisions.js';
import { costCategory, paymentKind, paymentRequestStatus, recoveryKind } from './enums.js';
import { projects } from './projects.js';
import { users } from './users.js';

/**
 * A payment request (begäran om utbetalning): incurred costs per category for a period. The officer approves costs;
 * `payable_ore` is what the share cap allows (docs/domain/rules.md, "What a payment may pay"), computed by the domain
 * and stored with the approval so later rule changes cannot alter what was decided.
 */
export const paymentRequests = pgTable(
  'payment_requests',
  {
    id: id(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, restrict),
    caseId: uuid('case_id').references((): AnyPgColumn => cases.id, restrict),
    kind: paymentKind('kind').notNull().default('interim'),
    periodStart: day('period_start'),
    periodEnd: day('period_end'),
    status: paymentRequestStatus('status').notNull().default('draft'),
    requestedOre: money('requested_ore').notNull().default(0),
    approvedCostsOre: money('approved_costs_ore'),
    payableOre: money('payable_ore'),
    submittedAt: instant('submitted_at'),
    submittedBy: uuid('submitted_by').references(() => users.id, restrict),
    decidedAt: instant('decided_at'),
    decidedBy: uuid('decided_by').references(() => users.id, restrict),
    /** Why costs were cut or the request rejected; printed in the notice to the beneficiary. */
    decisionNote: text('decision_note'),
    ...timestamps(),
    version: version(),
  },
  (t) => [
    index('payment_requests_project_idx').on(t.projectId, t.status),
    index('payment_requests_status_idx').on(t.status, t.submittedAt),
    index('payment_requests_case_idx').on(t.caseId),
    check('payment_requests_requested_nonneg', sql`${t.requestedOre} >= 0`),
    check('payment_requests_costs_nonneg', sql`${t.approvedCostsOre} IS NULL OR ${t.approvedCostsOre} >= 0`),
    check('payment_requests_payable_nonneg', sql`${t.payableOre} IS NULL OR ${t.payableOre} >= 0`),
    check(
      'payment_requests_period_order',
      sql`${t.periodStart} IS NULL OR ${t.periodEnd} IS NULL OR ${t.periodStart} <= ${t.periodEnd}`,
    ),
  ],
);

/** Claimed and approved amount of one cost category (income entered as a positive amount, as in budgets). */
export const paymentRequestCosts = pgTable(
  'payment_request_costs',
  {
    id: id(),
    paymentRequestId: uuid('payment_request_id')
      .notNull()
      .references(() => paymentRequests.id, cascade),
    costCategory: costCategory('cost_category').notNull(),
    claimedOre: money('claimed_ore').notNull(),
    approvedOre: money('approved_ore'),
    motivation: text('motivation'),
  },
  (t) => [
    unique('payment_request_costs_unique').on(t.paymentRequestId, t.costCategory),
    check('payment_request_costs_claimed_nonneg', sql`${t.claimedOre} >= 0`),
    check('payment_request_costs_approved_nonneg', sql`${t.approvedOre} IS NULL OR ${t.approvedOre} >= 0`),
  ],
);

/** Money paid out by finance. Append-only in practice: a mistake is corrected by a recovery. */
export const payments = pgTable(
  'payments',
  {
    id: id(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, restrict),
    paymentRequestId: uuid('payment_request_id').references(() => paymentRequests.id, restrict),
    amountOre: money('amount_ore').notNull(),
    paidOn: day('paid_on').notNull(),
    executedBy: uuid('executed_by').references(() => users.id, restrict),
    /** The finance system's voucher or payment reference. */
    reference: text('reference'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('payments_project_idx').on(t.projectId, t.paidOn),
    index('payments_request_idx').on(t.paymentRequestId),
    check('payments_amount_pos', sql`${t.amountOre} > 0`),
  ],
);

/** Money back to the funder: unused funds repaid, or a recovery (återkrav) decided with reasons. */
export const recoveries = pgTable(
  'recoveries',
  {
    id: id(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, restrict),
    decisionId: uuid('decision_id').references((): AnyPgColumn => decisions.id, restrict),
    kind: recoveryKind('kind').notNull(),
    amountOre: money('amount_ore').notNull(),
    reason: text('reason').notNull(),
    dueDate: day('due_date'),
    receivedOre: money('received_ore'),
    receivedOn: day('received_on'),
    ...timestamps(),
    version: version(),
  },
  (t) => [
    index('recoveries_project_idx').on(t.projectId),
    index('recoveries_decision_idx').on(t.decisionId),
    index('recoveries_due_idx').on(t.dueDate),
    check('recoveries_amount_pos', sql`${t.amountOre} > 0`),
    check('recoveries_received_nonneg', sql`${t.receivedOre} IS NULL OR ${t.receivedOre} >= 0`),
  ],
);

export type PaymentRequest = typeof paymentRequests.$inferSelect;
export type PaymentRequestCost = typeof paymentRequestCosts.$inferSelect;
export type Payment = typeof payments.$inferSelect;
export type Recovery = typeof recoveries.$inferSelect;
