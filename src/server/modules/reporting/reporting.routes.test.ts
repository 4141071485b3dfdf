import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../db/schema/index.js';
import { kr } from '../decisions/testing/decision-app.js';
import { createPaymentTestApp, type PaymentTestApp } from '../payments/testing/payment-app.js';

let t: PaymentTestApp;
beforeAll(async () => {
  t = await createPaymentTestApp();
});
afterAll(async () => {
  await t.close();
});

interface PlanView {
  version: number | null;
  today: string;
  plan: { id: string } | null;
  items: {
    id: string;
    kind: string;
    dueDate: string;
    status: string;
    paymentRequestId: string | null;
    deadline: { state: string; daysLeft: number };
  }[];
}

// The test clock stands at 2026-11-24.
const ITEMS = [
  { kind: 'payment_request', dueDate: '2026-11-20', periodStart: '2026-01-01', periodEnd: '2026-06-30' },
  { kind: 'progress_report', dueDate: '2026-11-30' },
  { kind: 'final_report', dueDate: '2027-03-31' },
];

const url = (projectId: string) => `/api/v1/projects/${projectId}/reporting-plan`;

describe('the reporting plan of a project', () => {
  it('is set by the officer and read by the beneficiary with where each date stands today', async () => {
    const g = await t.grant();
    const empty = (await t.call('GET', url(g.project.id), t.applicant)).json<PlanView>();
    expect(empty).toMatchObject({ plan: null, version: null, items: [] });

    const put = await t.call('PUT', url(g.project.id), t.officer, { version: null, note: null, items: ITEMS });
    expect(put.statusCode, put.body).toBe(200);
    const read = await t.call('GET', url(g.project.id), t.applicant);
    expect(read.statusCode).toBe(200);
    const plan = read.json<PlanView>();
    expect(plan.today).toBe('2026-11-24');
    expect(plan.version).toBe(1);
    expect(plan.items.map((i) => [i.kind, i.dueDate, i.deadline.state, i.deadline.daysLeft])).toEqual([
      ['payment_request', '2026-11-20', 'overdue', -4],
      ['progress_report', '2026-11-30', 'due_soon', 6],
      ['final_report', '2027-03-31', 'upcoming', 127],
    ]);
    const audit = await t.database.db.select().from(s.auditEvents).where(eq(s.auditEvents.entityId, plan.plan!.id));
    expect(audit.map((e) => e.action)).toEqual(['reporting_plan.replaced']);
  });

  it('refuses a stale replacement with 409, the beneficiary with 403 and another organisation with 404', async () => {
    const g = await t.grant();
    expect((await t.call('PUT', url(g.project.id), t.officer, { version: null, items: ITEMS })).statusCode).toBe(200);
    const stale = await t.call('PUT', url(g.project.id), t.officer, { version: null, items: [] });
    expect(stale.statusCode).toBe(409);
    const ok = await t.call('PUT', url(g.project.id), t.officer, { version: 1, items: ITEMS.slice(1) });
    expect(ok.json<PlanView>()).toMatchObject({ version: 2 });
    expect((await t.call('PUT', url(g.project.id), t.officer, { version: 1, items: [] })).statusCode).toBe(409);
    expect((await t.call('PUT', url(g.project.id), t.applicant, { version: 2, items: [] })).statusCode).toBe(403);
    expect((await t.call('PUT', url(g.project.id), t.finance, { version: 2, items: [] })).statusCode).toBe(403);
    expect((await t.call('GET', url(g.project.id), t.otherApplicant)).statusCode).toBe(404);
    expect((await t.call('PUT', url(g.project.id), t.otherApplicant, { version: 2, items: [] })).statusCode).toBe(404);
    expect((await t.call('GET', url(randomUUID()), t.officer)).statusCode).toBe(404);
  });

  it('marks the payment date done when a request is submitted, and keeps it from being removed', async () => {
    const g = await t.grant();
    await t.call('PUT', url(g.project.id), t.officer, { version: null, items: ITEMS });
    const created = await t.call('POST', `/api/v1/projects/${g.project.id}/payment-requests`, t.applicant, {
      kind: 'interim',
      period: { start: '2026-01-01', end: '2026-06-30' },
      costs: [{ category: 'staff', claimedOre: kr(100_000) }],
    });
    const r = created.json<{ id: string; version: number }>();
    const sent = await t.call('POST', `/api/v1/payment-requests/${r.id}/submit`, t.applicant, { version: r.version });
    expect(sent.statusCode, sent.body).toBe(200);
    const plan = (await t.call('GET', url(g.project.id), t.officer)).json<PlanView>();
    expect(plan.items[0]).toMatchObject({
      kind: 'payment_request',
      status: 'submitted',
      paymentRequestId: r.id,
      deadline: { state: 'done' },
    });
    const drop = await t.call('PUT', url(g.project.id), t.officer, {
      version: plan.version,
      items: plan.items.slice(1).map((i) => ({ id: i.id, kind: i.kind, dueDate: i.dueDate })),
    });
    expect(drop.statusCode).toBe(422);
    expect(drop.json<{ detail: string }>().detail).toContain('2026-11-20');
    // Moving the other dates keeps the submitted one as it is.
    const moved = await t.call('PUT', url(g.project.id), t.officer, {
      version: plan.version,
      items: plan.items.map((i) => ({
        id: i.id,
        kind: i.kind,
        dueDate: i.kind === 'final_report' ? '2027-04-30' : i.dueDate,
      })),
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json<PlanView>().items.map((i) => [i.dueDate, i.status])).toEqual([
      ['2026-11-20', 'submitted'],
      ['2026-11-30', 'open'],
      ['2027-04-30', 'open'],
    ]);
  });

  it('replaces a plan set by an approved decision with a new plan, leaving the decided one as it was', async () => {
    const g = await t.grant();
    const [decided] = await t.database.db
      .insert(s.reportingPlans)
      .values({ projectId: g.project.id, decisionId: g.decision.id, note: 'Enligt beslutet.' })
      .returning();
    await t.database.db
      .insert(s.reportingPlanItems)
      .values({ reportingPlanId: decided!.id, kind: 'final_report', dueDate: '2027-03-31' });
    const before = (await t.call('GET', url(g.project.id), t.applicant)).json<PlanView>();
    expect(before).toMatchObject({ version: 1, plan: { id: decided!.id } });
    const res = await t.call('PUT', url(g.project.id), t.officer, {
      version: 1,
      note: 'Förlängd slutrapport.',
      items: [{ id: before.items[0]!.id, kind: 'final_report', dueDate: '2027-05-31' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json<PlanView>();
    expect(after.plan!.id).not.toBe(decided!.id);
    expect(after.version).toBe(2);
    expect(after.items.map((i) => i.dueDate)).toEqual(['2027-05-31']);
    const original = await t.database.db
      .select()
      .from(s.reportingPlanItems)
      .where(eq(s.reportingPlanItems.reportingPlanId, decided!.id));
    expect(original.map((i) => i.dueDate)).toEqual(['2027-03-31']);
  });

  it("is offered for editing to the funder's case officer only, as the server decides who may replace it", async () => {
    const g = await t.grant();
    const editable = async (who: typeof t.officer) =>
      (await t.call('GET', `/api/v1/projects/${g.project.id}/payments`, who)).json<{
        actions: { editReportingPlan: boolean };
      }>().actions.editReportingPlan;
    expect(await editable(t.officer)).toBe(true);
    expect(await editable(t.applicant)).toBe(false);
    expect(await editable(t.finance)).toBe(false);
    // What the page offers is what the server allows.
    const byFinance = await t.call('PUT', url(g.project.id), t.finance, { version: null, note: null, items: ITEMS });
    expect(byFinance.statusCode).toBe(403);
  });
});
