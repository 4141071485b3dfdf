import { index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { type AnyPgColumn } from 'drizzle-orm/pg-core';
import { cases } from './cases.js';
import { id, instant } from './columns.js';
import { emailStatus } from './enums.js';
import { users } from './organizations.js';
import { projects } from './projects.js';

/** A stored file (decision letter, attachment, imported legacy document); content addressed by sha256. */
export const documents = pgTable(
  'documents',
  {
    id: id(),
    sha256: text('sha256').notNull(),
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    storageKey: text('storage_key').notNull(),
    kind: text('kind').notNull(), // decision_letter, legacy_import, attachment, minutes, press_release
    caseId: uuid('case_id').references((): AnyPgColumn => cases.id),
    projectId: uuid('project_id').references((): AnyPgColumn => projects.id),
    createdBy: uuid('created_by').references((): AnyPgColumn => users.id),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('documents_sha256_idx').on(t.sha256),
    index('documents_case_idx').on(t.caseId),
    index('documents_project_idx').on(t.projectId),
  ],
);

/** Outgoing mail. Without SMTP settings messages stay here and are shown in the UI. */
export const outboxEmails = pgTable(
  'outbox_emails',
  {
    id: id(),
    to: text('to').array().notNull(),
    cc: text('cc').array(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    bodyHtml: text('body_html'),
    attachments: jsonb('attachments').$type<string[]>().notNull().default([]),
    status: emailStatus('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: instant('next_attempt_at'),
    sentAt: instant('sent_at'),
    relatedEntityType: text('related_entity_type'),
    relatedEntityId: text('related_entity_id'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('outbox_emails_status_idx').on(t.status, t.nextAttemptAt)],
);

/** A reminder is sent once per key (e.g. "report:<item id>:-14"), even across restarts. */
export const remindersSent = pgTable('reminders_sent', {
  key: text('key').primaryKey(),
  sentAt: instant('sent_at').notNull().defaultNow(),
});

/** A legacy document read by the importer, its extraction, and what the import created from it. */
export const importedSources = pgTable(
  'imported_sources',
  {
    id: id(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    genre: text('genre').notNull(),
    extraction: jsonb('extraction').notNull(),
    createdEntities: jsonb('created_entities').$type<{ type: string; id: string }[]>().notNull().default([]),
    importedBy: uuid('imported_by').references(() => users.id),
    importedAt: instant('imported_at').notNull().defaultNow(),
  },
  (t) => [index('imported_sources_document_idx').on(t.documentId)],
);
