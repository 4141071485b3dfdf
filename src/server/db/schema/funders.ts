import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, integer, jsonb, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { id, instant, money, restrict, timestamps, version } from './columns.js';
import { organizations } from './organizations.js';
import { users } from './users.js';

/**
 * An organisation that grants money (a region's committee), with its own registry and rules. Several
 * funders can share one installation; cases, strategies and meetings belong to one of them.
 */
export const funders = pgTable(
  'funders',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .unique()
      .references(() => organizations.id, restrict),
    /** e.g. "Regionala utvecklingsnämnden". */
    committeeName: text('committee_name').notNull(),
    /** e.g. "RUN {year}/{seq}" or "REGAC - {seq} - {year}"; rendered by the domain. */
    diaryNumberFormat: text('diary_number_format').notNull(),
    /** Above this amount a grant needs the committee; up to it a delegate may decide. */
    delegationLimitOre: money('delegation_limit_ore'),
    /** Appeal notice per decision kind, e.g. { "grant": "Beslutet kan inte överklagas." }. */
    appealNotices: jsonb('appeal_notices').$type<Record<string, string>>().notNull().default({}),
    /** Contact lines printed on letters (phone, e-mail of the grants desk). */
    contact: text('contact'),
    /**
     * Share of a grant held back until the final payment (docs/domain/rules.md, "What a payment may pay": no statutory
     * rule, a condition; 1000 = 10 %). The funder's standing condition, applied to every payment request of its grants.
     */
    withheldUntilFinalBp: integer('withheld_until_final_bp').notNull().default(1000),
    /** Advances: at most this share of the grant and this amount; null = förordning 2003:596 11 § (50 %, 400 000 kr). */
    advanceMaxShareBp: integer('advance_max_share_bp'),
    advanceMaxOre: money('advance_max_ore'),
    /**
     * How a grant capped at "högst N procent" of the approved costs is rounded to whole kronor: 'down' (the
     * default: the grant never exceeds the cap) or 'half_up' (as some older decisions did; a visible warning).
     */
    shareCapRounding: text('share_cap_rounding').notNull().default('down'),
    /**
     * How money is paid to the funder (refunds of a withdrawn commission, recoveries), as letters print it,
     * e.g. "Bankgiro 5050-0347. Ange diarienumret som referens."
     */
    paymentDetails: text('payment_details'),
    /** The standard conditions (allmänna villkor) printed in every grant letter of this funder. */
    standardConditions: text('standard_conditions'),
    /** Who applicants and letters name as the contact when a case has no officer yet. */
    defaultContactUserId: uuid('default_contact_user_id').references((): AnyPgColumn => users.id, restrict),
    ...timestamps(),
    version: version(),
  },
  (t) => [
    check('funders_delegation_limit_nonneg', sql`${t.delegationLimitOre} IS NULL OR ${t.delegationLimitOre} >= 0`),
    check('funders_withheld_range', sql`${t.withheldUntilFinalBp} BETWEEN 0 AND 10000`),
    check(
      'funders_advance_share_range',
      sql`${t.advanceMaxShareBp} IS NULL OR ${t.advanceMaxShareBp} BETWEEN 0 AND 10000`,
    ),
    check('funders_share_cap_rounding_known', sql`${t.shareCapRounding} IN ('down', 'half_up')`),
    check('funders_advance_max_nonneg', sql`${t.advanceMaxOre} IS NULL OR ${t.advanceMaxOre} >= 0`),
  ],
);

/**
 * The last diary sequence number per funder and year. Incremented with INSERT … ON CONFLICT DO UPDATE
 * … RETURNING, so two cases registered at once never get the same number and no number is skipped.
 */
export const diarySequences = pgTable(
  'diary_sequences',
  {
    funderId: uuid('funder_id')
      .notNull()
      .references(() => funders.id, restrict),
    year: integer('year').notNull(),
    lastSeq: integer('last_seq').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.funderId, t.year] }), check('diary_sequences_seq_nonneg', sql`${t.lastSeq} >= 0`)],
);

/**
 * Every version of a funder's settings as it was saved (name, letterhead, diary-number format, standard
 * conditions, contact …), so that what a decision was made under can be read back after later changes.
 */
export const funderSettingsVersions = pgTable(
  'funder_settings_versions',
  {
    id: id(),
    funderId: uuid('funder_id')
      .notNull()
      .references(() => funders.id, restrict),
    /** The funder's `version` these settings had. */
    version: integer('version').notNull(),
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
    changedByUserId: uuid('changed_by_user_id').references(() => users.id, restrict),
    changedAt: instant('changed_at').notNull().defaultNow(),
  },
  (t) => [unique('funder_settings_versions_unique').on(t.funderId, t.version)],
);

export type FunderSettingsVersion = typeof funderSettingsVersions.$inferSelect;
export type Funder = typeof funders.$inferSelect;
export type NewFunder = typeof funders.$inferInsert;
