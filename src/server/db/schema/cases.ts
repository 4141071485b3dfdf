import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { day, id, instant, money, timestamps, version } from './columns.js';
import { caseKind, caseStatus, grade } from './enums.js';
import { funders, organizations, users } from './organizations.js';
import { projects } from './projects.js';
import { assessmentAspects, priorities } from './strategy.js';
import { decisions } from './decisions.js';

/** One matter handled by the funder, registered under a diary number. */
export const cases = pgTable(
  'cases',
  {
    id: id(),
    funderId: uuid('funder_id')
      .notNull()
      .references(() => funders.id),
    diaryNumber: text('diary_number').notNull(),
    kind: caseKind('kind').notNull(),
    status: caseStatus('status').notNull().default('draft'),
    title: text('title').notNull(),
    projectId: uuid('project_id').references(() => projects.id),
    applicantOrganizationId: uuid('applicant_organization_id')
      .notNull()
      .references(() => organizations.id),
    officerUserId: uuid('officer_user_id').references(() => users.id),
    parentCaseId: uuid('parent_case_id').references((): AnyPgColumn => cases.id),
    receivedOn: day('received_on'),
    registeredAt: instant('registered_at'),
    dueDate: day('due_date'),
    ...timestamps(),
    version: version(),
  },
  (t) => [
    unique('cases_diary_number_unique').on(t.funderId, t.diaryNumber),
    index('cases_status_idx').on(t.status),
    index('cases_officer_idx').on(t.officerUserId, t.status),
    index('cases_applicant_idx').on(t.applicantOrganizationId),
    index('cases_project_idx').on(t.projectId),
    index('cases_due_idx').on(t.dueDate),
  ],
);

/** The same case's id in another system, e.g. Tillväxtverket's Nyps. */
export const caseExternalIds = pgTable(
  'case_external_ids',
  {
    id: id(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    system: text('system').notNull(),
    externalId: text('external_id').notNull(),
  },
  (t) => [
    unique('case_external_ids_unique').on(t.system, t.externalId),
    index('case_external_ids_case_idx').on(t.caseId),
  ],
);

/** What each party put into a commission or joint budget; refunds are split by these. */
export const contributions = pgTable(
  'contributions',
  {
    id: id(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    year: integer('year'),
    contributedOre: money('contributed_ore').notNull(),
  },
  (t) => [index('contributions_case_idx').on(t.caseId), check('contributions_nonneg', sql`${t.contributedOre} >= 0`)],
);

export const refunds = pgTable(
  'refunds',
  {
    id: id(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    decisionId: uuid('decision_id').references(() => decisions.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    amountOre: money('amount_ore').notNull(),
    paidOn: day('paid_on'),
  },
  (t) => [index('refunds_case_idx').on(t.caseId), check('refunds_nonneg', sql`${t.amountOre} >= 0`)],
);

/** The application form, versioned: a draft is saved as new versions; submit freezes one. */
export const applicationVersions = pgTable(
  'application_versions',
  {
    id: id(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    versionNo: integer('version_no').notNull(),
    content: jsonb('content').notNull(),
    submittedAt: instant('submitted_at'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [unique('application_versions_unique').on(t.caseId, t.versionNo)],
);

export const assessments = pgTable(
  'assessments',
  {
    id: id(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    priorityId: uuid('priority_id').references(() => priorities.id),
    strategyFitText: text('strategy_fit_text'),
    eligibilityText: text('eligibility_text'),
    stateAidBasis: text('state_aid_basis'),
    cofinancingChecked: boolean('cofinancing_checked').notNull().default(false),
    assessedBy: uuid('assessed_by').references(() => users.id),
    assessedAt: instant('assessed_at'),
    ...timestamps(),
    version: version(),
  },
  (t) => [index('assessments_case_idx').on(t.caseId)],
);

export const assessmentGrades = pgTable(
  'assessment_grades',
  {
    id: id(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    aspectId: uuid('aspect_id')
      .notNull()
      .references(() => assessmentAspects.id),
    grade: grade('grade').notNull(),
    motivation: text('motivation'),
  },
  (t) => [unique('assessment_grades_unique').on(t.assessmentId, t.aspectId)],
);

export type Case = typeof cases.$inferSelect;
