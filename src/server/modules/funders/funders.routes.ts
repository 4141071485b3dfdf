import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../app.js';
import { requirePrincipal } from '../auth/policy.js';
import { budgetRoutes } from './budget.routes.js';
import {
  funderParams,
  myFundersView,
  newFunderBody,
  settingsBody,
  settingsVersionsView,
  settingsView,
} from './funder-schemas.js';
import { loadFunderFor } from './funders.policy.js';
import { fundersOfOrganizations } from './funders.repository.js';
import { settingsView as viewSettings, settingsVersionsView as viewVersions } from './settings-view.js';
import { strategyRoutes } from './strategy.routes.js';
import { createFunder } from './use-cases/create-funder.js';
import { saveFunderSettings } from './use-cases/save-funder-settings.js';

const tags = ['funders'];

/** A funder's creation and settings, strategy, programmes and appropriations, and the caller's funders. */
export const funderRoutes: FastifyPluginAsyncZod<ModuleDeps> = async (app, deps) => {
  app.get(
    '/my/funders',
    {
      schema: {
        tags,
        summary: 'Stödgivare jag arbetar för / the funders I work for',
        description: 'The funders in whose organisation the caller holds a staff role, with those roles.',
        response: { 200: myFundersView },
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

  app.post(
    '/funders',
    {
      schema: {
        tags,
        summary: 'Lägg upp en stödgivare / set up a funder (installation administrator)',
        description:
          'Creates the organisation (or reuses it when it exists and is not a funder yet), the funder and its first settings version, and makes the caller its administrator. 403 for anyone but the installation administrator; 409 when the organisation already is a funder; 422 with field-linked issues.',
        body: newFunderBody,
        response: { 201: settingsView },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const { funder } = await createFunder(deps, p, request.body);
      return reply.status(201).send(await viewSettings(deps.db, deps.clock, funder));
    },
  );

  app.get(
    '/funders/:funderId/settings',
    {
      schema: {
        tags,
        summary: 'Stödgivarens inställningar / the funder’s settings (its administrators)',
        params: funderParams,
        response: { 200: settingsView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const funder = await loadFunderFor(deps.db, p, request.params.funderId, ['administrator']);
      return viewSettings(deps.db, deps.clock, funder);
    },
  );

  app.put(
    '/funders/:funderId/settings',
    {
      schema: {
        tags,
        summary: 'Spara stödgivarens inställningar / save the funder’s settings',
        description:
          'Name, organisation number, letterhead, committee, diary-number format, delegation limit (öre), standard conditions, default contact and appeal notice, all at once. `version` is the one read; a stale one is refused with 409. Every save is kept as a settings version and audited.',
        params: funderParams,
        body: settingsBody,
        response: { 200: settingsView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const saved = await saveFunderSettings(deps, p, request.params.funderId, request.body);
      return viewSettings(deps.db, deps.clock, saved);
    },
  );

  app.get(
    '/funders/:funderId/settings/versions',
    {
      schema: {
        tags,
        summary: 'Inställningarnas versioner / every saved version of the settings',
        description:
          'Newest first: who saved it, when, which settings changed from the version before, and the whole settings.',
        params: funderParams,
        response: { 200: settingsVersionsView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const funder = await loadFunderFor(deps.db, p, request.params.funderId, ['administrator']);
      return viewVersions(deps.db, funder.id);
    },
  );

  // The same deps without the prefix this plugin was mounted with, which the children inherit anyway.
  const inner: ModuleDeps = {
    db: deps.db,
    clock: deps.clock,
    publicUrl: deps.publicUrl,
    store: deps.store,
    maxUploadBytes: deps.maxUploadBytes,
  };
  await app.register(strategyRoutes, inner);
  await app.register(budgetRoutes, inner);
};
