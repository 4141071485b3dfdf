import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, check, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.js';
import { day, id, instant, money, timestamps, version } from './columns.js';
import { documents } from './documents.js';
import { decisionKind, decisionStatus, meetingStatus } from './enums.js';
import { funders, users } from './organizations.js';
import { activityPlans, budgets, projects } from './projects.js';
import { appropriations } from './strategy.js';

export const meetings = pgTable(
  'meetings',
  {
    id: id(),
    funderId: uuid('funder_id')
      .notNull()
      .references(() => funders.id),
    committeeName: text('committee_name').notNull(),
    heldOn: day('held_on').notNull(),
    location: text('location'),
    status: meetingStatus('status').notNull().default('planned'),
    minutesDocumentId: uuid('minutes_document_id').references(() => documents.id),
    ...timestamps(),
    version: version(),
  },
  (t) => [index('meetings_funder_date_idx').on(t.funderId, t.heldOn)],
);

/**
 * A decision. Immutable once approved (a database trigger refuses UPDATE and DELETE when approved_at is
 * set); an amendment is a new row with `amends_decision_id`, and the decision in force is computed.
 */
export const decisions = pgTable(
  'decisions',
  {
    id: id(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    projectId: uuid('project_id').references(() => projects.id),
    kind: decisionKind('kind').notNull(),
    status: decisionStatus('status').notNull().default('draft'),
    amendsDecisionId: uuid('amends_decision_id').references((): AnyPgColumn => decisions.id),
    decisionDate: day('decision_date'),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id),
    decidedByName: text('decided_by_name'),
    capacity: text('capacity'),
    delegationPoint: text('delegation_point'),
    presentedByUserId: uuid('presented_by_user_id').references(() => users.id),
    presentedByName: text('presented_by_name'),
    meetingId: uuid('meeting_id').references(() => meetings.id),
    reportedToMeetingOn: day('reported_to_meeting_on'),
    amountOre: money('amount_ore'),
    maxShareBp: integer('max_share_bp'),
    approvedCostsOre: money('approved_costs_ore'),
    periodStart: day('period_start'),
    periodEnd: day('period_end'),
    legalBasis: text('legal_basis')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    appropriationId: uuid('appropriation_id').references(() => appropriations.id),
    reasons: text('reasons'),
    conditions: text('conditions'),
    body: jsonb('body').$type<Record<string, unknown>>().notNull().default({}),
    appealable: boolean('appealable'),
    appealNotice: text('appeal_notice'),
    recipients: text('recipients')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    activityPlanId: uuid('activity_plan_id').references((): AnyPgColumn => activityPlans.id),
    budgetId: uuid('budget_id').references((): AnyPgColumn => budgets.id),
    overrideReason: text('override_reason'),
    documentId: uuid('document_id').references(() => documents.id),
    documentSha256: text('document_sha256'),
    approvedAt: instant('approved_at'),
    approvedByUserId: uuid('approved_by_user_id').references(() => users.id),
    ...timestamps(),
    version: version(),
  },
  (t) => [
    index('decisions_case_idx').on(t.caseId),
    index('decisions_project_idx').on(t.projectId, t.kind),
    index('decisions_amends_idx').on(t.amendsDecisionId),
    index('decisions_meeting_idx').on(t.meetingId),
    index('decisions_appropriation_idx').on(t.appropriationId),
    check('decisions_share_range', sql`${t.maxShareBp} IS NULL OR ${t.maxShareBp} BETWEEN 0 AND 10000`),
    check('decisions_amount_nonneg', sql`${t.amountOre} IS NULL OR ${t.amountOre} >= 0`),
    check('decisions_costs_nonneg', sql`${t.approvedCostsOre} IS NULL OR ${t.approvedCostsOre} >= 0`),
    check(
      'decisions_period_order',
      sql`${t.periodStart} IS NULL OR ${t.periodEnd} IS NULL OR ${t.periodStart} <= ${t.periodEnd}`,
    ),
    check('decisions_approved_status', sql`(${t.approvedAt} IS NULL) = (${t.status} <> 'approved')`),
  ],
);

export const agendaItems = pgTable(
  'agenda_items',
  {
    id: id(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    caseId: uuid('case_id').references(() => cases.id),
    decisionId: uuid('decision_id').references(() => decisions.id),
  },
  (t) => [index('agenda_items_meeting_idx').on(t.meetingId, t.position)],
);

/** The report of delegated decisions put before a meeting (SPEC §3.6). */
export const delegatedDecisionReports = pgTable('delegated_decision_reports', {
  id: id(),
  meetingId: uuid('meeting_id')
    .notNull()
    .unique()
    .references(() => meetings.id),
  createdAt: instant('created_at').notNull().defaultNow(),
});

/** A delegated decision is reported exactly once: decision_id is unique. */
export const delegatedDecisionReportItems = pgTable('delegated_decision_report_items', {
  id: id(),
  reportId: uuid('report_id')
    .notNull()
    .references(() => delegatedDecisionReports.id, { onDelete: 'cascade' }),
  decisionId: uuid('decision_id')
    .notNull()
    .unique()
    .references(() => decisions.id),
});

export const pressReleases = pgTable('press_releases', {
  id: id(),
  meetingId: uuid('meeting_id').references(() => meetings.id),
  title: text('title').notNull(),
  headlineTotalOre: money('headline_total_ore'),
  body: text('body').notNull(),
  publishedAt: instant('published_at'),
  documentId: uuid('document_id').references(() => documents.id),
  ...timestamps(),
  version: version(),
});

export type Decision = typeof decisions.$inferSelect;
export type Meeting = typeof meetings.$inferSelect;
