import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { cascade, day, id, instant, money, restrict, timestamps, version } from './columns.js';
import { decisions } from './decisions.js';
import { documents } from './documents.js';
import { meetings } from './meetings.js';
import { projects } from './projects.js';

/**
 * A press release, usually on a meeting's grant decisions (seed 004). The headline total is stored as
 * stated ("25,5 miljoner" → 25 500 000 kr) so the consistency check can compare it with its lines.
 */
export const pressReleases = pgTable(
  'press_releases',
  {
    id: id(),
    meetingId: uuid('meeting_id').references(() => meetings.id, restrict),
    title: text('title').notNull(),
    headlineTotalOre: money('headline_total_ore'),
    /** The lead paragraph(s) and quotes; the project list is in press_release_items. */
    body: text('body').notNull(),
    /** "För mer information" and press contacts, as printed. */
    contacts: text('contacts'),
    /** The release's contact persons; publishing needs at least one. */
    contactPersons: jsonb('contact_persons')
      .$type<{ name: string; title?: string | null; phone?: string | null; email?: string | null }[]>()
      .notNull()
      .default([]),
    publishedAt: instant('published_at'),
    documentId: uuid('document_id').references(() => documents.id, restrict),
    ...timestamps(),
    version: version(),
  },
  (t) => [
    index('press_releases_meeting_idx').on(t.meetingId),
    check('press_releases_total_nonneg', sql`${t.headlineTotalOre} IS NULL OR ${t.headlineTotalOre} >= 0`),
  ],
);

/**
 * One listed project with owner, amount, purpose and period as the release prints them. Kept apart
 * from the decision it reports (when known), because a release is a document of its own: seed 004
 * prints DOVI's original period, which a later amendment changed.
 */
export const pressReleaseItems = pgTable(
  'press_release_items',
  {
    id: id(),
    pressReleaseId: uuid('press_release_id')
      .notNull()
      .references(() => pressReleases.id, cascade),
    position: integer('position').notNull(),
    decisionId: uuid('decision_id').references(() => decisions.id, restrict),
    projectId: uuid('project_id').references(() => projects.id, restrict),
    projectName: text('project_name').notNull(),
    ownerName: text('owner_name').notNull(),
    amountOre: money('amount_ore').notNull(),
    purpose: text('purpose'),
    periodStart: day('period_start'),
    periodEnd: day('period_end'),
  },
  (t) => [
    index('press_release_items_release_idx').on(t.pressReleaseId, t.position),
    index('press_release_items_decision_idx').on(t.decisionId),
    check('press_release_items_amount_nonneg', sql`${t.amountOre} >= 0`),
    check(
      'press_release_items_period_order',
      sql`${t.periodStart} IS NULL OR ${t.periodEnd} IS NULL OR ${t.periodStart} <= ${t.periodEnd}`,
    ),
  ],
);

export type PressRelease = typeof pressReleases.$inferSelect;
export type PressReleaseItem = typeof pressReleaseItems.$inferSelect;
