import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { appropriations } from './appropriations.js';
import { day, id, money, restrict, timestamps, version } from './columns.js';
import { documents } from './documents.js';
import { organizations } from './organizations.js';

/**
 * A government decision offering money to recipients per year (seed 003, I2021/00795): the region is
 * on the receiving end here. Deadlines differ per year, so they live on each allocation row.
 */
export const stateDecisions = pgTable(
  'state_decisions',
  {
    id: id(),
    reference: text('reference').notNull().unique(), // 'I2021/00795'
    decidedOn: day('decided_on').notNull(),
    issuer: text('issuer').notNull(), // 'Regeringen'
    ministry: text('ministry'), // 'Infrastrukturdepartementet'
    title: text('title').notNull(),
    /** The operative text and tasks, as decided. */
    body: text('body'),
    yearFrom: integer('year_from').notNull(),
    yearTo: integer('year_to').notNull(),
    perRecipientPerYearOre: money('per_recipient_per_year_ore'),
    /** As the decision words it ("UO 22 anslag 2:4 … anslagsposten 4"), whether or not it is linked. */
    appropriationText: text('appropriation_text'),
    appropriationId: uuid('appropriation_id').references(() => appropriations.id, restrict),
    /** Whom to requisition from (Tillväxtverket in seed 003). */
    requisitionToOrganizationId: uuid('requisition_to_organization_id').references(() => organizations.id, restrict),
    /** The decision's conditions on the money (villkor), each as the decision words it. */
    conditions: text('conditions')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** A reservation on later years, e.g. "Beslut om medel för 2022–2025 fattas årligen efter riksdagens beslut". */
    reservation: text('reservation'),
    /** "På regeringens vägnar": minister and official, as printed. */
    signatories: text('signatories')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** "Kopia till". */
    copyTo: text('copy_to')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Earlier decisions it continues or refers to, e.g. 'N2018/04129'. */
    relatedReferences: text('related_references')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    documentId: uuid('document_id').references(() => documents.id, restrict),
    ...timestamps(),
    version: version(),
  },
  (t) => [
    check('state_decisions_years_order', sql`${t.yearFrom} <= ${t.yearTo}`),
    check(
      'state_decisions_amount_nonneg',
      sql`${t.perRecipientPerYearOre} IS NULL OR ${t.perRecipientPerYearOre} >= 0`,
    ),
  ],
);

/**
 * One recipient's allocation for one year: offered → accepted → requisitioned → received → used →
 * accounted → repaid, each with its amount or date, and the deadlines the decision sets for that year
 * (a deadline may be absent: seed 003 sets no account deadline for 2021's money in 2021).
 */
export const stateAllocations = pgTable(
  'state_allocations',
  {
    id: id(),
    stateDecisionId: uuid('state_decision_id')
      .notNull()
      .references(() => stateDecisions.id, restrict),
    recipientOrganizationId: uuid('recipient_organization_id')
      .notNull()
      .references(() => organizations.id, restrict),
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
    index('state_allocations_recipient_idx').on(t.recipientOrganizationId, t.year),
    index('state_allocations_requisition_deadline_idx').on(t.requisitionDeadline),
    check('state_allocations_offered_nonneg', sql`${t.offeredOre} >= 0`),
    check(
      'state_allocations_amounts_nonneg',
      sql`coalesce(${t.requisitionedOre}, 0) >= 0 AND coalesce(${t.receivedOre}, 0) >= 0 AND coalesce(${t.usedOre}, 0) >= 0 AND coalesce(${t.repaidOre}, 0) >= 0`,
    ),
  ],
);

export type StateDecision = typeof stateDecisions.$inferSelect;
export type StateAllocation = typeof stateAllocations.$inferSelect;
export type NewStateAllocation = typeof stateAllocations.$inferInsert;
