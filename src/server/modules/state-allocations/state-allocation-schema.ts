import { z } from 'zod';
import {
  allocationDeadlines,
  allocationStage,
  checkAllocation,
  missingDeadlineWarnings,
  nextAllocationDeadline,
  unusedFunds,
  type AllocationDeadline,
  type AllocationDeadlines,
  type AllocationFacts,
  type LocalDate,
  type Ore,
} from '../../../domain/index.js';
import type { StateAllocation, StateDecision } from '../../db/schema/index.js';

const localDate = z.iso.date();
const ore = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** The record as the database holds it, in the domain's terms. */
export function allocationFacts(a: StateAllocation): AllocationFacts {
  return {
    offered: a.offeredOre as Ore,
    acceptedOn: a.acceptedOn as LocalDate | null,
    requisitioned: a.requisitionedOre as Ore | null,
    requisitionedOn: a.requisitionedOn as LocalDate | null,
    received: a.receivedOre as Ore | null,
    receivedOn: a.receivedOn as LocalDate | null,
    used: a.usedOre as Ore | null,
    accountedOn: a.accountedOn as LocalDate | null,
    repaid: a.repaidOre as Ore | null,
    repaidOn: a.repaidOn as LocalDate | null,
  };
}

export const deadlinesOf = (a: StateAllocation): AllocationDeadlines => ({
  requisition: a.requisitionDeadline as LocalDate | null,
  account: a.accountDeadline as LocalDate | null,
  repayment: a.repaymentDeadline as LocalDate | null,
});

/**
 * A change to an allocation's life. A field left out stays as it is; null clears it. `version` is the
 * one the client loaded: a stale one gets 409.
 */
export const allocationUpdateInput = z.object({
  version: z.number().int().min(1),
  acceptedOn: localDate.nullable().optional(),
  requisitionedOre: ore.nullable().optional(),
  requisitionedOn: localDate.nullable().optional(),
  receivedOre: ore.nullable().optional(),
  receivedOn: localDate.nullable().optional(),
  usedOre: ore.nullable().optional(),
  accountedOn: localDate.nullable().optional(),
  repaidOre: ore.nullable().optional(),
  repaidOn: localDate.nullable().optional(),
});
export type AllocationUpdateInput = z.infer<typeof allocationUpdateInput>;

const issueView = z.object({
  path: z.string(),
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.object({ sv: z.string(), en: z.string() }),
});

const deadlineKind = z.enum(['requisition', 'account', 'repayment']);
const deadlineState = z.enum(['upcoming', 'due_soon', 'due_today', 'overdue', 'done']);

export const deadlineView = z.object({
  kind: deadlineKind,
  dueDate: localDate,
  state: deadlineState,
  daysLeft: z.number().int(),
  amountOre: z.number().nullable(),
});

export const allocationView = z.object({
  id: z.uuid(),
  stateDecisionId: z.uuid(),
  recipient: z.object({ id: z.uuid(), name: z.string() }),
  year: z.number().int(),
  offeredOre: z.number(),
  acceptedOn: localDate.nullable(),
  requisitionedOre: z.number().nullable(),
  requisitionedOn: localDate.nullable(),
  receivedOre: z.number().nullable(),
  receivedOn: localDate.nullable(),
  usedOre: z.number().nullable(),
  accountedOn: localDate.nullable(),
  repaidOre: z.number().nullable(),
  repaidOn: localDate.nullable(),
  unusedOre: z.number().nullable(),
  requisitionDeadline: localDate.nullable(),
  accountDeadline: localDate.nullable(),
  repaymentDeadline: localDate.nullable(),
  /** 'not_tracked': a recipient nobody follows here — nothing is known, so no deadline is met or missed. */
  stage: z.enum([
    'not_tracked',
    'offered',
    'accepted',
    'requisitioned',
    'received',
    'accounted',
    'completed',
    'lapsed',
  ]),
  deadlines: z.array(deadlineView),
  nextDeadline: deadlineView.nullable(),
  /** Warnings of the record as it stands, e.g. a requisition after its deadline. */
  warnings: z.array(issueView),
  /** Whether the caller may change it (a finance officer or administrator of the recipient). */
  editable: z.boolean(),
  version: z.number().int(),
});
export type AllocationView = z.infer<typeof allocationView>;

