import type { CostCategory, FieldIssue } from '../../../../src/domain/index.js';
import { request, type RequestOptions } from '../../api.js';
import type { DecisionView, Finding } from '../cases/case-api.js';

/**
 * The amendment API (docs/domain/life-of-a-grant.md, "5. Amendment"): requests, amendment decisions, versions and plan
 * diffs.
 */

export interface RevisedActivity {
  number: string;
  title: string;
  description: string | null;
  start: string | null;
  end: string | null;
  costOre: number | null;
}
export interface BudgetLine {
  category: CostCategory;
  year: number;
  amountOre: number;
}
export interface BudgetTotals {
  totalOre: number;
  years: { year: number; totalOre: number }[];
}
/** The budget in force: a decision's budget version, the granted application's budget, or none. */
export interface BudgetInForce {
  source: 'decision' | 'application' | 'none';
  versionNo: number | null;
  lines: BudgetLine[];
  totals: BudgetTotals;
}
export interface RequestContent {
  extendMonths: number | null;
  newPeriodEnd: string | null;
  activities: RevisedActivity[] | null;
  budget: BudgetLine[] | null;
  amountOre: number | null;
  motivation: string;
}
export interface Terms {
  amountOre: number | null;
  maxShareBp: number | null;
  approvedCostsOre: number | null;
  period: { start: string; end: string } | null;
  activityPlanId: string | null;
}
export type DiffField = 'title' | 'description' | 'start' | 'end' | 'cost';
export interface DiffRow {
  number: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  before: RevisedActivity | null;
  after: RevisedActivity | null;
  changed: DiffField[];
}
export interface PlanDiff {
  rows: DiffRow[];
  counts: Record<DiffRow['status'], number>;
  totals: { before: number; after: number; difference: number };
}
export interface RequestView {
  caseId: string;
  projectId: string;
  project: { name: string; acronym: string | null; diaryNumber: string | null };
  status: string;
  diaryNumber: string | null;
  receivedOn: string | null;
  version: number;
  content: RequestContent;
  inForce: Terms;
  requestedPeriodEnd: string | null;
  currentPlan: RevisedActivity[];
  currentBudget: BudgetInForce;
  diff: PlanDiff;
  issues: FieldIssue[];
  submittedAt: string | null;
  decision: { id: string; status: string; approvedAt: string | null } | null;
}
export interface AmendmentDecisionInput {
  period?: { start: string; end: string } | null;
  amountOre?: number | null;
  activities?: RevisedActivity[] | null;
  budget?: BudgetLine[] | null;
  legalBasis?: string[];
  reasons?: string | null;
  background?: string | null;
  recipients?: string[];
  decidedBy?: string | null;
  delegationPoint?: string | null;
  meetingId?: string | null;
}
export interface AmendmentDecisionView {
  decision: DecisionView & { kind: string };
  amendsDecisionId: string | null;
  requestCaseId: string;
  background: string | null;
  before: Terms;
  after: Terms;
  plan: RevisedActivity[];
  diff: PlanDiff;
  /** The revised budget the decision approves; null when it keeps the budget in force. */
  budget: BudgetLine[] | null;
  budgetBefore: BudgetInForce;
  findings: Finding[];
  approvable: boolean;
}
export interface MyProject {
  id: string;
  name: string;
  acronym: string | null;
  status: string;
  diaryNumber: string | null;
  caseId: string;
  periodStart: string | null;
  periodEnd: string | null;
  grantedOre: number | null;
}
export interface Version {
  no: number;
  decisionId: string;
  kind: string;
  decisionDate: string | null;
  approvedAt: string;
  caseId: string;
  diaryNumber: string | null;
  hasLetter: boolean;
  terms: Terms;
  activityPlan: { id: string; versionNo: number; label: string | null } | null;
  budget: (BudgetTotals & { source: 'decision' | 'application'; versionNo: number | null }) | null;
  changed: string[];
}
export interface PlanVersion {
  versionNo: number;
  label: string | null;
  decisionId: string | null;
  approved: boolean;
}
export interface Versions {
  projectId: string;
  name: string;
  acronym: string | null;
  versions: Version[];
  planVersions: PlanVersion[];
  inForce: Terms | null;
}

const enc = encodeURIComponent;
export const listMyProjects = (o: RequestOptions) => request<{ items: MyProject[] }>('GET', '/api/v1/my/projects', o);
export const createRequest = (projectId: string, content: Partial<RequestContent>, o: RequestOptions) =>
  request<RequestView>('POST', `/api/v1/projects/${enc(projectId)}/amendment-requests`, o, { content });
export const getRequest = (caseId: string, o: RequestOptions) =>
  request<RequestView>('GET', `/api/v1/amendment-requests/${enc(caseId)}`, o);
export const saveRequest = (caseId: string, version: number, content: RequestContent, o: RequestOptions) =>
  request<RequestView>('PUT', `/api/v1/amendment-requests/${enc(caseId)}`, o, { version, content });
export const submitRequest = (caseId: string, version: number, o: RequestOptions) =>
  request<{ diaryNumber: string; status: string; warnings: FieldIssue[] }>(
    'POST',
    `/api/v1/amendment-requests/${enc(caseId)}/submit`,
    o,
    { version },
  );
export const createAmendmentDecision = (caseId: string, input: AmendmentDecisionInput, o: RequestOptions) =>
  request<AmendmentDecisionView>('POST', `/api/v1/amendment-requests/${enc(caseId)}/decision`, o, input);
export const getAmendmentDecision = (id: string, o: RequestOptions) =>
  request<AmendmentDecisionView>('GET', `/api/v1/amendment-decisions/${enc(id)}`, o);
export const updateAmendmentDecision = (
  id: string,
  input: AmendmentDecisionInput & { version: number },
  o: RequestOptions,
) => request<AmendmentDecisionView>('PUT', `/api/v1/amendment-decisions/${enc(id)}`, o, input);
export const getVersions = (projectId: string, o: RequestOptions) =>
  request<Versions>('GET', `/api/v1/projects/${enc(projectId)}/versions`, o);
export const getPlanDiff = (projectId: string, from: number | null, to: number | null, o: RequestOptions) => {
  const q = new URLSearchParams({
    ...(from !== null ? { from: String(from) } : {}),
    ...(to !== null ? { to: String(to) } : {}),
  });
  return request<PlanDiff & { from: PlanVersion; to: PlanVersion }>(
    'GET',
    `/api/v1/projects/${enc(projectId)}/activity-plan/diff?${q.toString()}`,
    o,
  );
};
export const getCaseProject = (caseId: string, o: RequestOptions) =>
  request<{ projectId: string | null }>('GET', `/api/v1/cases/${enc(caseId)}/project`, o);
