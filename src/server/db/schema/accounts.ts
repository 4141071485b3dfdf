import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cascade, id, instant, restrict } from './columns.js';
import { joinRequestStatus, tokenPurpose } from './enums.js';
import { organizations } from './organizations.js';
import { users } from './users.js';

/**
 * A one-time link sent by e-mail: an invitation (set a password and start), an e-mail verification
 * after sign-up, or a password reset. The id is the sha256 (hex) of the random token that exists only
 * in the link, so a copy of this table cannot be used. A link works once (`used_at`) and until
 * `expires_at`; issuing a new link of the same purpose to the same person ends the older ones.
 */
export const userTokens = pgTable(
  'user_tokens',
  {
    id: text('id').primaryKey(),
    purpose: tokenPurpose('purpose').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, cascade),
    createdAt: instant('created_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
    usedAt: instant('used_at'),
    createdBy: uuid('created_by').references(() => users.id, restrict),
  },
  (t) => [
    index('user_tokens_user_idx').on(t.userId, t.purpose),
    check('user_tokens_id_format', sql`${t.id} ~ '^[0-9a-f]{64}$'`),
  ],
);

/**
 * A person asking to join an applicant organisation that is already registered. Only the organisation's
 * administrator (role applicant_admin) can accept or refuse it; until then the person has no role there.
 */
export const organizationJoinRequests = pgTable(
  'organization_join_requests',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, restrict),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, cascade),
    status: joinRequestStatus('status').notNull().default('pending'),
    /** What the person wrote to the administrator, e.g. their job at the organisation. */
    message: text('message'),
    createdAt: instant('created_at').notNull().defaultNow(),
    decidedAt: instant('decided_at'),
    decidedBy: uuid('decided_by').references(() => users.id, restrict),
  },
  (t) => [
    index('organization_join_requests_org_idx').on(t.organizationId, t.status),
    // One open request per person and organisation.
    uniqueIndex('organization_join_requests_pending_unique')
      .on(t.organizationId, t.userId)
      .where(sql`${t.status} = 'pending'`),
  ],
);

export type UserToken = typeof userTokens.$inferSelect;
export type OrganizationJoinRequest = typeof organizationJoinRequests.$inferSelect;
