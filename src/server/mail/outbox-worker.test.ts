import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/db.js';
import { testClock } from '../../../tests/support/app.js';
import { systemActor } from '../audit/audit.js';
import type { Database, Db } from '../db/client.js';
import { outboxEmails } from '../db/schema/index.js';
import { enqueueEmail } from './outbox.js';
import { startOutboxWorker, type OutboxWorker } from './outbox-worker.js';
import type { AttachmentLoader, MailTransport, OutgoingEmail } from './sender.js';

let database: Database;
let worker: OutboxWorker | undefined;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await worker?.stop();
  await database.close();
});
beforeEach(async () => {
  await worker?.stop();
  worker = undefined;
  await database.db.delete(outboxEmails);
});

const noAttachments: AttachmentLoader = (id) => Promise.reject(new Error(`unexpected attachment ${id}`));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every pass reads the clock, so counting reads shows whether the loop is still turning. */
function countingClock() {
  let reads = 0;
  return { now: () => (reads++, testClock.now()), reads: () => reads };
}

/** A transport whose sends wait for `gate` (when set) and that tracks how many run at once. */
function fakeTransport() {
  const sent: OutgoingEmail[] = [];
  let running = 0;
  let maxRunning = 0;
  const state = { sent, maxRunning: () => maxRunning, gate: null as Promise<void> | null, delayMs: 0 };
  const transport: MailTransport = {
    async send(email) {
      running++;
      maxRunning = Math.max(maxRunning, running);
      try {
        if (state.delayMs > 0) await sleep(state.delayMs);
        if (state.gate) await state.gate;
        sent.push(email);
      } finally {
        running--;
      }
    },
    close: () => undefined,
  };
  return { transport, state };
}

const enqueue = (subject: string) =>
  database.db.transaction((tx) =>
    enqueueEmail(tx, testClock, systemActor('test'), { to: ['anna@example.se'], subject, bodyText: 'Hej!' }),
  );

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > timeoutMs) throw new Error('timed out waiting');
    await sleep(10);
  }
}

describe('the outbox worker', () => {
  it('sends queued mail on its timer, and stop() ends the loop', async () => {
    const clock = countingClock();
    const { transport, state } = fakeTransport();
    const errors: unknown[] = [];
    worker = startOutboxWorker({
      db: database.db,
      clock,
      transport,
      loadAttachment: noAttachments,
      intervalMs: 20,
      onError: (e) => errors.push(e),
    });
    await enqueue('Första');
    await until(() => state.sent.length === 1);
    await enqueue('Andra');
    await until(() => state.sent.length === 2);

    await worker.stop();
    const readsAtStop = clock.reads();
    await enqueue('Efter stopp');
    await sleep(150);
    expect(clock.reads()).toBe(readsAtStop);
    expect(state.sent.map((m) => m.subject)).toEqual(['Första', 'Andra']);
    expect(await worker.runNow()).toEqual({ sent: 0, retried: 0, failed: 0, recovered: 0 });
    expect(errors).toEqual([]);
  });

  it('stop() waits for the letter being sent to be recorded', async () => {
    const { transport, state } = fakeTransport();
    let open!: () => void;
    state.gate = new Promise<void>((resolve) => (open = resolve));
    const row = await enqueue('Beslut');
    worker = startOutboxWorker({
      db: database.db,
      clock: testClock,
      transport,
      loadAttachment: noAttachments,
      intervalMs: 10,
      onError: () => undefined,
    });
    await until(() => state.maxRunning() === 1);
    let stopped = false;
    const stopping = worker.stop().then(() => (stopped = true));
    await sleep(50);
    expect(stopped).toBe(false);
    open();
    await stopping;
    const [after] = await database.db.select().from(outboxEmails);
    expect(after).toMatchObject({ id: row.id, status: 'sent' });
  });

  it('never overlaps its passes, however often it is asked', async () => {
    const { transport, state } = fakeTransport();
    state.delayMs = 15;
    for (let i = 0; i < 6; i++) await enqueue(`Brev ${i}`);
    worker = startOutboxWorker({
      db: database.db,
      clock: testClock,
      transport,
      loadAttachment: noAttachments,
      intervalMs: 1,
      batchSize: 2,
      onError: () => undefined,
    });
    const results = await Promise.all([worker.runNow(), worker.runNow(), worker.runNow(), worker.runNow()]);
    await until(() => state.sent.length === 6);
    await worker.stop();
    expect(state.maxRunning()).toBe(1);
    expect(state.sent).toHaveLength(6);
    expect(new Set(state.sent.map((m) => m.id)).size).toBe(6);
    expect(results.every((r) => r.retried === 0 && r.failed === 0)).toBe(true);
  });

  it('reports a pass that fails as a whole and keeps going', async () => {
    const broken = {
      transaction: () => Promise.reject(new Error('database unreachable')),
    } as unknown as Db;
    const errors: unknown[] = [];
    worker = startOutboxWorker({
      db: broken,
      clock: testClock,
      transport: null,
      loadAttachment: noAttachments,
      intervalMs: 5,
      onError: (e) => errors.push(e),
    });
    await until(() => errors.length >= 3);
    await expect(worker.runNow()).rejects.toThrow('database unreachable');
    await worker.stop();
    expect((errors[0] as Error).message).toBe('database unreachable');
  });
});
