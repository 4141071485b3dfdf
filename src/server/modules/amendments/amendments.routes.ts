import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from '../../../domain/index.js';
import type { Db } from '../../db/client.js';
import { requirePrincipal } from '../auth/policy.js';
import { loadVisibleCase } from '../cases/cases.policy.js';
import {
  amendmentDecisionInput,
  amendmentDecisionView,
  amendmentRequestContent,
  amendmentRequestView,
  fieldIssueView,
  planDiffView,
  planVersionView,
  termsView,
  versionView,
} from './amendment-schema.js';
import { handlesAmendmentDecision, isProjectStaff, loadVisibleProject } from './amendments.policy.js';
import { loadAmendmentDecisionView } from './decision-view.js';
import { listVersions, planDiff } from './project-versions.js';
import { loadRequestView } from './request-view.js';
import { createAmendmentDecision, updateAmendmentDecision } from './use-cases/draft-amendment-decision.js';
import {
  createAmendmentRequest,
  saveAmendmentRequest,
  submitAmendmentRequest,
} from './use-cases/save-amendment-request.js';
import { myAmendableProjects } from './my-projects.js';

const tags = ['amendments'];
const caseParams = z.object({ caseId: z.uuid() });
const projectParams = z.object({ projectId: z.uuid() });
const decisionParams = z.object({ id: z.uuid() });

/**
 * docs/domain/life-of-a-grant.md, "5. Amendment": the beneficiary's amendment request, the officer's amendment decision
 * (proposed and approved through the decisions routes), and a project's versions with the diff of its activity plans.
 */
