import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Clock } from '../../../domain/index.js';
import type { OidcConfig } from '../../config.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { authRoutes } from './auth.routes.js';
import { LoginLimiter } from './login-limiter.js';
import { OidcClient } from './oidc-client.js';
import { PendingOidcLogins } from './oidc-pending.js';
import { oidcRoutes } from './oidc.routes.js';
import { prepareDummyHash } from './passwords.js';
import { toPrincipal } from './principal.js';
import { clearSessionCookie } from './session-cookie.js';
import { SESSION_COOKIE, sameToken, type SessionPolicy } from './session-token.js';
import { resolveSession } from './use-cases/resolve-session.js';
import type { VerificationResender } from './use-cases/log-in.js';

export interface AuthDeps {
  db: Db;
  clock: Clock;
  /** One per app by default; tests may pass their own. */
  limiter?: LoginLimiter;
  /** Sign-in through an organisation's OpenID Connect provider; none when undefined. */
  oidc?: OidcConfig;
  /** Session lifetimes (idle and absolute); the defaults when not given. */
  sessions?: SessionPolicy;
  /** Sends a new verification link to someone signing in before verifying their address. */
  resendVerification?: VerificationResender;
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const csrfFailed = () =>
  new AppError('csrf_failed', 403, {
    sv: 'Begäran saknar giltig CSRF-token (x-csrf-token). Ladda om sidan och försök igen.',
    en: 'The request lacks a valid CSRF token (x-csrf-token). Reload the page and try again.',
  });

/**
 * Sessions for the whole app: parses the cookie, resolves `request.principal` on every request, refuses
 * unsafe requests that ride on the cookie without the session's CSRF token, and mounts /api/v1/auth.
 * Registered on the root instance (not as an encapsulated plugin) so that every route sees the principal;
 * register it before the routes that use it.
 */
export async function registerAuth(app: FastifyInstance, deps: AuthDeps): Promise<void> {
  await prepareDummyHash();
  await app.register(fastifyCookie);
  app.decorateRequest('principal', null);
  app.decorateRequest('authSession', null);

  app.addHook('onRequest', async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await resolveSession(deps, token);
    if (!session) {
      // The browser holds a dead token: tell it to forget it, and treat the request as the public's.
      clearSessionCookie(request, reply);
      return;
    }
    request.authSession = session;
    request.principal = toPrincipal(session.user);
    const exempt = request.routeOptions.config.csrfExempt === true;
    if (UNSAFE_METHODS.has(request.method) && !exempt) {
      const header = request.headers['x-csrf-token'];
      if (!sameToken(session.csrfToken, typeof header === 'string' ? header : undefined)) throw csrfFailed();
    }
  });

  await app.withTypeProvider<ZodTypeProvider>().register(authRoutes, {
    prefix: '/api/v1/auth',
    db: deps.db,
    clock: deps.clock,
    limiter: deps.limiter ?? new LoginLimiter(deps.clock),
    sessions: deps.sessions,
    resendVerification: deps.resendVerification,
  });
  await app.withTypeProvider<ZodTypeProvider>().register(oidcRoutes, {
    prefix: '/api/v1/auth/oidc',
    db: deps.db,
    clock: deps.clock,
    oidc: deps.oidc ? { client: new OidcClient(deps.oidc), pending: new PendingOidcLogins(deps.clock) } : undefined,
    sessions: deps.sessions,
  });
}
