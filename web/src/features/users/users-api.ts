import type { RequestOptions } from '../../api.js';
import { api, callOptions, dataOf, type paths } from '../../api/client.js';

// Typed from the OpenAPI document (web/src/api/schema.d.ts): the shapes below are the contract's
// (src/server/modules/users/users.schemas.ts).
type Staff = paths['/api/v1/funders/{funderId}/users'];

/** An invitation as its link shows it before the person accepts. */
export type InvitationView =
  paths['/api/v1/auth/invitations/inspect']['post']['responses'][200]['content']['application/json'];

export const inspectInvitation = (token: string, o: RequestOptions) =>
  dataOf(api.POST('/api/v1/auth/invitations/inspect', { body: { token }, ...callOptions(o) }));
export const acceptInvitation = (token: string, password: string, displayName: string, o: RequestOptions) =>
  dataOf(api.POST('/api/v1/auth/invitations/accept', { body: { token, password, displayName }, ...callOptions(o) }));

// ---- Password reset: no session needed; the link's token is the credential. ----

export const requestPasswordReset = (email: string, o: RequestOptions) =>
  dataOf(api.POST('/api/v1/auth/password-reset', { body: { email }, ...callOptions(o) }));
export const completePasswordReset = (token: string, password: string, o: RequestOptions) =>
  dataOf(api.POST('/api/v1/auth/password-reset/complete', { body: { token, password }, ...callOptions(o) }));

// ---- A funder's users, kept by its administrators. ----

export type NewStaffMember = Staff['post']['requestBody']['content']['application/json'];
/** A role given to a funder's staff member, with the decision maker's capacity. */
export type RoleChoice = NewStaffMember['roles'][number];
export type StaffRole = RoleChoice['role'];
export type StaffMember = Staff['get']['responses'][200]['content']['application/json']['items'][number];

/** The roles a funder gives its staff, in the order the forms show them. */
export const STAFF_ROLES = [
  'administrator',
  'case_officer',
  'decision_maker',
  'finance_officer',
  'communications',
] as const satisfies readonly StaffRole[];
// Every role the contract lets a funder give is offered above.
const _allRoles: StaffRole extends (typeof STAFF_ROLES)[number] ? true : never = true;

export const listStaff = (funderId: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/funders/{funderId}/users', { params: { path: { funderId } }, ...callOptions(o) }));
export const inviteStaff = (funderId: string, body: NewStaffMember, o: RequestOptions) =>
  dataOf(api.POST('/api/v1/funders/{funderId}/users', { params: { path: { funderId } }, body, ...callOptions(o) }));
export const resendInvitation = (funderId: string, userId: string, o: RequestOptions) =>
  dataOf(
    api.POST('/api/v1/funders/{funderId}/users/{userId}/invitation', {
      params: { path: { funderId, userId } },
      ...callOptions(o),
    }),
  );
export const changeRoles = (funderId: string, m: StaffMember, roles: RoleChoice[], o: RequestOptions) =>
  dataOf(
    api.PUT('/api/v1/funders/{funderId}/users/{userId}/roles', {
      params: { path: { funderId, userId: m.id } },
      body: { version: m.version, roles },
      ...callOptions(o),
    }),
  );
export const changeContact = (
  funderId: string,
  m: StaffMember,
  body: { title: string | null; phone: string | null },
  o: RequestOptions,
) =>
  dataOf(
    api.PUT('/api/v1/funders/{funderId}/users/{userId}/contact', {
      params: { path: { funderId, userId: m.id } },
      body: { version: m.version, ...body },
      ...callOptions(o),
    }),
  );
export const setActive = (funderId: string, m: StaffMember, active: boolean, o: RequestOptions) => {
  const call = {
    params: { path: { funderId, userId: m.id } },
    body: { version: m.version },
    ...callOptions(o),
  };
  return dataOf(
    active
      ? api.POST('/api/v1/funders/{funderId}/users/{userId}/enable', call)
      : api.POST('/api/v1/funders/{funderId}/users/{userId}/disable', call),
  );
};

/** A funder's administrator invites the first administrator of an applicant organisation it has cases with. */
export const inviteApplicantAdministrator = (
  funderId: string,
  body: paths['/api/v1/funders/{funderId}/applicant-administrators']['post']['requestBody']['content']['application/json'],
  o: RequestOptions,
) =>
  dataOf(
    api.POST('/api/v1/funders/{funderId}/applicant-administrators', {
      params: { path: { funderId } },
      body,
      ...callOptions(o),
    }),
  );
