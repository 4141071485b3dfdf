import type { RequestOptions } from '../../api.js';
import { api, callOptions, dataOf, type paths } from '../../api/client.js';

// Typed from the OpenAPI document (web/src/api/schema.d.ts): the shapes below are the contract's
// (src/server/modules/calls/call-schema.ts). Money in öre.
type FunderCalls = paths['/api/v1/funders/{funderId}/calls'];
type OneCall = paths['/api/v1/calls/{callId}'];
type PublicCalls = paths['/api/v1/public/calls'];
type Inbox = paths['/api/v1/inbox'];

/** A call as its funder's staff see it. */
export type Call = OneCall['get']['responses'][200]['content']['application/json'];
export type CallPhase = Call['phase'];
export type RequiredAttachment = Call['requiredAttachments'][number];
/** What the form sends (POST /funders/:id/calls, PUT /calls/:id without its version). */
export type CallInput = FunderCalls['post']['requestBody']['content']['application/json'];
export type CallOptions =
  paths['/api/v1/funders/{funderId}/call-options']['get']['responses'][200]['content']['application/json'];
export type OrganizationType = CallOptions['organizationTypes'][number];

/** A published call as everyone sees it. */
export type PublicCall = paths['/api/v1/public/calls/{callId}']['get']['responses'][200]['content']['application/json'];

/** Whether the signed-in person may apply to a call, and the rule that stops them if not. */
export type ApplicationCheck =
  paths['/api/v1/calls/{callId}/application-check']['get']['responses'][200]['content']['application/json'];

/** Every call of the funders the signed-in person works for: the choices of the inbox's and portfolio's filters. */
export type StaffCall =
  paths['/api/v1/my/calls']['get']['responses'][200]['content']['application/json']['items'][number];

export const listCalls = (funderId: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/funders/{funderId}/calls', { params: { path: { funderId } }, ...callOptions(o) }));
export const getCallOptions = (funderId: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/funders/{funderId}/call-options', { params: { path: { funderId } }, ...callOptions(o) }));
export const getCall = (callId: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/calls/{callId}', { params: { path: { callId } }, ...callOptions(o) }));
export const createCall = (funderId: string, input: CallInput, o: RequestOptions) =>
  dataOf(
    api.POST('/api/v1/funders/{funderId}/calls', { params: { path: { funderId } }, body: input, ...callOptions(o) }),
  );
export const saveCall = (callId: string, version: number, input: CallInput, o: RequestOptions) =>
  dataOf(
    api.PUT('/api/v1/calls/{callId}', {
      params: { path: { callId } },
      body: { ...input, version },
      ...callOptions(o),
    }),
  );
export const publishCall = (callId: string, version: number, o: RequestOptions) =>
  dataOf(
    api.POST('/api/v1/calls/{callId}/publish', { params: { path: { callId } }, body: { version }, ...callOptions(o) }),
  );

type When = NonNullable<NonNullable<PublicCalls['get']['parameters']['query']>['when']>;
export const listPublicCalls = (when: When, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/public/calls', { params: { query: { when, pageSize: 100 } }, ...callOptions(o) }));
export const getPublicCall = (callId: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/public/calls/{callId}', { params: { path: { callId } }, ...callOptions(o) }));
export const checkApplication = (callId: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/calls/{callId}/application-check', { params: { path: { callId } }, ...callOptions(o) }));
/** A new draft application to a call (POST /api/v1/applications with callId). */
export const applyToCall = (funderId: string, callId: string, o: RequestOptions) =>
  dataOf(api.POST('/api/v1/applications', { body: { funderId, callId, content: {} }, ...callOptions(o) }));

export const listStaffCalls = (o: RequestOptions) => dataOf(api.GET('/api/v1/my/calls', callOptions(o)));

type InboxQuery = NonNullable<Inbox['get']['parameters']['query']>;
type InboxStatus = NonNullable<InboxQuery['status']>;
const INBOX_STATUSES = [
  'submitted',
  'in_assessment',
  'decision_proposed',
  'draft',
] as const satisfies readonly InboxStatus[];
const isInboxStatus = (s: string): s is InboxStatus => (INBOX_STATUSES as readonly string[]).includes(s);

/** The officer's inbox, optionally only the applications to one call ('' = every status, every call). */
export const getInboxOfCall = (
  status: string,
  assigned: NonNullable<InboxQuery['assigned']>,
  callId: string,
  o: RequestOptions,
) =>
  dataOf(
    api.GET('/api/v1/inbox', {
      params: {
        query: {
          ...(isInboxStatus(status) ? { status } : {}),
          ...(callId ? { callId } : {}),
          assigned,
          pageSize: 100,
        },
      },
      ...callOptions(o),
    }),
  );
