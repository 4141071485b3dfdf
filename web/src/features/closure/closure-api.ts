import { request, type RequestOptions } from '../../api.js';

/* The closure routes (src/server/modules/closure) as the web app calls them. Money is öre. */

export interface ReportContent {
  summary: string;
  results: string;
  indicators: string;
}

export interface ReportView {
  id: string;
  projectId: string;
  kind: 'progress' | 'final';
  status: 'draft' | 'submitted' | 'approved';
  period: { start: string; end: string } | null;
  content: ReportContent;
  submittedAt: string | null;
  approvedAt: string | null;
  version: number;
  actions: { edit: boolean; submit: boolean; approve: boolean };
}

export interface RecoveryView {
  id: string;
  decisionId: string | null;
  kind: 'repayment' | 'recovery';
  amountOre: number;
  reason: string;
  dueDate: string | null;
  receivedOre: number | null;
  receivedOn: string | null;
  version: number;
}

export interface PendingDecisionView {
  id: string;
  kind: 'withdraw' | 'recover' | 'close';
  status: 'draft' | 'proposed';
  amountOre: number | null;
  reasons: string | null;
  dueDate: string | null;
  recoveryKind: 'repayment' | 'recovery' | null;
  version: number;
}

export interface ClosureView {
  project: { id: string; name: string; status: 'planned' | 'active' | 'closed' | 'withdrawn' };
  grantedOre: number;
  paidOre: number;
  releaseOre: number;
  conditions: { finalReportApproved: boolean; finalPaymentRecorded: boolean };
  finalReport: ReportView | null;
  progressReports: ReportView[];
  recoveries: RecoveryView[];
  /** Withdrawal, recovery and closing decisions drafted or proposed, waiting for a decision maker. */
  pendingDecisions: PendingDecisionView[];
  closed: { decisionId: string; decisionDate: string | null; releasedOre: number; reasons: string | null } | null;
  actions: { writeReport: boolean; approveReport: boolean; close: boolean; recover: boolean; recordReceived: boolean };
}

export const getClosure = (projectId: string, o: RequestOptions) =>
  request<ClosureView>('GET', `/api/v1/projects/${projectId}/closure`, o);
export const createReport = (projectId: string, content: ReportContent, o: RequestOptions) =>
  request<ReportView>('POST', `/api/v1/projects/${projectId}/reports`, o, { kind: 'final', content });
export const saveReport = (id: string, version: number, content: ReportContent, o: RequestOptions) =>
  request<ReportView>('PUT', `/api/v1/reports/${id}`, o, { version, content });
export const submitReport = (id: string, version: number, o: RequestOptions) =>
  request<ReportView>('POST', `/api/v1/reports/${id}/submit`, o, { version });
export const approveReport = (id: string, version: number, o: RequestOptions) =>
  request<ReportView>('POST', `/api/v1/reports/${id}/approve`, o, { version });
/** A draft decision closing the project; the officer proposes it and a decision maker decides. */
export const closeProject = (
  projectId: string,
  withoutFinalPaymentReason: string,
  delegationPoint: string,
  o: RequestOptions,
) =>
  request<{ decisionId: string; releasedOre: number }>('POST', `/api/v1/projects/${projectId}/close`, o, {
    ...(withoutFinalPaymentReason.trim() ? { withoutFinalPaymentReason } : {}),
    ...(delegationPoint.trim() ? { delegationPoint: delegationPoint.trim() } : {}),
  });
export const createRecovery = (
  projectId: string,
  body: {
    kind: 'repayment' | 'recovery';
    amountOre: number;
    reason: string;
    dueDate: string;
    delegationPoint?: string | undefined;
  },
  o: RequestOptions,
) => request<{ decisionId: string; status: 'draft' }>('POST', `/api/v1/projects/${projectId}/recoveries`, o, body);
/** "Lämna beslutsförslag": the officer puts the draft before the decision maker. */
export const proposeDecision = (decisionId: string, o: RequestOptions) =>
  request<unknown>('POST', `/api/v1/decisions/${decisionId}/propose`, o, {});
/** "Fatta beslut": a decision maker other than the author approves the proposal; the server writes its effect. */
export const approveDecision = (decisionId: string, o: RequestOptions) =>
  request<unknown>('POST', `/api/v1/decisions/${decisionId}/approve`, o, {});
export const recordReceived = (
  id: string,
  body: { version: number; receivedOre: number; receivedOn: string },
  o: RequestOptions,
) => request<RecoveryView>('POST', `/api/v1/recoveries/${id}/received`, o, body);
