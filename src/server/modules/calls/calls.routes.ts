import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ORGANIZATION_TYPES } from '../../../domain/calls.js';
import type { ModuleDeps } from '../../app.js';
import { requirePrincipal } from '../auth/policy.js';
import { appropriationLabel } from '../portfolio/appropriations.repository.js';
import { applyToCallProblem } from './call-rules.js';
import { callInput, callParams, callView, funderParams } from './call-schema.js';
import { callView as viewOf, callViews } from './call-views.js';
import { canKeepCalls, loadCallFor, loadFunderForCalls } from './calls.policy.js';
import {
  appropriationsOfFunder,
  callsOfFunders,
  findPublishedCall,
  funderIdsOfOrganizations,
  prioritiesOfFunder,
} from './calls.repository.js';
import { createCall } from './use-cases/create-call.js';
import { publishCall } from './use-cases/publish-call.js';
import { updateCall } from './use-cases/update-call.js';
import { callNotFound } from './calls.policy.js';

const tags = ['calls'];
const version = z.number().int().min(1).max(2_147_483_647);
const issue = z.object({
  path: z.string(),
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.object({ sv: z.string(), en: z.string() }),
});

/** Calls for proposals, kept by the funder's administrators and read by its case officers. */
export const callRoutes: FastifyPluginAsyncZod<ModuleDeps> = (app, deps) => {
  app.get(
    '/funders/:funderId/calls',
    {
      schema: {
        tags,
        summary: 'Stödgivarens utlysningar / the funder’s calls for proposals',
        description: 'Drafts and published calls, newest open time first, with the number of applications.',
        params: funderParams,
        response: { 200: z.object({ items: z.array(callView) }) },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const funder = await loadFunderForCalls(deps.db, p, request.params.funderId);
      const rows = await callsOfFunders(deps.db, [funder.id]);
      return { items: await callViews(deps.db, rows, deps.clock.now(), canKeepCalls(p, funder)) };
    },
  );

  app.post(
    '/funders/:funderId/calls',
    {
      schema: {
        tags,
        summary: 'Ny utlysning (utkast) / new call (draft)',
        description:
          'Administrators of the funder. Times are instants (the web app converts from Swedish time); 422 lists every problem by field.',
        params: funderParams,
        body: callInput,
        response: { 201: callView },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const call = await createCall(deps, p, request.params.funderId, request.body);
      return reply.status(201).send(await viewOf(deps.db, call, deps.clock.now(), true));
    },
  );

  app.get(
    '/funders/:funderId/call-options',
    {
      schema: {
        tags,
        summary: 'Val för utlysningsformuläret / the call form’s options',
        description: "The funder's strategy priorities (retired ones marked), appropriations and organisation types.",
        params: funderParams,
        response: {
          200: z.object({
            priorities: z.array(
              z.object({
                id: z.uuid(),
                code: z.string(),
                title: z.string(),
                strategy: z.string(),
                active: z.boolean(),
              }),
            ),
            appropriations: z.array(z.object({ id: z.uuid(), label: z.string() })),
            organizationTypes: z.array(z.enum(ORGANIZATION_TYPES)),
          }),
        },
      },
    },
    async (request) => {
      const funder = await loadFunderForCalls(deps.db, requirePrincipal(request), request.params.funderId);
      const appropriations = await appropriationsOfFunder(deps.db, funder.id);
      return {
        priorities: await prioritiesOfFunder(deps.db, funder.id),
        appropriations: appropriations.map((a) => ({ id: a.id, label: appropriationLabel(a) })),
        organizationTypes: [...ORGANIZATION_TYPES],
      };
    },
  );

  app.get(
    '/calls/:callId',
    {
      schema: { tags, summary: 'Utlysning / call for proposals', params: callParams, response: { 200: callView } },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const { call, funder } = await loadCallFor(deps.db, p, request.params.callId);
      return viewOf(deps.db, call, deps.clock.now(), canKeepCalls(p, funder));
    },
  );

  app.put(
    '/calls/:callId',
    {
      schema: {
        tags,
        summary: 'Ändra utlysning / change a call (409 if the version is stale)',
        description:
          'A published call stays published; its close time may be moved (not into the past) and its open time only until it has opened.',
        params: callParams,
        body: callInput.extend({ version }),
        response: { 200: callView },
      },
    },
    async (request) => {
      const call = await updateCall(deps, requirePrincipal(request), request.params.callId, request.body);
      return viewOf(deps.db, call, deps.clock.now(), true);
    },
  );

  app.post(
    '/calls/:callId/publish',
    {
      schema: {
        tags,
        summary: 'Publicera utlysning / publish a call',
        description: 'Once only: a published call cannot go back to draft. 422 when it would already be closed.',
        params: callParams,
        body: z.object({ version }),
        response: { 200: callView },
      },
    },
    async (request) => {
      const call = await publishCall(deps, requirePrincipal(request), request.params.callId, request.body);
      return viewOf(deps.db, call, deps.clock.now(), true);
    },
  );

  app.get(
    '/calls/:callId/application-check',
    {
      schema: {
        tags,
        summary: 'Kan min organisation ansöka? / may my organisation apply to this call?',
        description:
          'For a signed-in person and a published call: whether their organisation can start an application to it now, and if not why (the same rule POST /applications applies). Drafts 404.',
        params: callParams,
        response: {
          200: z.object({ canApply: z.boolean(), issue: issue.nullable() }),
        },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const found = await findPublishedCall(deps.db, request.params.callId);
      if (!found) throw callNotFound();
      if (!p.organizationId || !p.roles.some((r) => r.role === 'applicant' && r.organizationId === p.organizationId)) {
        return {
          canApply: false,
          issue: {
            path: 'callId',
            code: 'call.no_applicant_organisation',
            severity: 'error' as const,
            message: {
              sv: 'För att ansöka behöver du tillhöra en sökande organisation i Bidra. Registrera din organisation eller be att få gå med i den.',
              en: 'To apply you need to belong to an applicant organisation in Bidra. Register your organisation or ask to join it.',
            },
          },
        };
      }
      const problem = await applyToCallProblem(
        deps.db,
        { callId: found.call.id, funderId: found.call.funderId, organizationId: p.organizationId },
        deps.clock,
      );
      return { canApply: problem === null, issue: problem?.issue ?? null };
    },
  );

  app.get(
    '/my/calls',
    {
      schema: {
        tags,
        summary: 'Utlysningar hos stödgivare jag arbetar för / calls of the funders I work for',
        description:
          'For filters (inbox, portfolio): every call of the funders in which the caller holds a staff role.',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.uuid(),
                funderId: z.uuid(),
                title: z.string(),
                status: z.enum(['draft', 'published']),
                opensAt: z.string(),
                closesAt: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const staffOrgs = p.roles.filter((r) => r.role !== 'applicant' && r.role !== 'applicant_admin');
      const funderIds = await funderIdsOfOrganizations(deps.db, [...new Set(staffOrgs.map((r) => r.organizationId))]);
      const rows = await callsOfFunders(deps.db, funderIds);
      return {
        items: rows.map((c) => ({
          id: c.id,
          funderId: c.funderId,
          title: c.title,
          status: c.status,
          opensAt: c.opensAt.toISOString(),
          closesAt: c.closesAt.toISOString(),
        })),
      };
    },
  );
  return Promise.resolve();
};
