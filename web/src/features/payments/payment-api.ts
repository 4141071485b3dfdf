import {
  assessPayment,
  basisPoints,
  ore,
  type CostCategory,
  type PaymentAssessment,
  type PaymentKind,
} from '../../../../src/domain/index.js';
import { request, type RequestOptions } from '../../api.js';

/* The payment routes (src/server/modules/payments, reporting) as the web app calls them. Money is öre. */

export interface Position {
  grantAmountOre: number;
  maxShareBp: number | null;
  withheldUntilFinalBp: number;
  advanceRule: { maxShareOfGrantBp: number; maxAmountOre: number };
  priorApprovedCostsOre: number;
  priorAdvancesOre: number;
  paidOre: number;
  committedOre: number;
  finalDecided: boolean;
}

export interface PaymentRequestView {
  id: string;
  projectId: string;
  projectName: string;
  caseId: string | null;
  diaryNumber: string | null;
  kind: PaymentKind;
  status: string;
  period: { start: string; end: string } | null;
  costs: { category: CostCategory; claimedOre: number; approvedOre: number | null; motivation: string | null }[];
  advanceOre: number | null;
  claimedTotalOre: number;
  requestedOre: number;
  approvedCostsOre: number | null;
  payableOre: number | null;
  decisionNote: string | null;
  /** Sent back for completion: a draft again, `decisionNote` says what to complete. */
  returnedForCompletion: boolean;
  submittedAt: string | null;
  decidedAt: string | null;
  payment: { amountOre: number; paidOn: string; reference: string | null } | null;
  position: Position | null;
  assessment: { payableOre: number; limitedBy: string } | null;
  actions: { edit: boolean; approve: boolean; returnForCompletion: boolean; reject: boolean; recordPayment: boolean };
  version: number;
}

export interface RequestListItem {
  id: string;
  projectId: string;
  projectName: string;
  diaryNumber: string | null;
  kind: string;
  status: string;
  returnedForCompletion: boolean;
  period: { start: string; end: string } | null;
  requestedOre: number;
  approvedCostsOre: number | null;
  payableOre: number | null;
  submittedAt: string | null;
}

export interface ProjectPayments {
  project: { id: string; name: string; acronym: string | null };
  period: { start: string; end: string } | null;
  approvedCostsInDecisionOre: number | null;
  position: Position | null;
  remainingGrantOre: number | null;
  requests: RequestListItem[];
  payments: {
    id: string;
    amountOre: number;
    paidOn: string;
    reference: string | null;
    paymentRequestId: string | null;
  }[];
  actions: { createRequest: boolean; editReportingPlan: boolean };
}

export interface ReportingPlanView {
  version: number | null;
  today: string;
  plan: { id: string; note: string | null } | null;
  items: {
    id: string;
    kind: 'progress_report' | 'final_report' | 'payment_request';
    dueDate: string;
    period: { start: string; end: string } | null;
    status: string;
    deadline: { state: 'upcoming' | 'due_soon' | 'due_today' | 'overdue' | 'done'; daysLeft: number };
  }[];
}

export interface RequestInput {
  kind: PaymentKind;
  period: { start: string; end: string } | null;
  costs: { category: CostCategory; claimedOre: number }[];
  advanceOre: number | null;
}

export const listPaymentRequests = (query: { status?: string }, o: RequestOptions) =>
  request<{ items: RequestListItem[]; total: number }>(
    'GET',
    `/api/v1/payment-requests?${new URLSearchParams({ ...query, pageSize: '100' }).toString()}`,
    o,
  );
export const myPaymentProjects = (o: RequestOptions) =>
  request<{
    items: { id: string; name: string; acronym: string | null; grantedOre: number | null; paidOre: number }[];
  }>('GET', '/api/v1/my/payment-projects', o);
export const getProjectPayments = (projectId: string, o: RequestOptions) =>
  request<ProjectPayments>('GET', `/api/v1/projects/${projectId}/payments`, o);
export const getReportingPlan = (projectId: string, o: RequestOptions) =>
  request<ReportingPlanView>('GET', `/api/v1/projects/${projectId}/reporting-plan`, o);
export interface ReportingPlanInput {
  version: number | null;
  note: string | null;
  items: {
    id?: string;
    kind: ReportingPlanView['items'][number]['kind'];
    dueDate: string;
    periodStart: string | null;
    periodEnd: string | null;
  }[];
}
export const replaceReportingPlan = (projectId: string, body: ReportingPlanInput, o: RequestOptions) =>
  request<ReportingPlanView>('PUT', `/api/v1/projects/${projectId}/reporting-plan`, o, body);
export const createPaymentRequest = (projectId: string, body: RequestInput, o: RequestOptions) =>
  request<PaymentRequestView>('POST', `/api/v1/projects/${projectId}/payment-requests`, o, body);
export const getPaymentRequest = (id: string, o: RequestOptions) =>
  request<PaymentRequestView>('GET', `/api/v1/payment-requests/${id}`, o);
export const savePaymentRequest = (id: string, body: RequestInput & { version: number }, o: RequestOptions) =>
  request<PaymentRequestView>('PUT', `/api/v1/payment-requests/${id}`, o, body);
export const submitPaymentRequest = (id: string, version: number, o: RequestOptions) =>
  request<PaymentRequestView>('POST', `/api/v1/payment-requests/${id}/submit`, o, { version });
export const approvePaymentRequest = (
  id: string,
  body: {
    version: number;
    costs: { category: CostCategory; approvedOre: number; motivation: string | null }[];
    note: string | null;
    expectedPayableOre: number;
  },
  o: RequestOptions,
) => request<{ request: PaymentRequestView }>('POST', `/api/v1/payment-requests/${id}/approve`, o, body);
export const returnPaymentRequest = (id: string, body: { version: number; message: string }, o: RequestOptions) =>
  request<{ request: PaymentRequestView }>('POST', `/api/v1/payment-requests/${id}/return`, o, body);
export const rejectPaymentRequest = (id: string, body: { version: number; reason: string }, o: RequestOptions) =>
  request<{ request: PaymentRequestView }>('POST', `/api/v1/payment-requests/${id}/reject`, o, body);
export const recordPayment = (
  id: string,
  body: { version: number; paidOn: string; reference: string },
  o: RequestOptions,
) => request<PaymentRequestView>('POST', `/api/v1/payment-requests/${id}/payment`, o, body);
export const casePaymentLinks = (caseId: string, o: RequestOptions) =>
  request<{ projectId: string | null; paymentRequestId: string | null }>(
    'GET',
    `/api/v1/cases/${caseId}/payment-links`,
    o,
  );

/** The payable amount as the figures stand, by the same domain rule the server applies when it approves. */
export function liveAssessment(
  position: Position,
  kind: PaymentKind,
  approvedCostsOre: number,
  advanceOre: number,
): PaymentAssessment {
  return assessPayment({
    kind,
    grantAmount: ore(position.grantAmountOre),
    maxShare: position.maxShareBp === null ? null : basisPoints(position.maxShareBp),
    withheldUntilFinal: basisPoints(position.withheldUntilFinalBp),
    advanceRule: {
      maxShareOfGrant: basisPoints(position.advanceRule.maxShareOfGrantBp),
      maxAmount: ore(position.advanceRule.maxAmountOre),
    },
    priorApprovedCosts: ore(position.priorApprovedCostsOre),
    priorAdvances: ore(position.priorAdvancesOre),
    committed: ore(position.committedOre),
    approvedCosts: ore(approvedCostsOre),
    requestedAdvance: ore(advanceOre),
  });
}
