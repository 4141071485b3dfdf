import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.js';
import { AppError } from '../../errors.js';
import { signedIn } from '../auth/auth.routes.js';
import { setSessionCookie } from '../auth/session-cookie.js';
import { email, text } from './schemas.js';
import { LINKS_PER_ADDRESS_PER_HOUR, SignUpThrottle } from './signup-throttle.js';
import { signUp } from './use-cases/sign-up.js';
import { resendVerification, verifyEmail } from './use-cases/verify-email.js';

const tags = ['organisations'];
const token = z.string().trim().min(1).max(200).describe('Token ur länken / the token from the link');

/**
 * Sign-up with e-mail and password, and verification of the address. No session can exist yet, so
 * these need no CSRF token; the throttle per IP address keeps them from being used to flood mailboxes.
 */
export const signUpRoutes: FastifyPluginAsyncZod<ModuleDeps> = (app, deps) => {
  const perIp = new SignUpThrottle(deps.clock);
  const perAddress = new SignUpThrottle(deps.clock, LINKS_PER_ADDRESS_PER_HOUR);

  const throttled = (ip: string, reply: { header: (k: string, v: string) => unknown }) => {
    try {
      perIp.take(ip);
    } catch (error) {
      if (error instanceof AppError) reply.header('retry-after', String(error.details.retryAfterSeconds));
      throw error;
    }
  };

  app.post(
    '/signup',
    {
      config: { csrfExempt: true },
      schema: {
        tags,
        summary: 'Skapa konto / create an account',
        description:
          'Creates an account without organisation or role and mails a verification link (72 hours) to the address. 422 for a weak password or an invalid address (linked to the field), 409 when the address already has an account, 429 after 10 sign-ups from one IP address within an hour.',
        body: z.object({
          email,
          displayName: text(200).describe('Namn / name'),
          password: z.string().max(1024),
        }),
        response: { 202: z.object({ email: z.string().describe('Dit länken skickades / where the link went') }) },
      },
    },
    async (request, reply) => {
      throttled(request.ip, reply);
      const result = await signUp(deps, request.body);
      return reply.status(202).header('cache-control', 'no-store').send(result);
    },
  );

  app.post(
    '/verify-email',
    {
      config: { csrfExempt: true },
      schema: {
        tags,
        summary: 'Bekräfta e-postadressen / verify the e-mail address',
        description:
          'Uses the link up, marks the address verified and signs the person in (sets `bidra_session`). 410 when the link has been used, has expired or is not valid.',
        body: z.object({ token }),
        response: { 200: signedIn },
      },
    },
    async (request, reply) => {
      const session = await verifyEmail(deps, {
        token: request.body.token,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
        previousSessionId: request.authSession?.id,
      });
      setSessionCookie(request, reply, session);
      reply.header('cache-control', 'no-store');
      return { user: session.user, csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/verify-email/resend',
    {
      config: { csrfExempt: true },
      schema: {
        tags,
        summary: 'Skicka en ny verifieringslänk / send a new verification link',
        description:
          'Always 202, so the answer never tells whether the address has an account; a link is mailed only to an account that has not been verified (at most 3 an hour per address). 429 after 10 requests from one IP address within an hour.',
        body: z.object({ email }),
        response: { 202: z.object({}) },
      },
    },
    async (request, reply) => {
      throttled(request.ip, reply);
      const address = request.body.email.toLowerCase();
      if (perAddress.tryTake(address)) await resendVerification(deps, address);
      return reply.status(202).header('cache-control', 'no-store').send({});
    },
  );
  return Promise.resolve();
};
