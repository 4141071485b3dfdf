import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import { listPublicProjects, type PublicProjectRow } from './public.repository.js';

const listQuery = z.object({
  q: z.string().max(200, 'q får vara högst 200 tecken / q may be at most 200 characters').optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const publicProject = z.object({
  id: z.string().uuid(),
  name: z.string(),
  acronym: z.string().nullable(),
  owner: z.string().describe('Projektägare / beneficiary'),
  ownerOrgNumber: z.string().nullable().describe('Organisationsnummer NNNNNN-NNNN'),
  amountSek: z.number().describe('Beviljat belopp i kronor (beslutet i kraft) / granted amount in SEK'),
  maxSharePercent: z.number().nullable().describe('Högst andel av godkända kostnader, procent'),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  status: z.string(),
});

export function toPublicProject(row: PublicProjectRow): z.infer<typeof publicProject> {
  return {
    id: row.id,
    name: row.name,
    acronym: row.acronym,
    owner: row.owner,
    ownerOrgNumber: row.ownerOrgNumber,
    // Money is öre everywhere inside; the public contract speaks kronor.
    amountSek: row.grantedOre / 100,
    maxSharePercent: row.maxShareBp === null ? null : row.maxShareBp / 100,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    status: row.status,
  };
}

/** The public project bank: no login, granted projects only (SPEC §9). */
export const publicRoutes: FastifyPluginAsyncZod<{ database: Database }> = (app, { database }) => {
  app.get(
    '/projects',
    {
      schema: {
        tags: ['public'],
        summary: 'Beviljade projekt / granted projects',
        description: 'Swedish full-text search in `q` (stemming, derivations and typo tolerance).',
        querystring: listQuery,
        response: {
          200: z.object({
            items: z.array(publicProject),
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
          }),
        },
      },
    },
    async (request) => {
      const { q, page, pageSize } = request.query;
      const { rows, total } = await listPublicProjects(database.db, {
        q,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { items: rows.map(toPublicProject), total, page, pageSize };
    },
  );
  return Promise.resolve();
};
