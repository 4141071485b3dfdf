import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from '../../../domain/index.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { LoginLimiter } from './login-limiter.js';
import { requirePrincipal } from './policy.js';
import { ROLES } from './principal.js';
import { reach } from './reach.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';
import { logIn } from './use-cases/log-in.js';
import { logOut } from './use-cases/log-out.js';
import type { VerificationResender } from './use-cases/log-in.js';
import type { SessionPolicy } from './session-token.js';

export const signedIn = z.object({
  user: z.object({
    id: z.uuid(),
    displayName: z.string(),
    email: z.string(),
    organization: z
      .object({ id: z.uuid(), name: z.string() })
      .nullable()
      .describe('Null until the person has registered or joined an organisation / null before that'),
    roles: z.array(z.object({ role: z.enum(ROLES), organizationId: z.uuid(), capacity: z.string().nullish() })),
    installationAdmin: z.boolean().describe('May create funders / may create funders in this installation'),
    can: reach,
  }),
  csrfToken: z.string().describe('Skickas som `x-csrf-token` i POST/PUT/PATCH/DELETE / send as `x-csrf-token`'),
});

const credentials = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

export interface AuthRouteDeps {
  db: Db;
  clock: Clock;
  limiter: LoginLimiter;
  sessions?: SessionPolicy;
  resendVerification?: VerificationResender;
}

/** Sign-in, sign-out and "who am I". The session itself travels in the HttpOnly `bidra_session` cookie. */
export const authRoutes: FastifyPluginAsyncZod<AuthRouteDeps> = (app, deps) => {
  app.post(
    '/login',
    {
      // A login form cannot know a CSRF token yet; SameSite=Lax and a fresh session per login cover it.
      config: { csrfExempt: true },
      schema: {
        tags: ['auth'],
        summary: 'Logga in / sign in',
        description:
          'Sets the `bidra_session` cookie. Wrong e-mail or password: 401. After 5 failed attempts for an e-mail from one address within 15 minutes: 429 with Retry-After.',
        body: credentials,
        response: { 200: signedIn },
      },
    },
    async (request, reply) => {
      try {
        const result = await logIn(deps, {
          email: request.body.email,
          password: request.body.password,
          ip: request.ip,
          userAgent: request.headers['user-agent'],
          previousSessionId: request.authSession?.id,
        });
        setSessionCookie(request, reply, result);
        reply.header('cache-control', 'no-store');
        return { user: result.user, csrfToken: result.csrfToken };
      } catch (error) {
        if (error instanceof AppError && error.status === 429) {
          reply.header('retry-after', String(error.details.retryAfterSeconds));
        }
        throw error;
      }
    },
  );

  app.post(
    '/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'Logga ut / sign out',
        description: 'Ends the session and clears the cookie. Needs `x-csrf-token` like every unsafe request.',
        response: { 204: z.null().describe('Utloggad / signed out') },
      },
    },
    async (request, reply) => {
      if (request.authSession) await logOut(deps, request.authSession);
      clearSessionCookie(request, reply);
      return reply.status(204).header('cache-control', 'no-store').send(null);
    },
  );

  app.get(
    '/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Inloggad användare / the signed-in user',
        description: 'The same body as login; 401 when not signed in.',
        response: { 200: signedIn },
      },
    },
    (request, reply) => {
      requirePrincipal(request);
      const session = request.authSession!;
      reply.header('cache-control', 'no-store');
      return Promise.resolve({ user: session.user, csrfToken: session.csrfToken });
    },
  );
  return Promise.resolve();
};
