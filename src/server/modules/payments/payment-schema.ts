import { z } from 'zod';
import { COST_CATEGORIES, PAYMENT_KINDS } from '../../../domain/index.js';

/* Request and response shapes of the payment routes. Money is öre (integers), as the decision routes give it. */

/** A payment request's states (the database's payment_request_status). */
export const PAYMENT_REQUEST_STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'paid'] as const;

const localDate = z.iso.date();
const ore = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const period = z
  .object({ start: localDate, end: localDate })
  .refine((p) => p.start <= p.end, { message: 'period.end must not be before period.start', path: ['end'] });

/** What the beneficiary writes: kind, period, incurred costs per category, or the advance asked for. */
export const paymentRequestInput = z.object({
  kind: z.enum(PAYMENT_KINDS),
  period: period.nullable().default(null),
  costs: z
    .array(z.object({ category: z.enum(COST_CATEGORIES), claimedOre: ore }))
    .max(COST_CATEGORIES.length)
    .default([]),
  /** The advance asked for (kind advance only). */
  advanceOre: ore.nullable().default(null),
});
export type PaymentRequestInput = z.infer<typeof paymentRequestInput>;

export const versionInput = z.object({ version: z.number().int().min(1) });

/** The officer's check: an approved amount per category (a motivation where cut), for the one version seen. */
export const approvalInput = z.object({
  version: z.number().int().min(1),
  costs: z
    .array(
      z.object({
        category: z.enum(COST_CATEGORIES),
        approvedOre: ore,
        motivation: z.string().trim().max(2000).nullable().default(null),
      }),
    )
    .max(COST_CATEGORIES.length)
    .default([]),
  note: z.string().trim().max(5000).nullable().default(null),
  /**
   * The payable amount the officer saw. If the figures have moved since (another approval, an amendment),
   * a larger amount than now allowed is refused with 422 and a smaller one with 409, never paid silently.
   */
  expectedPayableOre: ore.optional(),
});
export type ApprovalInput = z.infer<typeof approvalInput>;

/** The officer sends a submitted request back: what the beneficiary must complete, in words it can act on. */
export const returnInput = z.object({
  version: z.number().int().min(1),
  message: z.string().trim().min(1).max(2000),
});
export type ReturnInput = z.infer<typeof returnInput>;

/** The officer rejects a submitted request: the reasons, sent to the beneficiary (förvaltningslagen 32 §). */
export const rejectInput = z.object({
  version: z.number().int().min(1),
  reason: z.string().trim().min(1).max(5000),
});
export type RejectInput = z.infer<typeof rejectInput>;

export const paymentInput = z.object({
  version: z.number().int().min(1),
  paidOn: localDate,
  reference: z.string().trim().min(1).max(200),
});
export type PaymentInput = z.infer<typeof paymentInput>;

export const issueView = z.object({
  code: z.string(),
  path: z.string().optional(),
  message: z.object({ sv: z.string(), en: z.string() }),
  details: z.record(z.string(), z.unknown()),
});

const limit = z.enum(['share', 'grant', 'withheld', 'nothing_left', 'advance']);

/** The figures the payable amount is computed from, so the web app can run the same rule as the officer types. */
export const positionView = z.object({
  grantAmountOre: z.number(),
  maxShareBp: z.number().nullable(),
  withheldUntilFinalBp: z.number(),
  advanceRule: z.object({ maxShareOfGrantBp: z.number(), maxAmountOre: z.number() }),
  priorApprovedCostsOre: z.number(),
  priorAdvancesOre: z.number(),
  paidOre: z.number(),
  committedOre: z.number(),
  finalDecided: z.boolean(),
});

export const assessmentView = z.object({
  payableOre: z.number(),
  limitedBy: limit,
  cumulativeApprovedCostsOre: z.number(),
  capByShareOre: z.number(),
  capByGrantOre: z.number(),
  withheldOre: z.number(),
  advanceLimitOre: z.number().nullable(),
  remainingGrantOre: z.number(),
  issues: z.array(issueView),
});

export const paymentRequestView = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  projectName: z.string(),
  caseId: z.uuid().nullable(),
  diaryNumber: z.string().nullable(),
  kind: z.enum(PAYMENT_KINDS),
  status: z.enum(PAYMENT_REQUEST_STATUSES),
  period: z.object({ start: z.string(), end: z.string() }).nullable(),
  costs: z.array(
    z.object({
      category: z.enum(COST_CATEGORIES),
      claimedOre: z.number(),
      approvedOre: z.number().nullable(),
      motivation: z.string().nullable(),
    }),
  ),
  advanceOre: z.number().nullable(),
  claimedTotalOre: z.number(),
  requestedOre: z.number(),
  approvedCostsOre: z.number().nullable(),
  payableOre: z.number().nullable(),
  /** The officer's words: a note on the approval, the reasons of a rejection, or what to complete. */
  decisionNote: z.string().nullable(),
  /** A draft that was submitted and sent back for completion (`decisionNote` says what to complete). */
  returnedForCompletion: z.boolean(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  payment: z.object({ amountOre: z.number(), paidOn: z.string(), reference: z.string().nullable() }).nullable(),
  /** Where the project stands apart from this request (null once the request is decided). */
  position: positionView.nullable(),
  /** The domain's assessment: on the claimed costs while open, on the approved ones once decided. */
  assessment: assessmentView.nullable(),
  /** What the caller may do now. */
  actions: z.object({
    edit: z.boolean(),
    approve: z.boolean(),
    returnForCompletion: z.boolean(),
    reject: z.boolean(),
    recordPayment: z.boolean(),
  }),
  version: z.number(),
});
export type PaymentRequestView = z.infer<typeof paymentRequestView>;

export const requestListItem = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  projectName: z.string(),
  diaryNumber: z.string().nullable(),
  kind: z.enum(PAYMENT_KINDS),
  status: z.enum(PAYMENT_REQUEST_STATUSES),
  returnedForCompletion: z.boolean(),
  period: z.object({ start: z.string(), end: z.string() }).nullable(),
  requestedOre: z.number(),
  approvedCostsOre: z.number().nullable(),
  payableOre: z.number().nullable(),
  submittedAt: z.string().nullable(),
});
