import {
  assessPayment,
  basisPoints,
  ore,
  type PaymentAssessment,
  type PaymentKind,
} from '../../../../src/domain/index.js';
import type { RequestOptions } from '../../api.js';
import { api, callOptions, dataOf, type paths } from '../../api/client.js';

/*
 * The payment routes (src/server/modules/payments, reporting) as the web app calls them. Money is öre. Typed from
 * the OpenAPI document (web/src/api/schema.d.ts): the shapes below are the contract's.
 */
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Requests = paths['/api/v1/payment-requests'];
type Request = paths['/api/v1/payment-requests/{id}'];
type ReportingPlan = paths['/api/v1/projects/{projectId}/reporting-plan'];

export type PaymentRequestList = Json<Requests['get']['responses'][200]>;
export type RequestListItem = PaymentRequestList['items'][number];
export type MyPaymentProjects = Json<paths['/api/v1/my/payment-projects']['get']['responses'][200]>;
export type PaymentRequestView = Json<Request['get']['responses'][200]>;
export type Position = NonNullable<PaymentRequestView['position']>;
export type ProjectPayments = Json<paths['/api/v1/projects/{projectId}/payments']['get']['responses'][200]>;
export type ReportingPlanView = Json<ReportingPlan['get']['responses'][200]>;
export type ReportingPlanInput = Json<ReportingPlan['put']['requestBody']>;
/** What the beneficiary's form sends: every field of the request, none left to the server's default. */
export type RequestInput = Required<
  Json<paths['/api/v1/projects/{projectId}/payment-requests']['post']['requestBody']>
>;
export type ApprovalInput = Json<paths['/api/v1/payment-requests/{id}/approve']['post']['requestBody']>;
export type ReturnInput = Json<paths['/api/v1/payment-requests/{id}/return']['post']['requestBody']>;
export type RejectInput = Json<paths['/api/v1/payment-requests/{id}/reject']['post']['requestBody']>;
export type PaymentInput = Json<paths['/api/v1/payment-requests/{id}/payment']['post']['requestBody']>;

const request = (id: string) => ({ path: { id } });
const project = (projectId: string) => ({ path: { projectId } });

export const listPaymentRequests = (
  query: { status?: NonNullable<Requests['get']['parameters']['query']>['status'] },
  o: RequestOptions,
) => dataOf(api.GET('/api/v1/payment-requests', { params: { query: { ...query, pageSize: 100 } }, ...callOptions(o) }));
export const myPaymentProjects = (o: RequestOptions) =>
  dataOf(api.GET('/api/v1/my/payment-projects', { ...callOptions(o) }));
export const getProjectPayments = (projectId: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/projects/{projectId}/payments', { params: project(projectId), ...callOptions(o) }));
export const getReportingPlan = (projectId: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/projects/{projectId}/reporting-plan', { params: project(projectId), ...callOptions(o) }));
export const replaceReportingPlan = (projectId: string, body: ReportingPlanInput, o: RequestOptions) =>
  dataOf(
    api.PUT('/api/v1/projects/{projectId}/reporting-plan', { params: project(projectId), body, ...callOptions(o) }),
  );
export const createPaymentRequest = (projectId: string, body: RequestInput, o: RequestOptions) =>
  dataOf(
    api.POST('/api/v1/projects/{projectId}/payment-requests', { params: project(projectId), body, ...callOptions(o) }),
  );
export const getPaymentRequest = (id: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/payment-requests/{id}', { params: request(id), ...callOptions(o) }));
export const savePaymentRequest = (id: string, body: RequestInput & { version: number }, o: RequestOptions) =>
  dataOf(api.PUT('/api/v1/payment-requests/{id}', { params: request(id), body, ...callOptions(o) }));
export const submitPaymentRequest = (id: string, version: number, o: RequestOptions) =>
  dataOf(
    api.POST('/api/v1/payment-requests/{id}/submit', { params: request(id), body: { version }, ...callOptions(o) }),
  );
export const approvePaymentRequest = (id: string, body: ApprovalInput, o: RequestOptions) =>
  dataOf(api.POST('/api/v1/payment-requests/{id}/approve', { params: request(id), body, ...callOptions(o) }));
export const returnPaymentRequest = (id: string, body: ReturnInput, o: RequestOptions) =>
  dataOf(api.POST('/api/v1/payment-requests/{id}/return', { params: request(id), body, ...callOptions(o) }));
export const rejectPaymentRequest = (id: string, body: RejectInput, o: RequestOptions) =>
  dataOf(api.POST('/api/v1/payment-requests/{id}/reject', { params: request(id), body, ...callOptions(o) }));
export const recordPayment = (id: string, body: PaymentInput, o: RequestOptions) =>
  dataOf(api.POST('/api/v1/payment-requests/{id}/payment', { params: request(id), body, ...callOptions(o) }));
export const casePaymentLinks = (caseId: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/cases/{caseId}/payment-links', { params: { path: { caseId } }, ...callOptions(o) }));

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
