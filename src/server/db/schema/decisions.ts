import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, check, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { activityPlans } from './activity-plans.js';
import { appropriations } from './appropriations.js';
import { budgets } from './budgets.js';
import { cases } from './cases.js';
import { day, id, instant, money, restrict, timestamps, version } from './columns.js';
import { documents } from './documents.js';
import { decisionKind, decisionStatus } from './enums.js';
import { delegationPoints } from './delegation.js';
import { meetings } from './meetings.js';
import { projects } from './projects.js';
import { users } from './users.js';

/** Structured text parts of a decision letter, in the order the template prints them. */
export interface DecisionBody {
  /** The operative text ("Beslutet avser följande ändringar: …"). */
  decision?: string;
  changes?: string;
  background?: string;
  caseDescription?: string;
  /** Why a delegate decided (urgency, consultations held). */
  delegationNote?: string;
  /** Beslutsunderlag, e.g. "PM Digitala Västerbotten i samverkan (DVIS)". */
  basis?: string[];
  reportingText?: string;
  [part: string]: unknown;
}

/**
 * A decision: a public record. Drafted and proposed by an officer, approved by a decision maker (in
 * person on delegation, naming the delegation point, or by the committee at a meeting). Once
 * `approved_at` is set a trigger refuses any UPDATE or DELETE; an amendment is a new row with
 * `amends_decision_id`, stating only what it changes (null terms mean "unchanged"), and the decision
 * in force is computed by the domain. `decided_by_name`, `capacity` and `presented_by_*` are stored as
 * printed, because imported decisions have no users and names must not change when a user is renamed.
 */
