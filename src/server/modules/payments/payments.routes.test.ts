import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit/audit.js';
import * as s from '../../db/schema/index.js';
import { kr, plain, type Headers } from '../decisions/testing/decision-app.js';
import { samples } from '../attachments/testing/sample-files.js';
import { amendAmount, type GrantedProject } from './testing/grant-builder.js';
import { createPaymentTestApp, type PaymentTestApp } from './testing/payment-app.js';

let t: PaymentTestApp;
beforeAll(async () => {
  t = await createPaymentTestApp();
});
afterAll(async () => {
  await t.close();
});

const db = () => t.database.db;

interface RequestView {
  id: string;
  status: string;
  version: number;
  caseId: string | null;
  diaryNumber: string | null;
  claimedTotalOre: number;
  requestedOre: number;
  approvedCostsOre: number | null;
  payableOre: number | null;
  costs: { category: string; claimedOre: number; approvedOre: number | null; motivation: string | null }[];
  payment: { amountOre: number; paidOn: string; reference: string } | null;
  assessment: { payableOre: number; limitedBy: string; withheldOre: number; remainingGrantOre: number } | null;
  actions: { edit: boolean; approve: boolean; recordPayment: boolean };
}
interface Problem {
  code: string;
  detail: string;
  details: Record<string, unknown>;
}

const COSTS = [
  { category: 'staff', claimedOre: kr(300_000) },
  { category: 'external_services', claimedOre: kr(100_000) },
  { category: 'travel_accommodation', claimedOre: kr(20_000) },
  { category: 'project_income', claimedOre: kr(20_000) },
];
const interim = (costs = COSTS, kind = 'interim') => ({
  kind,
  period: { start: '2026-01-01', end: '2026-06-30' },
  costs,
});

async function draft(g: GrantedProject, body: object = interim()): Promise<RequestView> {
  const res = await t.call('POST', `/api/v1/projects/${g.project.id}/payment-requests`, t.applicant, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<RequestView>();
}

async function submitted(g: GrantedProject, body: object = interim()): Promise<RequestView> {
  const d = await draft(g, body);
  const res = await t.call('POST', `/api/v1/payment-requests/${d.id}/submit`, t.applicant, { version: d.version });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<RequestView>();
}

/** Approves every category in full, or as given, and returns the approved request. */
async function approve(
  r: RequestView,
  over: Record<string, { approvedOre: number; motivation?: string }> = {},
  as: Headers = t.officer,
) {
  return t.call('POST', `/api/v1/payment-requests/${r.id}/approve`, as, {
    version: r.version,
    costs: r.costs.map((c) => ({ category: c.category, approvedOre: c.claimedOre, ...over[c.category] })),
  });
}

async function approved(r: RequestView, over: Record<string, { approvedOre: number; motivation?: string }> = {}) {
  const res = await approve(r, over);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ request: RequestView; assessment: { limitedBy: string; payableOre: number } }>();
}

async function pay(r: RequestView, as: Headers = t.finance) {
  return t.call('POST', `/api/v1/payment-requests/${r.id}/payment`, as, {
    version: r.version,
    paidOn: '2026-11-25',
    reference: `VER-${r.id.slice(0, 6)}`,
  });
}

async function paid(r: RequestView): Promise<RequestView> {
  const res = await pay(r);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<RequestView>();
}

