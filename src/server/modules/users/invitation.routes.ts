import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from '../../../domain/index.js';
import type { Db } from '../../db/client.js';
import { signedIn } from '../auth/auth.routes.js';
import { ROLES } from '../auth/principal.js';
import { setSessionCookie } from '../auth/session-cookie.js';
import type { SessionPolicy } from '../auth/session-token.js';
import { acceptInvitation, inspectInvitation } from './use-cases/accept-invitation.js';

const token = z.string().trim().min(1).max(200).describe('Token ur länken / the token from the link');

/**
 * The invited person's side: see what the invitation is for, then choose a password. The token in the
 * body is the credential, so these need no session and no CSRF token (a cross-site page does not have it).
 */
export const invitationRoutes: FastifyPluginAsyncZod<{ db: Db; clock: Clock; sessions?: SessionPolicy }> = (
  app,
  deps,
) => {
  app.post(
    '/inspect',
    {
      config: { csrfExempt: true },
      schema: {
        tags: ['auth'],
        summary: 'Visa inbjudan / show an invitation',
        description: 'Uses nothing up. 410 when the link has been used, has expired or is not valid.',
        body: z.object({ token }),
        response: {
          200: z.object({
            email: z.string(),
            displayName: z.string(),
            organization: z.string().nullable(),
            roles: z.array(z.object({ role: z.enum(ROLES), capacity: z.string().nullable() })),
            installationAdmin: z
              .boolean()
              .describe('Bjuden som installationens administratör / invited to set up the installation'),
            expiresAt: z.string(),
          }),
        },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return inspectInvitation(deps.db, deps.clock, request.body.token);
    },
  );

  app.post(
    '/accept',
    {
      config: { csrfExempt: true },
      schema: {
        tags: ['auth'],
        summary: 'Anta inbjudan och välj lösenord / accept an invitation and choose a password',
        description:
          'Sets the password (at least 12 characters, not a common one), uses the link up and signs the person in (sets `bidra_session`). 422 for a weak password (the link stays usable), 410 for a used or expired link.',
        body: z.object({
          token,
          password: z.string().max(1024),
          displayName: z.string().max(200).optional(),
        }),
        response: { 200: signedIn },
      },
    },
    async (request, reply) => {
      const session = await acceptInvitation(deps, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
        previousSessionId: request.authSession?.id,
      });
      setSessionCookie(request, reply, session);
      reply.header('cache-control', 'no-store');
      return { user: session.user, csrfToken: session.csrfToken };
    },
  );
  return Promise.resolve();
};
