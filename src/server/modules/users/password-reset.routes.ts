import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.js';
import { AppError } from '../../errors.js';
import { ResetLimiter } from './reset-limiter.js';
import { completePasswordReset } from './use-cases/complete-password-reset.js';
import { requestPasswordReset } from './use-cases/request-password-reset.js';
import { emailField } from './users.schemas.js';

/**
 * Password reset by an e-mailed link. No session and no CSRF token: asking needs nothing (and reveals
 * nothing), and completing needs the link's token, which is the credential.
 */
export const passwordResetRoutes: FastifyPluginAsyncZod<ModuleDeps & { limiter?: ResetLimiter }> = (app, deps) => {
  // One per app: the counts live in this process, like the login limiter's.
  const limiter = deps.limiter ?? new ResetLimiter(deps.clock);

  app.post(
    '',
    {
      config: { csrfExempt: true },
      schema: {
        tags: ['auth'],
        summary: 'Begär länk för nytt lösenord / ask for a password reset link',
        description:
          'Always 202, whether or not the address has an account: a two-hour link is mailed only to an active account with a verified address, at most 3 an hour per address. 429 with Retry-After when one client asks more than 20 times an hour; 422 for a malformed address.',
        body: z.object({ email: emailField }),
        response: { 202: z.null().describe('Mottaget / accepted') },
      },
    },
    async (request, reply) => {
      try {
        await requestPasswordReset({ ...deps, limiter }, { email: request.body.email, ip: request.ip });
      } catch (error) {
        if (error instanceof AppError && error.status === 429) {
          reply.header('retry-after', String(error.details.retryAfterSeconds));
        }
        throw error;
      }
      return reply.status(202).header('cache-control', 'no-store').send(null);
    },
  );

  app.post(
    '/complete',
    {
      config: { csrfExempt: true },
      schema: {
        tags: ['auth'],
        summary: 'Välj nytt lösenord / choose a new password',
        description:
          'Sets the password (at least 12 characters, not a common one), uses the link up and ends every session of the account; the person then signs in. 422 for a weak password (the link stays usable), 410 for a used, expired or unknown link.',
        body: z.object({
          token: z.string().trim().min(1).max(200).describe('Token ur länken / the token from the link'),
          password: z.string().max(1024),
        }),
        response: { 204: z.null().describe('Lösenordet är bytt / the password is changed') },
      },
    },
    async (request, reply) => {
      await completePasswordReset(deps, request.body);
      return reply.status(204).header('cache-control', 'no-store').send(null);
    },
  );
  return Promise.resolve();
};
