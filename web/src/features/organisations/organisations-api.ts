import type { RequestOptions } from '../../api.js';
import { api, callOptions, dataOf, type paths } from '../../api/client.js';

// Typed from the OpenAPI document (web/src/api/schema.d.ts): the shapes below are the contract's
// (src/server/modules/organisations/schemas.ts).
type Mine = paths['/api/v1/my/organization'];
type Members = paths['/api/v1/organizations/{organizationId}/members'];
type JoinRequests = paths['/api/v1/organizations/{organizationId}/join-requests'];
type Organisations = paths['/api/v1/organizations'];

/** The signed-in person's organisation, their roles in it, and their request to join one while it waits. */
export type MyOrganisation = Mine['get']['responses'][200]['content']['application/json'];
export type OrganisationView = NonNullable<MyOrganisation['organization']>;
export type OrganizationType = OrganisationView['type'];
export type Lookup = paths['/api/v1/organizations/lookup']['get']['responses'][200]['content']['application/json'];
export type Member = Members['get']['responses'][200]['content']['application/json']['items'][number];
export type JoinRequest = JoinRequests['get']['responses'][200]['content']['application/json']['items'][number];
export type NewOrganisation = Organisations['post']['requestBody']['content']['application/json'];
export type NewColleague =
  paths['/api/v1/organizations/{organizationId}/invitations']['post']['requestBody']['content']['application/json'];
export type SignUp = paths['/api/v1/auth/signup']['post']['requestBody']['content']['application/json'];

export const signUp = (body: SignUp, o: RequestOptions) =>
  dataOf(api.POST('/api/v1/auth/signup', { body, ...callOptions(o) }));
export const verifyEmail = (token: string, o: RequestOptions) =>
  dataOf(api.POST('/api/v1/auth/verify-email', { body: { token }, ...callOptions(o) }));
export const resendVerification = (email: string, o: RequestOptions) =>
  dataOf(api.POST('/api/v1/auth/verify-email/resend', { body: { email }, ...callOptions(o) }));

export const getMyOrganisation = (o: RequestOptions) => dataOf(api.GET('/api/v1/my/organization', callOptions(o)));
export const lookupOrganisation = (orgNumber: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/organizations/lookup', { params: { query: { orgNumber } }, ...callOptions(o) }));
export const registerOrganisation = (body: NewOrganisation, o: RequestOptions) =>
  dataOf(api.POST('/api/v1/organizations', { body, ...callOptions(o) }));
export const askToJoin = (organizationId: string, message: string, o: RequestOptions) =>
  dataOf(
    api.POST('/api/v1/organizations/{organizationId}/join-requests', {
      params: { path: { organizationId } },
      body: message ? { message } : {},
      ...callOptions(o),
    }),
  );
export const withdrawRequest = (o: RequestOptions) =>
  dataOf(api.POST('/api/v1/my/join-request/withdraw', callOptions(o)));

export const listJoinRequests = (organizationId: string, o: RequestOptions) =>
  dataOf(
    api.GET('/api/v1/organizations/{organizationId}/join-requests', {
      params: { path: { organizationId } },
      ...callOptions(o),
    }),
  );
export const decideJoinRequest = (
  organizationId: string,
  requestId: string,
  outcome: 'accept' | 'refuse',
  reason: string,
  o: RequestOptions,
) => {
  const call = {
    params: { path: { organizationId, requestId } },
    body: reason ? { reason } : {},
    ...callOptions(o),
  };
  return dataOf(
    outcome === 'accept'
      ? api.POST('/api/v1/organizations/{organizationId}/join-requests/{requestId}/accept', call)
      : api.POST('/api/v1/organizations/{organizationId}/join-requests/{requestId}/refuse', call),
  );
};
export const listMembers = (organizationId: string, o: RequestOptions) =>
  dataOf(
    api.GET('/api/v1/organizations/{organizationId}/members', {
      params: { path: { organizationId } },
      ...callOptions(o),
    }),
  );
export const inviteColleague = (organizationId: string, body: NewColleague, o: RequestOptions) =>
  dataOf(
    api.POST('/api/v1/organizations/{organizationId}/invitations', {
      params: { path: { organizationId } },
      body,
      ...callOptions(o),
    }),
  );
export const setAdministrator = (organizationId: string, member: Member, administrator: boolean, o: RequestOptions) =>
  dataOf(
    api.PATCH('/api/v1/organizations/{organizationId}/members/{userId}', {
      params: { path: { organizationId, userId: member.userId } },
      body: { version: member.version, administrator },
      ...callOptions(o),
    }),
  );
export const removeMember = (organizationId: string, member: Member, o: RequestOptions) =>
  dataOf(
    api.POST('/api/v1/organizations/{organizationId}/members/{userId}/remove', {
      params: { path: { organizationId, userId: member.userId } },
      body: { version: member.version },
      ...callOptions(o),
    }),
  );
