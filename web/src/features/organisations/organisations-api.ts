import { request, type RequestOptions, type Session } from '../../api.js';

export interface OrganisationView {
  id: string;
  orgNumber: string | null;
  name: string;
  type: string;
  postalAddress: string | null;
  email: string | null;
  phone: string | null;
}
export interface MyOrganisation {
  organization: OrganisationView | null;
  roles: string[];
  pendingRequest: {
    id: string;
    organizationId: string;
    organizationName: string;
    message: string | null;
    createdAt: string;
  } | null;
}
export interface Lookup {
  orgNumber: string;
  registered: boolean;
  organization: {
    id: string;
    name: string;
    type: string;
    hasMembers: boolean;
    hasAdministrator: boolean;
    funder: boolean;
    claimable: boolean;
  } | null;
}
export interface Member {
  userId: string;
  displayName: string;
  email: string;
  roles: string[];
  state: string;
  lastSignedInAt: string | null;
  version: number;
}
export interface JoinRequest {
  id: string;
  userId: string;
  displayName: string;
  email: string;
  message: string | null;
  createdAt: string;
}
export interface NewOrganisation {
  orgNumber: string;
  name?: string;
  type: string;
  postalAddress?: string;
  email?: string;
  phone?: string;
}

const org = (id: string) => `/api/v1/organizations/${encodeURIComponent(id)}`;

export const signUp = (body: { email: string; displayName: string; password: string }, o: RequestOptions) =>
  request<{ email: string }>('POST', '/api/v1/auth/signup', o, body);
export const verifyEmail = (token: string, o: RequestOptions) =>
  request<Session>('POST', '/api/v1/auth/verify-email', o, { token });
export const resendVerification = (email: string, o: RequestOptions) =>
  request<Record<string, never>>('POST', '/api/v1/auth/verify-email/resend', o, { email });

export const getMyOrganisation = (o: RequestOptions) => request<MyOrganisation>('GET', '/api/v1/my/organization', o);
export const lookupOrganisation = (orgNumber: string, o: RequestOptions) =>
  request<Lookup>('GET', `/api/v1/organizations/lookup?${new URLSearchParams({ orgNumber }).toString()}`, o);
export const registerOrganisation = (body: NewOrganisation, o: RequestOptions) =>
  request<MyOrganisation>('POST', '/api/v1/organizations', o, body);
export const askToJoin = (organizationId: string, message: string, o: RequestOptions) =>
  request<MyOrganisation>('POST', `${org(organizationId)}/join-requests`, o, message ? { message } : {});
export const withdrawRequest = (o: RequestOptions) =>
  request<MyOrganisation>('POST', '/api/v1/my/join-request/withdraw', o, {});

export const listJoinRequests = (organizationId: string, o: RequestOptions) =>
  request<{ items: JoinRequest[] }>('GET', `${org(organizationId)}/join-requests`, o);
export const decideJoinRequest = (
  organizationId: string,
  requestId: string,
  outcome: 'accept' | 'refuse',
  reason: string,
  o: RequestOptions,
) =>
  request<{ items: JoinRequest[] }>(
    'POST',
    `${org(organizationId)}/join-requests/${encodeURIComponent(requestId)}/${outcome}`,
    o,
    reason ? { reason } : {},
  );
export const listMembers = (organizationId: string, o: RequestOptions) =>
  request<{ items: Member[] }>('GET', `${org(organizationId)}/members`, o);
export const inviteColleague = (
  organizationId: string,
  body: { email: string; displayName: string; admin: boolean },
  o: RequestOptions,
) => request<{ items: Member[] }>('POST', `${org(organizationId)}/invitations`, o, body);
export const setAdministrator = (organizationId: string, member: Member, administrator: boolean, o: RequestOptions) =>
  request<{ items: Member[] }>('PATCH', `${org(organizationId)}/members/${encodeURIComponent(member.userId)}`, o, {
    version: member.version,
    administrator,
  });
export const removeMember = (organizationId: string, member: Member, o: RequestOptions) =>
  request<{ items: Member[] }>(
    'POST',
    `${org(organizationId)}/members/${encodeURIComponent(member.userId)}/remove`,
    o,
    {
      version: member.version,
    },
  );
