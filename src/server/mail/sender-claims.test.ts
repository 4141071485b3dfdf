import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/db.js';
import { testClock } from '../../../tests/support/app.js';
import { systemActor } from '../audit/audit.js';
import type { Database } from '../db/client.js';
import { auditEvents, outboxEmails, type OutboxEmail } from '../db/schema/index.js';
import { enqueueEmail } from './outbox.js';
import { claimDueEmails, processOutboxOnce, type AttachmentLoader, type MailTransport } from './sender.js';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());
beforeEach(async () => {
  await database.db.delete(outboxEmails);
});

const noAttachments: AttachmentLoader = (id) => Promise.reject(new Error(`unexpected attachment ${id}`));

/** A transport that takes a moment per message and remembers which outbox rows it sent. */
function recordingTransport(): MailTransport & { sentIds: string[] } {
  const sentIds: string[] = [];
  return {
    sentIds,
    async send(email) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      sentIds.push(email.id);
    },
    close: () => undefined,
  };
}

/** A clock the test moves by hand, to pass the 15-minute sending lease. */
function movableClock() {
  let at = testClock.now().getTime();
  return { now: () => new Date(at), advance: (ms: number) => void (at += ms) };
}

const rowOf = async (id: string) => (await database.db.select().from(outboxEmails).where(eq(outboxEmails.id, id)))[0]!;

async function enqueueMany(n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const row = await database.db.transaction((tx) =>
      enqueueEmail(tx, testClock, systemActor('test'), {
        to: [`mottagare${i}@example.se`],
        subject: `Påminnelse ${i}`,
        bodyText: 'Rapporten ska lämnas in.',
      }),
    );
    ids.push(row.id);
  }
  return ids;
}

async function drain(transport: MailTransport): Promise<number> {
  let total = 0;
  for (;;) {
    const { sent } = await processOutboxOnce(database.db, testClock, transport, noAttachments, { batchSize: 4 });
    if (sent === 0) return total;
    total += sent;
  }
}

describe('concurrent senders', () => {
  it('claim no more than their batch', async () => {
    await enqueueMany(7);
    const claimed = await claimDueEmails(database.db, testClock, 3);
    expect(claimed.map((r) => r.status)).toEqual(['sending', 'sending', 'sending']);
    expect(new Set(claimed.map((r) => r.id)).size).toBe(3);
    expect((await claimDueEmails(database.db, testClock, 3)).length).toBe(3);
    expect((await claimDueEmails(database.db, testClock, 3)).length).toBe(1);
    expect((await claimDueEmails(database.db, testClock, 3)).length).toBe(0);
  });

  it('never send a letter twice when three passes run at once (on PGlite they interleave on one connection rather than run in parallel)', async () => {
    const ids = await enqueueMany(30);
    const transport = recordingTransport();
    const [a, b, c] = await Promise.all([drain(transport), drain(transport), drain(transport)]);
    expect(a + b + c).toBe(30);
    expect(transport.sentIds).toHaveLength(30);
    expect(new Set(transport.sentIds)).toEqual(new Set(ids));
    const rows = await database.db.select().from(outboxEmails);
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });

  it.skipIf(!process.env.DATABASE_URL)(
    'skip a letter another transaction has locked instead of waiting for it or sending it (PostgreSQL only: PGlite has a single connection, so a held transaction would block the second pass)',
    async () => {
      const [first, second] = await enqueueMany(2);
      let claimedInOther: OutboxEmail[] = [];
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let claimed!: () => void;
      const hasClaimed = new Promise<void>((resolve) => (claimed = resolve));
      const other = database.db
        .transaction(async (tx) => {
          claimedInOther = await claimDueEmails(tx, testClock, 1);
          claimed();
          await held;
          tx.rollback(); // the other worker dies before committing: its claim must vanish
        })
        .catch(() => undefined);
      await hasClaimed;
      expect(claimedInOther.map((r) => r.id)).toEqual([first]);

      const transport = recordingTransport();
      const pass = await processOutboxOnce(database.db, testClock, transport, noAttachments);
      expect(pass.sent).toBe(1);
      expect(transport.sentIds).toEqual([second]);

      release();
      await other;
      expect((await database.db.select().from(outboxEmails).where(eq(outboxEmails.id, first!)))[0]!.status).toBe(
        'queued',
      );
      await processOutboxOnce(database.db, testClock, transport, noAttachments);
      expect(transport.sentIds).toEqual([second, first]);
    },
  );
});

describe('recovering from a crashed worker', () => {
  it('puts a letter stuck in sending back after 15 minutes and sends it', async () => {
    const clock = movableClock();
    const [id] = await enqueueMany(1);
    expect(await claimDueEmails(database.db, clock, 10)).toHaveLength(1); // a worker claims it, then dies
    const transport = recordingTransport();
    expect(await processOutboxOnce(database.db, clock, transport, noAttachments)).toMatchObject({ recovered: 0 });
    clock.advance(14 * 60_000);
    expect(await processOutboxOnce(database.db, clock, transport, noAttachments)).toMatchObject({ recovered: 0 });
    expect((await rowOf(id!)).status).toBe('sending');

    clock.advance(60_000);
    expect(await processOutboxOnce(database.db, clock, transport, noAttachments)).toMatchObject({
      recovered: 1,
      sent: 1,
    });
    expect(transport.sentIds).toEqual([id]);
    expect(await rowOf(id!)).toMatchObject({ status: 'sent', attempts: 2 });
    const events = await database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, id!))
      .orderBy(asc(auditEvents.id));
    expect(events.map((e) => e.action)).toEqual(['email.queued', 'email.requeued', 'email.sent']);
  });

  it('fails a letter that keeps getting stuck instead of looping forever', async () => {
    const clock = movableClock();
    const [id] = await enqueueMany(1);
    await claimDueEmails(database.db, clock, 10);
    clock.advance(15 * 60_000);
    expect(await processOutboxOnce(database.db, clock, null, noAttachments, { maxAttempts: 1 })).toMatchObject({
      failed: 1,
    });
    const state = await rowOf(id!);
    expect(state).toMatchObject({ status: 'failed', attempts: 1, nextAttemptAt: null });
    expect(state.lastError).toMatch(/interrupted/);
  });

  it('does not let a worker that outlived its lease overwrite what the next one did', async () => {
    const clock = movableClock();
    const [id] = await enqueueMany(1);
    const rescuer = recordingTransport();
    const stalled: MailTransport = {
      async send() {
        // This worker hangs past its lease; another recovers the letter and sends it meanwhile.
        clock.advance(16 * 60_000);
        await processOutboxOnce(database.db, clock, rescuer, noAttachments);
        throw new Error('socket timeout');
      },
      close: () => undefined,
    };
    expect(await processOutboxOnce(database.db, clock, stalled, noAttachments)).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
      recovered: 0,
    });
    expect(rescuer.sentIds).toEqual([id]);
    expect(await rowOf(id!)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });
});
