import type { FastifyError } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.js';
import { AppError } from '../../errors.js';
import { requirePrincipal } from '../auth/policy.js';
import { attachmentItem, attachmentList, attachmentListView } from './attachment-view.js';
import { loadAttachmentTarget } from './attachments.policy.js';
import { attachmentCaseOfReport, attachmentCaseOfRequest } from './attachment-cases.js';
import { plainText } from './attachment-schema.js';
import { addAttachment, tooLarge } from './use-cases/add-attachment.js';
import { loadVisibleAttachment, removeAttachment } from './use-cases/remove-attachment.js';

const tags = ['attachments'];
const caseParams = z.object({ caseId: z.uuid() });
const attachmentParams = z.object({ attachmentId: z.uuid() });
const idParams = z.object({ id: z.uuid() });
const refsQuery = z
  .object({ paymentRequestId: z.uuid().optional(), reportId: z.uuid().optional() })
  .refine((q) => !(q.paymentRequestId && q.reportId), {
    message: 'Ange en begäran om utbetalning eller en rapport, inte båda / a payment request or a report, not both',
  });
const uploadQuery = z
  .object({
    filename: plainText(255),
    requirementKey: plainText(100).optional(),
    description: plainText(500).optional(),
    paymentRequestId: z.uuid().optional(),
    reportId: z.uuid().optional(),
  })
  .refine((q) => !(q.paymentRequestId && q.reportId), {
    message: 'Ange en begäran om utbetalning eller en rapport, inte båda / a payment request or a report, not both',
  })
  .refine((q) => !(q.requirementKey && (q.paymentRequestId || q.reportId)), {
    message: 'Ett krav i utlysningen gäller ansökan / a call’s requirement is met by the application',
  });

/** A name for Content-Disposition: ASCII for old clients, the real name in `filename*` (RFC 6266). */
function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\%;]/gu, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** Files attached to cases (bilagor), typed by their content; see docs/domain/attachments-and-messages.md. */
export const attachmentRoutes: FastifyPluginAsyncZod<ModuleDeps> = (app, deps) => {
  // The file is the body as it is, whatever type the browser calls it: the bytes decide (content sniffing).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: deps.maxUploadBytes }, (_request, body, done) =>
    done(null, body),
  );
  // Fastify refuses an oversized body before the route runs; say so with the limit, in Swedish and English.
  app.setErrorHandler((error: FastifyError) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') throw tooLarge(deps.maxUploadBytes);
    throw error;
  });

  app.post(
    '/cases/:caseId/attachments',
    {
      bodyLimit: deps.maxUploadBytes,
      schema: {
        tags,
        summary: 'Lägg till en bilaga / add an attachment',
        description:
          'Body: the file itself (any content type, not multipart). Its kind is decided from the bytes: PDF, images, Office and OpenDocument files, plain text and CSV; anything else answers 415. Over the size limit answers 413.',
        params: caseParams,
        querystring: uploadQuery,
        response: { 201: attachmentItem },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      if (/^multipart\//iu.test(request.headers['content-type'] ?? '')) {
        throw new AppError('attachment.multipart', 415, {
          sv: 'Skicka filen själv som innehåll i begäran, inte som ett formulär (multipart).',
          en: 'Send the file itself as the body of the request, not as a form (multipart).',
        });
      }
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const { attachment } = await addAttachment(deps, p, {
        caseId: request.params.caseId,
        bytes: body,
        ...request.query,
      });
      const target = await loadAttachmentTarget(deps.db, p, attachment.caseId, attachment);
      const view = await attachmentListView(deps.db, p, target, deps.maxUploadBytes);
      return reply.status(201).send(view.items.find((i) => i.id === attachment.id)!);
    },
  );

  app.get(
    '/cases/:caseId/attachments',
    {
      schema: {
        tags,
        summary: 'Ärendets bilagor / the attachments of a case',
        description:
          'Without a filter the case’s own files (and those of its payment request); with paymentRequestId or reportId the files of that request or report.',
        params: caseParams,
        querystring: refsQuery,
        response: { 200: attachmentList },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const target = await loadAttachmentTarget(deps.db, p, request.params.caseId, request.query);
      return attachmentListView(deps.db, p, target, deps.maxUploadBytes);
    },
  );

  app.get(
    '/payment-requests/:id/attachments',
    {
      schema: {
        tags,
        summary: 'Bilagor till en begäran om utbetalning / the attachments of a payment request',
        params: idParams,
        response: { 200: attachmentList },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const caseId = await attachmentCaseOfRequest(deps.db, request.params.id);
      const target = await loadAttachmentTarget(deps.db, p, caseId, { paymentRequestId: request.params.id });
      return attachmentListView(deps.db, p, target, deps.maxUploadBytes);
    },
  );

  app.get(
    '/reports/:id/attachments',
    {
      schema: {
        tags,
        summary: 'Bilagor till en rapport / the attachments of a report',
        params: idParams,
        response: { 200: attachmentList },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const caseId = await attachmentCaseOfReport(deps.db, request.params.id);
      const target = await loadAttachmentTarget(deps.db, p, caseId, { reportId: request.params.id });
      return attachmentListView(deps.db, p, target, deps.maxUploadBytes);
    },
  );

  app.get(
    '/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: 'Hämta en bilaga / download an attachment',
        params: attachmentParams,
        produces: ['application/octet-stream'],
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const { document } = await loadVisibleAttachment(deps, p, request.params.attachmentId);
      const bytes = await deps.store.get(document.storageKey);
      const type = document.mediaType.startsWith('text/') ? `${document.mediaType}; charset=utf-8` : document.mediaType;
      return reply
        .type(type)
        .header('content-disposition', contentDisposition(document.filename))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, no-store')
        .header('x-content-sha256', document.sha256)
        .send(bytes);
    },
  );

  app.delete(
    '/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: 'Ta bort en bilaga (markeras borttagen) / remove an attachment (marked removed)',
        params: attachmentParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeAttachment(deps, requirePrincipal(request), request.params.attachmentId);
      return reply.status(204).send(null);
    },
  );
  return Promise.resolve();
};
