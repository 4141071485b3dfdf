import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { id, instant } from './columns.js';
import { emailStatus } from './enums.js';

/**
 * Outgoing mail, written in the transaction of the change that causes it and sent after commit by a
 * worker (retries with `next_attempt_at`). Without SMTP settings messages stay here and the UI shows
 * them. `attachments` holds document ids.
 */
export const outboxEmails = pgTable(
  'outbox_emails',
  {
    id: id(),
    to: text('to').array().notNull(),
    cc: text('cc')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
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
  (t) => [
    index('outbox_emails_status_idx').on(t.status, t.nextAttemptAt),
    index('outbox_emails_related_idx').on(t.relatedEntityType, t.relatedEntityId),
    check('outbox_emails_attempts_nonneg', sql`${t.attempts} >= 0`),
  ],
);

/**
 * A reminder is sent once per key (e.g. "report:<item id>:-14"): the job inserts the key first and
 * sends only if the insert succeeded, so restarts and parallel workers never send twice.
 */
export const remindersSent = pgTable('reminders_sent', {
  key: text('key').primaryKey(),
  sentAt: instant('sent_at').notNull().defaultNow(),
});

export type OutboxEmail = typeof outboxEmails.$inferSelect;
export type NewOutboxEmail = typeof outboxEmails.$inferInsert;