export const decisions = pgTable(
  'decisions',
  {
    id: id(),
    caseId: uuid('case_id')
      .notNull()
      .references((): AnyPgColumn => cases.id, restrict),
    projectId: uuid('project_id').references((): AnyPgColumn => projects.id, restrict),
    kind: decisionKind('kind').notNull(),
    status: decisionStatus('status').notNull().default('draft'),
    amendsDecisionId: uuid('amends_decision_id').references((): AnyPgColumn => decisions.id, restrict),
    decisionDate: day('decision_date'),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id, restrict),
    decidedByName: text('decided_by_name'),
    /** e.g. "Regionala utvecklingsnämndens ordförande", "verksamhetschef", "nämnd". */
    capacity: text('capacity'),
    /** Point of the delegation order, e.g. '1.1'; null when the committee decided at a meeting. */
    delegationPoint: text('delegation_point'),
    /** The point of the funder's delegation order in force that the decision relies on (when delegated). */
    delegationPointId: uuid('delegation_point_id').references((): AnyPgColumn => delegationPoints.id, restrict),
    /**
     * By what authority it is decided: 'committee' (at a meeting), 'delegation' (a point of the delegation
     * order) or 'urgent' (the chair's urgent decision, kommunallagen 6 kap. 39 §, reported to the next
     * meeting). Null on drafts not yet placed.
     */
    authority: text('authority'),
    /** An urgent decision: why it could not wait for the committee. */
    urgencyGround: text('urgency_ground'),
    /** An urgent decision: whom the chair consulted (e.g. the presidium) and on which day. */
    urgencyConsulted: text('urgency_consulted'),
    urgencyConsultedOn: day('urgency_consulted_on'),
    presentedByUserId: uuid('presented_by_user_id').references(() => users.id, restrict),
    presentedByName: text('presented_by_name'),
    /** e.g. "strateg för projektfinansiering" (föredragande). */
    presentedByCapacity: text('presented_by_capacity'),
    meetingId: uuid('meeting_id').references((): AnyPgColumn => meetings.id, restrict),
    /** The meeting a delegated decision is to be reported to, as the decision states it. */
    reportedToMeetingOn: day('reported_to_meeting_on'),
    amountOre: money('amount_ore'),
    maxShareBp: integer('max_share_bp'),
    approvedCostsOre: money('approved_costs_ore'),
    periodStart: day('period_start'),
    periodEnd: day('period_end'),
    /** SFS numbers of the ordinances relied on, e.g. {'2003:596','2015:210'}. */
    legalBasis: text('legal_basis')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    appropriationId: uuid('appropriation_id').references(() => appropriations.id, restrict),
    reasons: text('reasons'),
    conditions: text('conditions'),
    body: jsonb('body').$type<DecisionBody>().notNull().default({}),
    appealable: boolean('appealable'),
    appealNotice: text('appeal_notice'),
    /** E-mail addresses (or names, for imported letters) the decision is sent to. */
    recipients: text('recipients')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** "Vid frågor kontakta" lines, as printed. */
    contact: text('contact'),
    activityPlanId: uuid('activity_plan_id').references((): AnyPgColumn => activityPlans.id, restrict),
    budgetId: uuid('budget_id').references((): AnyPgColumn => budgets.id, restrict),
    /**
     * Why the decision may overdraw its appropriation (docs/domain/rules.md, "Commitments against appropriations");
     * null when it does not.
     */
    overrideReason: text('override_reason'),
    documentId: uuid('document_id').references((): AnyPgColumn => documents.id, restrict),
    documentSha256: text('document_sha256'),
    approvedAt: instant('approved_at'),
    approvedByUserId: uuid('approved_by_user_id').references(() => users.id, restrict),
    ...timestamps(),
    version: version(),
  },
  (t) => [
    index('decisions_case_idx').on(t.caseId),
    index('decisions_project_idx').on(t.projectId, t.kind),
    index('decisions_kind_date_idx').on(t.kind, t.decisionDate),
    index('decisions_amends_idx').on(t.amendsDecisionId),
    index('decisions_meeting_idx').on(t.meetingId),
    index('decisions_appropriation_date_idx').on(t.appropriationId, t.decisionDate),
    // The freeze triggers look up "is this plan/budget part of an approved decision?" on every write.
    index('decisions_activity_plan_idx').on(t.activityPlanId),
    index('decisions_budget_idx').on(t.budgetId),
    // Delegated decisions not yet reported are found by this (the report query anti-joins its items).
    index('decisions_delegated_idx')
      .on(t.decisionDate)
      .where(sql`${t.delegationPoint} IS NOT NULL AND ${t.approvedAt} IS NOT NULL`),
    // A decision maker's queue: drafts and proposals, never the (many) approved decisions.
    index('decisions_pending_idx')
      .on(t.status)
      .where(sql`${t.approvedAt} IS NULL`),
    check('decisions_share_range', sql`${t.maxShareBp} IS NULL OR ${t.maxShareBp} BETWEEN 0 AND 10000`),
    check('decisions_amount_nonneg', sql`${t.amountOre} IS NULL OR ${t.amountOre} >= 0`),
    check('decisions_costs_nonneg', sql`${t.approvedCostsOre} IS NULL OR ${t.approvedCostsOre} >= 0`),
    check(
      'decisions_period_order',
      sql`${t.periodStart} IS NULL OR ${t.periodEnd} IS NULL OR ${t.periodStart} <= ${t.periodEnd}`,
    ),
    // Status and approval stamp can never disagree: 'approved' exactly when approved_at is set.
    check('decisions_approved_status', sql`(${t.approvedAt} IS NULL) = (${t.status} <> 'approved')`),
    check('decisions_not_self_amending', sql`${t.amendsDecisionId} IS NULL OR ${t.amendsDecisionId} <> ${t.id}`),
    check(
      'decisions_authority_known',
      sql`${t.authority} IS NULL OR ${t.authority} IN ('committee', 'delegation', 'urgent')`,
    ),
    index('decisions_delegation_point_idx').on(t.delegationPointId),
    check('decisions_sha256_format', sql`${t.documentSha256} IS NULL OR ${t.documentSha256} ~ '^[0-9a-f]{64}$'`),
  ],
);

export type Decision = typeof decisions.$inferSelect;
export type NewDecision = typeof decisions.$inferInsert;
