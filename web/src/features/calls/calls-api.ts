import type { FieldIssue } from '../../../../src/domain/index.js';
import { request, type ApplicationView, type InboxItem, type Page, type RequestOptions } from '../../api.js';

/** A call as its funder's staff see it (src/server/modules/calls/call-schema.ts). Money in öre. */
export interface Call {
  id: string;
  funderId: string;
  title: string;
  description: string;
  eligibleOrganizationTypes: string[];
  opensAt: string;
  closesAt: string;
  budgetOre: number | null;
  appropriationId: string | null;
  priorities: { id: string; code: string; title: string }[];
  requiredAttachments: RequiredAttachment[];
  status: 'draft' | 'published';
  phase: CallPhase;
  publishedAt: string | null;
  version: number;
  applicationCount: number;
  draftCount: number;
  canEdit: boolean;
}
export type CallPhase = 'draft' | 'upcoming' | 'open' | 'closed';
export interface RequiredAttachment {
  key: string;
  title: string;
  description: string | null;
}

/** What the form sends (POST /funders/:id/calls, PUT /calls/:id). */
export interface CallInput {
  title: string;
  description: string;
  eligibleOrganizationTypes: string[];
  opensAt: string;
  closesAt: string;
  budgetOre: number | null;
  appropriationId: string | null;
  priorityIds: string[];
  requiredAttachments: { key?: string; title: string; description: string | null }[];
}

export interface CallOptions {
  priorities: { id: string; code: string; title: string; strategy: string; active: boolean }[];
  appropriations: { id: string; label: string }[];
  organizationTypes: string[];
}

/** A published call as everyone sees it. */
export interface PublicCall {
  id: string;
  title: string;
  description: string;
  funder: { id: string; name: string; committee: string };
  opensAt: string;
  closesAt: string;
  phase: 'upcoming' | 'open' | 'closed';
  budgetOre: number | null;
  priorities: { code: string; title: string }[];
  eligibleOrganizationTypes: string[];
  requiredAttachments: RequiredAttachment[];
}

const id = encodeURIComponent;

export const listCalls = (funderId: string, o: RequestOptions) =>
  request<{ items: Call[] }>('GET', `/api/v1/funders/${id(funderId)}/calls`, o);
export const getCallOptions = (funderId: string, o: RequestOptions) =>
  request<CallOptions>('GET', `/api/v1/funders/${id(funderId)}/call-options`, o);
export const getCall = (callId: string, o: RequestOptions) => request<Call>('GET', `/api/v1/calls/${id(callId)}`, o);
export const createCall = (funderId: string, input: CallInput, o: RequestOptions) =>
  request<Call>('POST', `/api/v1/funders/${id(funderId)}/calls`, o, input);
export const saveCall = (callId: string, version: number, input: CallInput, o: RequestOptions) =>
  request<Call>('PUT', `/api/v1/calls/${id(callId)}`, o, { ...input, version });
export const publishCall = (callId: string, version: number, o: RequestOptions) =>
  request<Call>('POST', `/api/v1/calls/${id(callId)}/publish`, o, { version });

export const listPublicCalls = (when: 'current' | 'closed', o: RequestOptions) =>
  request<Page<PublicCall>>('GET', `/api/v1/public/calls?when=${when}&pageSize=100`, o);
export const getPublicCall = (callId: string, o: RequestOptions) =>
  request<PublicCall>('GET', `/api/v1/public/calls/${id(callId)}`, o);
export const checkApplication = (callId: string, o: RequestOptions) =>
  request<{ canApply: boolean; issue: FieldIssue | null }>('GET', `/api/v1/calls/${id(callId)}/application-check`, o);
/** A new draft application to a call (POST /api/v1/applications with callId). */
export const applyToCall = (funderId: string, callId: string, o: RequestOptions) =>
  request<ApplicationView>('POST', '/api/v1/applications', o, { funderId, callId, content: {} });

/** Every call of the funders the signed-in person works for: the choices of the inbox's and portfolio's filters. */
export interface StaffCall {
  id: string;
  funderId: string;
  title: string;
  status: 'draft' | 'published';
  opensAt: string;
  closesAt: string;
}
export const listStaffCalls = (o: RequestOptions) => request<{ items: StaffCall[] }>('GET', '/api/v1/my/calls', o);

/** The officer's inbox, optionally only the applications to one call. */
export const getInboxOfCall = (
  status: string,
  assigned: 'all' | 'me' | 'unassigned',
  callId: string,
  o: RequestOptions,
) =>
  request<Page<InboxItem>>(
    'GET',
    `/api/v1/inbox?${new URLSearchParams({
      ...(status ? { status } : {}),
      ...(callId ? { callId } : {}),
      assigned,
      pageSize: '100',
    }).toString()}`,
    o,
  );
