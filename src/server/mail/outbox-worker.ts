import type { Clock } from '../../domain/index.js';
import type { Db } from '../db/client.js';
import { processOutboxOnce, type AttachmentLoader, type MailTransport, type ProcessResult } from './sender.js';

export interface OutboxWorkerOptions {
  db: Db;
  clock: Clock;
  /** null without SMTP settings: passes then only recover stale sends and mail stays queued. */
  transport: MailTransport | null;
  loadAttachment: AttachmentLoader;
  intervalMs?: number;
  batchSize?: number;
  maxAttempts?: number;
  /** A pass that failed as a whole (database unreachable…); the loop carries on after it. */
  onError: (error: unknown) => void;
}

export interface OutboxWorker {
  /** Stops the timer and waits for a pass in progress. Passes asked for but not yet begun are skipped. */
  stop(): Promise<void>;
  /** A pass as soon as the one in progress ends, e.g. right after a use case queued mail. */
  runNow(): Promise<ProcessResult>;
}

const NOTHING: ProcessResult = { sent: 0, retried: 0, failed: 0, recovered: 0 };

/**
 * Sends the outbox on a timer. Passes run strictly one after another (a pass that outlasts the interval
 * delays the next instead of overlapping it), and requests arriving while one waits share it. The
 * transport belongs to the caller, who closes it after stop().
 */
export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { db, clock, transport, loadAttachment, onError } = options;
  const intervalMs = options.intervalMs ?? 10_000;
  const passOptions = {
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
    ...(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts }),
  };
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let tail: Promise<unknown> = Promise.resolve();
  let waiting: Promise<ProcessResult> | null = null;

  function requestPass(): Promise<ProcessResult> {
    if (waiting) return waiting;
    const pass = tail.then(() => {
      waiting = null;
      return stopped ? { ...NOTHING } : processOutboxOnce(db, clock, transport, loadAttachment, passOptions);
    });
    waiting = pass;
    tail = pass.catch(() => undefined);
    return pass;
  }

  function report(error: unknown): void {
    try {
      onError(error);
    } catch {
      // A failing error handler must not end the loop.
    }
  }

  function schedule(delayMs: number): void {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = undefined;
      void requestPass()
        .catch(report)
        .finally(() => schedule(intervalMs));
    }, delayMs);
    // The loop alone must not keep the process alive (CLI commands, tests).
    timer.unref();
  }

  schedule(0);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await tail;
    },
    runNow: requestPass,
  };
}
