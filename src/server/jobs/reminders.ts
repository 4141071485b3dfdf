import { sql } from 'drizzle-orm';
import {
  allocationDeadlines,
  dueReminder,
  reminderWindow,
  today,
  type Clock,
  type LocalDate,
  type Ore,
} from '../../domain/index.js';
import { systemActor } from '../audit/audit.js';
import type { Db, Executor } from '../db/client.js';
import { remindersSent } from '../db/schema/index.js';
import { enqueueEmail } from '../mail/outbox.js';
import { allocationFacts, deadlinesOf } from '../modules/state-allocations/state-allocation-schema.js';
import {
  addressesOfRole,
  allocationsWithDeadlineBetween,
  lockAllocation,
  openReportingItemsDueBetween,
  organizationNameOf,
  reportingItemStillOpen,
} from './reminder-queries.js';
import { allocationReminderMail, reportingReminderMail, type ReminderMail } from './reminder-texts.js';

/*
 * Reminders of deadlines (docs/domain/rules.md, "Deadlines and reminders"): reporting-plan items and state allocations.
 * Idempotent through reminders_sent (docs/adr/0004-reminders-sent-once.md): each reminder has a key
 * (item, kind of deadline, scheduled day); the key is inserted in the transaction that queues the mail,
 * ON CONFLICT DO NOTHING, so a second run, a restart or a concurrent runner finds it and sends nothing.
 */

export interface ReminderOptions {
  offsetsDays?: readonly number[];
  catchUpDays?: number;
}

export interface ReminderRunResult {
  /** Reminders queued in the outbox by this run. */
  queued: number;
  /** Due today but already sent (an earlier run, or another runner at the same time). */
  alreadySent: number;
  /** Due today, but nobody to send them to (no active user of the role, no organisation address). */
  withoutRecipient: number;
}

const actor = systemActor('påminnelser');

/** Inserts the reminder's key; true when this transaction is the one that sends it. */
async function claim(tx: Executor, key: string, clock: Clock): Promise<boolean> {
  const rows = await tx
    .insert(remindersSent)
    .values({ key, sentAt: clock.now() })
    .onConflictDoNothing({ target: remindersSent.key })
    .returning({ key: remindersSent.key });
  return rows.length > 0;
}

interface Pending {
  key: string;
  to: string[];
  related: { entityType: string; entityId: string };
  /** Re-read under a lock in the sending transaction: false when the item was done meanwhile. */
  stillDue: (tx: Executor) => Promise<boolean>;
  mail: ReminderMail;
}

async function reportingReminders(db: Db, day: LocalDate, options: ReminderOptions): Promise<(Pending | null)[]> {
  const window = reminderWindow(day, options);
  const out: (Pending | null)[] = [];
  for (const item of await openReportingItemsDueBetween(db, window.from, window.to)) {
    const due = dueReminder(item.dueDate, day, options);
    if (!due) continue;
    const applicants = await addressesOfRole(db, item.ownerOrganizationId, 'applicant');
    const to = applicants.length > 0 ? applicants : item.ownerEmail ? [item.ownerEmail] : [];
    if (to.length === 0) {
      out.push(null);
      continue;
    }
    out.push({
      key: `reporting_item:${item.itemId}:${item.kind}:${due.scheduledOn}`,
      to,
      related: { entityType: 'reporting_plan_item', entityId: item.itemId },
      stillDue: (tx) => reportingItemStillOpen(tx, item.itemId),
      mail: reportingReminderMail({ ...item, daysLeft: due.daysLeft }),
    });
  }
  return out;
}

