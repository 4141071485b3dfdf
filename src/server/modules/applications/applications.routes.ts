import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { applicationTotals, completeContentOf, type ApplicationDraft, type Clock } from '../../../domain/index.js';
import type { Db } from '../../db/client.js';
import { requirePrincipal } from '../auth/policy.js';
import { applicationDraftContent, applicationView, fieldIssue } from './application-schema.js';
import { canSeeApplication, notFound } from '../cases/applications.policy.js';
import {
  casesOfOrganization,
  findApplicationCase,
  findFunder,
  findOrganization,
  latestVersion,
  listFunders,
} from './applications.repository.js';
import { createApplicationDraft, saveApplicationDraft } from './use-cases/save-application-draft.js';
import { findCall } from '../calls/calls.repository.js';
import { submitApplication } from './use-cases/submit-application.js';
import { submitChecks } from './submit-checks.js';

const caseParams = z.object({ caseId: z.uuid() });

/** The applicant's side of docs/domain/life-of-a-grant.md, "2. Application": drafts, live checks, submit. */
export const applicationRoutes: FastifyPluginAsyncZod<{ db: Db; clock: Clock }> = (app, deps) => {
  const view = async (caseId: string) => {
    const kase = await findApplicationCase(deps.db, caseId);
    const draft = kase ? await latestVersion(deps.db, kase.id) : null;
    if (!kase || !draft) throw notFound();
    const content = draft.content as ApplicationDraft;
    const totals = applicationTotals(content);
    const call = kase.callId ? await findCall(deps.db, kase.callId) : null;
    const applicant = await findOrganization(deps.db, kase.applicantOrganizationId);
    const orgNumber = applicant?.orgNumber ?? null;
    return {
      kase,
      body: {
        caseId: kase.id,
        funderId: kase.funderId,
        status: kase.status,
        diaryNumber: kase.diaryNumber,
        version: kase.version,
        content: completeContentOf(content),
        draft: content,
        applicant: { name: applicant?.name ?? '', orgNumber },
        issues: await submitChecks(deps.db, kase, content, orgNumber),
        totals: {
          budget: totals.budget,
          financing: totals.financing,
          activities: totals.activities,
          requested: totals.requested,
        },
        submittedAt: draft.submittedAt?.toISOString() ?? null,
        call: call && {
          id: call.id,
          title: call.title,
          opensAt: call.opensAt.toISOString(),
          closesAt: call.closesAt.toISOString(),
        },
      },
    };
  };

  app.get(
    '/funders',
    {
      schema: {
        tags: ['applications'],
        summary: 'Stödgivare / funders',
        response: {
          200: z.object({ items: z.array(z.object({ id: z.uuid(), name: z.string(), committee: z.string() })) }),
        },
      },
    },
    async (request) => {
      requirePrincipal(request);
      return { items: await listFunders(deps.db) };
    },
  );

  app.get(
    '/my/cases',
    {
      schema: {
        tags: ['applications'],
        summary: 'Min organisations ärenden / my organisation’s cases',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.uuid(),
                kind: z.string(),
                status: z.string(),
                title: z.string(),
                diaryNumber: z.string().nullable(),
                updatedAt: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const rows = p.organizationId ? await casesOfOrganization(deps.db, p.organizationId) : [];
      return { items: rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() })) };
    },
  );

  app.post(
    '/applications',
    {
      schema: {
        tags: ['applications'],
        summary: 'Ny ansökan (utkast) / new draft application',
        description:
          'With callId, the application is made to that call: refused (422, field callId) when the call is not published, not open yet, closed, of another funder, or not for the organisation’s type.',
        body: z.object({ funderId: z.uuid(), callId: z.uuid().optional(), content: applicationDraftContent }),
        response: { 201: applicationView },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const { caseId } = await createApplicationDraft(deps, p, request.body);
      return reply.status(201).send((await view(caseId)).body);
    },
  );

  app.get(
    '/applications/:caseId',
    {
      schema: {
        tags: ['applications'],
        summary: 'Ansökan / application',
        params: caseParams,
        response: { 200: applicationView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const { kase, body } = await view(request.params.caseId);
      const funder = await findFunder(deps.db, kase.funderId);
      if (!canSeeApplication(p, kase, funder!.organizationId)) throw notFound();
      return body;
    },
  );

  app.put(
    '/applications/:caseId',
    {
      schema: {
        tags: ['applications'],
        summary: 'Spara utkast / save draft (409 if the version is stale)',
        description:
          'A draft may be incomplete: a budget line may lack its year or amount and a financier its name or amount; submit requires them.',
        params: caseParams,
        body: z.object({ version: z.number().int().min(1), content: applicationDraftContent }),
        response: { 200: applicationView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      await saveApplicationDraft(deps, p, { caseId: request.params.caseId, ...request.body });
      return (await view(request.params.caseId)).body;
    },
  );

  app.post(
    '/applications/:caseId/submit',
    {
      schema: {
        tags: ['applications'],
        summary: 'Skicka in / submit: validates everything, registers a diary number and mails a receipt',
        params: caseParams,
        body: z.object({ version: z.number().int().min(1) }),
        response: { 200: z.object({ diaryNumber: z.string(), status: z.string(), warnings: z.array(fieldIssue) }) },
      },
    },
    async (request) =>
      submitApplication(deps, requirePrincipal(request), {
        caseId: request.params.caseId,
        version: request.body.version,
      }),
  );
  return Promise.resolve();
};
