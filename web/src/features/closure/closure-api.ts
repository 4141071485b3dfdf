import type { RequestOptions } from '../../api.js';
import { api, callOptions, dataOf, type paths } from '../../api/client.js';

/*
 * The closure routes (src/server/modules/closure) as the web app calls them. Money is öre. Typed from the OpenAPI
 * document (web/src/api/schema.d.ts): the shapes below are the contract's.
 */
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type ClosureView = Json<paths['/api/v1/projects/{projectId}/closure']['get']['responses'][200]>;
export type ReportView = Json<paths['/api/v1/reports/{id}']['get']['responses'][200]>;
export type ReportContent = ReportView['content'];
export type RecoveryView = ClosureView['recoveries'][number];
/** Withdrawal, recovery and closing decisions drafted or proposed, waiting for a decision maker. */
export type PendingDecisionView = ClosureView['pendingDecisions'][number];
export type RecoveryInput = Json<paths['/api/v1/projects/{projectId}/recoveries']['post']['requestBody']>;
export type ReceivedInput = Json<paths['/api/v1/recoveries/{id}/received']['post']['requestBody']>;

const project = (projectId: string) => ({ path: { projectId } });
const byId = (id: string) => ({ path: { id } });

export const getClosure = (projectId: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/projects/{projectId}/closure', { params: project(projectId), ...callOptions(o) }));
export const createReport = (projectId: string, content: ReportContent, o: RequestOptions) =>
  dataOf(
    api.POST('/api/v1/projects/{projectId}/reports', {
      params: project(projectId),
      body: { kind: 'final', content },
      ...callOptions(o),
    }),
  );
export const saveReport = (id: string, version: number, content: ReportContent, o: RequestOptions) =>
  dataOf(api.PUT('/api/v1/reports/{id}', { params: byId(id), body: { version, content }, ...callOptions(o) }));
export const submitReport = (id: string, version: number, o: RequestOptions) =>
  dataOf(api.POST('/api/v1/reports/{id}/submit', { params: byId(id), body: { version }, ...callOptions(o) }));
export const approveReport = (id: string, version: number, o: RequestOptions) =>
  dataOf(api.POST('/api/v1/reports/{id}/approve', { params: byId(id), body: { version }, ...callOptions(o) }));
/** A draft decision closing the project; the officer proposes it and a decision maker decides. */
export const closeProject = (
  projectId: string,
  withoutFinalPaymentReason: string,
  delegationPoint: string,
  o: RequestOptions,
) =>
  dataOf(
    api.POST('/api/v1/projects/{projectId}/close', {
      params: project(projectId),
      body: {
        ...(withoutFinalPaymentReason.trim() ? { withoutFinalPaymentReason } : {}),
        ...(delegationPoint.trim() ? { delegationPoint: delegationPoint.trim() } : {}),
      },
      ...callOptions(o),
    }),
  );
export const createRecovery = (projectId: string, body: RecoveryInput, o: RequestOptions) =>
  dataOf(api.POST('/api/v1/projects/{projectId}/recoveries', { params: project(projectId), body, ...callOptions(o) }));
/** "Lämna beslutsförslag": the officer puts the draft before the decision maker. */
export const proposeDecision = (decisionId: string, o: RequestOptions) =>
  dataOf(api.POST('/api/v1/decisions/{id}/propose', { params: byId(decisionId), ...callOptions(o) }));
/** "Fatta beslut": a decision maker other than the author approves the proposal; the server writes its effect. */
export const approveDecision = (decisionId: string, o: RequestOptions) =>
  dataOf(api.POST('/api/v1/decisions/{id}/approve', { params: byId(decisionId), body: {}, ...callOptions(o) }));
export const recordReceived = (id: string, body: ReceivedInput, o: RequestOptions) =>
  dataOf(api.POST('/api/v1/recoveries/{id}/received', { params: byId(id), body, ...callOptions(o) }));
