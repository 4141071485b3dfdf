import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.js';
import { requirePrincipal } from '../auth/policy.js';
import { loadFunderFor } from '../funders/funders.policy.js';
import { email, text } from './schemas.js';
import { inviteFirstAdministrator } from './use-cases/invite-first-administrator.js';

/**
 * A funder's administrator invites the first administrator of an applicant organisation it has cases
 * with, which nobody may take over by signing up (docs/domain/organisations.md).
 */
export const firstAdministratorRoutes: FastifyPluginAsyncZod<ModuleDeps> = (app, deps) => {
  app.post(
    '/funders/:funderId/applicant-administrators',
    {
      schema: {
        tags: ['organisations'],
        summary:
          'Bjud in en sökande organisations första administratör / invite an applicant organisation’s first administrator',
        description:
          'For an organisation with cases at this funder and no administrator in Bidra: creates the account (applicant and applicant_admin of the organisation) and mails a 72-hour link. 422 on `orgNumber` for an invalid number or an organisation without cases here; 409 when it already has an administrator or the address already has an account. 404 for a funder the caller does not administer.',
        params: z.object({ funderId: z.uuid() }),
        body: z.object({ orgNumber: text(40), email, displayName: text(200) }),
        response: { 201: z.object({ userId: z.uuid(), organization: z.string() }) },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const funder = await loadFunderFor(deps.db, p, request.params.funderId, ['administrator']);
      const made = await inviteFirstAdministrator(deps, p, funder, request.body);
      return reply.status(201).send({ userId: made.userId, organization: made.organizationName });
    },
  );
  return Promise.resolve();
};
