import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, unique, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.js';
import { id, instant, restrict, timestamps, version } from './columns.js';
import { users } from './users.js';

/**
 * The application form of a case, versioned. The latest unsubmitted version is the draft the applicant
 * edits (optimistic concurrency through `version`); submitting stamps `submitted_at` and freezes it,
 * and a completion asked for by the officer becomes the next `version_no`. `content` is the whole form
 * as the application module's schema defines it; the structured parts (activity plan, budget) are also
 * written to their own tables when a decision approves them.
 */
export const applicationVersions = pgTable(
  'application_versions',
  {
    id: id(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, restrict),
    versionNo: integer('version_no').notNull(),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    submittedAt: instant('submitted_at'),
    submittedBy: uuid('submitted_by').references(() => users.id, restrict),
    createdBy: uuid('created_by').references(() => users.id, restrict),
    ...timestamps(),
    version: version(),
  },
  (t) => [
    unique('application_versions_unique').on(t.caseId, t.versionNo),
    index('application_versions_created_by_idx').on(t.createdBy),
    check('application_versions_version_positive', sql`${t.versionNo} >= 1`),
  ],
);

export type ApplicationVersion = typeof applicationVersions.$inferSelect;
export type NewApplicationVersion = typeof applicationVersions.$inferInsert;
