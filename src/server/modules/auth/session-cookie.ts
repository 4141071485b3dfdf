import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from './session-token.js';

/**
 * HttpOnly (scripts never see the token), SameSite=Lax (other sites' forms and fetches do not carry it;
 * the CSRF header covers the rest), Secure whenever the request came over TLS. Behind a TLS-terminating
 * proxy `request.protocol` is only right when Fastify's trustProxy is set.
 */
function options(request: FastifyRequest): CookieSerializeOptions {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: request.protocol === 'https' };
}

/** The cookie lives as long as the session may: until its absolute expiry. */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  session: { token: string; lifetimeMs: number },
): void {
  reply.setCookie(SESSION_COOKIE, session.token, {
    ...options(request),
    maxAge: Math.floor(session.lifetimeMs / 1000),
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, options(request));
}

/** The handle of a provider sign-in in progress (see PendingOidcLogins): only the callback needs it. */
export const OIDC_PENDING_COOKIE = 'bidra_oidc';
const OIDC_COOKIE_PATH = '/api/v1/auth/oidc';

/**
 * SameSite=Lax still travels with the provider's redirect back (a top-level GET navigation), which is
 * exactly the one cross-site request that must carry it.
 */
export function setOidcPendingCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  handle: string,
  maxAgeMs: number,
): void {
  reply.setCookie(OIDC_PENDING_COOKIE, handle, {
    ...options(request),
    path: OIDC_COOKIE_PATH,
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}

export function clearOidcPendingCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(OIDC_PENDING_COOKIE, { ...options(request), path: OIDC_COOKIE_PATH });
}
