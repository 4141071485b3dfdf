import type { RequestOptions } from '../../api.js';
import { api, callOptions, dataOf, type paths } from '../../api/client.js';

/**
 * The state allocations API (docs/domain/life-of-a-grant.md, "9. State allocations"): decisions, allocations per
 * recipient and year, deadlines. Typed from the OpenAPI document (web/src/api/schema.d.ts): the shapes below are
 * the contract's.
 */
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type OneAllocation = paths['/api/v1/state-allocations/{id}'];

export type StateDecisionList = Json<paths['/api/v1/state-decisions']['get']['responses'][200]>;
export type StateDecisionSummary = StateDecisionList['items'][number];
export type StateDecisionDetail = Json<paths['/api/v1/state-decisions/{id}']['get']['responses'][200]>;
export type AllocationWithDecision = Json<OneAllocation['get']['responses'][200]>;
export type Allocation = Json<OneAllocation['patch']['responses'][200]>;
export type AllocationChange = Json<OneAllocation['patch']['requestBody']>;
export type Deadline = Allocation['deadlines'][number];
export type DeadlineKind = Deadline['kind'];
export type DeadlineState = Deadline['state'];
export type Stage = Allocation['stage'];
export type Issue = Allocation['warnings'][number];
export type DeadlineCalendar = Json<paths['/api/v1/state-allocations/deadlines']['get']['responses'][200]>;
export type CalendarEntry = DeadlineCalendar['items'][number];

export const listStateDecisions = (o: RequestOptions) =>
  dataOf(api.GET('/api/v1/state-decisions', { params: { query: { pageSize: 100 } }, ...callOptions(o) }));
export const getStateDecision = (id: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/state-decisions/{id}', { params: { path: { id } }, ...callOptions(o) }));
export const getAllocation = (id: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/state-allocations/{id}', { params: { path: { id } }, ...callOptions(o) }));
export const updateAllocation = (id: string, change: AllocationChange, o: RequestOptions) =>
  dataOf(api.PATCH('/api/v1/state-allocations/{id}', { params: { path: { id } }, body: change, ...callOptions(o) }));
export const getDeadlines = (query: { from?: string; to?: string; overdue?: boolean }, o: RequestOptions) =>
  dataOf(
    api.GET('/api/v1/state-allocations/deadlines', {
      params: {
        query: {
          ...(query.from ? { from: query.from } : {}),
          ...(query.to ? { to: query.to } : {}),
          ...(query.overdue === false ? { overdue: 'false' as const } : {}),
        },
      },
      ...callOptions(o),
    }),
  );
