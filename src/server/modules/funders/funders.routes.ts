import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.js';
import { role } from '../../db/schema/index.js';
import { requirePrincipal } from '../auth/policy.js';
import { fundersOfOrganizations } from './funders.repository.js';

/** A funder's settings, strategy, programmes and appropriations (being built), and the caller's funders. */
export const funderRoutes: FastifyPluginAsyncZod<ModuleDeps> = (app, deps) => {
  app.get(
    '/my/funders',
    {
      schema: {
        tags: ['funders'],
        summary: 'Stödgivare jag arbetar för / the funders I work for',
        description: 'The funders in whose organisation the caller holds a staff role, with those roles.',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.uuid(),
                name: z.string(),
                committee: z.string(),
                roles: z.array(z.enum(role.enumValues)),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const staff = p.roles.filter((r) => r.role !== 'applicant' && r.role !== 'applicant_admin');
      const rows = await fundersOfOrganizations(deps.db, [...new Set(staff.map((r) => r.organizationId))]);
      return {
        items: rows.map((f) => ({
          id: f.id,
          name: f.name,
          committee: f.committee,
          roles: staff.filter((r) => r.organizationId === f.organizationId).map((r) => r.role),
        })),
      };
    },
  );
  return Promise.resolve();
};
