import type { RequestOptions } from '../../api.js';
import { api, callOptions, dataOf, type paths } from '../../api/client.js';

/**
 * The officer's side of a case (docs/domain/life-of-a-grant.md, "3. Assessment" and "4. Decision"): workspace,
 * assessment, decision, outbox. The shapes are the contract's (web/src/api/schema.d.ts).
 */

type WorkspacePath = paths['/api/v1/cases/{caseId}/workspace'];
export type Workspace = WorkspacePath['get']['responses'][200]['content']['application/json'];
export type Person = Workspace['options']['officers'][number];

export const getWorkspace = (caseId: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/cases/{caseId}/workspace', { params: { path: { caseId } }, ...callOptions(o) }));
export const assignOfficer = (caseId: string, officerUserId: string | null, o: RequestOptions) =>
  dataOf(
    api.PUT('/api/v1/cases/{caseId}/officer', {
      params: { path: { caseId } },
      body: { officerUserId },
      ...callOptions(o),
    }),
  );

type AssessmentPath = paths['/api/v1/cases/{caseId}/assessment'];
export type AssessmentInput = AssessmentPath['put']['requestBody']['content']['application/json'];
export type AssessmentView = AssessmentPath['get']['responses'][200]['content']['application/json'];
export type Grade = AssessmentView['grades'][number]['grade'];

export const getAssessment = (caseId: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/cases/{caseId}/assessment', { params: { path: { caseId } }, ...callOptions(o) }));
export const saveAssessment = (caseId: string, input: AssessmentInput, o: RequestOptions) =>
  dataOf(
    api.PUT('/api/v1/cases/{caseId}/assessment', { params: { path: { caseId } }, body: input, ...callOptions(o) }),
  );

type DecisionPath = paths['/api/v1/decisions/{id}'];
export type DecisionView = DecisionPath['get']['responses'][200]['content']['application/json'];
export type DecisionInput =
  paths['/api/v1/cases/{caseId}/decisions']['post']['requestBody']['content']['application/json'];
export type DecisionUpdate = DecisionPath['put']['requestBody']['content']['application/json'];
export type Finding =
  paths['/api/v1/decisions/{id}/checks']['get']['responses'][200]['content']['application/json']['findings'][number];

const id = (decisionId: string) => ({ params: { path: { id: decisionId } } });

export const getDecision = (decisionId: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/decisions/{id}', { ...id(decisionId), ...callOptions(o) }));
export const createDecision = (caseId: string, input: DecisionInput, o: RequestOptions) =>
  dataOf(
    api.POST('/api/v1/cases/{caseId}/decisions', { params: { path: { caseId } }, body: input, ...callOptions(o) }),
  );
export const updateDecision = (decisionId: string, input: DecisionUpdate, o: RequestOptions) =>
  dataOf(api.PUT('/api/v1/decisions/{id}', { ...id(decisionId), body: input, ...callOptions(o) }));
export const getChecks = (decisionId: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/decisions/{id}/checks', { ...id(decisionId), ...callOptions(o) }));
export const proposeDecision = (decisionId: string, o: RequestOptions) =>
  dataOf(api.POST('/api/v1/decisions/{id}/propose', { ...id(decisionId), ...callOptions(o) }));
export const returnDecision = (decisionId: string, o: RequestOptions) =>
  dataOf(api.POST('/api/v1/decisions/{id}/return', { ...id(decisionId), ...callOptions(o) }));
export const approveDecision = (decisionId: string, overrideReason: string | undefined, o: RequestOptions) =>
  dataOf(
    api.POST('/api/v1/decisions/{id}/approve', {
      ...id(decisionId),
      body: overrideReason ? { overrideReason } : {},
      ...callOptions(o),
    }),
  );

const d = (decisionId: string) => `/api/v1/decisions/${encodeURIComponent(decisionId)}`;
export const letterUrl = (decisionId: string) => `${d(decisionId)}/letter.pdf`;
export const letterPreviewUrl = (decisionId: string) => `${d(decisionId)}/letter-preview.pdf`;

type EmailsPath = paths['/api/v1/cases/{caseId}/emails'];
export type CaseEmail = EmailsPath['get']['responses'][200]['content']['application/json']['items'][number];

export const listCaseEmails = (caseId: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/cases/{caseId}/emails', { params: { path: { caseId } }, ...callOptions(o) }));
export const retryCaseEmail = (caseId: string, emailId: string, o: RequestOptions) =>
  dataOf(
    api.POST('/api/v1/cases/{caseId}/emails/{emailId}/retry', {
      params: { path: { caseId, emailId } },
      ...callOptions(o),
    }),
  );
