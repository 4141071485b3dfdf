import { request, type RequestOptions, type Session } from '../../api.js';

export interface InvitationView {
  email: string;
  displayName: string;
  organization: string | null;
  roles: { role: string; capacity: string | null }[];
  expiresAt: string;
}

export const inspectInvitation = (token: string, o: RequestOptions) =>
  request<InvitationView>('POST', '/api/v1/auth/invitations/inspect', o, { token });
export const acceptInvitation = (token: string, password: string, displayName: string, o: RequestOptions) =>
  request<Session>('POST', '/api/v1/auth/invitations/accept', o, { token, password, displayName });
