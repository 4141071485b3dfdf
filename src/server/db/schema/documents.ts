import { sql } from 'drizzle-orm';
import { type AnyPgColumn, bigint, check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.js';
import { id, instant, restrict } from './columns.js';
import { projects } from './projects.js';
import { users } from './users.js';

/**
 * A stored file: decision letter, attachment, minutes, press release, imported legacy document. The
 * bytes live in the document store (local disk or S3) under `storage_key`; `sha256` lets anyone check
 * that a letter is the one that was approved (decisions.document_sha256).
 */
export const documents = pgTable(
  'documents',
  {
    id: id(),
    sha256: text('sha256').notNull(),
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    storageKey: text('storage_key').notNull(),
    /** 'decision_letter', 'attachment', 'minutes', 'press_release', 'legacy_import', … (open list). */
    kind: text('kind').notNull(),
    caseId: uuid('case_id').references((): AnyPgColumn => cases.id, restrict),
    projectId: uuid('project_id').references((): AnyPgColumn => projects.id, restrict),
    createdBy: uuid('created_by').references((): AnyPgColumn => users.id, restrict),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('documents_sha256_idx').on(t.sha256),
    index('documents_case_idx').on(t.caseId),
    index('documents_project_idx').on(t.projectId),
    check('documents_sha256_format', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check('documents_size_nonneg', sql`${t.sizeBytes} >= 0`),
  ],
);

export type Document = typeof documents.$inferSelect;
export type NewDocument = typeof documents.$inferInsert;