async function allocationReminders(db: Db, day: LocalDate, options: ReminderOptions): Promise<(Pending | null)[]> {
  const window = reminderWindow(day, options);
  const out: (Pending | null)[] = [];
  for (const c of await allocationsWithDeadlineBetween(db, window.from, window.to)) {
    const deadlines = allocationDeadlines(allocationFacts(c.allocation), deadlinesOf(c.allocation), day);
    for (const deadline of deadlines) {
      const due = dueReminder(deadline.due, day, { ...options, done: deadline.status.state === 'done' });
      if (!due) continue;
      const to = await addressesOfRole(db, c.allocation.recipientOrganizationId, 'finance_officer');
      if (to.length === 0) {
        out.push(null);
        continue;
      }
      const requisitionTo = await organizationNameOf(db, c.decision.requisitionToOrganizationId);
      out.push({
        key: `state_allocation:${c.allocation.id}:${deadline.kind}:${due.scheduledOn}`,
        to,
        related: { entityType: 'state_allocation', entityId: c.allocation.id },
        stillDue: async (tx) => {
          const now = await lockAllocation(tx, c.allocation.id);
          if (!now) return false;
          return allocationDeadlines(allocationFacts(now), deadlinesOf(now), day).some(
            (x) => x.kind === deadline.kind && x.status.state !== 'done',
          );
        },
        mail: allocationReminderMail({
          kind: deadline.kind,
          dueDate: deadline.due,
          daysLeft: due.daysLeft,
          year: c.allocation.year,
          reference: c.decision.reference,
          title: c.decision.title,
          issuer: c.decision.issuer,
          decidedOn: c.decision.decidedOn as LocalDate,
          recipientName: c.recipientName,
          offered: c.allocation.offeredOre as Ore,
          requisitionTo,
          repayment: deadline.amount,
        }),
      });
    }
  }
  return out;
}

/**
 * One pass: every reminder due today is queued once. Each reminder is its own short transaction (claim
 * the key, re-check the item, queue the mail), so one that fails leaves the others sent and is tried
 * again on the next pass, its key rolled back with it.
 */
export async function runRemindersOnce(
  db: Db,
  clock: Clock,
  options: ReminderOptions = {},
): Promise<ReminderRunResult> {
  const day = today(clock);
  const result: ReminderRunResult = { queued: 0, alreadySent: 0, withoutRecipient: 0 };
  const pending = [...(await reportingReminders(db, day, options)), ...(await allocationReminders(db, day, options))];
  for (const p of pending) {
    if (p === null) {
      result.withoutRecipient++;
      continue;
    }
    const outcome = await db.transaction(async (tx) => {
      if (!(await p.stillDue(tx))) return 'done' as const;
      if (!(await claim(tx, p.key, clock))) return 'sent' as const;
      await enqueueEmail(tx, clock, actor, {
        to: p.to,
        subject: p.mail.subject,
        bodyText: p.mail.bodyText,
        related: p.related,
      });
      return 'queued' as const;
    });
    if (outcome === 'queued') result.queued++;
    else if (outcome === 'sent') result.alreadySent++;
  }
  return result;
}

/** How many reminder keys exist (for operations and tests). */
export async function countRemindersSent(db: Executor): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(remindersSent);
  return Number(row?.n ?? 0);
}

export interface ReminderRunner {
  stop(): Promise<void>;
  runNow(): Promise<ReminderRunResult>;
}

/**
 * Runs the reminders inside `bidra serve`: once at start, then every `intervalMs` (an hour by default;
 * reminders are per day, so the hour only bounds how late in the day one goes out). Passes never overlap.
 */
export function startReminderRunner(options: {
  db: Db;
  clock: Clock;
  intervalMs?: number;
  reminders?: ReminderOptions;
  onError: (error: unknown) => void;
}): ReminderRunner {
  const intervalMs = options.intervalMs ?? 60 * 60_000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let tail: Promise<unknown> = Promise.resolve();

  const pass = (): Promise<ReminderRunResult> => {
    const run = tail.then(() =>
      stopped
        ? { queued: 0, alreadySent: 0, withoutRecipient: 0 }
        : runRemindersOnce(options.db, options.clock, options.reminders),
    );
    tail = run.catch(() => undefined);
    return run;
  };
  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = undefined;
      void pass()
        .catch((error: unknown) => {
          try {
            options.onError(error);
          } catch {
            // A failing error handler must not end the loop.
          }
        })
        .finally(() => schedule(intervalMs));
    }, delayMs);
    // The loop alone must not keep the process alive (CLI commands, tests).
    timer.unref();
  };
  schedule(0);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await tail;
    },
    runNow: pass,
  };
}
