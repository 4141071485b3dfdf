import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/db.js';
import { testClock } from '../../../tests/support/app.js';
import { systemActor } from '../audit/audit.js';
import type { Database } from '../db/client.js';
import { auditEvents, outboxEmails } from '../db/schema/index.js';
import { AppError } from '../errors.js';
import { enqueueEmail, isValidEmailAddress, listOutbox, type EmailInput } from './outbox.js';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());
beforeEach(async () => {
  await database.db.delete(outboxEmails);
});

const actor = systemActor('test');
const letter: EmailInput = {
  to: ['anna.andersson@example.se'],
  subject: 'Beslut om stöd',
  bodyText: 'Hej! Beslutet bifogas.',
};

const enqueue = (input: Partial<EmailInput> = {}) =>
  database.db.transaction((tx) => enqueueEmail(tx, testClock, actor, { ...letter, ...input }));

async function refusal(input: Partial<EmailInput>): Promise<AppError> {
  const error = await enqueue(input).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('putting mail in the outbox', () => {
  it('stores a queued, due letter and audits it without its bodies', async () => {
    const row = await enqueue({
      to: [' anna.andersson@example.se ', 'Anna.Andersson@example.se', 'bo@example.se'],
      cc: ['bo@example.se', 'registrator@bidra.test'],
      bodyHtml: '<p>Hej!</p>',
      attachmentDocumentIds: ['doc-1', 'doc-2'],
      related: { entityType: 'decision', entityId: 'dec-1' },
    });
    expect(row).toMatchObject({
      to: ['anna.andersson@example.se', 'bo@example.se'],
      cc: ['registrator@bidra.test'],
      status: 'queued',
      attempts: 0,
      attachments: ['doc-1', 'doc-2'],
      relatedEntityType: 'decision',
      relatedEntityId: 'dec-1',
    });
    expect(row.nextAttemptAt).toEqual(testClock.now());
    expect(row.createdAt).toEqual(testClock.now());
    const [event] = await database.db.select().from(auditEvents).where(eq(auditEvents.entityId, row.id));
    expect(event).toMatchObject({ action: 'email.queued', entityType: 'outbox_email' });
    expect(event!.after).toMatchObject({ subject: 'Beslut om stöd', attachments: ['doc-1', 'doc-2'] });
    expect(JSON.stringify(event!.after)).not.toMatch(/Hej/);
  });

  it('exists only if the caller’s transaction commits', async () => {
    const outcome = await database.db
      .transaction(async (tx) => {
        await enqueueEmail(tx, testClock, actor, letter);
        throw new Error('the decision could not be saved');
      })
      .catch((e: unknown) => e);
    expect(outcome).toBeInstanceOf(Error);
    expect(await database.db.select().from(outboxEmails)).toHaveLength(0);
  });

  it('refuses a letter without recipients, in Swedish and English', async () => {
    const error = await refusal({ to: [] });
    expect(error.code).toBe('email.no_recipient');
    expect(error.status).toBe(422);
    expect(error.localized.sv).toMatch(/saknar mottagare/);
    expect(error.localized.en).toMatch(/no recipient/);
  });

  it('refuses an invalid address and names it and its field', async () => {
    const error = await refusal({ cc: ['registrator@bidra'] });
    expect(error.code).toBe('email.invalid_address');
    expect(error.localized.sv).toBe('"registrator@bidra" är inte en giltig e-postadress (fältet cc).');
    expect(error.localized.en).toBe('"registrator@bidra" is not a valid e-mail address (field cc).');
    expect(error.details).toEqual({ field: 'cc', address: 'registrator@bidra' });
    expect((await refusal({ to: ['Anna <anna@example.se>'] })).code).toBe('email.invalid_address');
    expect(await database.db.select().from(outboxEmails)).toHaveLength(0);
  });

  it('refuses an empty subject or one with a line break (header injection)', async () => {
    expect((await refusal({ subject: '  ' })).code).toBe('email.invalid_subject');
    expect((await refusal({ subject: 'Beslut\r\nBcc: x@example.se' })).code).toBe('email.invalid_subject');
    expect((await refusal({ attachmentDocumentIds: [''] })).code).toBe('email.invalid_attachment');
  });

  it('checks addresses simply and strictly', () => {
    const good = ['a@b.se', 'anna.andersson+bidra@lansstyrelsen.example.se', "o'brien@example.com", 'x@xn--rr-via.se'];
    const bad = [
      '',
      'anna',
      'anna@',
      '@example.se',
      'anna@example',
      'anna..b@example.se',
      '.anna@example.se',
      'anna@-example.se',
      'anna @example.se',
      'anna@example.se\r\nBcc: x@y.se',
      'anna@exämple.se',
      `${'a'.repeat(65)}@example.se`,
      `a@${'b'.repeat(250)}.se`,
    ];
    for (const address of good) expect(isValidEmailAddress(address), address).toBe(true);
    for (const address of bad) expect(isValidEmailAddress(address), address).toBe(false);
  });
});

describe('listing the outbox', () => {
  it('filters by status and related entity and pages newest first', async () => {
    const first = await enqueue({ related: { entityType: 'decision', entityId: 'dec-9' } });
    const second = await enqueue({ subject: 'Påminnelse' });
    await database.db.update(outboxEmails).set({ status: 'sent' }).where(eq(outboxEmails.id, second.id));
    await database.db
      .update(outboxEmails)
      .set({ createdAt: new Date(testClock.now().getTime() + 1000) })
      .where(eq(outboxEmails.id, second.id));

    const all = await listOutbox(database.db, { limit: 10, offset: 0 });
    expect(all.total).toBe(2);
    expect(all.items.map((i) => i.id)).toEqual([second.id, first.id]);
    expect((await listOutbox(database.db, { limit: 1, offset: 1 })).items.map((i) => i.id)).toEqual([first.id]);
    const queued = await listOutbox(database.db, { status: 'queued', limit: 10, offset: 0 });
    expect(queued).toMatchObject({ total: 1, items: [{ id: first.id }] });
    const related = await listOutbox(database.db, { relatedEntityId: 'dec-9', limit: 10, offset: 0 });
    expect(related).toMatchObject({ total: 1, items: [{ id: first.id, relatedEntityType: 'decision' }] });
  });
});
