import { role } from '../../db/schema/index.js';
import type { Reach } from './reach.js';

export type Role = (typeof role.enumValues)[number];
/** Every role, for schemas of routes (which do not reach into the database schema themselves). */
export const ROLES = role.enumValues;

/** A role held within one organisation's scope (a row of role_grants). */
export interface RoleGrantView {
  role: Role;
  organizationId: string;
  /** A decision maker's formal capacity in this organisation, e.g. "verksamhetschef"; null otherwise. */
  capacity?: string | null;
}

/**
 * Who is calling, as every route's authorisation sees it. Resolved from the session on each request;
 * null for the public. Roles always come with the organisation they are held for.
 */
export interface Principal {
  userId: string;
  displayName: string;
  email: string;
  /** Null for someone who has not registered or joined an organisation yet. */
  organizationId: string | null;
  roles: RoleGrantView[];
  /** May create funders (the first administrator of an installation); no other power comes with it. */
  installationAdmin: boolean;
}

/**
 * What login and /me answer with: the principal plus what a client shows (the organisation's name) and the
 * areas the person may reach (reach.ts).
 */
export interface SignedInUser {
  id: string;
  displayName: string;
  email: string;
  organization: { id: string; name: string } | null;
  roles: RoleGrantView[];
  installationAdmin: boolean;
  can: Reach;
}

/** The session behind a request, for the auth routes only (logout, /me, the CSRF check). */
export interface RequestSession {
  id: string;
  csrfToken: string;
  user: SignedInUser;
}

export function toPrincipal(user: SignedInUser): Principal {
  return {
    userId: user.id,
    displayName: user.displayName,
    email: user.email,
    organizationId: user.organization?.id ?? null,
    roles: user.roles,
    installationAdmin: user.installationAdmin,
  };
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null (public, or an expired or unknown session). */
    principal: Principal | null;
    /** The session the principal came from; null when there is none. */
    authSession: RequestSession | null;
  }
  interface FastifyContextConfig {
    /** Set on routes that an unsafe request may reach without `x-csrf-token` (login only). */
    csrfExempt?: boolean;
  }
}