export const toDeadlineView = (x: AllocationDeadline): z.infer<typeof deadlineView> => ({
  kind: x.kind,
  dueDate: x.due,
  state: x.status.state,
  daysLeft: x.status.daysLeft,
  amountOre: x.amount,
});

export function toAllocationView(
  a: StateAllocation,
  recipientName: string,
  decision: StateDecision,
  today: LocalDate,
  editable: boolean,
  tracked = true,
): AllocationView {
  const facts = allocationFacts(a);
  const deadlines = deadlinesOf(a);
  const next = nextAllocationDeadline(facts, deadlines, today, { tracked });
  const warnings = tracked
    ? [
        ...checkAllocation(facts, { decidedOn: decision.decidedOn as LocalDate, today, deadlines }).filter(
          (i) => i.severity !== 'error',
        ),
        ...missingDeadlineWarnings(a.year, deadlines),
      ]
    : [];
  return {
    id: a.id,
    stateDecisionId: a.stateDecisionId,
    recipient: { id: a.recipientOrganizationId, name: recipientName },
    year: a.year,
    offeredOre: a.offeredOre,
    acceptedOn: a.acceptedOn,
    requisitionedOre: a.requisitionedOre,
    requisitionedOn: a.requisitionedOn,
    receivedOre: a.receivedOre,
    receivedOn: a.receivedOn,
    usedOre: a.usedOre,
    accountedOn: a.accountedOn,
    repaidOre: a.repaidOre,
    repaidOn: a.repaidOn,
    unusedOre: unusedFunds(facts),
    requisitionDeadline: a.requisitionDeadline,
    accountDeadline: a.accountDeadline,
    repaymentDeadline: a.repaymentDeadline,
    stage: allocationStage(facts, deadlines, today, { tracked }),
    deadlines: allocationDeadlines(facts, deadlines, today, { tracked }).map(toDeadlineView),
    nextDeadline: next ? toDeadlineView(next) : null,
    warnings,
    editable,
    version: a.version,
  };
}

export const stateDecisionSummary = z.object({
  id: z.uuid(),
  reference: z.string(),
  title: z.string(),
  issuer: z.string(),
  ministry: z.string().nullable(),
  decidedOn: localDate,
  yearFrom: z.number().int(),
  yearTo: z.number().int(),
  perRecipientPerYearOre: z.number().nullable(),
  appropriationText: z.string().nullable(),
  recipientCount: z.number().int(),
  /** The caller's own organisations' part: totals and the first deadline not yet met. */
  own: z.object({
    offeredOre: z.number(),
    requisitionedOre: z.number(),
    receivedOre: z.number(),
    nextDeadline: deadlineView.extend({ year: z.number().int(), recipient: z.string() }).nullable(),
  }),
});

export const stateDecisionDetail = stateDecisionSummary.omit({ own: true }).extend({
  body: z.string().nullable(),
  requisitionTo: z.string().nullable(),
  /** The decision's conditions on the money, each as the decision words it. */
  conditions: z.array(z.string()),
  /** A reservation on later years ("Beslut om medel för 2022–2025 fattas årligen …"). */
  reservation: z.string().nullable(),
  /** "På regeringens vägnar". */
  signatories: z.array(z.string()),
  relatedReferences: z.array(z.string()),
  years: z.array(z.number().int()),
  /** Per year: a deadline the decision does not set (seed 003 sets no account or repayment deadline for 2025). */
  yearWarnings: z.array(issueView.omit({ path: true }).extend({ year: z.number().int() })),
  recipients: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      /** One of the caller's organisations. */
      own: z.boolean(),
      /** Whether anyone follows this recipient's allocations here (the domain's isTrackedRecipient). */
      tracked: z.boolean(),
      allocations: z.array(allocationView),
    }),
  ),
});

export const calendarEntry = deadlineView.extend({
  allocationId: z.uuid(),
  stateDecisionId: z.uuid(),
  reference: z.string(),
  title: z.string(),
  recipient: z.string(),
  year: z.number().int(),
});