describe('a payment request from the beneficiary to the payment', () => {
  it('is written, submitted as a case, checked with a cut, notified and paid: 50 % of 360 000 kr is 180 000 kr', async () => {
    const g = await t.grant();
    const d = await draft(g);
    expect(d).toMatchObject({ status: 'draft', claimedTotalOre: kr(400_000), actions: { edit: true } });
    // The live figure: 50 % of the net claimed costs (income subtracted).
    expect(d.assessment).toMatchObject({ payableOre: kr(200_000), limitedBy: 'share', withheldOre: kr(100_000) });

    const saved = await t.call('PUT', `/api/v1/payment-requests/${d.id}`, t.applicant, {
      ...interim([...COSTS.slice(0, 3), { category: 'project_income', claimedOre: kr(20_000) }]),
      version: d.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const draftV2 = saved.json<RequestView>();
    const sent = await t.call('POST', `/api/v1/payment-requests/${d.id}/submit`, t.applicant, {
      version: draftV2.version,
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const r = sent.json<RequestView>();
    expect(r).toMatchObject({ status: 'submitted', requestedOre: kr(200_000), actions: { edit: false } });
    // Registered in the project's case, under its one diary number.
    expect(r.diaryNumber).toBe(g.kase.diaryNumber);
    const [kase] = await db().select().from(s.cases).where(eq(s.cases.id, r.caseId!));
    expect(kase).toMatchObject({ kind: 'payment_request', status: 'submitted', parentCaseId: g.kase.id });

    const officerView = (await t.call('GET', `/api/v1/payment-requests/${r.id}`, t.officer)).json<RequestView>();
    expect(officerView.actions).toEqual({
      edit: false,
      approve: true,
      returnForCompletion: true,
      reject: true,
      recordPayment: false,
    });

    const res = await approved(officerView, {
      external_services: {
        approvedOre: kr(60_000),
        motivation: 'Konsultfakturan för mars avser tiden före projektet.',
      },
    });
    expect(res.assessment).toMatchObject({ payableOre: kr(180_000), limitedBy: 'share' });
    expect(res.request).toMatchObject({ status: 'approved', approvedCostsOre: kr(360_000), payableOre: kr(180_000) });
    expect(res.request.costs.find((c) => c.category === 'external_services')).toMatchObject({
      approvedOre: kr(60_000),
      motivation: 'Konsultfakturan för mars avser tiden före projektet.',
    });
    const [decided] = await db().select().from(s.cases).where(eq(s.cases.id, r.caseId!));
    expect(decided!.status).toBe('decided');
    const mails = await db().select().from(s.outboxEmails).where(eq(s.outboxEmails.relatedEntityId, r.id));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual(['sokande@umu.example']);
    expect(plain(mails[0]!.bodyText)).toContain('Belopp att betala ut: 180 000 kr');
    expect(plain(mails[0]!.bodyText)).toContain('Konsultfakturan för mars');

    const financeView = (await t.call('GET', `/api/v1/payment-requests/${r.id}`, t.finance)).json<RequestView>();
    expect(financeView.actions.recordPayment).toBe(true);
    const done = await paid(financeView);
    expect(done).toMatchObject({ status: 'paid', payment: { amountOre: kr(180_000), paidOn: '2026-11-25' } });
    expect((await pay(done)).statusCode).toBe(409); // never paid twice

    const overview = await t.call('GET', `/api/v1/projects/${g.project.id}/payments`, t.applicant);
    expect(overview.json()).toMatchObject({
      position: { paidOre: kr(180_000), grantAmountOre: kr(1_000_000) },
      remainingGrantOre: kr(820_000),
    });
    const actions = (await db().select().from(s.auditEvents).orderBy(s.auditEvents.id))
      .filter((e) => e.entityId === r.id)
      .map((e) => e.action);
    expect(actions).toEqual([
      'payment_request.created',
      'payment_request.updated',
      'payment_request.submitted',
      'payment_request.approved',
      'payment_request.paid',
    ]);
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it('refuses a stale save, submit, approval or payment with 409', async () => {
    const g = await t.grant();
    const d = await draft(g);
    const first = await t.call('PUT', `/api/v1/payment-requests/${d.id}`, t.applicant, {
      ...interim(),
      version: d.version,
    });
    expect(first.statusCode).toBe(200);
    const stale = await t.call('PUT', `/api/v1/payment-requests/${d.id}`, t.applicant, {
      ...interim(),
      version: d.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<Problem>().details.currentVersion).toBe(d.version + 1);
    expect(
      (await t.call('POST', `/api/v1/payment-requests/${d.id}/submit`, t.applicant, { version: d.version })).statusCode,
    ).toBe(409);
    const r = (
      await t.call('POST', `/api/v1/payment-requests/${d.id}/submit`, t.applicant, { version: d.version + 1 })
    ).json<RequestView>();
    expect((await approve({ ...r, version: r.version - 1 })).statusCode).toBe(409);
    const a = (await approved(r)).request;
    expect((await pay({ ...a, version: a.version - 1 })).statusCode).toBe(409);
  });
});

describe('the share cap, the cumulative cap and the grant cap (what a payment may pay)', () => {
  it('pays the second request on cumulative costs: 50 % of 760 000 kr less 180 000 kr paid is 200 000 kr', async () => {
    const g = await t.grant();
    const first = await submitted(g);
    await paid(
      (await approved(first, { external_services: { approvedOre: kr(60_000), motivation: 'Ej stödberättigat.' } }))
        .request,
    );
    const second = await submitted(g);
    expect(second.assessment).toMatchObject({ payableOre: kr(200_000), limitedBy: 'share' });
    const res = await approved(second);
    expect(res.request.payableOre).toBe(kr(200_000));
  });

  it('holds back 10 % until the final payment and releases it only then', async () => {
    const g = await t.grant();
    const big = [{ category: 'staff', claimedOre: kr(3_000_000) }];
    const first = await submitted(g, interim(big));
    const a = await approved(first);
    expect(a.assessment).toMatchObject({ payableOre: kr(900_000), limitedBy: 'withheld' });
    await paid(a.request);
    const second = await submitted(g, interim([{ category: 'staff', claimedOre: kr(200_000) }]));
    const b = await approved(second);
    expect(b.assessment).toMatchObject({ payableOre: 0, limitedBy: 'nothing_left' });
    expect((await pay(b.request)).json<Problem>().code).toBe('payment.nothing_payable');
    const final = await submitted(g, interim([{ category: 'staff', claimedOre: kr(100_000) }], 'final'));
    const c = await approved(final);
    expect(c.assessment).toMatchObject({ payableOre: kr(100_000), limitedBy: 'grant' });
    await paid(c.request);
    const overview = await t.call('GET', `/api/v1/projects/${g.project.id}/payments`, t.officer);
    expect(overview.json()).toMatchObject({ position: { paidOre: kr(1_000_000) }, remainingGrantOre: 0 });
    // Nothing can follow the final payment.
    const after = await draft(g);
    const refused = await t.call('POST', `/api/v1/payment-requests/${after.id}/submit`, t.applicant, {
      version: after.version,
    });
    expect(refused.statusCode).toBe(409);
  });

  it('takes the withheld share from the funder setting', async () => {
    await db().update(s.funders).set({ withheldUntilFinalBp: 2500 }).where(eq(s.funders.id, t.fixtures.funder.id));
    try {
      const g = await t.grant();
      const r = await submitted(g, interim([{ category: 'staff', claimedOre: kr(3_000_000) }]));
      expect(r.assessment).toMatchObject({ payableOre: kr(750_000), limitedBy: 'withheld', withheldOre: kr(250_000) });
    } finally {
      await db().update(s.funders).set({ withheldUntilFinalBp: 1000 }).where(eq(s.funders.id, t.fixtures.funder.id));
    }
  });

  it('measures against the amount in force after an amendment: 800 000 kr less 10 % is 720 000 kr', async () => {
    const g = await t.grant();
    await amendAmount(db(), g, kr(800_000), new Date('2026-03-01T10:00:00Z'));
    const r = await submitted(g, interim([{ category: 'staff', claimedOre: kr(3_000_000) }]));
    expect((await approved(r)).assessment).toMatchObject({ payableOre: kr(720_000), limitedBy: 'withheld' });
  });

  it('refuses to record a payment that an amendment lowering the grant has put above the ceiling', async () => {
    const g = await t.grant();
    const r = await submitted(g, interim([{ category: 'staff', claimedOre: kr(1_600_000) }]));
    const a = await approved(r);
    expect(a.request.payableOre).toBe(kr(800_000));
    await amendAmount(db(), g, kr(600_000), new Date('2026-04-01T10:00:00Z'));
    const res = await pay(a.request);
    expect(res.statusCode).toBe(422);
    const problem = res.json<Problem>();
    expect(problem.code).toBe('payment.cap_exceeded');
    expect(problem.details).toMatchObject({ ceilingOre: kr(540_000), excessOre: kr(260_000) });
    expect(await db().select().from(s.payments).where(eq(s.payments.paymentRequestId, r.id))).toHaveLength(0);
  });

  it('refuses an approval above what the grant now allows when the officer saw more (422)', async () => {
    const g = await t.grant();
    const r = await submitted(g);
    const res = await t.call('POST', `/api/v1/payment-requests/${r.id}/approve`, t.officer, {
      version: r.version,
      costs: r.costs.map((c) => ({ category: c.category, approvedOre: c.claimedOre })),
      expectedPayableOre: kr(200_001),
    });
    expect(res.statusCode).toBe(422);
    expect(plain(res.json<Problem>().detail)).toContain('medger nu 200 000 kr');
  });
});

describe('advances (förordning 2003:596 11 §)', () => {
  const advance = (amount: number) => ({ kind: 'advance', period: null, costs: [], advanceOre: kr(amount) });

  it('allows at most 400 000 kr of a grant of 2 000 000 kr', async () => {
    const g = await t.grant({ amountOre: kr(2_000_000) });
    const over = await draft(g, advance(400_001));
    const res = await t.call('POST', `/api/v1/payment-requests/${over.id}/submit`, t.applicant, {
      version: over.version,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().code).toBe('advance.exceeds_limit');
    expect(plain(res.json<Problem>().detail)).toContain('400 000 kr');
    const ok = await submitted(g, advance(400_000));
    const a = await approved(ok);
    expect(a.assessment).toMatchObject({ payableOre: kr(400_000), limitedBy: 'advance' });
    await paid(a.request);
    // The advance is earned back first: 50 % of 1 000 000 kr is 500 000 kr, less the 400 000 kr advance.
    const later = await submitted(g, interim([{ category: 'staff', claimedOre: kr(1_000_000) }]));
    expect((await approved(later)).assessment.payableOre).toBe(kr(100_000));
  });

  it('allows at most half of a grant of 600 000 kr', async () => {
    const g = await t.grant({ amountOre: kr(600_000) });
    const over = await draft(g, advance(300_001));
    const res = await t.call('POST', `/api/v1/payment-requests/${over.id}/submit`, t.applicant, {
      version: over.version,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().details).toMatchObject({ limitOre: kr(300_000), excessOre: kr(1) });
    const ok = await submitted(g, advance(300_000));
    expect((await approved(ok)).request.payableOre).toBe(kr(300_000));
  });
});

describe("the officer's check of the costs", () => {
  it('refuses more than claimed and a cut without a motivation, naming the category', async () => {
    const g = await t.grant();
    const r = await submitted(g);
    const above = await approve(r, { staff: { approvedOre: kr(300_001) } });
    expect(above.statusCode).toBe(422);
    expect(plain(above.json<Problem>().detail)).toBe(
      'Godkänt belopp för Personal, 300 001 kr, är större än det begärda, 300 000 kr.',
    );
    const cut = await approve(r, { staff: { approvedOre: kr(250_000) } });
    expect(cut.statusCode).toBe(422);
    expect(cut.json<Problem>().code).toBe('payment.cut_without_motivation');
    const [row] = await db().select().from(s.paymentRequests).where(eq(s.paymentRequests.id, r.id));
    expect(row!.status).toBe('submitted');
  });

  it('refuses a second request while one waits for the check', async () => {
    const g = await t.grant();
    await submitted(g);
    const d = await draft(g);
    const res = await t.call('POST', `/api/v1/payment-requests/${d.id}/submit`, t.applicant, { version: d.version });
    expect(res.statusCode).toBe(409);
  });

  it('refuses a request without a period inside the project period or without costs', async () => {
    const g = await t.grant();
    const d = await draft(g, { kind: 'interim', period: { start: '2025-12-01', end: '2026-01-31' }, costs: [] });
    const res = await t.call('POST', `/api/v1/payment-requests/${d.id}/submit`, t.applicant, { version: d.version });
    expect(res.statusCode).toBe(422);
    const issues = res.json<Problem>().details.issues as { code: string }[];
    expect(issues.map((i) => i.code)).toEqual(['payment.period_outside_project', 'payment.no_costs']);
  });
});

describe('who may do what', () => {
  it('lets neither the case officer record a payment nor finance approve costs', async () => {
    const g = await t.grant();
    const r = await submitted(g);
    const byFinance = await approve(r, {}, t.finance);
    expect(byFinance.statusCode).toBe(403);
    expect((await approve(r, {}, t.applicant)).statusCode).toBe(403);
    const a = (await approved(r)).request;
    expect((await pay(a, t.officer)).statusCode).toBe(403);
    expect((await pay(a, t.applicant)).statusCode).toBe(403);
    expect(
      (await t.call('POST', `/api/v1/projects/${g.project.id}/payment-requests`, t.officer, interim())).statusCode,
    ).toBe(403);
    // The list says what each may do, by the same roles.
    const actionsOf = async (as: typeof t.officer) =>
      (await t.call('GET', '/api/v1/payment-requests', as)).json<{ actions: Record<string, boolean> }>().actions;
    expect(await actionsOf(t.applicant)).toEqual({ create: true, approve: false, recordPayment: false });
    expect(await actionsOf(t.officer)).toEqual({ create: false, approve: true, recordPayment: false });
    expect(await actionsOf(t.finance)).toEqual({ create: false, approve: false, recordPayment: true });
  });

  it("answers another organisation's applicant 404, exactly as for an unknown id", async () => {
    const g = await t.grant();
    const r = await submitted(g);
    const d = await draft(g);
    for (const url of [
      `/api/v1/payment-requests/${r.id}`,
      `/api/v1/payment-requests/${randomUUID()}`,
      `/api/v1/projects/${g.project.id}/payments`,
      `/api/v1/projects/${randomUUID()}/payments`,
    ]) {
      expect((await t.call('GET', url, t.otherApplicant)).statusCode, url).toBe(404);
    }
    expect(
      (await t.call('POST', `/api/v1/projects/${g.project.id}/payment-requests`, t.otherApplicant, interim()))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.call('PUT', `/api/v1/payment-requests/${d.id}`, t.otherApplicant, { ...interim(), version: d.version }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.call('POST', `/api/v1/payment-requests/${r.id}/approve`, t.otherApplicant, { version: r.version }))
        .statusCode,
    ).toBe(404);
    const list = await t.call('GET', '/api/v1/payment-requests', t.otherApplicant);
    expect(list.json<{ items: { id: string }[] }>().items.map((i) => i.id)).not.toContain(r.id);
  });

  it("keeps the beneficiary's draft from the funder's staff until it is submitted", async () => {
    const g = await t.grant();
    const d = await draft(g);
    expect((await t.call('GET', `/api/v1/payment-requests/${d.id}`, t.officer)).statusCode).toBe(404);
    const list = await t.call('GET', `/api/v1/payment-requests?projectId=${g.project.id}`, t.officer);
    expect(list.json<{ total: number }>().total).toBe(0);
    const mine = await t.call('GET', `/api/v1/payment-requests?projectId=${g.project.id}`, t.applicant);
    expect(mine.json<{ items: { id: string; status: string }[] }>().items).toEqual([
      expect.objectContaining({ id: d.id, status: 'draft' }),
    ]);
  });

  it("links a case to its project's payments and a payment request case to its request", async () => {
    const g = await t.grant();
    const r = await submitted(g);
    const fromApplication = await t.call('GET', `/api/v1/cases/${g.kase.id}/payment-links`, t.officer);
    expect(fromApplication.json()).toEqual({ projectId: g.project.id, paymentRequestId: null });
    const fromRequest = await t.call('GET', `/api/v1/cases/${r.caseId}/payment-links`, t.applicant);
    expect(fromRequest.json()).toEqual({ projectId: g.project.id, paymentRequestId: r.id });
    expect((await t.call('GET', `/api/v1/cases/${r.caseId}/payment-links`, t.otherApplicant)).statusCode).toBe(404);
  });
});

describe('receipts on a payment request', () => {
  interface Files {
    caseId: string;
    canAdd: boolean;
    items: { id: string; filename: string; paymentRequestId: string | null }[];
  }
  const files = (r: { id: string }, as: Headers) => t.call('GET', `/api/v1/payment-requests/${r.id}/attachments`, as);
  const upload = (as: Headers, caseId: string, requestId: string, filename: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/attachments?filename=${filename}&paymentRequestId=${requestId}`,
      headers: { ...as, 'content-type': 'application/octet-stream' },
      payload: samples.pdf(),
    });

  it('are added by the beneficiary while the request is theirs to edit, by nobody else, and audited', async () => {
    const g = await t.grant();
    const d = await draft(g);
    const target = (await files(d, t.applicant)).json<Files>();
    expect(target.canAdd).toBe(true);
    // Before the request is sent in, its files wait on the project's case, and only the beneficiary knows them.
    expect(target.caseId).toBe(g.kase.id);
    const added = await upload(t.applicant, target.caseId, d.id, 'kvitto-1.pdf');
    expect(added.statusCode, added.body).toBe(201);
    for (const [who, as] of [
      ['another organisation', t.otherApplicant],
      ['the case officer', t.officer],
      ['finance', t.finance],
    ] as const) {
      expect((await files(d, as)).statusCode, who).toBe(404);
      expect((await upload(as, target.caseId, d.id, 'x.pdf')).statusCode, who).toBe(404);
    }

    const sent = await t.call('POST', `/api/v1/payment-requests/${d.id}/submit`, t.applicant, { version: d.version });
    expect(sent.statusCode, sent.body).toBe(200);
    const r = sent.json<RequestView>();
    const onCase = (await files(r, t.officer)).json<Files>();
    expect(onCase).toMatchObject({ caseId: r.caseId, canAdd: true });
    expect(onCase.items.map((i) => [i.filename, i.paymentRequestId])).toEqual([['kvitto-1.pdf', d.id]]);
    // Sent in: the beneficiary no longer changes its files; the funder's staff other than case officers never do.
    const late = await upload(t.applicant, r.caseId!, r.id, 'sen.pdf');
    expect(late.statusCode).toBe(409);
    expect((await upload(t.finance, r.caseId!, r.id, 'x.pdf')).statusCode).toBe(403);
    expect((await upload(t.otherApplicant, r.caseId!, r.id, 'x.pdf')).statusCode).toBe(404);

    // Returned for completion it is the beneficiary's draft again, on its own case.
    const back = await t.call('POST', `/api/v1/payment-requests/${r.id}/return`, t.officer, {
      version: r.version,
      message: 'Bifoga lönebilagorna.',
    });
    expect(back.statusCode, back.body).toBe(200);
    expect((await files(r, t.applicant)).json<Files>().canAdd).toBe(true);
    const completed = await upload(t.applicant, r.caseId!, r.id, 'lonebilagor.pdf');
    expect(completed.statusCode, completed.body).toBe(201);

    const audit = await db().select().from(s.auditEvents).where(eq(s.auditEvents.action, 'attachment.added'));
    const mine = audit.filter((a) => (a.after as { paymentRequestId?: string } | null)?.paymentRequestId === d.id);
    expect(mine.map((a) => (a.after as { filename: string }).filename).sort()).toEqual([
      'kvitto-1.pdf',
      'lonebilagor.pdf',
    ]);
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });
});
