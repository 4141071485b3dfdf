import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.js';
import { callParams, publicCallView } from './call-schema.js';
import { publicCallViews } from './call-views.js';
import { callNotFound } from './calls.policy.js';
import { countPublishedCalls, findPublishedCall, publishedCalls } from './calls.repository.js';

const tags = ['calls', 'public'];
/** How far back "recently closed" reaches. */
const RECENTLY_CLOSED_DAYS = 365;

/** Published calls for proposals, for everyone without signing in. */
export const publicCallRoutes: FastifyPluginAsyncZod<ModuleDeps> = (app, deps) => {
  app.get(
    '/calls',
    {
      schema: {
        tags,
        summary: 'Utlysningar / calls for proposals',
        description: `Published calls. when=current (default): open now and upcoming, the soonest closing first; when=closed: those closed within the last ${RECENTLY_CLOSED_DAYS} days, the latest first. Drafts are never listed. Times are instants; budgets in öre.`,
        querystring: z.object({
          when: z.enum(['current', 'closed']).default('current'),
          funderId: z.uuid().optional(),
          page: z.coerce.number().int().min(1).max(100_000).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: {
          200: z.object({
            items: z.array(publicCallView),
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
          }),
        },
      },
    },
    async (request) => {
      const { when, funderId, page, pageSize } = request.query;
      const now = deps.clock.now();
      const q = { when, now, closedSince: new Date(now.getTime() - RECENTLY_CLOSED_DAYS * 86_400_000), funderId };
      const rows = await publishedCalls(deps.db, { ...q, limit: pageSize, offset: (page - 1) * pageSize });
      return {
        items: await publicCallViews(deps.db, rows, now),
        total: rows[0]?.total ?? (page > 1 ? await countPublishedCalls(deps.db, q) : 0),
        page,
        pageSize,
      };
    },
  );

  app.get(
    '/calls/:callId',
    {
      schema: {
        tags,
        summary: 'Utlysning / a call for proposals',
        description: 'A published call, open, upcoming or closed; a draft answers 404 like an unknown id.',
        params: callParams,
        response: { 200: publicCallView },
      },
    },
    async (request) => {
      const found = await findPublishedCall(deps.db, request.params.callId);
      if (!found) throw callNotFound();
      const [view] = await publicCallViews(deps.db, [found], deps.clock.now());
      return view!;
    },
  );
  return Promise.resolve();
};
