import type { AddressInfo } from 'node:net';
import { asc, eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/db.js';
import { systemActor, verifyAuditChain } from '../audit/audit.js';
import type { Database } from '../db/client.js';
import { auditEvents, outboxEmails } from '../db/schema/index.js';
import { enqueueEmail, listOutbox, type EmailInput } from './outbox.js';
import { createSmtpTransport, processOutboxOnce, type AttachmentLoader } from './sender.js';

interface Received {
  from: string;
  rcptTo: string[];
  raw: string;
}

const received: Received[] = [];
const rejectRecipients = new Set<string>();
let rejectData: string | null = null;
let smtp: SMTPServer;
let port: number;
let database: Database;

/** A clock the test moves by hand, to step through the backoff. */
function movableClock(iso = '2026-11-24T09:00:00Z') {
  let at = new Date(iso).getTime();
  return { now: () => new Date(at), advance: (ms: number) => void (at += ms) };
}

const smtpError = (message: string, responseCode: number) => Object.assign(new Error(message), { responseCode });

beforeAll(async () => {
  database = await createTestDatabase();
  smtp = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.password === 'rätt-lösen') return callback(null, { user: auth.username });
      // A careless server that echoes the password: the stored error must not carry it on.
      callback(smtpError(`Bad credentials ${auth.username}/${auth.password ?? ''}`, 535));
    },
    onRcptTo(address, _session, callback) {
      if (rejectRecipients.has(address.address)) return callback(smtpError('Mailbox unavailable', 550));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (rejectData) return callback(smtpError(rejectData, 554));
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          rcptTo: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  port = (smtp.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await database.close();
});

beforeEach(async () => {
  received.length = 0;
  rejectRecipients.clear();
  rejectData = null;
  await database.db.delete(outboxEmails);
});

const transport = (auth: { user?: string; password?: string } = {}) =>
  createSmtpTransport({ host: '127.0.0.1', port, ...auth }, 'Bidra <noreply@bidra.test>', {
    ignoreTLS: true,
    secure: false,
  });

const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 300 }, (_, i) => i % 256))]);
const loadAttachment: AttachmentLoader = (documentId) =>
  Promise.resolve({ filename: `beslut-${documentId}.pdf`, contentType: 'application/pdf', content: pdf });

async function enqueue(clock: { now(): Date }, input: Partial<EmailInput> = {}) {
  return database.db.transaction((tx) =>
    enqueueEmail(tx, clock, systemActor('test'), {
      to: ['anna.andersson@example.se'],
      subject: 'Beslut om stöd – Dnr 2026-00042',
      bodyText: 'Hej! Beslutet bifogas.',
      ...input,
    }),
  );
}

const rowOf = async (id: string) => (await database.db.select().from(outboxEmails).where(eq(outboxEmails.id, id)))[0]!;

const auditActions = async (id: string) =>
  (
    await database.db
      .select({ action: auditEvents.action, after: auditEvents.after })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, id))
      .orderBy(asc(auditEvents.id))
  ).map((e) => ({ action: e.action, after: e.after as Record<string, unknown> }));

