import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from '../../../domain/index.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { requeueFailedEmail } from '../../mail/outbox.js';
import { requirePrincipal, requireRole } from '../auth/policy.js';
import type { Principal } from '../auth/principal.js';
import { caseNotFound, isFunderStaff, loadVisibleCase, type CaseScope } from './cases.policy.js';
import { attachmentFilenames, findCaseEmail, listCaseEmails, type OutboxEmail } from './case-emails.repository.js';

const tags = ['cases'];
const EMAIL_STATUSES = ['queued', 'sending', 'sent', 'failed'] as const;

const emailView = z.object({
  id: z.uuid(),
  to: z.array(z.string()),
  cc: z.array(z.string()),
  subject: z.string(),
  status: z.enum(EMAIL_STATUSES),
  attempts: z.number().int(),
  /** The last delivery error, one line and shortened; credentials never appear in it. */
  lastError: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
  /** The attached documents; filename is null for a document that no longer exists. */
  attachments: z.array(z.object({ documentId: z.string(), filename: z.string().nullable() })),
});

const STATUS_NAMES: Record<OutboxEmail['status'], { sv: string; en: string }> = {
  queued: { sv: 'köat för sändning', en: 'queued for sending' },
  sending: { sv: 'under sändning', en: 'being sent' },
  sent: { sv: 'skickat', en: 'sent' },
  failed: { sv: 'misslyckat', en: 'failed' },
};

const MAX_ERROR_SHOWN = 300;

/**
 * What the officer sees of a delivery error: its first line, at most 300 characters. The SMTP transport
 * already hides the password; a URL's user:password part is hidden here too, whoever wrote it.
 */
export function shortError(error: string | null): string | null {
  if (error === null) return null;
  const line = (error.split(/\r?\n/).find((l) => l.trim() !== '') ?? '')
    .replace(/\/\/[^\s/@:]+:[^\s/@]+@/g, '//[hidden]@')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length > MAX_ERROR_SHOWN ? `${line.slice(0, MAX_ERROR_SHOWN - 1)}…` : line;
}

const toEmailView = (e: OutboxEmail, filenames: Map<string, string>): z.infer<typeof emailView> => ({
  id: e.id,
  to: e.to,
  cc: e.cc,
  subject: e.subject,
  status: e.status,
  attempts: e.attempts,
  lastError: shortError(e.lastError),
  nextAttemptAt: e.nextAttemptAt?.toISOString() ?? null,
  sentAt: e.sentAt?.toISOString() ?? null,
  createdAt: e.createdAt.toISOString(),
  attachments: e.attachments.map((documentId) => ({ documentId, filename: filenames.get(documentId) ?? null })),
});

const emailNotFound = (): AppError => AppError.notFound({ sv: 'E-postmeddelandet', en: 'The e-mail' });

/**
 * The case's outgoing mail is the funder's working material: its staff see it, and the applicant (who
 * receives the letters) and everyone else get 404, as for the case's other internal routes.
 */
async function loadStaffCase(db: Db, p: Principal, caseId: string): Promise<CaseScope> {
  const scope = await loadVisibleCase(db, p, caseId);
  if (!isFunderStaff(p, scope)) throw caseNotFound();
  return scope;
}

/** The outbox of a case, shown to the funder's officers, and sending a failed message again (docs/configuration.md). */
export const caseEmailRoutes: FastifyPluginAsyncZod<{ db: Db; clock: Clock }> = (app, { db, clock }) => {
  app.get(
    '/cases/:caseId/emails',
    {
      schema: {
        tags,
        summary: 'Ärendets utgående e-post / the outgoing e-mail of a case, newest first',
        params: z.object({ caseId: z.uuid() }),
        querystring: z.object({
          page: z.coerce.number().int().min(1).max(100_000).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(25),
        }),
        response: {
          200: z.object({
            items: z.array(emailView),
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
          }),
        },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const scope = await loadStaffCase(db, p, request.params.caseId);
      const { page, pageSize } = request.query;
      const { items, total } = await listCaseEmails(db, scope.kase.id, {
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      const filenames = await attachmentFilenames(
        db,
        items.flatMap((e) => e.attachments),
      );
      return { items: items.map((e) => toEmailView(e, filenames)), total, page, pageSize };
    },
  );

  app.post(
    '/cases/:caseId/emails/:emailId/retry',
    {
      schema: {
        tags,
        summary: 'Skicka misslyckad e-post igen / send a failed e-mail again',
        params: z.object({ caseId: z.uuid(), emailId: z.uuid() }),
        response: { 200: emailView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const scope = await loadStaffCase(db, p, request.params.caseId);
      requireRole(p, ['case_officer', 'decision_maker'], scope.funder.organizationId);
      const email = await db.transaction(async (tx) => {
        const current = await findCaseEmail(tx, scope.kase.id, request.params.emailId);
        if (!current) throw emailNotFound();
        const requeued = await requeueFailedEmail(tx, clock, { userId: p.userId, label: p.displayName }, current.id);
        if (requeued) return requeued;
        // Read again: the worker may have moved it on since (for instance a retry a moment ago).
        const now = (await findCaseEmail(tx, scope.kase.id, current.id)) ?? current;
        const status = STATUS_NAMES[now.status];
        throw new AppError(
          'email.not_failed',
          409,
          {
            sv: `Bara ett misslyckat e-postmeddelande kan skickas igen; det här är ${status.sv}.`,
            en: `Only a failed e-mail can be sent again; this one is ${status.en}.`,
          },
          { status: now.status },
        );
      });
      return toEmailView(email, await attachmentFilenames(db, email.attachments));
    },
  );
  return Promise.resolve();
};
