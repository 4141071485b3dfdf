import { type AnyPgColumn, boolean, index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
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
    /** Telephone as printed on letters where the person is the contact ("Vid frågor kontakta"). */
    phone: text('phone'),
    /** Null for users who cannot sign in with a password (invited, or external identity). */
    passwordHash: text('password_hash'),
    /**
     * The organisation the person works for. Null for someone who has signed up but not yet registered
     * or joined an applicant organisation, and for an installation administrator before any funder exists.
     */
    organizationId: uuid('organization_id').references(() => organizations.id, restrict),
    active: boolean('active').notNull().default(true),
    /**
     * When the person proved the address is theirs (the verification or invitation link). Null: they
     * signed up and have not verified yet, and cannot sign in. Users an administrator creates directly
     * count as verified when created.
     */
    emailVerifiedAt: instant('email_verified_at').defaultNow(),
    /**
     * May create funders in this installation (the first administrator of an empty installation, made
     * by `bidra users add`). Nothing else: a funder's settings and staff need that funder's administrator.
     */
    installationAdmin: boolean('installation_admin').notNull().default(false),
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
    /**
     * The formal capacity a decision maker decides in, as printed on decisions, e.g. "ordförande i
     * regionala utvecklingsnämnden", "verksamhetschef". Null for other roles.
     */
    capacity: text('capacity'),
    createdBy: uuid('created_by').references((): AnyPgColumn => users.id, restrict),
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
