import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, kronor, type LocalDate } from '../../domain/index.js';
import { createTestDatabase } from '../../../tests/support/db.js';
import { fixedClock } from '../clock.js';
import type { Database } from '../db/client.js';
import * as s from '../db/schema/index.js';
import { makeStateDecision, makeUser, organizationNamed } from '../modules/state-allocations/testing/fixtures.js';
import { runRemindersOnce, startReminderRunner } from './reminders.js';

let database: Database;
let umuId: string;
let rvbId: string;
let projectId: string;
let planId: string;
const db = () => database.db;

/** 09:00 in Stockholm on a day: the runner's "today" is the Swedish calendar day. */
const at = (day: string) => fixedClock(`${day}T08:00:00Z`);

beforeAll(async () => {
  database = await createTestDatabase({ demo: true });
  umuId = (await organizationNamed(db(), 'Umeå universitet')).id;
  rvbId = (await organizationNamed(db(), 'Region Västerbotten')).id;
  // A second applicant of the owner organisation, and one who has left: only active users get mail.
  await makeUser(db(), {
    email: 'projektledare@umu.example',
    name: 'Pia Projektledare',
    organizationId: umuId,
    role: 'applicant',
  });
  await makeUser(db(), {
    email: 'slutat@umu.example',
    name: 'Sven Slutat',
    organizationId: umuId,
    role: 'applicant',
    active: false,
  });
  const [project] = await db()
    .insert(s.projects)
    .values({ name: 'Vätgasdalen', acronym: 'VGD', ownerOrganizationId: umuId, status: 'active' })
    .returning();
  projectId = project!.id;
  const [plan] = await db().insert(s.reportingPlans).values({ projectId }).returning();
  planId = plan!.id;
});
afterAll(async () => {
  await database.close();
});

async function item(kind: 'progress_report' | 'final_report' | 'payment_request', dueDate: string, extra = {}) {
  const [row] = await db()
    .insert(s.reportingPlanItems)
    .values({ reportingPlanId: planId, kind, dueDate, ...extra })
    .returning();
  return row!;
}

const mailsAbout = (entityIds: string[]) =>
  db().select().from(s.outboxEmails).where(inArray(s.outboxEmails.relatedEntityId, entityIds));

/** Runs the reminders once a day from `from` through `to`; returns the days each entity got mail. */
async function runDaily(from: string, to: string, entityIds: string[]): Promise<Record<string, string[]>> {
  const days: Record<string, string[]> = Object.fromEntries(entityIds.map((id) => [id, []]));
  for (let day = from as LocalDate; day <= to; day = addDays(day, 1)) {
    const before = new Set((await mailsAbout(entityIds)).map((m) => m.id));
    await runRemindersOnce(db(), at(day));
    for (const m of await mailsAbout(entityIds)) if (!before.has(m.id)) days[m.relatedEntityId!]!.push(day);
  }
  return days;
}

