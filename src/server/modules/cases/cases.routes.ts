import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { canSeeApplication, notFound } from './applications.policy.js';
import { requirePrincipal } from '../auth/policy.js';
import { fundersOfOrganizations } from '../funders/funders.repository.js';
import { caseTimeline, caseWithFunder, externalIdsOfCase } from './timeline.repository.js';
import { withLabel } from './timeline-view.js';
import { INBOX_STATUSES, listInbox } from './inbox.repository.js';
import { AppError } from '../../errors.js';
import { caseDocumentList, caseDocumentListView } from './case-documents.view.js';
import { loadVisibleCase } from './cases.policy.js';
import { matterDiaryNumberOf } from './case-documents.repository.js';

const entry = z.object({
  at: z.string(),
  kind: z.enum(['event', 'document']),
  action: z.string(),
  /** What the event or document is called, in both languages (never the code above). */
  label: z.object({ sv: z.string(), en: z.string() }),
  actor: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  documentId: z.string().optional(),
  filename: z.string().optional(),
  sha256: z.string().optional(),
});

/**
 * The case page's data: the case and its timeline of every event and document (docs/domain/life-of-a-grant.md,
 * "The web app").
 */
export const caseRoutes: FastifyPluginAsyncZod<{ db: Db }> = (app, { db }) => {
  app.get(
    '/cases/:caseId/timeline',
    {
      schema: {
        tags: ['cases'],
        summary: 'Ärendets händelser och handlingar / the case timeline',
        params: z.object({ caseId: z.uuid() }),
        response: {
          200: z.object({
            case: z.object({
              id: z.uuid(),
              kind: z.string(),
              status: z.string(),
              title: z.string(),
              diaryNumber: z.string().nullable(),
              projectId: z.uuid().nullable(),
              externalIds: z.array(z.object({ system: z.string(), externalId: z.string() })),
            }),
            items: z.array(entry),
          }),
        },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const found = await caseWithFunder(db, request.params.caseId);
      if (!found || !canSeeApplication(p, found.kase, found.funder.organizationId)) throw notFound();
      const { kase } = found;
      const externalIds = await externalIdsOfCase(db, kase.id);
      return {
        case: {
          id: kase.id,
          kind: kase.kind,
          status: kase.status,
          title: kase.title,
          diaryNumber: await matterDiaryNumberOf(db, kase.id),
          projectId: kase.projectId,
          externalIds,
        },
        items: (await caseTimeline(db, kase.id)).map(withLabel),
      };
    },
  );
  app.get(
    '/cases/:caseId/documents',
    {
      schema: {
        tags: ['cases'],
        summary: 'Ärendets handlingsförteckning / the list of documents of a case, in the order registered',
        description:
          'A later matter of a project (an amendment or payment request, a report, a recovery) is registered in ' +
          'the project’s own case: asked for such a matter, the list is that of the project’s case.',
        params: z.object({ caseId: z.uuid() }),
        response: { 200: caseDocumentListView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const { kase } = await loadVisibleCase(db, p, request.params.caseId);
      return caseDocumentList(db, kase);
    },
  );
  app.get(
    '/inbox',
    {
      schema: {
        tags: ['cases'],
        summary: 'Handläggarens inkorg / the officer’s inbox: open cases, most urgent first',
        querystring: z.object({
          status: z
            .enum(INBOX_STATUSES)
            .optional()
            .describe('draft: tillbaka hos sökanden för komplettering / back with the applicant for completion'),
          assigned: z.enum(['me', 'unassigned', 'all']).default('all'),
          callId: z.uuid().optional().describe('Bara ansökningar till utlysningen / only applications to the call'),
          page: z.coerce.number().int().min(1).max(100_000).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(25),
        }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.uuid(),
                kind: z.string(),
                status: z.string(),
                title: z.string(),
                diaryNumber: z.string().nullable(),
                applicant: z.string(),
                receivedOn: z.string().nullable(),
                dueDate: z.string().nullable(),
                officerUserId: z.string().nullable(),
              }),
            ),
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
          }),
        },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const staffOrgs = p.roles
        .filter((r) => r.role === 'case_officer' || r.role === 'decision_maker' || r.role === 'administrator')
        .map((r) => r.organizationId);
      if (staffOrgs.length === 0) {
        throw new AppError('missing_role', 403, {
          sv: 'Inkorgen är till för handläggare och beslutsfattare.',
          en: 'The inbox is for case officers and decision makers.',
        });
      }
      const funderIds = (await fundersOfOrganizations(db, staffOrgs)).map((f) => f.id);
      const { status, assigned, callId, page, pageSize } = request.query;
      const { items, total } = await listInbox(db, {
        funderIds,
        status,
        assigned:
          assigned === 'all' ? undefined : assigned === 'unassigned' ? 'unassigned' : { userId: p.userId, mine: true },
        callId,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { items, total, page, pageSize };
    },
  );
  return Promise.resolve();
};