export const amendmentRoutes: FastifyPluginAsyncZod<{ db: Db; clock: Clock }> = (app, deps) => {
  app.get(
    '/my/projects',
    {
      schema: {
        tags,
        summary: 'Min organisations projekt / my organisation’s projects',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.uuid(),
                name: z.string(),
                acronym: z.string().nullable(),
                status: z.string(),
                diaryNumber: z.string().nullable(),
                caseId: z.uuid(),
                periodStart: z.string().nullable(),
                periodEnd: z.string().nullable(),
                grantedOre: z.number().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ items: await myAmendableProjects(deps.db, requirePrincipal(request)) }),
  );

  app.post(
    '/projects/:projectId/amendment-requests',
    {
      schema: {
        tags,
        summary: 'Ny ändringsbegäran (utkast) / new amendment request (draft)',
        params: projectParams,
        body: z.object({ content: amendmentRequestContent }),
        response: { 201: amendmentRequestView },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const caseId = await createAmendmentRequest(deps, p, request.params.projectId, request.body.content);
      return reply.status(201).send(await loadRequestView(deps.db, p, caseId));
    },
  );

  app.get(
    '/amendment-requests/:caseId',
    {
      schema: {
        tags,
        summary: 'Ändringsbegäran / amendment request',
        params: caseParams,
        response: { 200: amendmentRequestView },
      },
    },
    async (request) => loadRequestView(deps.db, requirePrincipal(request), request.params.caseId),
  );

  app.put(
    '/amendment-requests/:caseId',
    {
      schema: {
        tags,
        summary: 'Spara ändringsbegäran / save the draft (409 if the version is stale)',
        params: caseParams,
        body: z.object({ version: z.number().int().min(1), content: amendmentRequestContent }),
        response: { 200: amendmentRequestView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      await saveAmendmentRequest(deps, p, { caseId: request.params.caseId, ...request.body });
      return loadRequestView(deps.db, p, request.params.caseId);
    },
  );

  app.post(
    '/amendment-requests/:caseId/submit',
    {
      schema: {
        tags,
        summary: 'Skicka in / submit: checks the request and registers a diary number',
        params: caseParams,
        body: z.object({ version: z.number().int().min(1) }),
        response: {
          200: z.object({ diaryNumber: z.string(), status: z.string(), warnings: z.array(fieldIssueView) }),
        },
      },
    },
    async (request) =>
      submitAmendmentRequest(deps, requirePrincipal(request), {
        caseId: request.params.caseId,
        version: request.body.version,
      }),
  );

  app.post(
    '/amendment-requests/:caseId/decision',
    {
      schema: {
        tags,
        summary: 'Utkast till ändringsbeslut / draft the amendment decision',
        description:
          'Terms left out are taken from the request. Propose and approve it with POST /decisions/:id/propose and /approve.',
        params: caseParams,
        body: amendmentDecisionInput.default({}),
        response: { 201: amendmentDecisionView },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const id = await createAmendmentDecision(deps, p, request.params.caseId, request.body);
      return reply.status(201).send(await loadAmendmentDecisionView(deps.db, deps.clock, p, id));
    },
  );

  app.get(
    '/amendment-decisions/:id',
    {
      schema: {
        tags,
        summary: 'Ändringsbeslut med före/efter och kontroller / amendment decision, before and after, checks',
        params: decisionParams,
        response: { 200: amendmentDecisionView },
      },
    },
    async (request) => loadAmendmentDecisionView(deps.db, deps.clock, requirePrincipal(request), request.params.id),
  );

  app.put(
    '/amendment-decisions/:id',
    {
      schema: {
        tags,
        summary: 'Ändra utkast till ändringsbeslut / edit the draft (409 if stale or approved)',
        params: decisionParams,
        body: amendmentDecisionInput.and(z.object({ version: z.number().int().min(1) })),
        response: { 200: amendmentDecisionView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      await updateAmendmentDecision(deps, p, request.params.id, request.body);
      return loadAmendmentDecisionView(deps.db, deps.clock, p, request.params.id);
    },
  );

  app.get(
    '/cases/:caseId/project',
    {
      schema: {
        tags,
        summary: 'Ärendets projekt / the project of a case',
        params: caseParams,
        response: {
          200: z.object({
            projectId: z.uuid().nullable(),
            actions: z.object({
              /**
               * A case officer or decision maker of the funder works on the amendment decision of an amendment
               * request (GET /amendment-requests/:caseId, POST …/decision, the decisions routes).
               */
              handleDecision: z.boolean(),
            }),
          }),
        },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const scope = await loadVisibleCase(deps.db, p, request.params.caseId);
      return { projectId: scope.kase.projectId, actions: { handleDecision: handlesAmendmentDecision(p, scope) } };
    },
  );

  app.get(
    '/projects/:projectId/versions',
    {
      schema: {
        tags,
        summary: 'Projektets beslutsversioner / the decision versions with the terms in force',
        params: projectParams,
        response: {
          200: z.object({
            projectId: z.uuid(),
            name: z.string(),
            acronym: z.string().nullable(),
            versions: z.array(versionView),
            planVersions: z.array(planVersionView),
            inForce: termsView.nullable(),
          }),
        },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const scope = await loadVisibleProject(deps.db, p, request.params.projectId);
      const listed = await listVersions(deps.db, scope.project.id, isProjectStaff(p, scope));
      return { projectId: scope.project.id, name: scope.project.name, acronym: scope.project.acronym, ...listed };
    },
  );

  app.get(
    '/projects/:projectId/activity-plan/diff',
    {
      schema: {
        tags,
        summary: 'Jämför två versioner av aktivitetsplanen / side-by-side diff of two activity-plan versions',
        description:
          'Activities matched by number: added, removed, changed (with the changed fields) or unchanged. Without `to` the newest approved version; without `from` the approved version before it.',
        params: projectParams,
        querystring: z.object({
          from: z.coerce.number().int().min(1).optional(),
          to: z.coerce.number().int().min(1).optional(),
        }),
        response: {
          200: planDiffView.extend({ from: planVersionView, to: planVersionView }),
        },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const scope = await loadVisibleProject(deps.db, p, request.params.projectId);
      return planDiff(deps.db, scope.project.id, isProjectStaff(p, scope), request.query);
    },
  );
  return Promise.resolve();
};
