import { bigint, index, jsonb, pgTable, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from './columns.js';

/**
 * The append-only audit trail. Each event's hash covers the previous event's hash and its own canonical
 * content, so altering or removing a row breaks the chain (`bidra audit verify`). There is deliberately
 * no trigger here: tamper evidence comes from the chain; production removes UPDATE/DELETE grants.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: instant('occurred_at').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull().unique(),
  },
  (t) => [index('audit_events_entity_idx').on(t.entityType, t.entityId)],
);

/** The newest event's id and hash: lets verification notice when the latest events were removed. */
export const auditHead = pgTable('audit_head', {
  id: smallint('id').primaryKey(),
  lastEventId: bigint('last_event_id', { mode: 'number' }).notNull(),
  lastHash: text('last_hash').notNull(),
});
