import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.js';
import { requirePrincipal } from '../auth/policy.js';
import { funderParams, optionalText, text, year } from './funder-schemas.js';
import { loadFunderFor } from './funders.policy.js';
import { aspectsView, strategiesView } from './strategy-view.js';
import { createAspect, updateAspectOf } from './use-cases/save-aspect.js';
import { createStrategy, updateStrategyOf } from './use-cases/save-strategy.js';

const tags = ['funders'];

const strategyFields = {
  name: text(600),
  yearFrom: year.nullable(),
  yearTo: year.nullable(),
  priorities: z
    .array(
      z.object({
        id: z.uuid().optional(),
        code: text(100),
        title: text(600),
        parentCode: optionalText(100),
        active: z.boolean(),
      }),
    )
    .max(500),
};

const strategyView = z.object({
  id: z.uuid(),
  name: z.string(),
  yearFrom: z.number().nullable(),
  yearTo: z.number().nullable(),
  version: z.number(),
  priorities: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      title: z.string(),
      parentId: z.uuid().nullable(),
      parentCode: z.string().nullable(),
      active: z.boolean(),
      /** Chosen by an assessment, a project or a call: it can be retired but not removed. */
      inUse: z.boolean(),
    }),
  ),
});

const aspectFields = { name: text(400), policy: optionalText(600), active: z.boolean() };
const aspectView = z.object({
  id: z.uuid(),
  name: z.string(),
  policy: z.string().nullable(),
  active: z.boolean(),
  version: z.string(),
});

/** The funder's strategies with their priorities, and its assessment aspects (its administrators). */
export const strategyRoutes: FastifyPluginAsyncZod<ModuleDeps> = (app, deps) => {
  const strategyOf = async (funderId: string, strategyId: string) => {
    const { items } = await strategiesView(deps.db, funderId);
    return items.find((s) => s.id === strategyId)!;
  };

  app.get(
    '/funders/:funderId/strategies',
    {
      schema: {
        tags,
        summary: 'Strategier och prioriteringar / strategies and their priorities',
        params: funderParams,
        response: { 200: z.object({ items: z.array(strategyView) }) },
      },
    },
    async (request) => {
      const funder = await loadFunderFor(deps.db, requirePrincipal(request), request.params.funderId);
      return strategiesView(deps.db, funder.id);
    },
  );

  app.post(
    '/funders/:funderId/strategies',
    {
      schema: {
        tags,
        summary: 'Ny strategi / a new strategy with its priorities',
        description:
          'Priorities name their main priority by `parentCode` (in the same strategy; two levels). Codes are unique within the strategy. 422 with field-linked issues.',
        params: funderParams,
        body: z.object(strategyFields),
        response: { 201: strategyView },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const strategy = await createStrategy(deps, p, request.params.funderId, request.body);
      return reply.status(201).send(await strategyOf(request.params.funderId, strategy.id));
    },
  );

  app.put(
    '/funders/:funderId/strategies/:strategyId',
    {
      schema: {
        tags,
        summary: 'Ändra strategin och dess prioriteringar / change the strategy and its whole list of priorities',
        description:
          'Priorities named by id are changed, new ones added; one left out is removed only if no assessment, project or call uses it (else 422: retire it with `active: false`). Stale `version` → 409.',
        params: funderParams.extend({ strategyId: z.uuid() }),
        body: z.object({ version: z.number().int().min(1), ...strategyFields }),
        response: { 200: strategyView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const { funderId, strategyId } = request.params;
      await updateStrategyOf(deps, p, funderId, strategyId, request.body);
      return strategyOf(funderId, strategyId);
    },
  );

  app.get(
    '/funders/:funderId/aspects',
    {
      schema: {
        tags,
        summary: 'Bedömningsgrunder / the funder’s assessment aspects',
        params: funderParams,
        response: { 200: z.object({ items: z.array(aspectView) }) },
      },
    },
    async (request) => {
      const funder = await loadFunderFor(deps.db, requirePrincipal(request), request.params.funderId);
      return aspectsView(deps.db, funder.id);
    },
  );

  app.post(
    '/funders/:funderId/aspects',
    {
      schema: {
        tags,
        summary: 'Ny bedömningsgrund / a new assessment aspect',
        params: funderParams,
        body: z.object(aspectFields),
        response: { 201: aspectView },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const aspect = await createAspect(deps, p, request.params.funderId, request.body);
      const { items } = await aspectsView(deps.db, request.params.funderId);
      return reply.status(201).send(items.find((a) => a.id === aspect.id)!);
    },
  );

  app.put(
    '/funders/:funderId/aspects/:aspectId',
    {
      schema: {
        tags,
        summary: 'Ändra eller avaktivera en bedömningsgrund / change or retire an assessment aspect',
        description:
          '`version` is the one read (a digest of the aspect); a stale one is refused with 409. An aspect graded in assessments keeps its name (422).',
        params: funderParams.extend({ aspectId: z.uuid() }),
        body: z.object({ version: z.string().max(64), ...aspectFields }),
        response: { 200: aspectView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const { funderId, aspectId } = request.params;
      await updateAspectOf(deps, p, funderId, aspectId, request.body);
      const { items } = await aspectsView(deps.db, funderId);
      return items.find((a) => a.id === aspectId)!;
    },
  );
  return Promise.resolve();
};
