import type { RequestOptions } from '../../api.js';
import { api, callOptions, dataOf, type paths } from '../../api/client.js';

/**
 * The amendment API (docs/domain/life-of-a-grant.md, "5. Amendment"): requests, amendment decisions, versions and plan
 * diffs. Typed from the OpenAPI document (web/src/api/schema.d.ts): the shapes below are the contract's.
 */

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type RequestPath = paths['/api/v1/amendment-requests/{caseId}'];
type DecisionPath = paths['/api/v1/amendment-decisions/{id}'];
type VersionsPath = paths['/api/v1/projects/{projectId}/versions'];
type PlanDiffPath = paths['/api/v1/projects/{projectId}/activity-plan/diff'];

export type RequestView = Json<RequestPath['get']['responses'][200]>;
/** What the request asks to change, as the server holds it (null: unchanged). */
export type RequestContent = RequestView['content'];
export type RevisedActivity = RequestView['currentPlan'][number];
/** The budget in force: a decision's budget version, the granted application's budget, or none. */
export type BudgetInForce = RequestView['currentBudget'];
export type BudgetLine = BudgetInForce['lines'][number];
export type BudgetTotals = BudgetInForce['totals'];
export type Terms = RequestView['inForce'];
export type PlanDiff = RequestView['diff'];
export type DiffRow = PlanDiff['rows'][number];
export type DiffField = DiffRow['changed'][number];

export type AmendmentDecisionView = Json<DecisionPath['get']['responses'][200]>;
export type AmendmentDecisionInput = NonNullable<
  Json<paths['/api/v1/amendment-requests/{caseId}/decision']['post']['requestBody']>
>;
export type AmendmentDecisionUpdate = Json<DecisionPath['put']['requestBody']>;

export type MyProject = Json<paths['/api/v1/my/projects']['get']['responses'][200]>['items'][number];
export type Versions = Json<VersionsPath['get']['responses'][200]>;
export type Version = Versions['versions'][number];
export type PlanVersion = Versions['planVersions'][number];
export type PlanDiffBetween = Json<PlanDiffPath['get']['responses'][200]>;
export type CaseProject = Json<paths['/api/v1/cases/{caseId}/project']['get']['responses'][200]>;

export const listMyProjects = (o: RequestOptions) => dataOf(api.GET('/api/v1/my/projects', callOptions(o)));
export const createRequest = (
  projectId: string,
  content: Json<paths['/api/v1/projects/{projectId}/amendment-requests']['post']['requestBody']>['content'],
  o: RequestOptions,
) =>
  dataOf(
    api.POST('/api/v1/projects/{projectId}/amendment-requests', {
      params: { path: { projectId } },
      body: { content },
      ...callOptions(o),
    }),
  );
export const getRequest = (caseId: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/amendment-requests/{caseId}', { params: { path: { caseId } }, ...callOptions(o) }));
export const saveRequest = (caseId: string, version: number, content: RequestContent, o: RequestOptions) =>
  dataOf(
    api.PUT('/api/v1/amendment-requests/{caseId}', {
      params: { path: { caseId } },
      body: { version, content },
      ...callOptions(o),
    }),
  );
export const submitRequest = (caseId: string, version: number, o: RequestOptions) =>
  dataOf(
    api.POST('/api/v1/amendment-requests/{caseId}/submit', {
      params: { path: { caseId } },
      body: { version },
      ...callOptions(o),
    }),
  );
export const createAmendmentDecision = (caseId: string, input: AmendmentDecisionInput, o: RequestOptions) =>
  dataOf(
    api.POST('/api/v1/amendment-requests/{caseId}/decision', {
      params: { path: { caseId } },
      body: input,
      ...callOptions(o),
    }),
  );
export const getAmendmentDecision = (id: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/amendment-decisions/{id}', { params: { path: { id } }, ...callOptions(o) }));
export const updateAmendmentDecision = (id: string, input: AmendmentDecisionUpdate, o: RequestOptions) =>
  dataOf(api.PUT('/api/v1/amendment-decisions/{id}', { params: { path: { id } }, body: input, ...callOptions(o) }));
export const getVersions = (projectId: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/projects/{projectId}/versions', { params: { path: { projectId } }, ...callOptions(o) }));
export const getPlanDiff = (projectId: string, from: number | null, to: number | null, o: RequestOptions) =>
  dataOf(
    api.GET('/api/v1/projects/{projectId}/activity-plan/diff', {
      params: {
        path: { projectId },
        query: { ...(from !== null ? { from } : {}), ...(to !== null ? { to } : {}) },
      },
      ...callOptions(o),
    }),
  );
export const getCaseProject = (caseId: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/cases/{caseId}/project', { params: { path: { caseId } }, ...callOptions(o) }));
