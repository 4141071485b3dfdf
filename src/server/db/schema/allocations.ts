import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { day, id, money, timestamps, version } from './columns.js';
import { documents } from './documents.js';
import { organizations } from './organizations.js';

/** A government decision offering money to recipients per year (seed 003). */
export const stateDecisions = pgTable('state_decisions', {
  id: id(),
  reference: text('reference').notNull().unique(), // 'I2021/00795'
  decidedOn: day('decided_on').notNull(),
  issuer: text('issuer').notNull(), // 'Regeringen'
  ministry: text('ministry'),
  title: text('title').notNull(),
  yearFrom: integer('year_from').notNull(),
  yearTo: integer('year_to').notNull(),
  perRecipientPerYearOre: money('per_recipient_per_year_ore'),
  appropriationText: text('appropriation_text'),
  requisitionToOrganizationId: uuid('requisition_to_organization_id').references(() => organizations.id),
  documentId: uuid('document_id').references(() => documents.id),
  ...timestamps(),
});

/** One recipient's allocation for one year: offered → accepted → requisitioned → received → used → accounted → repaid. */
export const stateAllocations = pgTable(
  'state_allocations',
  {
    id: id(),
    stateDecisionId: uuid('state_decision_id')
      .notNull()
      .references(() => stateDecisions.id),
    recipientOrganizationId: uuid('recipient_organization_id')
      .notNull()
      .references(() => organizations.id),
    year: integer('year').notNull(),
    offeredOre: money('offered_ore').notNull(),
    acceptedOn: day('accepted_on'),
    requisitionedOre: money('requisitioned_ore'),
    requisitionedOn: day('requisitioned_on'),
    receivedOre: money('received_ore'),
    receivedOn: day('received_on'),
    usedOre: money('used_ore'),
    accountedOn: day('accounted_on'),
    repaidOre: money('repaid_ore'),
    repaidOn: day('repaid_on'),
    requisitionDeadline: day('requisition_deadline'),
    accountDeadline: day('account_deadline'),
    repaymentDeadline: day('repayment_deadline'),
    ...timestamps(),
    version: version(),
  },
  (t) => [
    unique('state_allocations_unique').on(t.stateDecisionId, t.recipientOrganizationId, t.year),
    index('state_allocations_recipient_idx').on(t.recipientOrganizationId),
    check('state_allocations_offered_nonneg', sql`${t.offeredOre} >= 0`),
  ],
);
