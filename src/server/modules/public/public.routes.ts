import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { listPublicProjects, OWNER_TYPES, publicFilterOptions } from './public.repository.js';
import { getPublicProject } from './public-project.repository.js';
import { publicProject, publicProjectDetail, toPublicProject, toPublicProjectDetail } from './public-project.schema.js';

/**
 * The optional filters beside the fixed `q`, `page` and `pageSize` of docs/domain/public-contracts.md,
 * "The public project list".
 */
export const publicFilterQuery = z.object({
  q: z.string().max(200, 'q får vara högst 200 tecken / q may be at most 200 characters').optional(),
  priority: z
    .string()
    .regex(/^\d{1,3}(\.\d{1,3}){0,3}$/, 'prioritetens kod, t.ex. 3 eller 3.1 / a priority code such as 3 or 3.1')
    .optional()
    .describe('Strategins prioritering (3 omfattar 3.1) / strategy priority (3 includes 3.1)'),
  ownerType: z.enum(OWNER_TYPES).optional().describe('Projektägarens typ / the owner organisation type'),
  municipality: z
    .string()
    .regex(/^\d{4}$/, 'kommunkod med fyra siffror / four-digit municipality code')
    .optional()
    .describe('Kommunkod som projektet omfattar / municipality code the project covers'),
  year: z.coerce
    .number()
    .int()
    .min(1900)
    .max(2200)
    .optional()
    .describe('År då projektet pågår / a year during which the project runs'),
});

const listQuery = publicFilterQuery.extend({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

const notFound = () => AppError.notFound({ sv: 'Projektet', en: 'The project' });

/**
 * The public project bank: no login, granted projects only (docs/domain/public-contracts.md,
 * "The public project list").
 */
export const publicRoutes: FastifyPluginAsyncZod<{ database: Database }> = (app, { database }) => {
  app.get(
    '/projects',
    {
      schema: {
        tags: ['public'],
        summary: 'Beviljade projekt / granted projects',
        description:
          'Swedish full-text search in `q` (stemming, derivations and typo tolerance), and optional filters by ' +
          'priority, owner type, municipality and year.',
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
      const { page, pageSize, ...filters } = request.query;
      const { rows, total } = await listPublicProjects(database.db, {
        ...filters,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { items: rows.map(toPublicProject), total, page, pageSize };
    },
  );

  app.get(
    '/projects/:id',
    {
      schema: {
        tags: ['public'],
        summary: 'Ett beviljat projekt / one granted project',
        description:
          'Owner, amount, share, period, municipalities, description, the activity plan in force and the decisions ' +
          'in force. An unknown or unpublished id answers 404.',
        params: z.object({ id: z.string().max(100) }),
        response: { 200: publicProjectDetail },
      },
    },
    async (request) => {
      const project = await getPublicProject(database.db, request.params.id);
      if (!project) throw notFound();
      return toPublicProjectDetail(project);
    },
  );

  app.get(
    '/project-filters',
    {
      schema: {
        tags: ['public'],
        summary: 'Filtervärden för projektbanken / values of the project bank filters',
        response: {
          200: z.object({
            priorities: z.array(z.object({ code: z.string(), title: z.string() })),
            ownerTypes: z.array(z.enum(OWNER_TYPES)),
            municipalities: z.array(z.object({ code: z.string(), name: z.string() })),
            years: z.array(z.number().int()),
          }),
        },
      },
    },
    () => publicFilterOptions(database.db),
  );
  return Promise.resolve();
};
