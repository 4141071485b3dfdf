import { domainError } from './errors.js';
import { err, ok, type Result } from './result.js';

export const CASE_KINDS = ['application', 'amendment_request', 'payment_request', 'closure', 'commission'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];
export const CASE_STATUSES = [
  'draft',
  'submitted',
  'in_assessment',
  'decision_proposed',
  'decided',
  'active',
  'closed',
  'withdrawn',
  'rejected',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_EVENTS = [
  'submit',
  'start_assessment',
  'propose_decision',
  'return_to_assessment',
  'approve',
  'reject',
  'withdraw',
  'close',
] as const;
export type CaseEvent = (typeof CASE_EVENTS)[number];

type Table = Partial<Record<CaseStatus, Partial<Record<CaseEvent, CaseStatus>>>>;

/** The steps every request shares: applicant submits, officer assesses and proposes, decision maker decides. */
const requestFlow = (approvedTo: CaseStatus): Table => ({
  draft: { submit: 'submitted', withdraw: 'withdrawn' },
  submitted: { start_assessment: 'in_assessment', withdraw: 'withdrawn' },
  in_assessment: { propose_decision: 'decision_proposed', withdraw: 'withdrawn' },
  decision_proposed: { return_to_assessment: 'in_assessment', approve: approvedTo, reject: 'rejected' },
});

/**
 * The case workflow as data (SPEC §2): which event moves a case of a kind from a status to the next.
 * An approved application becomes an active project case that closes with the final report and payment;
 * an approved amendment or payment request is decided; a closure case closes; a commission given by the
 * committee is active until it is carried out (closed) or taken back (withdrawn, seed 002).
 */
export const WORKFLOW: Readonly<Record<CaseKind, Table>> = {
  application: { ...requestFlow('active'), active: { close: 'closed' } },
  amendment_request: requestFlow('decided'),
  payment_request: requestFlow('decided'),
  closure: requestFlow('closed'),
  commission: { draft: { approve: 'active' }, active: { close: 'closed', withdraw: 'withdrawn' } },
};

const STATUS_SV: Record<CaseStatus, string> = {
  draft: 'utkast',
  submitted: 'inskickad',
  in_assessment: 'under bedömning',
  decision_proposed: 'beslutsförslag',
  decided: 'beslutad',
  active: 'pågående',
  closed: 'avslutad',
  withdrawn: 'återtagen',
  rejected: 'avslagen',
};
export const caseStatusLabel = (s: CaseStatus): string => STATUS_SV[s];

export function transition(kind: CaseKind, status: CaseStatus, event: CaseEvent): Result<CaseStatus> {
  const next = WORKFLOW[kind][status]?.[event];
  if (next === undefined) return err(domainError('workflow.transition_not_allowed', { kind, status, event }));
  return ok(next);
}

export const allowedEvents = (kind: CaseKind, status: CaseStatus): CaseEvent[] =>
  Object.keys(WORKFLOW[kind][status] ?? {}) as CaseEvent[];

export const isTerminal = (kind: CaseKind, status: CaseStatus): boolean => allowedEvents(kind, status).length === 0;
