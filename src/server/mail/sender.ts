import { and, asc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { Clock } from '../../domain/index.js';
import { appendAudit, systemActor } from '../audit/audit.js';
import type { Db, Executor } from '../db/client.js';
import { outboxEmails, type OutboxEmail } from '../db/schema/index.js';
import type { LoadedAttachment, MailTransport } from './smtp-transport.js';

export { createSmtpTransport, credentialRedactor } from './smtp-transport.js';
export type {
  LoadedAttachment,
  MailTransport,
  OutgoingEmail,
  SmtpSettings,
  SmtpTransportOptions,
} from './smtp-transport.js';

/** Reads a stored document for sending; the document store provides the real one. */
export type AttachmentLoader = (documentId: string) => Promise<LoadedAttachment>;

export interface ProcessOptions {
  batchSize?: number;
  maxAttempts?: number;
}

export interface ProcessResult {
  sent: number;
  /** Failed this time, queued again for a later attempt. */
  retried: number;
  /** Given up after maxAttempts. */
  failed: number;
  /** Found stuck in 'sending' (a worker died mid-send) and put back. */
  recovered: number;
}

/**
 * While a message is 'sending', next_attempt_at holds the end of the sender's lease: a message still
 * 'sending' after it is taken to belong to a crashed worker. Renewed before each send of a batch.
 */
export const SENDING_LEASE_MS = 15 * 60_000;
const BACKOFF_BASE_MS = 60_000;
const BACKOFF_CAP_MS = 6 * 60 * 60_000;
const MAX_ERROR_LENGTH = 1000;
const worker = systemActor('outbox-worker');

/** Delay before the next try after `attempts` failed ones: 1 min, 2, 4 … capped at 6 h. */
export function backoffMs(attempts: number): number {
  const exponent = Math.max(0, attempts - 1);
  return exponent >= 20 ? BACKOFF_CAP_MS : Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** exponent);
}

const plus = (at: Date, ms: number) => new Date(at.getTime() + ms);
const ts = (at: Date) => sql`${at.toISOString()}::timestamptz`;

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}

/**
 * Puts messages whose sending lease ran out back in the queue. Each counts as an attempt, so a message
 * that kills the worker every time (say, an enormous attachment) ends as failed instead of looping.
 */
export async function recoverStaleSending(
  db: Db,
  clock: Clock,
  maxAttempts: number,
): Promise<{ recovered: number; failed: number }> {
  const now = clock.now();
  const lastTry = sql`${outboxEmails.attempts} + 1 >= ${maxAttempts}`;
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(outboxEmails)
      .set({
        status: sql`CASE WHEN ${lastTry} THEN 'failed' ELSE 'queued' END::email_status`,
        attempts: sql`${outboxEmails.attempts} + 1`,
        lastError: 'Sändningen avbröts (arbetsprocessen stannade) / sending was interrupted (the worker stopped)',
        nextAttemptAt: sql`CASE WHEN ${lastTry} THEN NULL ELSE ${ts(now)} END`,
      })
      .where(
        and(
          eq(outboxEmails.status, 'sending'),
          or(isNull(outboxEmails.nextAttemptAt), lte(outboxEmails.nextAttemptAt, now)),
        ),
      )
      .returning({ id: outboxEmails.id, status: outboxEmails.status, attempts: outboxEmails.attempts });
    for (const row of rows) {
      await appendAudit(tx, clock, worker, {
        action: row.status === 'failed' ? 'email.failed' : 'email.requeued',
        entityType: 'outbox_email',
        entityId: row.id,
        after: { status: row.status, attempts: row.attempts, reason: 'stale sending lease' },
      });
    }
    const failed = rows.filter((r) => r.status === 'failed').length;
    return { recovered: rows.length - failed, failed };
  });
}

/**
 * Claims up to `batchSize` due messages in one statement. FOR UPDATE SKIP LOCKED lets concurrent workers
 * (several server processes on one PostgreSQL) each take different rows instead of waiting or doubling up.
 */
export async function claimDueEmails(db: Executor, clock: Clock, batchSize: number): Promise<OutboxEmail[]> {
  const now = clock.now();
  const due = db
    .select({ id: outboxEmails.id })
    .from(outboxEmails)
    .where(
      and(
        eq(outboxEmails.status, 'queued'),
        or(isNull(outboxEmails.nextAttemptAt), lte(outboxEmails.nextAttemptAt, now)),
      ),
    )
    .orderBy(asc(outboxEmails.nextAttemptAt), asc(outboxEmails.createdAt))
    .limit(batchSize)
    .for('update', { skipLocked: true });
  // ARRAY(…) runs the locking subquery once. A plain `IN (subquery)` may be planned as a join that
  // rescans it, and each rescan skips the rows this very statement just updated and takes the next
  // ones: PostgreSQL then claimed more than batchSize rows (seen in the tests).
  const claimed = await db
    .update(outboxEmails)
    .set({ status: 'sending', nextAttemptAt: plus(now, SENDING_LEASE_MS) })
    .where(and(sql`${outboxEmails.id} = ANY(ARRAY(${due}))`, eq(outboxEmails.status, 'queued')))
    .returning();
  // RETURNING has no order of its own: oldest first, as they were picked.
  return claimed.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
}