describe('reminders of a reporting plan', () => {
  it('go out 14 and 3 days before the due date and 1 and 7 days after while the item is open', async () => {
    const report = await item('progress_report', '2027-03-31');
    const days = await runDaily('2027-03-01', '2027-04-20', [report.id]);
    expect(days[report.id]).toEqual(['2027-03-17', '2027-03-28', '2027-04-01', '2027-04-07']);
  });

  it('stop once the item is submitted, and never start for one already submitted', async () => {
    const open = await item('final_report', '2027-06-30');
    const submitted = await item('payment_request', '2027-06-30', {
      status: 'submitted',
      submittedAt: new Date('2027-06-01T10:00:00Z'),
    });
    const first = await runDaily('2027-06-10', '2027-06-20', [open.id, submitted.id]);
    expect(first[open.id]).toEqual(['2027-06-16']);
    await db()
      .update(s.reportingPlanItems)
      .set({ status: 'submitted', submittedAt: new Date('2027-06-21T10:00:00Z') })
      .where(eq(s.reportingPlanItems.id, open.id));
    const later = await runDaily('2027-06-21', '2027-07-10', [open.id, submitted.id]);
    expect(later).toEqual({ [open.id]: [], [submitted.id]: [] });
    expect(first[submitted.id]).toEqual([]);
  });

  it('write in Swedish to the owner’s active applicants, naming the project, the due date and what is due', async () => {
    const report = await item('progress_report', '2027-09-30', { periodStart: '2027-01-01', periodEnd: '2027-06-30' });
    await runRemindersOnce(db(), at('2027-09-16'));
    const [mail] = await mailsAbout([report.id]);
    expect(mail!.to).toEqual(['projektledare@umu.example', 'sokande@umu.example']);
    expect(mail!.subject).toBe('Påminnelse: lägesrapport för VGD ska lämnas senast 2027-09-30');
    expect(mail!.bodyText).toContain(
      'Enligt rapporteringsplanen för projektet Vätgasdalen (VGD) ska en lägesrapport för perioden 2027-01-01 – 2027-06-30 lämnas senast 2027-09-30, om 14 dagar.',
    );
    expect(mail!.bodyText).toContain('Projektägare: Umeå universitet');
    expect(mail!.relatedEntityType).toBe('reporting_plan_item');

    await runRemindersOnce(db(), at('2027-10-07'));
    const overdue = (await mailsAbout([report.id])).find((m) => m.id !== mail!.id)!;
    expect(overdue.subject).toBe('Försenad: lägesrapport för VGD skulle ha lämnats senast 2027-09-30');
    expect(overdue.bodyText).toContain('senast 2027-09-30, sedan 7 dagar. Vi har ännu inte tagit emot den.');
  });

  it('leave out items of a plan that a newer version replaced, and of closed projects', async () => {
    const old = await item('progress_report', '2027-11-30');
    const [newer] = await db().insert(s.reportingPlans).values({ projectId, version: 2 }).returning();
    const [current] = await db()
      .insert(s.reportingPlanItems)
      .values({ reportingPlanId: newer!.id, kind: 'progress_report', dueDate: '2027-11-30' })
      .returning();
    await runRemindersOnce(db(), at('2027-11-16'));
    expect((await mailsAbout([old.id])).length).toBe(0);
    expect((await mailsAbout([current!.id])).length).toBe(1);

    await db().update(s.projects).set({ status: 'closed' }).where(eq(s.projects.id, projectId));
    await runRemindersOnce(db(), at('2027-11-27'));
    expect((await mailsAbout([current!.id])).length).toBe(1);
    await db().update(s.projects).set({ status: 'active' }).where(eq(s.projects.id, projectId));
    // Back to one plan for the tests after this one.
    await db().delete(s.reportingPlanItems).where(eq(s.reportingPlanItems.reportingPlanId, newer!.id));
    await db().delete(s.reportingPlans).where(eq(s.reportingPlans.id, newer!.id));
  });
});

describe('sending each reminder once', () => {
  it('queues nothing more when run again the same day, or after a restart', async () => {
    const report = await item('final_report', '2028-01-31');
    const first = await runRemindersOnce(db(), at('2028-01-17'));
    expect(first.queued).toBeGreaterThanOrEqual(1);
    const again = await runRemindersOnce(db(), at('2028-01-17'));
    expect(again.queued).toBe(0);
    expect(again.alreadySent).toBe(first.queued);
    // Later the same day and the day after (within the catch-up window) it is still the same reminder.
    await runRemindersOnce(db(), fixedClock('2028-01-17T21:00:00Z'));
    await runRemindersOnce(db(), at('2028-01-18'));
    expect((await mailsAbout([report.id])).length).toBe(1);
  });

  it('queues each mail once when several runners work at the same time', async () => {
    const items = await Promise.all([
      item('progress_report', '2028-03-31'),
      item('final_report', '2028-04-01'),
      item('payment_request', '2028-04-02'),
    ]);
    // Every one of them has a reminder due on 2028-03-30 (-1 … -3 days is the -3 reminder's window).
    const clock = at('2028-03-30');
    const results = await Promise.all(Array.from({ length: 4 }, () => runRemindersOnce(db(), clock)));
    expect(results.reduce((n, r) => n + r.queued, 0)).toBe(3);
    const mails = await mailsAbout(items.map((i) => i.id));
    expect(mails.map((m) => m.relatedEntityId).sort()).toEqual(items.map((i) => i.id).sort());
    const keys = await db().select().from(s.remindersSent);
    expect(keys.filter((k) => items.some((i) => k.key.startsWith(`reporting_item:${i.id}:`)))).toHaveLength(3);
  });

  it('runs inside the server on a timer and on demand', async () => {
    const report = await item('progress_report', '2028-06-30');
    const runner = startReminderRunner({ db: db(), clock: at('2028-06-16'), intervalMs: 60_000, onError: () => {} });
    await runner.runNow();
    await runner.stop();
    expect((await mailsAbout([report.id])).length).toBe(1);
  });
});

