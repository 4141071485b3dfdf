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
/**
 * `approve_grant` is the decision maker approving the proposed decision in the case's favour (a grant, an
 * amendment, a payment, a closure, a commission); `approve_rejection` approves a proposed rejection.
 * `return_for_completion` sends an incomplete request back to the party, who completes it and submits again.
 */
export const CASE_EVENTS = [
  'submit',
  'start_assessment',
  'propose_decision',
  'return_to_assessment',
  'return_for_completion',
  'approve_grant',
  'approve_rejection',
  'withdraw',
  'close',
] as const;
export type CaseEvent = (typeof CASE_EVENTS)[number];

export type WorkflowTable = Readonly<Partial<Record<CaseStatus, Readonly<Partial<Record<CaseEvent, CaseStatus>>>>>>;

/**
 * What every request shares: the applicant submits (or withdraws until the decision), the officer assesses
 * and proposes, the decision maker approves or sends the proposal back for more assessment.
 */
const requestFlow = (approvedTo: CaseStatus): WorkflowTable => ({
  draft: { submit: 'submitted', withdraw: 'withdrawn' },
  submitted: { start_assessment: 'in_assessment', withdraw: 'withdrawn' },
  in_assessment: { propose_decision: 'decision_proposed', withdraw: 'withdrawn' },
  decision_proposed: {
    return_to_assessment: 'in_assessment',
    approve_grant: approvedTo,
    approve_rejection: 'rejected',
    withdraw: 'withdrawn',
  },
});

/**
 * A request the officer can send back to the party for completion (komplettering) before assessing it further:
 * the case returns to draft under the same diary number, and `submit` brings it back.
 */
const withCompletion = (flow: WorkflowTable): WorkflowTable => ({
  ...flow,
  submitted: { ...flow.submitted, return_for_completion: 'draft' },
  in_assessment: { ...flow.in_assessment, return_for_completion: 'draft' },
});

/**
 * The case workflow as data (docs/domain/rules.md, "The case workflow"), exported so that the UI and the docs show the
 * same table the rules use. A granted application becomes an active project that closes with its final report and
 * payment; the officer may first return a submitted application for completion
 * (docs/domain/attachments-and-messages.md); an approved amendment or payment request is decided, a rejected one
 * rejected (a payment request may first be returned for completion); an approved closure closes the project; a
 * commission given by the committee is active until it is carried out (closed) or taken back (withdrawn, as in
 * seed 002). There is no "reopen": decisions are immutable (docs/domain/rules.md, "Decisions never change"), so anything
 * after a final state is a new case or a new decision (an amendment, a recovery) that references the old one.
 */
export const WORKFLOW: Readonly<Record<CaseKind, WorkflowTable>> = {
  application: { ...withCompletion(requestFlow('active')), active: { close: 'closed' } },
  amendment_request: requestFlow('decided'),
  payment_request: withCompletion(requestFlow('decided')),
  closure: requestFlow('closed'),
  commission: {
    draft: { approve_grant: 'active', withdraw: 'withdrawn' },
    active: { close: 'closed', withdraw: 'withdrawn' },
  },
};

type Labels<K extends string> = Readonly<Record<K, { sv: string; en: string }>>;
export const CASE_KIND_LABELS: Labels<CaseKind> = {
  application: { sv: 'ansökan', en: 'application' },
  amendment_request: { sv: 'ändringsbegäran', en: 'amendment request' },
  payment_request: { sv: 'begäran om utbetalning', en: 'payment request' },
  closure: { sv: 'avslut', en: 'closure' },
  commission: { sv: 'uppdrag', en: 'commission' },
};
export const CASE_STATUS_LABELS: Labels<CaseStatus> = {
  draft: { sv: 'utkast', en: 'draft' },
  submitted: { sv: 'inskickad', en: 'submitted' },
  in_assessment: { sv: 'under bedömning', en: 'in assessment' },
  decision_proposed: { sv: 'beslutsförslag', en: 'decision proposed' },
  decided: { sv: 'beslutad', en: 'decided' },
  active: { sv: 'pågående', en: 'active' },
  closed: { sv: 'avslutad', en: 'closed' },
  withdrawn: { sv: 'återtagen', en: 'withdrawn' },
  rejected: { sv: 'avslagen', en: 'rejected' },
};
export const CASE_EVENT_LABELS: Labels<CaseEvent> = {
  submit: { sv: 'skicka in', en: 'submit' },
  start_assessment: { sv: 'påbörja bedömning', en: 'start assessment' },
  propose_decision: { sv: 'lägga beslutsförslag', en: 'propose a decision' },
  return_to_assessment: { sv: 'återförvisa till bedömning', en: 'return to assessment' },
  return_for_completion: { sv: 'återsända för komplettering', en: 'return for completion' },
  approve_grant: { sv: 'godkänna beslut om bifall', en: 'approve the decision in favour' },
  approve_rejection: { sv: 'godkänna beslut om avslag', en: 'approve the rejection' },
  withdraw: { sv: 'återta', en: 'withdraw' },
  close: { sv: 'avsluta', en: 'close' },
};
/** Swedish label of a status, for lists and documents. */
export const caseStatusLabel = (s: CaseStatus): string => CASE_STATUS_LABELS[s].sv;

export function transition(kind: CaseKind, status: CaseStatus, event: CaseEvent): Result<CaseStatus> {
  const next = WORKFLOW[kind][status]?.[event];
  if (next !== undefined) return ok(next);
  return err(
    domainError('workflow.transition_not_allowed', {
      kind,
      status,
      event,
      kindLabel: CASE_KIND_LABELS[kind],
      statusLabel: CASE_STATUS_LABELS[status],
      eventLabel: CASE_EVENT_LABELS[event],
    }),
  );
}

/** The events a case can take next, in the order of CASE_EVENTS (for buttons and API hints). */
export const allowedEvents = (kind: CaseKind, status: CaseStatus): CaseEvent[] =>
  CASE_EVENTS.filter((e) => WORKFLOW[kind][status]?.[e] !== undefined);

export const isTerminal = (kind: CaseKind, status: CaseStatus): boolean => allowedEvents(kind, status).length === 0;

/** A project's states (docs/domain/life-of-a-grant.md): planned until it starts, then active, closed or withdrawn. */
export const PROJECT_STATUSES = ['planned', 'active', 'closed', 'withdrawn'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/**
 * The states in which a project is open: it still runs, so it may be amended, reported on and paid, and its grant
 * counts in full against its appropriation. A closed or withdrawn project is over.
 */
export const OPEN_PROJECT_STATUSES = ['planned', 'active'] as const satisfies readonly ProjectStatus[];
export const CLOSED_PROJECT_STATUSES = ['closed', 'withdrawn'] as const satisfies readonly ProjectStatus[];

/** Whether a project in this state is open (see OPEN_PROJECT_STATUSES). */
export const isProjectOpen = (status: ProjectStatus): boolean =>
  (OPEN_PROJECT_STATUSES as readonly ProjectStatus[]).includes(status);
