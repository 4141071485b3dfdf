import { request, type RequestOptions } from '../../api.js';

export const DECISION_KINDS = ['grant', 'reject', 'amend', 'withdraw', 'recover', 'close'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export interface DelegationPointView {
  id: string;
  number: string;
  text: string;
  decisionKinds: string[];
  deciderRole: string;
  deciderCapacity: string | null;
  amountLimitOre: number | null;
  reportToCommittee: boolean;
}

export interface DelegationOrderView {
  id: string;
  validFrom: string;
  adoptedBy: string | null;
  chairCapacity: string | null;
  inForce: boolean;
  decisionsRelyingOn: number;
  createdAt: string;
  points: DelegationPointView[];
}

export interface DelegationOrderInput {
  validFrom: string;
  adoptedBy: string | null;
  chairCapacity: string | null;
  points: {
    number: string;
    text: string;
    decisionKinds: DecisionKind[];
    deciderCapacity: string | null;
    amountLimitOre: number | null;
    reportToCommittee: boolean;
  }[];
}

const base = (funderId: string) => `/api/v1/funders/${encodeURIComponent(funderId)}/delegation-orders`;

export const getDelegationOrders = (funderId: string, o: RequestOptions) =>
  request<{ items: DelegationOrderView[] }>('GET', base(funderId), o).then((r) => r.items);

export const createDelegationOrder = (funderId: string, body: DelegationOrderInput, o: RequestOptions) =>
  request<DelegationOrderView>('POST', base(funderId), o, body);
