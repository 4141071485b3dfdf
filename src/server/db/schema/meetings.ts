import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.js';
import { cascade, day, id, instant, restrict, timestamps, version } from './columns.js';
import { decisions } from './decisions.js';
import { documents } from './documents.js';
import { meetingStatus } from './enums.js';
import { funders } from './funders.js';

/** A committee meeting (sammanträde) with its agenda and, once held, its minutes. */
export const meetings = pgTable(
  'meetings',
  {
    id: id(),
    funderId: uuid('funder_id')
      .notNull()
      .references(() => funders.id, restrict),
    committeeName: text('committee_name').notNull(),
    heldOn: day('held_on').notNull(),
    location: text('location'),
    status: meetingStatus('status').notNull().default('planned'),
    /** Who checks and signs the minutes (justerare), as printed. */
    adjusters: text('adjusters')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The day the minutes were checked and signed (justerade). */
    adjustedOn: day('adjusted_on'),
    /** Who certifies an extract is true to the minutes (utdragsbestyrkande): name and title. */
    certifierName: text('certifier_name'),
    certifierTitle: text('certifier_title'),
    minutesDocumentId: uuid('minutes_document_id').references((): AnyPgColumn => documents.id, restrict),
    ...timestamps(),
    version: version(),
  },
  (t) => [index('meetings_funder_date_idx').on(t.funderId, t.heldOn)],
);

/**
 * An item on the agenda (föredragningslista). `paragraph` is its § in the minutes once held (seed 002
 * cites "Den 14 februari 2020, § 8"), which need not equal its position on the agenda.
 */
export const agendaItems = pgTable(
  'agenda_items',
  {
    id: id(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, cascade),
    position: integer('position').notNull(),
    paragraph: integer('paragraph'),
    title: text('title').notNull(),
    caseId: uuid('case_id').references((): AnyPgColumn => cases.id, restrict),
    decisionId: uuid('decision_id').references((): AnyPgColumn => decisions.id, restrict),
    /** "Utdrag till": who gets an extract of this paragraph. */
    extractTo: text('extract_to')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
  },
  (t) => [
    index('agenda_items_meeting_idx').on(t.meetingId, t.position),
    index('agenda_items_case_idx').on(t.caseId),
    index('agenda_items_decision_idx').on(t.decisionId),
    check('agenda_items_position_positive', sql`${t.position} >= 1`),
  ],
);

/**
 * The report of delegated decisions put before one meeting (anmälan av delegationsbeslut, docs/domain/rules.md,
 * "Delegated decisions and their report").
 */
export const delegatedDecisionReports = pgTable('delegated_decision_reports', {
  id: id(),
  meetingId: uuid('meeting_id')
    .notNull()
    .unique()
    .references(() => meetings.id, restrict),
  createdAt: instant('created_at').notNull().defaultNow(),
});

/** A delegated decision is reported exactly once: `decision_id` is unique across all reports. */
export const delegatedDecisionReportItems = pgTable(
  'delegated_decision_report_items',
  {
    id: id(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => delegatedDecisionReports.id, cascade),
    decisionId: uuid('decision_id')
      .notNull()
      .references((): AnyPgColumn => decisions.id, restrict),
  },
  (t) => [
    unique('delegated_decision_report_items_decision_unique').on(t.decisionId),
    index('delegated_decision_report_items_report_idx').on(t.reportId),
  ],
);

export type Meeting = typeof meetings.$inferSelect;
export type AgendaItem = typeof agendaItems.$inferSelect;
export type DelegatedDecisionReport = typeof delegatedDecisionReports.$inferSelect;
export type DelegatedDecisionReportItem = typeof delegatedDecisionReportItems.$inferSelect;
