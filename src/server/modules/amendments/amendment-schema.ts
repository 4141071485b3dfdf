import { z } from 'zod';
import { COST_CATEGORIES } from '../../../domain/index.js';
import { decisionView, findingView } from '../decisions/decision-schema.js';

const localDate = z.iso.date();
const money = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).describe('öre');

/** One row of a revised time and activity plan: numbered ("4", "4.1"), with dates and a cost. */
export const revisedActivity = z.object({
  number: z.string().trim().min(1).max(20),
  title: z.string().trim().min(1).max(500),
  description: z.string().max(10_000).nullable().default(null),
  start: localDate.nullable().default(null),
  end: localDate.nullable().default(null),
  /** Null where the plan leaves the cost blank, which is not a stated 0. */
  costOre: money.nullable().default(null),
});
export type RevisedActivity = z.infer<typeof revisedActivity>;

export const revisedBudgetLine = z.object({
  category: z.enum(COST_CATEGORIES),
  year: z.number().int().min(2000).max(2100),
  amountOre: money,
});
export type RevisedBudgetLine = z.infer<typeof revisedBudgetLine>;

/** A revised budget: one amount per cost category and year (the database holds each cell once). */
const revisedBudget = z
  .array(revisedBudgetLine)
  .max(500)
  .superRefine((lines, ctx) => {
    const seen = new Set<string>();
    lines.forEach((l, i) => {
      const key = `${l.category}:${l.year}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `${l.category} ${l.year} occurs more than once / förekommer mer än en gång`,
        });
      }
      seen.add(key);
    });
  });

/** Totals of a budget by the domain's rule (project income reduces the cost), overall and per year. */
export const budgetTotalsView = z.object({
  totalOre: z.number().int(),
  years: z.array(z.object({ year: z.number().int(), totalOre: z.number().int() })),
});

/**
 * The budget in force: the newest budget version a decision approved, or, for a grant approved without one,
 * the budget of the application it granted; `none` when there is neither.
 */
export const budgetInForceView = z.object({
  source: z.enum(['decision', 'application', 'none']),
  versionNo: z.number().int().nullable(),
  lines: z.array(revisedBudgetLine),
  totals: budgetTotalsView,
});

/**
 * What the beneficiary asks to change (docs/domain/life-of-a-grant.md, "5. Amendment"). Null means "unchanged". The new
 * end date is either given as a date or as "extend by N months", which the server turns into a date by the domain's
 * month-end arithmetic (2026-02-28 + 6 months = 2026-08-31); when both are given they must agree.
 */
export const amendmentRequestContent = z
  .object({
    extendMonths: z.number().int().min(1).max(60).nullable().default(null),
    newPeriodEnd: localDate.nullable().default(null),
    activities: z.array(revisedActivity).max(500).nullable().default(null),
    budget: revisedBudget.nullable().default(null),
    amountOre: money.nullable().default(null),
    motivation: z.string().max(20_000).default(''),
  })
  .strict();
export type AmendmentRequestContent = z.infer<typeof amendmentRequestContent>;

export const fieldIssueView = z.object({
  path: z.string(),
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.object({ sv: z.string(), en: z.string() }),
});

const period = z.object({ start: z.string(), end: z.string() });

export const termsView = z.object({
  amountOre: z.number().nullable(),
  maxShareBp: z.number().nullable(),
  approvedCostsOre: z.number().nullable(),
  period: period.nullable(),
  activityPlanId: z.uuid().nullable(),
});

export const planActivityView = z.object({
  number: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  costOre: z.number().nullable(),
});

export const diffRowView = z.object({
  number: z.string(),
  status: z.enum(['added', 'removed', 'changed', 'unchanged']),
  before: planActivityView.nullable(),
  after: planActivityView.nullable(),
  changed: z.array(z.enum(['title', 'description', 'start', 'end', 'cost'])),
});
export const planDiffView = z.object({
  rows: z.array(diffRowView),
  counts: z.object({ added: z.number(), removed: z.number(), changed: z.number(), unchanged: z.number() }),
  totals: z.object({ before: z.number(), after: z.number(), difference: z.number() }),
});

export const amendmentRequestView = z.object({
  caseId: z.uuid(),
  projectId: z.uuid(),
  project: z.object({ name: z.string(), acronym: z.string().nullable(), diaryNumber: z.string().nullable() }),
  status: z.string(),
  diaryNumber: z.string().nullable(),
  receivedOn: z.string().nullable(),
  version: z.number().int().describe('Skicka med vid nästa ändring / send with the next change (409 if stale)'),
  content: amendmentRequestContent,
  /** The terms in force now, and the new period end the request asks for (computed). */
  inForce: termsView,
  requestedPeriodEnd: z.string().nullable(),
  currentPlan: z.array(planActivityView),
  /** The budget in force now, which a revised budget in `content.budget` replaces. */
  currentBudget: budgetInForceView,
  /** The plan in force beside the requested one (empty when the request keeps the plan). */
  diff: planDiffView,
  issues: z.array(fieldIssueView),
  /**
   * Whether Bidra holds the request: false for an amendment recorded from its decision letter, whose request came in
   * outside Bidra (`content` then asks nothing, `issues` is empty, and the request is among the case's documents).
   */
  inBidra: z.boolean(),
  submittedAt: z.string().nullable(),
  decision: z.object({ id: z.uuid(), status: z.string(), approvedAt: z.string().nullable() }).nullable(),
  /** What the caller may do with the request now (amendments.policy.ts, requestActionsOf). */
  actions: z.object({
    /** Save and submit the draft (PUT /amendment-requests/:caseId, POST …/submit): the beneficiary, while a draft. */
    edit: z.boolean(),
    /** Draft the amendment decision (POST …/decision): a case officer of the funder, once received, while none is. */
    draftDecision: z.boolean(),
  }),
});

/**
 * The amendment decision an officer drafts. Every term is optional: a term left out is taken from the
 * request (on creation) or kept (on update); null means "unchanged by this amendment".
 */
export const amendmentDecisionInput = z
  .object({
    period: z.object({ start: localDate, end: localDate }).nullable().optional(),
    amountOre: money.nullable().optional(),
    maxShareBp: z.number().int().min(0).max(10_000).nullable().optional(),
    approvedCostsOre: money.nullable().optional(),
    activities: z.array(revisedActivity).max(500).nullable().optional(),
    budget: revisedBudget.nullable().optional(),
    legalBasis: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
    reasons: z.string().max(20_000).nullable().optional(),
    background: z.string().max(20_000).nullable().optional(),
    recipients: z.array(z.email()).max(50).optional(),
    decidedBy: z.uuid().nullable().optional(),
    delegationPoint: z.string().trim().min(1).max(40).nullable().optional(),
    meetingId: z.uuid().nullable().optional(),
  })
  .strict();
export type AmendmentDecisionInput = z.infer<typeof amendmentDecisionInput>;

export const amendmentDecisionView = z.object({
  decision: decisionView,
  amendsDecisionId: z.uuid().nullable(),
  requestCaseId: z.uuid(),
  background: z.string().nullable(),
  before: termsView,
  after: termsView,
  plan: z.array(planActivityView),
  diff: planDiffView,
  /** The revised budget this decision approves; null when it keeps the budget in force. */
  budget: z.array(revisedBudgetLine).nullable(),
  /** The budget in force before this decision. */
  budgetBefore: budgetInForceView,
  findings: z.array(findingView),
  approvable: z.boolean(),
  /** What the caller may do with the decision now (amendments.policy.ts, amendmentDecisionActionsOf). */
  actions: z.object({
    /** Edit and propose the draft (PUT /amendment-decisions/:id, POST /decisions/:id/propose): a case officer. */
    edit: z.boolean(),
    /** Approve or return the proposal (POST /decisions/:id/approve, /return): a decision maker of the funder. */
    approve: z.boolean(),
  }),
});

export const versionView = z.object({
  no: z.number().int(),
  decisionId: z.uuid(),
  kind: z.string(),
  decisionDate: z.string().nullable(),
  approvedAt: z.string(),
  caseId: z.uuid(),
  diaryNumber: z.string().nullable(),
  hasLetter: z.boolean(),
  terms: termsView,
  activityPlan: z.object({ id: z.uuid(), versionNo: z.number().int(), label: z.string().nullable() }).nullable(),
  /** The budget in force with this version (totals); null when the project has no budget. */
  budget: budgetTotalsView
    .extend({ source: z.enum(['decision', 'application']), versionNo: z.number().int().nullable() })
    .nullable(),
  changed: z.array(z.string()),
});

export const planVersionView = z.object({
  versionNo: z.number().int(),
  label: z.string().nullable(),
  decisionId: z.uuid().nullable(),
  approved: z.boolean(),
});
