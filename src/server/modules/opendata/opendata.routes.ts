import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Clock } from '../../../domain/index.js';
import type { Database } from '../../db/client.js';
import { publicFilterQuery } from '../public/public.routes.js';
import { buildExport, type ExportFile, type ExportFormat } from './use-cases/build-export.js';

/** Where the caller reached Bidra: links inside the files point back there. */
const baseUrlOf = (request: FastifyRequest): string => `${request.protocol}://${request.host}`;

function send(reply: FastifyReply, file: ExportFile): FastifyReply {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('cache-control', 'public, max-age=300')
    .send(file.body);
}

const FILES: { path: string; format: ExportFormat; summary: string; description: string }[] = [
  {
    path: '/360giving.json',
    format: '360giving',
    summary: '360Giving Data Standard (JSON)',
    description:
      "Every published grant as a 360Giving data package (schema 1.4). Identifiers: `360G-` + the funder's " +
      'org-id (SE-ON-… for public bodies, SE-BLV-… for companies) + the diary number.',
  },
  {
    path: '/360giving.csv',
    format: '360giving-csv',
    summary: '360Giving Data Standard (CSV)',
    description: 'The same grants flattened with the column titles of the 360Giving schema.',
  },
  {
    path: '/eu-art49.csv',
    format: 'eu-art49',
    summary: 'Förteckning över insatser, EU 2021/1060 art. 49.3 / list of operations (CSV)',
    description: 'One row per published grant with the columns of Regulation (EU) 2021/1060 Article 49(3).',
  },
];

/** Open data exports (docs/open-data.md): no login, published grants only. */
export const openDataRoutes: FastifyPluginAsyncZod<{ database: Database; clock: Clock }> = (
  app,
  { database, clock },
) => {
  const deps = { db: database.db, clock };
  for (const f of FILES) {
    app.get(
      f.path,
      {
        schema: {
          tags: ['public'],
          summary: f.summary,
          description: f.description,
        },
      },
      async (request, reply) => send(reply, await buildExport(deps, f.format, { baseUrl: baseUrlOf(request) })),
    );
  }
  app.get(
    '/projects.csv',
    {
      schema: {
        tags: ['public'],
        summary: 'Projektbanken som CSV / the public project list as CSV',
        description:
          'The fields of `/api/v1/public/projects`, every matching project, with the same search and filters.',
        querystring: publicFilterQuery,
      },
    },
    async (request, reply) => send(reply, await buildExport(deps, 'csv', { filters: request.query })),
  );
  return Promise.resolve();
};
