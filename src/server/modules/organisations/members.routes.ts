import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.js';
import { requirePrincipal } from '../auth/policy.js';
import { joinRequestsView, membersView } from './organisation-views.js';
import {
  email,
  joinRequestView,
  memberParams,
  memberView,
  optionalText,
  organizationParams,
  requestParams,
  text,
} from './schemas.js';
import { decideOnJoinRequest } from './use-cases/join-requests.js';
import { inviteMember, removeMember, setAdministrator } from './use-cases/members.js';

const tags = ['organisations'];
const ADMIN_ONLY =
  'Only an administrator of this organisation (applicant_admin); anyone else gets 404, as for an organisation that does not exist.';
const members = z.object({ items: z.array(memberView) });
const requests = z.object({ items: z.array(joinRequestView) });
const version = z.number().int().min(1).describe('Medlemmens version när listan lästes / the version read');

/** The administrator's side of an applicant organisation: members, requests to join, invitations. */
export const memberRoutes: FastifyPluginAsyncZod<ModuleDeps> = (app, deps) => {
  app.get(
    '/organizations/:organizationId/join-requests',
    {
      schema: {
        tags,
        summary: 'Förfrågningar om att gå med / requests to join',
        description: `The pending requests, oldest first. ${ADMIN_ONLY}`,
        params: organizationParams,
        response: { 200: requests },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      return { items: await joinRequestsView(deps.db, p, request.params.organizationId) };
    },
  );

  for (const outcome of ['accept', 'refuse'] as const) {
    app.post(
      `/organizations/:organizationId/join-requests/:requestId/${outcome}`,
      {
        schema: {
          tags,
          summary:
            outcome === 'accept'
              ? 'Godkänn förfrågan / accept a request to join'
              : 'Avslå förfrågan / refuse a request to join',
          description: `${
            outcome === 'accept'
              ? 'The person joins the organisation with the role applicant and is told by mail.'
              : 'The person is told by mail, with the reason if one is given.'
          } 409 when the request has already been answered. ${ADMIN_ONLY}`,
          params: requestParams,
          body: z.object({ reason: optionalText(1000).describe('Vid avslag / when refusing') }).nullish(),
          response: { 200: requests },
        },
      },
      async (request) => {
        const p = requirePrincipal(request);
        const { organizationId, requestId } = request.params;
        await decideOnJoinRequest(
          deps,
          p,
          organizationId,
          requestId,
          outcome === 'accept' ? { accept: true } : { accept: false, reason: request.body?.reason },
        );
        return { items: await joinRequestsView(deps.db, p, organizationId) };
      },
    );
  }

  app.get(
    '/organizations/:organizationId/members',
    {
      schema: {
        tags,
        summary: 'Organisationens medlemmar / the organisation’s members',
        description: `Everyone who belongs to the organisation, with their roles there and last sign-in. ${ADMIN_ONLY}`,
        params: organizationParams,
        response: { 200: members },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      reply.header('cache-control', 'no-store');
      return { items: await membersView(deps.db, p, request.params.organizationId) };
    },
  );

  app.post(
    '/organizations/:organizationId/invitations',
    {
      schema: {
        tags,
        summary: 'Bjud in en kollega / invite a colleague',
        description: `Creates the colleague's account in the organisation (applicant; also applicant_admin with \`admin\`) and mails a link (72 hours) to choose a password. 409 when the address already has an account. ${ADMIN_ONLY}`,
        params: organizationParams,
        body: z.object({ email, displayName: text(200), admin: z.boolean().default(false) }),
        response: { 201: members },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const { organizationId } = request.params;
      await inviteMember(deps, p, organizationId, request.body);
      return reply.status(201).send({ items: await membersView(deps.db, p, organizationId) });
    },
  );

  app.patch(
    '/organizations/:organizationId/members/:userId',
    {
      schema: {
        tags,
        summary: 'Gör till eller ta bort som administratör / make or unmake an administrator',
        description: `409 for the last administrator, or when the member changed since the list was read (\`version\`). ${ADMIN_ONLY}`,
        params: memberParams,
        body: z.object({ version, administrator: z.boolean() }),
        response: { 200: members },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const { organizationId, userId } = request.params;
      await setAdministrator(deps, p, organizationId, userId, request.body);
      return { items: await membersView(deps.db, p, organizationId) };
    },
  );

  app.post(
    '/organizations/:organizationId/members/:userId/remove',
    {
      schema: {
        tags,
        summary: 'Ta bort en medlem / remove a member',
        description: `The member's roles in the organisation go and they no longer belong to it; what they did stays. 409 for the last administrator, or when the member changed since the list was read. ${ADMIN_ONLY}`,
        params: memberParams,
        body: z.object({ version }),
        response: { 200: members },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const { organizationId, userId } = request.params;
      await removeMember(deps, p, organizationId, userId, request.body);
      return { items: await membersView(deps.db, p, organizationId) };
    },
  );
  return Promise.resolve();
};
