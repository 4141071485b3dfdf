import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.js';
import type { Actor } from '../../audit/audit.js';
import { requirePrincipal } from '../auth/policy.js';
import type { Principal } from '../auth/principal.js';
import { loadFunderFor } from '../funders/funders.policy.js';
import { changeContactDetails } from './use-cases/change-contact-details.js';
import { changeRoles } from './use-cases/change-roles.js';
import { inviteStaffMember } from './use-cases/invite-staff-member.js';
import { listFunderUsers, loadFunderUser } from './use-cases/list-funder-users.js';
import { resendInvitation } from './use-cases/resend-invitation.js';
import { disableUser, enableUser } from './use-cases/set-user-active.js';
import {
  emailField,
  funderParams,
  funderUserParams,
  line,
  phoneField,
  roleInput,
  staffMember,
  versionBody,
} from './users.schemas.js';

const actorOf = (p: Principal): Actor => ({ userId: p.userId, label: p.displayName });
const notFoundNote = '404 for a funder the caller does not administer, exactly as for an unknown id.';

/**
 * A funder's users and their roles, kept by the funder's administrators only: anyone else, another
 * funder's administrator included, gets 404 as if the funder did not exist.
 */
export const userAdminRoutes: FastifyPluginAsyncZod<ModuleDeps> = (app, deps) => {
  const funderFor = async (p: Principal, funderId: string) => loadFunderFor(deps.db, p, funderId, ['administrator']);

  app.get(
    '/funders/:funderId/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Stödgivarens användare / the funder’s users',
        description: `Everyone working for the funder's organisation with their roles there, status, last sign-in and invitation state. ${notFoundNote}`,
        params: funderParams,
        response: { 200: z.object({ items: z.array(staffMember) }) },
      },
    },
    async (request) => {
      const funder = await funderFor(requirePrincipal(request), request.params.funderId);
      return { items: await listFunderUsers(deps.db, deps.clock, funder) };
    },
  );

  app.post(
    '/funders/:funderId/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Bjud in en användare / invite a user',
        description: `Creates the user with roles at this funder and mails a 72-hour invitation link. A decision maker needs a capacity (422 on \`capacity\`); an address that already has an account: 409 on \`email\`. ${notFoundNote}`,
        params: funderParams,
        body: z.object({
          email: emailField,
          displayName: line(200).describe('Namn / name'),
          title: line(200).nullish().describe('Titel, t.ex. "strateg" / job title'),
          phone: phoneField.nullish(),
          roles: z.array(roleInput).max(10),
        }),
        response: { 201: staffMember },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const funder = await funderFor(p, request.params.funderId);
      const view = await inviteStaffMember(deps, actorOf(p), funder, request.body);
      return reply.status(201).send(view);
    },
  );

  app.post(
    '/funders/:funderId/users/:userId/invitation',
    {
      schema: {
        tags: ['users'],
        summary: 'Skicka inbjudan igen / send a new invitation link',
        description: `For someone who has not accepted yet; the earlier link stops working. 409 when already accepted or disabled. ${notFoundNote}`,
        params: funderUserParams,
        response: { 200: staffMember },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const funder = await funderFor(p, request.params.funderId);
      return resendInvitation(deps, actorOf(p), funder, request.params.userId);
    },
  );

  app.put(
    '/funders/:funderId/users/:userId/roles',
    {
      schema: {
        tags: ['users'],
        summary: 'Ändra roller / change roles',
        description: `Replaces the person's roles at this funder (roles elsewhere stay). Stale version: 409. Taking the role from the last active administrator: 409. ${notFoundNote}`,
        params: funderUserParams,
        body: versionBody.extend({ roles: z.array(roleInput).max(10) }),
        response: { 200: staffMember },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const funder = await funderFor(p, request.params.funderId);
      return changeRoles(deps, actorOf(p), funder, { userId: request.params.userId, ...request.body });
    },
  );

  app.put(
    '/funders/:funderId/users/:userId/contact',
    {
      schema: {
        tags: ['users'],
        summary: 'Ändra titel och telefon / change title and telephone',
        description: `The title and telephone printed where the person is a letter's contact ("Vid frågor kontakta"); blank clears them. Letters already stored are not changed. A number that cannot be dialled: 400 on \`phone\`. Stale version: 409. ${notFoundNote}`,
        params: funderUserParams,
        body: versionBody.extend({
          title: line(200).nullable().describe('Titel, t.ex. "strateg" / job title'),
          phone: phoneField.nullable(),
        }),
        response: { 200: staffMember },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const funder = await funderFor(p, request.params.funderId);
      return changeContactDetails(deps, actorOf(p), funder, { userId: request.params.userId, ...request.body });
    },
  );

  for (const action of ['disable', 'enable'] as const) {
    app.post(
      `/funders/:funderId/users/:userId/${action}`,
      {
        schema: {
          tags: ['users'],
          summary:
            action === 'disable'
              ? 'Stäng av kontot / disable the account'
              : 'Aktivera kontot igen / enable the account again',
          description:
            action === 'disable'
              ? `The person cannot sign in, and their sessions end at once. Refused (409) for the last active administrator of a funder and for one's own account; stale version: 409. ${notFoundNote}`
              : `The person can sign in again with the roles they had. Stale version: 409. ${notFoundNote}`,
          params: funderUserParams,
          body: versionBody,
          response: { 200: staffMember },
        },
      },
      async (request) => {
        const p = requirePrincipal(request);
        const funder = await funderFor(p, request.params.funderId);
        const change = action === 'disable' ? disableUser : enableUser;
        await deps.db.transaction((tx) =>
          change(tx, deps.clock, actorOf(p), {
            userId: request.params.userId,
            version: request.body.version,
            organizationId: funder.organizationId,
          }),
        );
        return loadFunderUser(deps.db, deps.clock, funder, request.params.userId);
      },
    );
  }
  return Promise.resolve();
};