/** The subject header as a reader sees it: unfolded, RFC 2047 encoded words decoded. */
function subjectOf(raw: string): string {
  const header = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(raw)?.[1] ?? '';
  return header
    .replace(/\r\n[ \t]/g, ' ')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

describe('sending the outbox over SMTP', () => {
  it('delivers a queued letter with its PDF attachment, marks it sent and audits both steps', async () => {
    const clock = movableClock();
    const row = await enqueue(clock, {
      cc: ['handlaggare@bidra.test'],
      bodyHtml: '<p>Hej! Beslutet bifogas.</p>',
      attachmentDocumentIds: ['d1'],
      related: { entityType: 'decision', entityId: 'dec-1' },
    });
    clock.advance(5_000);

    expect(await processOutboxOnce(database.db, clock, transport(), loadAttachment)).toEqual({
      sent: 1,
      retried: 0,
      failed: 0,
      recovered: 0,
    });

    expect(received).toHaveLength(1);
    const mail = received[0]!;
    expect(mail.from).toBe('noreply@bidra.test');
    expect(mail.rcptTo.sort()).toEqual(['anna.andersson@example.se', 'handlaggare@bidra.test']);
    expect(subjectOf(mail.raw)).toBe('Beslut om stöd – Dnr 2026-00042');
    expect(mail.raw).toMatch(/^To: anna\.andersson@example\.se$/m);
    expect(mail.raw).toMatch(/^Cc: handlaggare@bidra\.test$/m);
    expect(mail.raw).toContain(`Message-ID: <${row.id}@bidra.test>`);
    expect(mail.raw).toContain('Auto-Submitted: auto-generated');
    expect(mail.raw).toMatch(/Content-Type: application\/pdf; name=beslut-d1\.pdf/);
    expect(mail.raw).toMatch(/Content-Disposition: attachment; filename=beslut-d1\.pdf/);
    expect(mail.raw.replace(/\r\n/g, '')).toContain(pdf.toString('base64'));

    const sent = await rowOf(row.id);
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, lastError: null, nextAttemptAt: null });
    expect(sent.sentAt).toEqual(clock.now());
    const events = await auditActions(row.id);
    expect(events.map((e) => e.action)).toEqual(['email.queued', 'email.sent']);
    expect(JSON.stringify(events[0]!.after)).not.toContain('Beslutet bifogas');
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it('retries a rejected letter with growing delays, then gives up and keeps the error', async () => {
    const clock = movableClock();
    rejectRecipients.add('finns.inte@example.se');
    const row = await enqueue(clock, { to: ['finns.inte@example.se'] });
    const pass = () => processOutboxOnce(database.db, clock, transport(), loadAttachment, { maxAttempts: 3 });

    expect(await pass()).toMatchObject({ sent: 0, retried: 1, failed: 0 });
    let state = await rowOf(row.id);
    expect(state).toMatchObject({ status: 'queued', attempts: 1 });
    expect(state.lastError).toMatch(/550 Mailbox unavailable/);
    expect(state.nextAttemptAt!.getTime() - clock.now().getTime()).toBe(60_000);

    expect(await pass()).toMatchObject({ sent: 0, retried: 0, failed: 0 }); // not due yet
    clock.advance(60_000);
    expect(await pass()).toMatchObject({ retried: 1 });
    state = await rowOf(row.id);
    expect(state).toMatchObject({ status: 'queued', attempts: 2 });
    expect(state.nextAttemptAt!.getTime() - clock.now().getTime()).toBe(120_000);

    clock.advance(120_000);
    expect(await pass()).toMatchObject({ retried: 0, failed: 1 });
    state = await rowOf(row.id);
    expect(state).toMatchObject({ status: 'failed', attempts: 3, nextAttemptAt: null, sentAt: null });
    expect(state.lastError).toMatch(/550 Mailbox unavailable/);
    expect((await auditActions(row.id)).map((e) => e.action)).toEqual(['email.queued', 'email.failed']);

    clock.advance(24 * 3600_000);
    expect(await pass()).toMatchObject({ sent: 0, retried: 0, failed: 0 });
    expect(received).toHaveLength(0);
  });

  it('retries a letter the server refuses at DATA', async () => {
    const clock = movableClock();
    rejectData = 'Message rejected as spam';
    const row = await enqueue(clock);
    expect(await processOutboxOnce(database.db, clock, transport(), loadAttachment)).toMatchObject({ retried: 1 });
    expect((await rowOf(row.id)).lastError).toMatch(/554 Message rejected as spam/);
  });

  it('keeps the SMTP password out of the stored error, even when the server echoes it', async () => {
    const clock = movableClock();
    const row = await enqueue(clock);
    const password = 'Hemligt-Lösen-4711';
    await processOutboxOnce(database.db, clock, transport({ user: 'bidra', password }), loadAttachment);
    const error = (await rowOf(row.id)).lastError!;
    expect(error).toMatch(/535/);
    expect(error).toContain('[hidden]');
    expect(error).not.toContain(password);
    expect(error).not.toContain(Buffer.from(password).toString('base64'));
    const audit = await database.db.select({ after: auditEvents.after }).from(auditEvents);
    expect(JSON.stringify(audit)).not.toContain(password);
  });

  it('retries when an attachment cannot be loaded, sending nothing half-done', async () => {
    const clock = movableClock();
    const row = await enqueue(clock, { attachmentDocumentIds: ['saknas'] });
    const failing: AttachmentLoader = () => Promise.reject(new Error('document saknas not found'));
    expect(await processOutboxOnce(database.db, clock, transport(), failing)).toMatchObject({ retried: 1 });
    expect(await rowOf(row.id)).toMatchObject({ status: 'queued', lastError: 'document saknas not found' });
    expect(received).toHaveLength(0);
  });

  it('without SMTP settings sends nothing and keeps every letter queued for the UI', async () => {
    const clock = movableClock();
    const row = await enqueue(clock, { attachmentDocumentIds: ['d1'] });
    let loads = 0;
    const counting: AttachmentLoader = (id) => (loads++, loadAttachment(id));
    clock.advance(3600_000);
    expect(await processOutboxOnce(database.db, clock, null, counting)).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
      recovered: 0,
    });
    expect(await rowOf(row.id)).toMatchObject({ status: 'queued', attempts: 0, lastError: null });
    expect(loads).toBe(0);
    const listed = await listOutbox(database.db, { status: 'queued', limit: 10, offset: 0 });
    expect(listed.items.map((i) => i.id)).toEqual([row.id]);
    expect(listed.total).toBe(1);
  });
});
