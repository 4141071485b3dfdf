import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { appropriations } from './appropriations.js';
import { cascade, id, instant, money, restrict, timestamps, version } from './columns.js';
import { callStatus, organizationType } from './enums.js';
import { funders } from './funders.js';
import { priorities } from './strategies.js';

/** An attachment every application to a call must carry (e.g. "Budgetunderlag", "Intyg om medfinansiering"). */
export interface RequiredAttachment {
  /** Stable within the call; an uploaded file names the requirement it meets by this key. */
  key: string;
  title: string;
  description?: string | null;
}

/**
 * A call for proposals (utlysning): the funder invites applications for a purpose, from certain kinds of
 * organisations, between two instants (Europe/Stockholm in the UI), with a budget drawn on an
 * appropriation. After `closes_at` no application can be submitted to it.
 */
export const calls = pgTable(
  'calls',
  {
    id: id(),
    funderId: uuid('funder_id')
      .notNull()
      .references(() => funders.id, restrict),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** Who may apply; empty means every kind of organisation. */
    eligibleOrganizationTypes: organizationType('eligible_organization_types')
      .array()
      .notNull()
      .default(sql`'{}'::organization_type[]`),
    opensAt: instant('opens_at').notNull(),
    closesAt: instant('closes_at').notNull(),
    budgetOre: money('budget_ore'),
    appropriationId: uuid('appropriation_id').references((): AnyPgColumn => appropriations.id, restrict),
    requiredAttachments: jsonb('required_attachments').$type<RequiredAttachment[]>().notNull().default([]),
    status: callStatus('status').notNull().default('draft'),
    publishedAt: instant('published_at'),
    ...timestamps(),
    version: version(),
  },
  (t) => [
    index('calls_funder_idx').on(t.funderId, t.status),
    index('calls_open_idx').on(t.status, t.closesAt),
    check('calls_open_before_close', sql`${t.opensAt} < ${t.closesAt}`),
    check('calls_budget_nonneg', sql`${t.budgetOre} IS NULL OR ${t.budgetOre} >= 0`),
  ],
);

/** The strategy priorities a call serves. */
export const callPriorities = pgTable(
  'call_priorities',
  {
    callId: uuid('call_id')
      .notNull()
      .references(() => calls.id, cascade),
    priorityId: uuid('priority_id')
      .notNull()
      .references(() => priorities.id, restrict),
  },
  (t) => [primaryKey({ columns: [t.callId, t.priorityId] }), index('call_priorities_priority_idx').on(t.priorityId)],
);

export type Call = typeof calls.$inferSelect;
export type NewCall = typeof calls.$inferInsert;
