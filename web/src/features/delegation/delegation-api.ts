import type { RequestOptions } from '../../api.js';
import { api, callOptions, dataOf, type paths } from '../../api/client.js';

// Typed from the OpenAPI document (web/src/api/schema.d.ts): the shapes below are the contract's.
type Orders = paths['/api/v1/funders/{funderId}/delegation-orders'];

export type DelegationOrderView = Orders['get']['responses'][200]['content']['application/json']['items'][number];
export type DelegationPointView = DelegationOrderView['points'][number];
export type DelegationOrderInput = Orders['post']['requestBody']['content']['application/json'];

export type DecisionKind = DelegationOrderInput['points'][number]['decisionKinds'][number];
export const DECISION_KINDS = [
  'grant',
  'reject',
  'amend',
  'withdraw',
  'recover',
  'close',
] as const satisfies readonly DecisionKind[];
// Every kind the contract knows is listed above.
const _allKinds: (typeof DECISION_KINDS)[number] extends DecisionKind
  ? DecisionKind extends (typeof DECISION_KINDS)[number]
    ? true
    : never
  : never = true;

export const getDelegationOrders = (funderId: string, o: RequestOptions) =>
  dataOf(
    api.GET('/api/v1/funders/{funderId}/delegation-orders', { params: { path: { funderId } }, ...callOptions(o) }),
  ).then((r) => r.items);

export const createDelegationOrder = (funderId: string, body: DelegationOrderInput, o: RequestOptions) =>
  dataOf(
    api.POST('/api/v1/funders/{funderId}/delegation-orders', {
      params: { path: { funderId } },
      body,
      ...callOptions(o),
    }),
  );
