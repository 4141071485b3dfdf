import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { today, type Clock } from '../../../domain/index.js';
import type { Db } from '../../db/client.js';
import { requirePrincipal } from '../auth/policy.js';
import { activityPlanInForce, findProjectWithFunders } from './gantt.repository.js';
import { CSV_FILE_NAMES, CSV_TABLES, portfolioCsv } from './portfolio-csv.js';
import { canSeeProjectPlan, portfolioFunders, projectNotFound } from './portfolio.policy.js';
import { buildPortfolio } from './use-cases/build-portfolio.js';

const tags = ['portfolio'];

const filters = z.object({
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  priority: z.uuid().optional(),
  appropriation: z.uuid().optional(),
  callId: z
    .uuid()
    .optional()
    .describe('Projekt vars ansökan gjordes till utlysningen / projects applied for in the call'),
});

const group = { projectCount: z.number().int(), grantedOre: z.number().int() };

const portfolio = z.object({
  filters: z.object({
    year: z.number().int().nullable(),
    priorityId: z.uuid().nullable(),
    appropriationId: z.uuid().nullable(),
    callId: z.uuid().nullable(),
  }),
  total: z.object(group),
  byPriority: z.array(
    z.object({ priorityId: z.uuid().nullable(), code: z.string().nullable(), title: z.string().nullable(), ...group }),
  ),
  byYear: z.array(z.object({ year: z.number().int().nullable(), ...group })),
  byMunicipality: z.array(
    z.object({ code: z.string().nullable(), name: z.string().nullable(), county: z.string().nullable(), ...group }),
  ),
  byOwnerType: z.array(z.object({ type: z.string(), ...group })),
  byAppropriation: z.array(
    z.object({
      appropriationId: z.uuid(),
      code: z.string(),
      name: z.string(),
      expenditureArea: z.string().nullable(),
      label: z.string(),
      year: z.number().int(),
      budgetOre: z.number().int().nullable(),
      committedOre: z.number().int(),
      paidOre: z.number().int(),
      remainingOre: z.number().int(),
    }),
  ),
  options: z.object({
    years: z.array(z.number().int()),
    priorities: z.array(z.object({ id: z.uuid(), code: z.string(), title: z.string() })),
    appropriations: z.array(z.object({ id: z.uuid(), label: z.string() })),
    calls: z.array(z.object({ id: z.uuid(), title: z.string() })),
  }),
});

const gantt = z.object({
  project: z.object({
    id: z.uuid(),
    name: z.string(),
    acronym: z.string().nullable(),
    owner: z.string(),
    periodStart: z.string().nullable(),
    periodEnd: z.string().nullable(),
    grantedOre: z.number().int().nullable(),
    status: z.string(),
  }),
  plan: z
    .object({
      id: z.uuid(),
      versionNo: z.number().int(),
      label: z.string().nullable(),
      decisionId: z.uuid().nullable(),
    })
    .nullable(),
  activities: z.array(
    z.object({
      number: z.string(),
      parentNumber: z.string().nullable(),
      title: z.string(),
      start: z.string().nullable(),
      end: z.string().nullable(),
      costOre: z.number().int().nullable(),
    }),
  ),
  today: z.string(),
});

const query = (q: z.infer<typeof filters>) => ({
  year: q.year,
  priorityId: q.priority,
  appropriationId: q.appropriation,
  callId: q.callId,
});

const PORTFOLIO_DESCRIPTION =
  'Granted projects of the funders the caller works for (staff roles; applicants 403), counted once each under their first approved grant decision (its year and appropriation) at the amount in force. Per municipality, a project covering several municipalities is counted in each, its amount split equally by largest remainder in whole öre, so the amounts sum to the total while the project counts may not. Committed per appropriation and year is the figure the decision checks use; paid is what was paid on those grants; remaining is budget minus committed. The appropriation table follows the year and appropriation filters, not the priority or call filter.';

/**
 * The portfolio dashboard (docs/domain/life-of-a-grant.md, "The web app") and a project's time plan as a Gantt chart.
 */
export const portfolioRoutes: FastifyPluginAsyncZod<{ db: Db; clock: Clock }> = (app, { db, clock }) => {
  app.get(
    '/portfolio',
    {
      schema: {
        tags,
        summary: 'Portföljen: beviljat per prioritering, år, kommun, ägartyp; anslagens åtaganden / the portfolio',
        description: PORTFOLIO_DESCRIPTION,
        querystring: filters,
        response: { 200: portfolio },
      },
    },
    async (request) => {
      const funders = await portfolioFunders(db, requirePrincipal(request));
      return buildPortfolio(db, funders, query(request.query));
    },
  );

  for (const table of CSV_TABLES) {
    app.get(
      `/portfolio/${table}.csv`,
      {
        schema: {
          tags,
          summary: `Portföljens tabell ${table} som CSV (UTF-8 med BOM, semikolon, svenska rubriker) / as CSV`,
          description: PORTFOLIO_DESCRIPTION,
          querystring: filters,
          produces: ['text/csv'],
        },
      },
      async (request, reply) => {
        const funders = await portfolioFunders(db, requirePrincipal(request));
        const csv = portfolioCsv(await buildPortfolio(db, funders, query(request.query)), table);
        return reply
          .type('text/csv; charset=utf-8')
          .header('cache-control', 'no-store')
          .header('content-disposition', `attachment; filename="${CSV_FILE_NAMES[table]}"`)
          .send(Buffer.from(csv, 'utf8'));
      },
    );
  }

  app.get(
    '/projects/:projectId/gantt',
    {
      schema: {
        tags,
        summary: 'Projektets tidplan (Gantt) enligt beslutet i kraft / the time plan in force',
        description:
          'The activities of the activity plan in force (after approved amendments), the project period and today. Staff of a funder handling the project and applicants of the owner organisation; anyone else 404.',
        params: z.object({ projectId: z.uuid() }),
        response: { 200: gantt },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const found = await findProjectWithFunders(db, request.params.projectId);
      if (!found || !canSeeProjectPlan(p, found.project, found.funderOrganizationIds)) throw projectNotFound();
      const { ownerOrganizationId: _owner, ...project } = found.project;
      const inForce = await activityPlanInForce(db, project.id);
      return {
        project,
        plan: inForce?.plan ?? null,
        activities: inForce?.activities ?? [],
        today: today(clock),
      };
    },
  );
  return Promise.resolve();
};
