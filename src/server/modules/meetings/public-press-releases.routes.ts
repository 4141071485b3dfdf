import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { headlineTotal, ore, oreToKronor, type LocalDate } from '../../../domain/index.js';
import type { Db } from '../../db/client.js';
import type { DocumentStore } from '../../documents/document-store.js';
import { assemblePressRelease, paragraphsOf } from '../../documents/press-release/press-release-text.js';
import { AppError } from '../../errors.js';
import {
  findDocumentById,
  findPublishedPressRelease,
  listPublishedPressReleases,
  pressReleaseItemsOf,
} from './meetings.repository.js';
import { sendStored } from './pdf-reply.js';

const tags = ['public'];
const notFound = () => AppError.notFound({ sv: 'Pressmeddelandet', en: 'The press release' });

const summary = z.object({
  id: z.uuid(),
  title: z.string(),
  publishedAt: z.string(),
  meetingDate: z.iso.date().nullable(),
  committeeName: z.string().nullable(),
  funderName: z.string().nullable(),
  /**
   * The exact sum of the listed grants, in whole kronor (docs/domain/public-contracts.md, "Units: kronor and percent").
   */
  totalSek: z.number(),
  /** The same total as the headline says it: "25,4 miljoner kronor". */
  headlineTotal: z.string(),
  projectCount: z.number().int(),
});

const detail = summary.extend({
  paragraphs: z.array(z.string()),
  listHeading: z.string(),
  items: z.array(
    z.object({
      position: z.number().int(),
      projectName: z.string(),
      owner: z.string(),
      amountSek: z.number(),
      amountText: z.string(),
      /** "2023-03-01 - 2026-02-28", as the release prints it. */
      periodText: z.string().nullable(),
      periodStart: z.iso.date().nullable(),
      periodEnd: z.iso.date().nullable(),
      description: z.string().nullable(),
    }),
  ),
  contacts: z.string().nullable(),
  text: z.string(),
  pdfUrl: z.string().nullable(),
});

/**
 * Published press releases, for everyone (docs/domain/life-of-a-grant.md, "8. Publication"). Drafts do not exist here:
 * 404.
 */
export const publicPressReleaseRoutes: FastifyPluginAsyncZod<{ db: Db; store: DocumentStore }> = (app, deps) => {
  app.get(
    '/press-releases',
    {
      schema: {
        tags,
        summary: 'Publicerade pressmeddelanden / published press releases',
        querystring: z.object({
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: {
          200: z.object({
            items: z.array(summary),
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
          }),
        },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const { rows, total } = await listPublishedPressReleases(deps.db, {
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return {
        items: rows.map((r) => {
          const totalOre = ore(r.release.headlineTotalOre ?? 0);
          return {
            id: r.release.id,
            title: r.release.title,
            publishedAt: r.release.publishedAt!.toISOString(),
            meetingDate: r.meetingDate,
            committeeName: r.committeeName,
            funderName: r.funderName,
            totalSek: oreToKronor(totalOre),
            headlineTotal: headlineTotal(totalOre),
            projectCount: r.projectCount,
          };
        }),
        total,
        page,
        pageSize,
      };
    },
  );

  app.get(
    '/press-releases/:id',
    {
      schema: {
        tags,
        summary: 'Ett publicerat pressmeddelande / a published press release',
        params: z.object({ id: z.uuid() }),
        response: { 200: detail },
      },
    },
    async (request) => {
      const row = await findPublishedPressRelease(deps.db, request.params.id);
      if (!row) throw notFound();
      const items = await pressReleaseItemsOf(deps.db, row.release.id);
      const release = assemblePressRelease({
        title: row.release.title,
        paragraphs: paragraphsOf(row.release.body),
        lines: items.map((it) => ({
          projectName: it.projectName,
          ownerName: it.ownerName,
          amount: ore(it.amountOre),
          periodStart: it.periodStart as LocalDate | null,
          periodEnd: it.periodEnd as LocalDate | null,
          description: it.purpose,
        })),
        contacts: row.release.contacts,
      });
      return {
        id: row.release.id,
        title: release.title,
        publishedAt: row.release.publishedAt!.toISOString(),
        meetingDate: row.meetingDate,
        committeeName: row.committeeName,
        funderName: row.funderName,
        totalSek: oreToKronor(release.total),
        headlineTotal: release.headlineTotal,
        projectCount: release.items.length,
        paragraphs: release.paragraphs,
        listHeading: release.listHeading,
        items: release.items.map((it) => ({
          position: it.position,
          projectName: it.projectName,
          owner: it.ownerName,
          amountSek: oreToKronor(it.amount),
          amountText: it.amountText,
          periodText: it.periodText,
          periodStart: it.periodStart,
          periodEnd: it.periodEnd,
          description: it.description,
        })),
        contacts: release.contacts,
        text: release.text,
        pdfUrl: row.release.documentId ? `/api/v1/public/press-releases/${row.release.id}/pdf` : null,
      };
    },
  );

  app.get(
    '/press-releases/:id/pdf',
    {
      schema: {
        tags,
        summary: 'Pressmeddelandet som PDF / the published press release as PDF',
        params: z.object({ id: z.uuid() }),
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const row = await findPublishedPressRelease(deps.db, request.params.id);
      const document = row?.release.documentId ? await findDocumentById(deps.db, row.release.documentId) : null;
      if (!document) throw notFound();
      return sendStored(reply, deps.store, document);
    },
  );
  return Promise.resolve();
};
