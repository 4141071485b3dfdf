import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.js';
import { requirePrincipal } from '../auth/policy.js';
import { appropriationsView, programmesView } from './budget-view.js';
import { funderParams, optionalText, ore, text, year } from './funder-schemas.js';
import { loadFunderFor } from './funders.policy.js';
import { createAppropriation, updateAppropriationOf } from './use-cases/save-appropriation.js';
import { createProgramme, updateProgrammeOf } from './use-cases/save-programme.js';

const tags = ['funders'];

const programmeFields = {
  name: text(600),
  shortName: optionalText(200),
  fund: optionalText(100),
  mainFunder: z.object({ name: text(400), orgNumber: text(40) }).nullable(),
  yearFrom: year.nullable(),
  yearTo: year.nullable(),
  cci: optionalText(60),
};
const programmeView = z.object({
  id: z.uuid(),
  name: z.string(),
  shortName: z.string().nullable(),
  fund: z.string().nullable(),
  mainFunder: z.object({ name: z.string(), orgNumber: z.string().nullable() }).nullable(),
  yearFrom: z.number().nullable(),
  yearTo: z.number().nullable(),
  cci: z.string().nullable(),
  version: z.string(),
});

const appropriationFields = {
  code: text(100),
  name: text(600),
  expenditureArea: optionalText(100),
  item: optionalText(100),
  years: z.array(z.object({ year, budgetOre: ore })).max(100),
};
const appropriationView = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  expenditureArea: z.string().nullable(),
  item: z.string().nullable(),
  version: z.number(),
  years: z.array(
    z.object({
      year: z.number(),
      /** Null for a year with grants drawn on the appropriation but no budget set. */
      budgetOre: z.number().nullable(),
      committedOre: z.number(),
      remainingOre: z.number(),
    }),
  ),
});

/** The funder's own programmes and its appropriations with their year budgets (its administrators). */
export const budgetRoutes: FastifyPluginAsyncZod<ModuleDeps> = (app, deps) => {
  const programmeOf = async (funderId: string, id: string) =>
    (await programmesView(deps.db, funderId)).items.find((p) => p.id === id)!;
  const appropriationOf = async (funderId: string, id: string) =>
    (await appropriationsView(deps.db, funderId)).items.find((a) => a.id === id)!;

  app.get(
    '/funders/:funderId/programmes',
    {
      schema: {
        tags,
        summary: 'Program / the funder’s programmes',
        params: funderParams,
        response: { 200: z.object({ items: z.array(programmeView) }) },
      },
    },
    async (request) => {
      const funder = await loadFunderFor(deps.db, requirePrincipal(request), request.params.funderId);
      return programmesView(deps.db, funder.id);
    },
  );

  app.post(
    '/funders/:funderId/programmes',
    {
      schema: {
        tags,
        summary: 'Nytt program / a new programme',
        description:
          'The main funder is found by organisation number, or added with the name given when Bidra does not know it yet.',
        params: funderParams,
        body: z.object(programmeFields),
        response: { 201: programmeView },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const programme = await createProgramme(deps, p, request.params.funderId, request.body);
      return reply.status(201).send(await programmeOf(request.params.funderId, programme.id));
    },
  );

  app.put(
    '/funders/:funderId/programmes/:programmeId',
    {
      schema: {
        tags,
        summary: 'Ändra ett program / change a programme',
        description: '`version` is the one read (a digest of the programme); a stale one is refused with 409.',
        params: funderParams.extend({ programmeId: z.uuid() }),
        body: z.object({ version: z.string().max(64), ...programmeFields }),
        response: { 200: programmeView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const { funderId, programmeId } = request.params;
      await updateProgrammeOf(deps, p, funderId, programmeId, request.body);
      return programmeOf(funderId, programmeId);
    },
  );

  app.get(
    '/funders/:funderId/appropriations',
    {
      schema: {
        tags,
        summary: 'Anslag och årsbudgetar / appropriations with budget, committed and remaining per year',
        params: funderParams,
        response: { 200: z.object({ items: z.array(appropriationView) }) },
      },
    },
    async (request) => {
      const funder = await loadFunderFor(deps.db, requirePrincipal(request), request.params.funderId);
      return appropriationsView(deps.db, funder.id);
    },
  );

  app.post(
    '/funders/:funderId/appropriations',
    {
      schema: {
        tags,
        summary: 'Nytt anslag / a new appropriation with its year budgets (öre)',
        params: funderParams,
        body: z.object(appropriationFields),
        response: { 201: appropriationView },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const created = await createAppropriation(deps, p, request.params.funderId, request.body);
      return reply.status(201).send(await appropriationOf(request.params.funderId, created.id));
    },
  );

  app.put(
    '/funders/:funderId/appropriations/:appropriationId',
    {
      schema: {
        tags,
        summary: 'Ändra anslaget och dess årsbudgetar / change the appropriation and its year budgets (öre)',
        description:
          'The years given replace the budgets; a year budget below what grants already commit on it, or a year with commitments left out, is refused with 422 naming the committed amount. Stale `version` → 409.',
        params: funderParams.extend({ appropriationId: z.uuid() }),
        body: z.object({ version: z.number().int().min(1), ...appropriationFields }),
        response: { 200: appropriationView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const { funderId, appropriationId } = request.params;
      await updateAppropriationOf(deps, p, funderId, appropriationId, request.body);
      return appropriationOf(funderId, appropriationId);
    },
  );
  return Promise.resolve();
};
