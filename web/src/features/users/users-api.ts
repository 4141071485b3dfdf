import { request, type RequestOptions, type Session } from '../../api.js';

export interface InvitationView {
  email: string;
  displayName: string;
  organization: string | null;
  roles: { role: string; capacity: string | null }[];
  /** Invited as the installation's first administrator (no organisation or roles yet). */
  installationAdmin?: boolean;
  expiresAt: string;
}

export const inspectInvitation = (token: string, o: RequestOptions) =>
  request<InvitationView>('POST', '/api/v1/auth/invitations/inspect', o, { token });
export const acceptInvitation = (token: string, password: string, displayName: string, o: RequestOptions) =>
  request<Session>('POST', '/api/v1/auth/invitations/accept', o, { token, password, displayName });

// ---- Password reset: no session needed; the link's token is the credential. ----

export const requestPasswordReset = (email: string, o: RequestOptions) =>
  request<null>('POST', '/api/v1/auth/password-reset', o, { email });
export const completePasswordReset = (token: string, password: string, o: RequestOptions) =>
  request<undefined>('POST', '/api/v1/auth/password-reset/complete', o, { token, password });

// ---- A funder's users, kept by its administrators. ----

/** The roles a funder gives its staff, in the order the forms show them. */
export const STAFF_ROLES = ['administrator', 'case_officer', 'decision_maker', 'finance_officer', 'communications'];

export interface RoleChoice {
  role: string;
  capacity?: string | null;
}

export interface StaffMember {
  id: string;
  email: string;
  displayName: string;
  title: string | null;
  phone: string | null;
  active: boolean;
  lastSignedInAt: string | null;
  version: number;
  roles: { role: string; capacity: string | null }[];
  invitation: { state: 'accepted' | 'pending' | 'expired'; expiresAt: string | null };
}

const base = (funderId: string) => `/api/v1/funders/${encodeURIComponent(funderId)}/users`;
const one = (funderId: string, userId: string) => `${base(funderId)}/${encodeURIComponent(userId)}`;

export const listStaff = (funderId: string, o: RequestOptions) =>
  request<{ items: StaffMember[] }>('GET', base(funderId), o);
export const inviteStaff = (
  funderId: string,
  body: { email: string; displayName: string; title: string | null; phone: string | null; roles: RoleChoice[] },
  o: RequestOptions,
) => request<StaffMember>('POST', base(funderId), o, body);
export const resendInvitation = (funderId: string, userId: string, o: RequestOptions) =>
  request<StaffMember>('POST', `${one(funderId, userId)}/invitation`, o);
export const changeRoles = (funderId: string, m: StaffMember, roles: RoleChoice[], o: RequestOptions) =>
  request<StaffMember>('PUT', `${one(funderId, m.id)}/roles`, o, { version: m.version, roles });
export const changeContact = (
  funderId: string,
  m: StaffMember,
  body: { title: string | null; phone: string | null },
  o: RequestOptions,
) => request<StaffMember>('PUT', `${one(funderId, m.id)}/contact`, o, { version: m.version, ...body });
export const setActive = (funderId: string, m: StaffMember, active: boolean, o: RequestOptions) =>
  request<StaffMember>('POST', `${one(funderId, m.id)}/${active ? 'enable' : 'disable'}`, o, { version: m.version });

/** A funder's administrator invites the first administrator of an applicant organisation it has cases with. */
export const inviteApplicantAdministrator = (
  funderId: string,
  body: { orgNumber: string; email: string; displayName: string },
  o: RequestOptions,
) =>
  request<{ userId: string; organization: string }>(
    'POST',
    `/api/v1/funders/${funderId}/applicant-administrators`,
    o,
    body,
  );
