import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { id, instant, money, timestamps, version } from './columns.js';
import { organizationType, role } from './enums.js';

export const municipalities = pgTable('municipalities', {
  code: text('code').primaryKey(), // SCB kommunkod, 4 digits
  name: text('name').notNull(),
  county: text('county').notNull(),
});

export const organizations = pgTable(
  'organizations',
  {
    id: id(),
    orgNumber: text('org_number').unique(),
    name: text('name').notNull(),
    type: organizationType('type').notNull().default('other'),
    municipalityCode: text('municipality_code').references(() => municipalities.code),
    email: text('email'),
    ...timestamps(),
    version: version(),
  },
  (t) => [
    check('organizations_org_number_format', sql`${t.orgNumber} ~ '^[0-9]{6}-[0-9]{4}$'`),
    index('organizations_name_idx').on(t.name),
  ],
);

export const users = pgTable(
  'users',
  {
    id: id(),
    email: text('email').notNull().unique(),
    displayName: text('display_name').notNull(),
    title: text('title'),
    passwordHash: text('password_hash'),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    active: boolean('active').notNull().default(true),
    locale: text('locale').notNull().default('sv'),
    ...timestamps(),
    version: version(),
  },
  (t) => [index('users_organization_idx').on(t.organizationId)],
);

/** A role held within an organisation's scope (an applicant acts for its own organisation only). */
export const roleGrants = pgTable(
  'role_grants',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: role('role').notNull(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [unique('role_grants_unique').on(t.userId, t.role, t.organizationId)],
);

/** An organisation that grants money (a region's committee), with its own registry and rules. */
export const funders = pgTable('funders', {
  id: id(),
  organizationId: uuid('organization_id')
    .notNull()
    .unique()
    .references(() => organizations.id),
  committeeName: text('committee_name').notNull(),
  /** e.g. "RUN {year}/{seq}" or "REGAC - {seq} - {year}". */
  diaryNumberFormat: text('diary_number_format').notNull(),
  /** Above this amount a grant needs the committee; below it a delegate may decide. */
  delegationLimitOre: money('delegation_limit_ore'),
  /** Appeal notice per decision kind, e.g. { "grant": "Beslutet kan inte överklagas." }. */
  appealNotices: jsonb('appeal_notices').$type<Record<string, string>>().notNull().default({}),
  contact: text('contact'),
  ...timestamps(),
  version: version(),
});

export const diarySequences = pgTable(
  'diary_sequences',
  {
    funderId: uuid('funder_id')
      .notNull()
      .references(() => funders.id),
    year: integer('year').notNull(),
    lastSeq: integer('last_seq').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.funderId, t.year] })],
);

export type Organization = typeof organizations.$inferSelect;
export type User = typeof users.$inferSelect;
export type Funder = typeof funders.$inferSelect;
