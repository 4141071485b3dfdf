import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.js';
import { requirePrincipal } from '../auth/policy.js';
import { firstAdministratorRoutes } from './first-administrator.routes.js';
import { memberRoutes } from './members.routes.js';
import { myOrganization } from './organisation-views.js';
import {
  lookupView,
  myOrganizationView,
  optionalText,
  organizationParams,
  organizationTypes,
  text,
} from './schemas.js';
import { requestToJoin, withdrawJoinRequest } from './use-cases/join-requests.js';
import { lookupOrganisation, registerOrganisation } from './use-cases/register-organisation.js';

const tags = ['organisations'];

/**
 * Applicant organisations from the side of a signed-in person: look a number up, register an
 * organisation (and become its administrator) or ask to join one, and see where one stands. The
 * administrator's side (members, requests, invitations) is in members.routes.ts.
 */
export const organisationRoutes: FastifyPluginAsyncZod<ModuleDeps> = async (app, deps) => {
  app.get(
    '/organizations/lookup',
    {
      schema: {
        tags,
        summary: 'Slå upp ett organisationsnummer / look up an organisation number',
        description:
          'Checks the number by the Luhn rule (422 at `orgNumber` naming the expected check digit) and answers whether it is registered in Bidra, its name and whether anyone belongs to it.',
        querystring: z.object({ orgNumber: text(40) }),
        response: { 200: lookupView },
      },
    },
    async (request) => {
      requirePrincipal(request);
      return lookupOrganisation(deps.db, request.query.orgNumber);
    },
  );

  app.post(
    '/organizations',
    {
      schema: {
        tags,
        summary: 'Registrera min organisation / register my organisation',
        description:
          'By a signed-in person who belongs to no organisation: a new number creates the organisation, one registered without any member (and not a funder) is claimed; either way the person becomes its administrator (roles applicant and applicant_admin). 409 when the number is registered with members (ask to join instead) or is a funder, or when the person already belongs to an organisation.',
        body: z.object({
          orgNumber: text(40),
          name: optionalText(200).describe('Krävs för ett nytt nummer / required for a new number'),
          type: organizationTypes,
          postalAddress: optionalText(500),
          email: optionalText(320),
          phone: optionalText(50),
        }),
        response: { 201: myOrganizationView },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const { organizationId } = await registerOrganisation(deps, p, request.body);
      return reply.status(201).send(await myOrganization(deps.db, { ...p, organizationId }));
    },
  );

  app.post(
    '/organizations/:organizationId/join-requests',
    {
      schema: {
        tags,
        summary: 'Be om att få gå med / ask to join an organisation',
        description:
          "Mails the organisation's administrators; the person gets no role there until one of them accepts. One pending request per person. 409 when the person already belongs to an organisation, already waits for an answer, or the organisation has nobody to accept (none yet: register it instead).",
        params: organizationParams,
        body: z.object({ message: optionalText(1000).describe('Till administratören / to the administrator') }),
        response: { 201: myOrganizationView },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      await requestToJoin(deps, p, request.params.organizationId, request.body.message);
      return reply.status(201).send(await myOrganization(deps.db, p));
    },
  );

  app.get(
    '/my/organization',
    {
      schema: {
        tags,
        summary: 'Min organisation / my organisation',
        description: 'My organisation with my roles there, or none; and my request to join one while it waits.',
        response: { 200: myOrganizationView },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      reply.header('cache-control', 'no-store');
      return myOrganization(deps.db, p);
    },
  );

  app.post(
    '/my/join-request/withdraw',
    {
      schema: {
        tags,
        summary: 'Dra tillbaka min förfrågan / withdraw my request to join',
        description: '404 when there is no pending request.',
        response: { 200: myOrganizationView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      await withdrawJoinRequest(deps, p);
      return myOrganization(deps.db, p);
    },
  );

  // Only the module's dependencies: the options also hold the parent's prefix, which must not apply twice.
  const { db, clock, publicUrl, store, maxUploadBytes, sessions } = deps;
  await app.register(memberRoutes, { db, clock, publicUrl, store, maxUploadBytes, sessions });
  await app.register(firstAdministratorRoutes, { db, clock, publicUrl, store, maxUploadBytes, sessions });
};
