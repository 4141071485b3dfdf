import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { cascade, instant } from './columns.js';
import { users } from './users.js';

/**
 * A signed-in browser. The id is the sha256 (hex) of a random 32-byte token that exists only in the
 * `bidra_session` cookie, so a leaked copy of this table cannot be replayed as a login. A session ends
 * 12 hours after sign-in (`expires_at`) or after 2 hours without a request (`last_seen_at`), whichever
 * comes first; expired rows are refused and deleted lazily. Sessions are not audited rows: sign-in and
 * sign-out are audit events of the user.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, cascade),
    /** Sent back as `x-csrf-token` on unsafe requests; a cross-site page cannot read it. */
    csrfToken: text('csrf_token').notNull(),
    createdAt: instant('created_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
    lastSeenAt: instant('last_seen_at').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

export type Session = typeof sessions.$inferSelect;
export type NewSession = typeof sessions.$inferInsert;
