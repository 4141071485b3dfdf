import { boolean, index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { cascade, id, instant, restrict, timestamps, version } from './columns.js';
import { role } from './enums.js';
import { organizations } from './organizations.js';

/**
 * A person who signs in. Users are deactivated rather than deleted: decisions, payments and documents
 * keep pointing at the people who made them.
 */
export const users = pgTable(
  'users',
  {
    id: id(),
    email: text('email').notNull().unique(),
    displayName: text('display_name').notNull(),
    /** Job title as printed on documents, e.g. "strateg för projektfinansiering". */
    title: text('title'),
    /** Null for users who cannot sign in with a password (invited, or external identity). */
    passwordHash: text('password_hash'),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, restrict),
    active: boolean('active').notNull().default(true),
    locale: text('locale').notNull().default('sv'),
    lastSignedInAt: instant('last_signed_in_at'),
    ...timestamps(),
    version: version(),
  },
  (t) => [index('users_organization_idx').on(t.organizationId)],
);

/**
 * A role held within an organisation's scope: an applicant acts for that organisation only, an officer
 * for the funder organisation. Access checks read role and organisation together.
 */
export const roleGrants = pgTable(
  'role_grants',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, cascade),
    role: role('role').notNull(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, restrict),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    unique('role_grants_unique').on(t.userId, t.role, t.organizationId),
    index('role_grants_organization_idx').on(t.organizationId, t.role),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type RoleGrant = typeof roleGrants.$inferSelect;