/** Still ours: 'sending' with the attempt count we claimed it at (recovery always raises the count). */
const ours = (row: OutboxEmail) =>
  and(eq(outboxEmails.id, row.id), eq(outboxEmails.status, 'sending'), eq(outboxEmails.attempts, row.attempts));

async function renewLease(db: Db, clock: Clock, row: OutboxEmail): Promise<boolean> {
  const renewed = await db
    .update(outboxEmails)
    .set({ nextAttemptAt: plus(clock.now(), SENDING_LEASE_MS) })
    .where(ours(row))
    .returning({ id: outboxEmails.id });
  return renewed.length > 0;
}

async function markSent(db: Db, clock: Clock, row: OutboxEmail): Promise<boolean> {
  return db.transaction(async (tx) => {
    const now = clock.now();
    const updated = await tx
      .update(outboxEmails)
      .set({ status: 'sent', sentAt: now, attempts: row.attempts + 1, lastError: null, nextAttemptAt: null })
      .where(ours(row))
      .returning({ id: outboxEmails.id });
    if (updated.length === 0) return false;
    await appendAudit(tx, clock, worker, {
      action: 'email.sent',
      entityType: 'outbox_email',
      entityId: row.id,
      after: { status: 'sent', attempts: row.attempts + 1, to: row.to, cc: row.cc, subject: row.subject },
    });
    return true;
  });
}

async function markFailedAttempt(
  db: Db,
  clock: Clock,
  row: OutboxEmail,
  error: string,
  maxAttempts: number,
): Promise<'retried' | 'failed' | null> {
  return db.transaction(async (tx) => {
    const now = clock.now();
    const attempts = row.attempts + 1;
    const giveUp = attempts >= maxAttempts;
    const updated = await tx
      .update(outboxEmails)
      .set({
        status: giveUp ? 'failed' : 'queued',
        attempts,
        lastError: error,
        nextAttemptAt: giveUp ? null : plus(now, backoffMs(attempts)),
      })
      .where(ours(row))
      .returning({ id: outboxEmails.id });
    if (updated.length === 0) return null;
    if (giveUp) {
      await appendAudit(tx, clock, worker, {
        action: 'email.failed',
        entityType: 'outbox_email',
        entityId: row.id,
        after: { status: 'failed', attempts, lastError: error },
      });
    }
    return giveUp ? 'failed' : 'retried';
  });
}

/**
 * One pass of the outbox: recovers stale sends, claims due messages and sends them one by one, each
 * ending sent, queued again with backoff, or failed. Without a transport (no SMTP settings) messages
 * stay queued for the UI. Sending happens outside any transaction; delivery is at least once.
 */
export async function processOutboxOnce(
  db: Db,
  clock: Clock,
  transport: MailTransport | null,
  loadAttachment: AttachmentLoader,
  options: ProcessOptions = {},
): Promise<ProcessResult> {
  const batchSize = options.batchSize ?? 20;
  const maxAttempts = options.maxAttempts ?? 8;
  const result: ProcessResult = { sent: 0, retried: 0, failed: 0, recovered: 0 };
  const stale = await recoverStaleSending(db, clock, maxAttempts);
  result.recovered = stale.recovered;
  result.failed = stale.failed;
  if (!transport) return result;

  for (const row of await claimDueEmails(db, clock, batchSize)) {
    if (!(await renewLease(db, clock, row))) continue;
    let error: string | null = null;
    try {
      const attachments: LoadedAttachment[] = [];
      for (const documentId of row.attachments) attachments.push(await loadAttachment(documentId));
      await transport.send({
        id: row.id,
        date: clock.now(),
        to: row.to,
        cc: row.cc,
        subject: row.subject,
        text: row.bodyText,
        html: row.bodyHtml,
        attachments,
      });
    } catch (caught) {
      error = errorText(caught);
    }
    if (error === null) {
      if (await markSent(db, clock, row)) result.sent++;
    } else {
      const outcome = await markFailedAttempt(db, clock, row, error, maxAttempts);
      if (outcome) result[outcome]++;
    }
  }
  return result;
}
