import { request, type RequestOptions } from '../../api.js';

/**
 * The officer's side of a case (docs/domain/life-of-a-grant.md, "3. Assessment" and "4. Decision"): workspace,
 * assessment, decision, outbox.
 */

export interface Person {
  id: string;
  displayName: string;
  title: string | null;
}
export interface Workspace {
  case: {
    id: string;
    kind: string;
    status: string;
    title: string;
    diaryNumber: string | null;
    receivedOn: string | null;
    dueDate: string | null;
    officer: { id: string; displayName: string } | null;
    applicant: { name: string; orgNumber: string | null };
    funder: { id: string; committeeName: string; delegationLimitOre: number | null };
  };
  decisions: {
    id: string;
    kind: string;
    status: string;
    amountOre: number | null;
    decisionDate: string | null;
    approvedAt: string | null;
    hasLetter: boolean;
  }[];
  options: {
    officers: Person[];
    decisionMakers: Person[];
    priorities: { id: string; code: string; title: string; strategy: string }[];
    aspects: { id: string; name: string; policy: string | null }[];
    appropriations: {
      id: string;
      code: string;
      name: string;
      expenditureArea: string | null;
      year: number;
      budgetOre: number | null;
      committedOre: number;
    }[];
    meetings: { id: string; committeeName: string; heldOn: string }[];
    legalBases: { sfs: string; title: string }[];
  };
}

const c = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}`;
const d = (id: string) => `/api/v1/decisions/${encodeURIComponent(id)}`;

export const getWorkspace = (caseId: string, o: RequestOptions) =>
  request<Workspace>('GET', `${c(caseId)}/workspace`, o);
export const assignOfficer = (caseId: string, officerUserId: string | null, o: RequestOptions) =>
  request<{ officerUserId: string | null }>('PUT', `${c(caseId)}/officer`, o, { officerUserId });

export type Grade = 'high' | 'low' | 'none';
export interface AssessmentInput {
  priorityId: string | null;
  strategyFitText: string | null;
  eligibilityText: string | null;
  stateAidBasis: string | null;
  cofinancingChecked: boolean;
  grades: { aspectId: string; grade: Grade; motivation: string | null }[];
  version?: number;
}
export interface AssessmentView extends Omit<AssessmentInput, 'version' | 'grades'> {
  id: string;
  caseStatus: string;
  grades: { aspectId: string; grade: string; motivation: string | null }[];
  version: number;
}
export const getAssessment = (caseId: string, o: RequestOptions) =>
  request<AssessmentView>('GET', `${c(caseId)}/assessment`, o);
export const saveAssessment = (caseId: string, input: AssessmentInput, o: RequestOptions) =>
  request<AssessmentView>('PUT', `${c(caseId)}/assessment`, o, input);

export interface DecisionInput {
  kind: 'grant' | 'reject';
  amountOre: number | null;
  maxShareBp: number | null;
  approvedCostsOre: number | null;
  period: { start: string; end: string } | null;
  legalBasis: string[];
  appropriationId: string | null;
  reasons: string | null;
  conditions: string | null;
  recipients: string[];
  decidedBy: string | null;
  delegationPoint: string | null;
  meetingId: string | null;
  /** 'committee', 'delegation' or 'urgent' (the chair's urgent decision, kommunallagen 6 kap. 39 §). */
  authority?: 'committee' | 'delegation' | 'urgent' | null;
  urgencyGround?: string | null;
  urgencyConsulted?: string | null;
  urgencyConsultedOn?: string | null;
}
export interface DecisionView extends DecisionInput {
  id: string;
  caseId: string;
  status: string;
  decisionDate: string | null;
  approvedAt: string | null;
  documentSha256: string | null;
  overrideReason: string | null;
  version: number;
}
export interface Finding {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: { sv: string; en: string };
  details: Record<string, unknown>;
}
export const getDecision = (id: string, o: RequestOptions) => request<DecisionView>('GET', d(id), o);
export const createDecision = (caseId: string, input: DecisionInput, o: RequestOptions) =>
  request<DecisionView>('POST', `${c(caseId)}/decisions`, o, input);
export const updateDecision = (id: string, input: DecisionInput & { version: number }, o: RequestOptions) =>
  request<DecisionView>('PUT', d(id), o, input);
export const getChecks = (id: string, o: RequestOptions) =>
  request<{ findings: Finding[]; approvable: boolean }>('GET', `${d(id)}/checks`, o);
export const proposeDecision = (id: string, o: RequestOptions) => request<DecisionView>('POST', `${d(id)}/propose`, o);
export const returnDecision = (id: string, o: RequestOptions) => request<DecisionView>('POST', `${d(id)}/return`, o);
export const approveDecision = (id: string, overrideReason: string | undefined, o: RequestOptions) =>
  request<{ decision: DecisionView; caseStatus: string; findings: Finding[]; emailId: string | null }>(
    'POST',
    `${d(id)}/approve`,
    o,
    overrideReason ? { overrideReason } : {},
  );
export const letterUrl = (id: string) => `${d(id)}/letter.pdf`;
export const letterPreviewUrl = (id: string) => `${d(id)}/letter-preview.pdf`;

export interface CaseEmail {
  id: string;
  to: string[];
  subject: string;
  status: string;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  sentAt: string | null;
  createdAt: string;
  attachments: { documentId: string; filename: string }[];
}
export const listCaseEmails = (caseId: string, o: RequestOptions) =>
  request<{ items: CaseEmail[] }>('GET', `${c(caseId)}/emails`, o);
export const retryCaseEmail = (caseId: string, emailId: string, o: RequestOptions) =>
  request<unknown>('POST', `${c(caseId)}/emails/${encodeURIComponent(emailId)}/retry`, o);
