import { index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { cascade, id, instant } from './columns.js';
import { users } from './users.js';

/**
 * A sign-in identity at an organisation's own OpenID Connect provider, linked to a Bidra user. The pair
 * (issuer, subject) is what the provider vouches for and never changes for a person, unlike the e-mail
 * address; a link is made once (by verified e-mail, see the OIDC sign-in) and used from then on.
 */
export const externalIdentities = pgTable(
  'external_identities',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, cascade),
    /** The provider's issuer identifier, exactly as the ID token's `iss` claim says it. */
    issuer: text('issuer').notNull(),
    /** The ID token's `sub` claim: the provider's stable identifier of the person. */
    subject: text('subject').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    lastUsedAt: instant('last_used_at'),
  },
  (t) => [
    unique('external_identities_issuer_subject_unique').on(t.issuer, t.subject),
    index('external_identities_user_idx').on(t.userId),
  ],
);

export type ExternalIdentity = typeof externalIdentities.$inferSelect;
export type NewExternalIdentity = typeof externalIdentities.$inferInsert;