describe('reminders of state allocations', () => {
  it('go to the region’s finance officers before the requisition deadline, in Swedish', async () => {
    const { allocation } = await makeStateDecision(db(), {
      reference: 'N2028/00007',
      decidedOn: '2028-01-20',
      recipients: [rvbId, (await organizationNamed(db(), 'Region Norrbotten')).id],
      years: [{ year: 2028, requisition: '2028-09-30', account: '2029-01-31', repayment: '2029-02-26' }],
    });
    await db()
      .update(s.stateDecisions)
      .set({ requisitionToOrganizationId: (await organizationNamed(db(), 'Tillväxtverket')).id })
      .where(eq(s.stateDecisions.reference, 'N2028/00007'));
    const own = allocation(rvbId, 2028);
    const result = await runRemindersOnce(db(), at('2028-09-16'));
    // Region Norrbotten has no finance officer here: nobody to send its reminder to.
    expect(result.withoutRecipient).toBeGreaterThanOrEqual(1);
    const [mail, ...more] = await mailsAbout([own.id]);
    expect(more).toEqual([]);
    expect(mail!.to).toEqual(['ekonomi@regionvasterbotten.example']);
    expect(mail!.subject).toBe('Påminnelse: rekvisition av medlen för 2028 (N2028/00007) senast 2028-09-30');
    expect(mail!.bodyText.replace(/\u00a0/g, ' ')).toContain(
      'Att göra: rekvirera medlen för 2028 (högst 500 000 kr) hos Tillväxtverket med hänvisning till beslutets diarienummer N2028/00007',
    );
    expect(mail!.bodyText).toContain('Mottagare: Region Västerbotten');
  });

  it('stop once the step is recorded, and name the sum to repay after the account', async () => {
    const { allocation } = await makeStateDecision(db(), {
      reference: 'N2028/00008',
      decidedOn: '2028-01-20',
      recipients: [rvbId],
      years: [{ year: 2028, requisition: '2028-10-31', account: '2029-01-31', repayment: '2029-02-26' }],
    });
    const a = allocation(rvbId, 2028);
    await db()
      .update(s.stateAllocations)
      .set({
        requisitionedOre: kronor(500_000),
        requisitionedOn: '2028-10-01',
        receivedOre: kronor(500_000),
        receivedOn: '2028-10-15',
      })
      .where(eq(s.stateAllocations.id, a.id));
    // The requisition is done: its -3 reminder (2028-10-28) does not go out.
    await runRemindersOnce(db(), at('2028-10-28'));
    expect((await mailsAbout([a.id])).length).toBe(0);

    await db()
      .update(s.stateAllocations)
      .set({ usedOre: kronor(470_000), accountedOn: '2029-01-20' })
      .where(eq(s.stateAllocations.id, a.id));
    await runRemindersOnce(db(), at('2029-02-12'));
    const [repay] = await mailsAbout([a.id]);
    expect(repay!.subject).toBe(
      'Påminnelse: återbetalning av outnyttjade medel för 2028 (N2028/00008) senast 2029-02-26',
    );
    expect(repay!.bodyText.replace(/\u00a0/g, ' ')).toContain(
      'Att göra: återbetala outnyttjade medel för 2028, 30 000 kr',
    );
    const keys = await db()
      .select()
      .from(s.remindersSent)
      .where(and(eq(s.remindersSent.key, `state_allocation:${a.id}:repayment:2029-02-12`)));
    expect(keys).toHaveLength(1);
  });
});
