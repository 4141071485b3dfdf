import { request, type RequestOptions } from '../../api.js';

/**
 * The state allocations API (docs/domain/life-of-a-grant.md, "9. State allocations"): decisions, allocations per
 * recipient and year, deadlines.
 */

export type DeadlineKind = 'requisition' | 'account' | 'repayment';
export type DeadlineState = 'upcoming' | 'due_soon' | 'due_today' | 'overdue' | 'done';
export type Stage =
  'not_tracked' | 'offered' | 'accepted' | 'requisitioned' | 'received' | 'accounted' | 'completed' | 'lapsed';

export interface Deadline {
  kind: DeadlineKind;
  dueDate: string;
  state: DeadlineState;
  daysLeft: number;
  amountOre: number | null;
}
export interface Issue {
  path: string;
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: { sv: string; en: string };
}
export interface Allocation {
  id: string;
  stateDecisionId: string;
  recipient: { id: string; name: string };
  year: number;
  offeredOre: number;
  acceptedOn: string | null;
  requisitionedOre: number | null;
  requisitionedOn: string | null;
  receivedOre: number | null;
  receivedOn: string | null;
  usedOre: number | null;
  accountedOn: string | null;
  repaidOre: number | null;
  repaidOn: string | null;
  unusedOre: number | null;
  requisitionDeadline: string | null;
  accountDeadline: string | null;
  repaymentDeadline: string | null;
  stage: Stage;
  deadlines: Deadline[];
  nextDeadline: Deadline | null;
  warnings: Issue[];
  editable: boolean;
  version: number;
}
export interface AllocationWithDecision extends Allocation {
  reference: string;
  title: string;
  decidedOn: string;
}
export interface StateDecisionSummary {
  id: string;
  reference: string;
  title: string;
  issuer: string;
  ministry: string | null;
  decidedOn: string;
  yearFrom: number;
  yearTo: number;
  perRecipientPerYearOre: number | null;
  appropriationText: string | null;
  recipientCount: number;
  own: {
    offeredOre: number;
    requisitionedOre: number;
    receivedOre: number;
    nextDeadline: (Deadline & { year: number; recipient: string }) | null;
  };
}
export interface StateDecisionDetail extends Omit<StateDecisionSummary, 'own'> {
  body: string | null;
  requisitionTo: string | null;
  conditions: string[];
  reservation: string | null;
  signatories: string[];
  relatedReferences: string[];
  years: number[];
  yearWarnings: (Omit<Issue, 'path'> & { year: number })[];
  recipients: { id: string; name: string; own: boolean; tracked: boolean; allocations: Allocation[] }[];
}
export interface CalendarEntry extends Deadline {
  allocationId: string;
  stateDecisionId: string;
  reference: string;
  title: string;
  recipient: string;
  year: number;
}

export type AllocationChange = Partial<
  Pick<
    Allocation,
    | 'acceptedOn'
    | 'requisitionedOre'
    | 'requisitionedOn'
    | 'receivedOre'
    | 'receivedOn'
    | 'usedOre'
    | 'accountedOn'
    | 'repaidOre'
    | 'repaidOn'
  >
> & { version: number };

const enc = encodeURIComponent;

export const listStateDecisions = (o: RequestOptions) =>
  request<{ items: StateDecisionSummary[]; total: number }>('GET', '/api/v1/state-decisions?pageSize=100', o);
export const getStateDecision = (id: string, o: RequestOptions) =>
  request<StateDecisionDetail>('GET', `/api/v1/state-decisions/${enc(id)}`, o);
export const getAllocation = (id: string, o: RequestOptions) =>
  request<AllocationWithDecision>('GET', `/api/v1/state-allocations/${enc(id)}`, o);
export const updateAllocation = (id: string, change: AllocationChange, o: RequestOptions) =>
  request<Allocation>('PATCH', `/api/v1/state-allocations/${enc(id)}`, o, change);
export const getDeadlines = (query: { from?: string; to?: string; overdue?: boolean }, o: RequestOptions) => {
  const params = new URLSearchParams();
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.overdue === false) params.set('overdue', 'false');
  return request<{ today: string; items: CalendarEntry[] }>('GET', `/api/v1/state-allocations/deadlines?${params}`, o);
};
