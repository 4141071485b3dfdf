import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_ABSOLUTE_MS, SESSION_COOKIE } from './session-token.js';

/**
 * HttpOnly (scripts never see the token), SameSite=Lax (other sites' forms and fetches do not carry it;
 * the CSRF header covers the rest), Secure whenever the request came over TLS. Behind a TLS-terminating
 * proxy `request.protocol` is only right when Fastify's trustProxy is set.
 */
function options(request: FastifyRequest): CookieSerializeOptions {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: request.protocol === 'https' };
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, { ...options(request), maxAge: SESSION_ABSOLUTE_MS / 1000 });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, options(request));
}
