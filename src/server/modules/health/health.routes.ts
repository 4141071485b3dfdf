import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import { checkDatabaseReady } from './health.repository.js';

/** Liveness and readiness in one: 200 only when the database answers and the migrations have run. */
export const healthRoutes: FastifyPluginAsyncZod<{ database: Database }> = (app, { database }) => {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['system'],
        summary: 'Hälsokontroll / health check',
        response: { 200: z.object({ status: z.literal('ok') }), 503: z.object({ status: z.literal('unavailable') }) },
      },
    },
    async (_request, reply) => {
      try {
        await checkDatabaseReady(database.db);
        return { status: 'ok' as const };
      } catch {
        return reply.status(503).send({ status: 'unavailable' as const });
      }
    },
  );
  return Promise.resolve();
};
