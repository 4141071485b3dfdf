import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Clock } from '../../domain/index.js';
import { appendAudit, type Actor } from '../audit/audit.js';
import type { Executor } from '../db/client.js';
import { outboxEmails, type OutboxEmail } from '../db/schema/index.js';
import { AppError } from '../errors.js';

export type EmailStatus = OutboxEmail['status'];

export interface EmailInput {
  to: string[];
  cc?: string[];
  subject: string;
  bodyText: string;
  bodyHtml?: string;
  /** Ids of stored documents; the sender loads their bytes when it sends. */
  attachmentDocumentIds?: string[];
  /** What the mail is about (a decision, a report item…), so the UI can show it there. */
  related?: { entityType: string; entityId: string };
}

/**
 * Deliberately stricter than RFC 5321: a bare address, dot-atom local part, and a domain of at least two
 * labels. Display names, quoted local parts and IP literals are refused: nothing we send needs them, and
 * every character outside this set is one more way into a header.
 */
const ADDRESS =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

export function isValidEmailAddress(address: string): boolean {
  return address.length <= 254 && ADDRESS.test(address) && address.indexOf('@') <= 64;
}

/** Trims, refuses what is not an address, and drops repeats (case-insensitively) keeping the first. */
function normaliseAddresses(addresses: readonly string[], field: 'to' | 'cc', seen: Set<string>): string[] {
  const result: string[] = [];
  for (const raw of addresses) {
    const address = raw.trim();
    if (!isValidEmailAddress(address)) {
      throw new AppError(
        'email.invalid_address',
        422,
        {
          sv: `"${raw}" är inte en giltig e-postadress (fältet ${field}).`,
          en: `"${raw}" is not a valid e-mail address (field ${field}).`,
        },
        { field, address: raw },
      );
    }
    const key = address.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(address);
  }
  return result;
}

/**
 * Puts a message in the outbox. Call it inside the transaction of the change that causes the mail: the
 * message then exists exactly when the change commits, and the worker sends it afterwards.
 */
export async function enqueueEmail(tx: Executor, clock: Clock, actor: Actor, input: EmailInput): Promise<OutboxEmail> {
  if (input.to.length === 0) {
    throw new AppError('email.no_recipient', 422, {
      sv: 'E-postmeddelandet saknar mottagare: ange minst en adress i fältet till.',
      en: 'The e-mail has no recipient: give at least one address in the to field.',
    });
  }
  const seen = new Set<string>();
  const to = normaliseAddresses(input.to, 'to', seen);
  const cc = normaliseAddresses(input.cc ?? [], 'cc', seen);
  const subject = input.subject.trim();
  // A line break in a subject is always a bug upstream; refusing it keeps headers single-line.
  if (subject === '' || /[\r\n]/.test(subject)) {
    throw new AppError('email.invalid_subject', 422, {
      sv: 'E-postmeddelandets ämnesrad får inte vara tom eller innehålla radbrytningar.',
      en: 'The e-mail subject must not be empty or contain line breaks.',
    });
  }
  const attachments = input.attachmentDocumentIds ?? [];
  if (attachments.some((documentId) => documentId.trim() === '')) {
    throw new AppError('email.invalid_attachment', 422, {
      sv: 'En bilaga saknar dokument-id.',
      en: 'An attachment has no document id.',
    });
  }
  const now = clock.now();
  const [row] = await tx
    .insert(outboxEmails)
    .values({
      to,
      cc,
      subject,
      bodyText: input.bodyText,
      bodyHtml: input.bodyHtml ?? null,
      attachments,
      status: 'queued',
      nextAttemptAt: now,
      relatedEntityType: input.related?.entityType ?? null,
      relatedEntityId: input.related?.entityId ?? null,
      createdAt: now,
    })
    .returning();
  if (!row) throw new Error('outbox insert returned no row');
  // Bodies stay out of the audit trail: it is immutable, and letters can carry more than it should keep.
  await appendAudit(tx, clock, actor, {
    action: 'email.queued',
    entityType: 'outbox_email',
    entityId: row.id,
    after: { to, cc, subject, attachments, related: input.related ?? null },
  });
  return row;
}

export interface OutboxQuery {
  status?: EmailStatus;
  relatedEntityType?: string;
  relatedEntityId?: string;
  limit: number;
  offset: number;
}

/** The outbox, newest first, for the UI (without SMTP settings mail is shown there: docs/configuration.md). */
export async function listOutbox(db: Executor, query: OutboxQuery): Promise<{ items: OutboxEmail[]; total: number }> {
  const conditions: SQL[] = [];
  if (query.status) conditions.push(eq(outboxEmails.status, query.status));
  if (query.relatedEntityType) conditions.push(eq(outboxEmails.relatedEntityType, query.relatedEntityType));
  if (query.relatedEntityId) conditions.push(eq(outboxEmails.relatedEntityId, query.relatedEntityId));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const items = await db
    .select()
    .from(outboxEmails)
    .where(where)
    .orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id))
    .limit(Math.max(0, Math.trunc(query.limit)))
    .offset(Math.max(0, Math.trunc(query.offset)));
  const [counted] = await db.select({ total: count() }).from(outboxEmails).where(where);
  return { items, total: counted?.total ?? 0 };
}

/**
 * Puts a message the worker gave up on ('failed') back in the queue, due now: the officer's "send again"
 * (SPEC: failures are retried and shown). The attempt count is kept, as the message's history; the
 * worker gives up once attempts reach its maximum, so each such retry is one more try, after which a
 * message that still cannot be sent shows as failed again. Returns null when the message is not failed
 * (any more): the status condition makes two retries at once requeue it once.
 */
export async function requeueFailedEmail(
  tx: Executor,
  clock: Clock,
  actor: Actor,
  emailId: string,
): Promise<OutboxEmail | null> {
  const now = clock.now();
  const [row] = await tx
    .update(outboxEmails)
    .set({ status: 'queued', nextAttemptAt: now })
    .where(and(eq(outboxEmails.id, emailId), eq(outboxEmails.status, 'failed')))
    .returning();
  if (!row) return null;
  await appendAudit(tx, clock, actor, {
    action: 'email.retry_requested',
    entityType: 'outbox_email',
    entityId: row.id,
    before: { status: 'failed', attempts: row.attempts, lastError: row.lastError },
    after: { status: row.status, nextAttemptAt: now.toISOString() },
  });
  return row;
}
