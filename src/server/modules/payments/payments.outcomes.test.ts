import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, TEST_PASSWORD } from '../../../../tests/support/app.js';
import { verifyAuditChain } from '../../audit/audit.js';
import * as s from '../../db/schema/index.js';
import { hashPassword } from '../auth/passwords.js';
import { kr, plain, type Headers } from '../decisions/testing/decision-app.js';
import type { GrantedProject } from './testing/grant-builder.js';
import { createPaymentTestApp, type PaymentTestApp } from './testing/payment-app.js';

/*
 * The officer's two other outcomes of a submitted payment request, through the HTTP API: returned for
 * completion (back to the beneficiary as a draft, submitted again in the same case) and rejected (final,
 * counted nowhere).
 */

let t: PaymentTestApp;
let otherFunderOfficer: Headers;
beforeAll(async () => {
  t = await createPaymentTestApp();
  otherFunderOfficer = await officerOfAnotherFunder();
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
  requestedOre: number;
  approvedCostsOre: number | null;
  payableOre: number | null;
  decisionNote: string | null;
  returnedForCompletion: boolean;
  decidedAt: string | null;
  costs: { category: string; claimedOre: number }[];
  assessment: { payableOre: number } | null;
  actions: Record<'edit' | 'approve' | 'returnForCompletion' | 'reject' | 'recordPayment', boolean>;
}
interface Outcome {
  request: RequestView;
  emailId: string | null;
}
interface Problem {
  code: string;
  detail: string;
  details: Record<string, unknown>;
}
interface ListItem {
  id: string;
  status: string;
  returnedForCompletion: boolean;
}

const NO_ACTIONS = { edit: false, approve: false, returnForCompletion: false, reject: false, recordPayment: false };
const COMPLETE = 'Bifoga lönebilagor för mars–juni och förklara resekostnaderna i april.';
const REASON = 'Kostnaderna avser verksamhet utanför projektets beslutade aktiviteter.';
const interim = (staffKr = 300_000) => ({
  kind: 'interim',
  period: { start: '2026-01-01', end: '2026-06-30' },
  costs: [
    { category: 'staff', claimedOre: kr(staffKr) },
    { category: 'travel_accommodation', claimedOre: kr(100_000) },
  ],
});

/** A case officer of a second funder: staff, but not of these projects' funder. */
async function officerOfAnotherFunder(): Promise<Headers> {
  const [org] = await db().insert(s.organizations).values({ name: 'Region Provbotten', type: 'region' }).returning();
  await db()
    .insert(s.funders)
    .values({ organizationId: org!.id, committeeName: 'Provnämnden', diaryNumberFormat: 'PROV {year}/{seq}' });
  const email = 'handlaggare@provbotten.example';
  const [user] = await db()
    .insert(s.users)
    .values({
      email,
      displayName: 'Prov Handläggare',
      passwordHash: await hashPassword(TEST_PASSWORD),
      organizationId: org!.id,
    })
    .returning();
  await db().insert(s.roleGrants).values({ userId: user!.id, role: 'case_officer', organizationId: org!.id });
  return (await loginAs(t.app, email)).headers;
}

/** A granted project whose reporting plan asks for a payment request, so its reporting date can be watched. */
async function grantWithPlan(): Promise<GrantedProject> {
  const g = await t.grant();
  const plan = await t.call('PUT', `/api/v1/projects/${g.project.id}/reporting-plan`, t.officer, {
    version: null,
    note: null,
    items: [{ kind: 'payment_request', dueDate: '2026-12-15', periodStart: '2026-01-01', periodEnd: '2026-06-30' }],
  });
  expect(plan.statusCode, plan.body).toBe(200);
  return g;
}

async function planItem(projectId: string) {
  const res = await t.call('GET', `/api/v1/projects/${projectId}/reporting-plan`, t.applicant);
  return res.json<{ items: { status: string; paymentRequestId: string | null }[] }>().items[0]!;
}

async function submitted(g: GrantedProject, body: object = interim()): Promise<RequestView> {
  const d = await t.call('POST', `/api/v1/projects/${g.project.id}/payment-requests`, t.applicant, body);
  expect(d.statusCode, d.body).toBe(201);
  const res = await t.call('POST', `/api/v1/payment-requests/${d.json<RequestView>().id}/submit`, t.applicant, {
    version: d.json<RequestView>().version,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<RequestView>();
}

const get = async (id: string, as: Headers) => {
  const res = await t.call('GET', `/api/v1/payment-requests/${id}`, as);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<RequestView>();
};
const sendBack = (r: { id: string; version: number }, message: unknown = COMPLETE, as: Headers = t.officer) =>
  t.call('POST', `/api/v1/payment-requests/${r.id}/return`, as, { version: r.version, message });
const reject = (r: { id: string; version: number }, reason: unknown = REASON, as: Headers = t.officer) =>
  t.call('POST', `/api/v1/payment-requests/${r.id}/reject`, as, { version: r.version, reason });
const approve = (r: RequestView, as: Headers = t.officer) =>
  t.call('POST', `/api/v1/payment-requests/${r.id}/approve`, as, {
    version: r.version,
    costs: r.costs.map((c) => ({ category: c.category, approvedOre: c.claimedOre })),
  });

async function caseOf(caseId: string | null) {
  const [kase] = await db().select().from(s.cases).where(eq(s.cases.id, caseId!));
  return kase!;
}
const mailsAbout = (requestId: string) =>
  db()
    .select()
    .from(s.outboxEmails)
    .where(and(eq(s.outboxEmails.relatedEntityType, 'payment_request'), eq(s.outboxEmails.relatedEntityId, requestId)));
const auditOf = async (id: string) =>
  (await db().select().from(s.auditEvents).orderBy(s.auditEvents.id)).filter((e) => e.entityId === id);

describe('returning a payment request for completion', () => {
  it('gives the beneficiary a draft with the message, which it corrects and submits again in the same case', async () => {
    const g = await grantWithPlan();
    const r = await submitted(g);
    expect(await planItem(g.project.id)).toMatchObject({ status: 'submitted', paymentRequestId: r.id });

    const res = await sendBack(r, `  ${COMPLETE}  `);
    expect(res.statusCode, res.body).toBe(200);
    const back = res.json<Outcome>();
    expect(back.request).toMatchObject({
      status: 'draft',
      returnedForCompletion: true,
      decisionNote: COMPLETE,
      diaryNumber: r.diaryNumber,
      caseId: r.caseId,
      actions: NO_ACTIONS,
    });
    expect(back.emailId).not.toBeNull();
    expect((await caseOf(r.caseId)).status).toBe('draft');
    // The reporting date is open again until the completed request is in.
    expect(await planItem(g.project.id)).toMatchObject({ status: 'open', paymentRequestId: null });

    // The beneficiary sees what to complete and may edit; the officer still sees the case's request.
    const mine = await get(r.id, t.applicant);
    expect(mine).toMatchObject({ status: 'draft', returnedForCompletion: true, decisionNote: COMPLETE });
    expect(mine.actions).toEqual({ ...NO_ACTIONS, edit: true });
    expect((await get(r.id, t.officer)).actions).toEqual(NO_ACTIONS);
    const toCheck = await t.call('GET', '/api/v1/payment-requests?status=submitted&pageSize=100', t.officer);
    expect(toCheck.json<{ items: ListItem[] }>().items.map((i) => i.id)).not.toContain(r.id);
    const overview = await t.call('GET', `/api/v1/payment-requests?projectId=${g.project.id}`, t.applicant);
    expect(overview.json<{ items: ListItem[] }>().items).toEqual([
      expect.objectContaining({ id: r.id, status: 'draft', returnedForCompletion: true }),
    ]);

    const [mail] = await mailsAbout(r.id);
    expect(mail!.to).toEqual(['sokande@umu.example']);
    expect(mail!.subject).toBe(`Begäran om utbetalning behöver kompletteras: ${g.project.name}, dnr ${r.diaryNumber}`);
    expect(mail!.bodyText).toContain(`Detta behöver kompletteras:\n${COMPLETE}`);

    // Corrected and submitted again: the same case and diary number, the reporting date answered again.
    const saved = await t.call('PUT', `/api/v1/payment-requests/${r.id}`, t.applicant, {
      ...interim(250_000),
      version: mine.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const again = await t.call('POST', `/api/v1/payment-requests/${r.id}/submit`, t.applicant, {
      version: saved.json<RequestView>().version,
    });
    expect(again.statusCode, again.body).toBe(200);
    const resubmitted = again.json<RequestView>();
    expect(resubmitted).toMatchObject({
      status: 'submitted',
      returnedForCompletion: false,
      caseId: r.caseId,
      diaryNumber: r.diaryNumber,
      requestedOre: kr(175_000),
    });
    expect((await caseOf(r.caseId)).status).toBe('submitted');
    const requestCases = await db()
      .select()
      .from(s.cases)
      .where(and(eq(s.cases.projectId, g.project.id), eq(s.cases.kind, 'payment_request')));
    expect(requestCases).toHaveLength(1);
    expect(await planItem(g.project.id)).toMatchObject({ status: 'submitted', paymentRequestId: r.id });

    // … and checked as any submitted request.
    const officerView = await get(r.id, t.officer);
    expect(officerView.actions).toMatchObject({ approve: true, returnForCompletion: true, reject: true });
    const ok = await approve(officerView);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<{ request: RequestView }>().request).toMatchObject({ status: 'approved', payableOre: kr(175_000) });
    expect((await caseOf(r.caseId)).status).toBe('decided');

    expect((await auditOf(r.id)).map((e) => e.action)).toEqual([
      'payment_request.created',
      'payment_request.submitted',
      'payment_request.returned',
      'payment_request.updated',
      'payment_request.submitted',
      'payment_request.approved',
    ]);
    const caseEvents = (await auditOf(r.caseId!)).map((e) => [e.action, (e.after as { status?: string }).status]);
    expect(caseEvents).toEqual([
      ['case.created', 'submitted'],
      ['case.status_changed', 'draft'],
      ['case.status_changed', 'submitted'],
      ['case.status_changed', 'decided'],
    ]);
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it('needs a message of at most 2 000 characters', async () => {
    const g = await t.grant();
    const r = await submitted(g);
    for (const message of ['', '   ', 'x'.repeat(2001), null]) {
      expect((await sendBack(r, message)).statusCode, String(message?.length)).toBe(400);
    }
    const missing = await t.call('POST', `/api/v1/payment-requests/${r.id}/return`, t.officer, { version: r.version });
    expect(missing.statusCode).toBe(400);
    expect((await sendBack(r, 'x'.repeat(2000))).statusCode).toBe(200);
  });
});

describe('rejecting a payment request', () => {
  it('is final: the case is rejected, nothing is paid or counted, the beneficiary is told why', async () => {
    const g = await grantWithPlan();
    const r = await submitted(g);
    const before = (await t.call('GET', `/api/v1/projects/${g.project.id}/payments`, t.applicant)).json();

    const res = await reject(r);
    expect(res.statusCode, res.body).toBe(200);
    const { request, emailId } = res.json<Outcome>();
    expect(request).toMatchObject({
      status: 'rejected',
      decisionNote: REASON,
      approvedCostsOre: null,
      payableOre: null,
      returnedForCompletion: false,
      actions: NO_ACTIONS,
    });
    expect(request.decidedAt).not.toBeNull();
    expect(emailId).not.toBeNull();
    expect(await get(r.id, t.applicant)).toMatchObject({
      status: 'rejected',
      decisionNote: REASON,
      actions: NO_ACTIONS,
    });
    expect((await caseOf(r.caseId)).status).toBe('rejected');
    expect(await planItem(g.project.id)).toMatchObject({ status: 'open', paymentRequestId: null });

    // What remains of the grant is what it was: the rejected request counts nowhere.
    const after = (await t.call('GET', `/api/v1/projects/${g.project.id}/payments`, t.applicant)).json();
    expect(after).toMatchObject({ remainingGrantOre: kr(1_000_000), position: { committedOre: 0, paidOre: 0 } });
    expect({ ...after, requests: [] }).toEqual({ ...before, requests: [] });
    expect(await db().select().from(s.payments).where(eq(s.payments.projectId, g.project.id))).toEqual([]);

    const [mail] = await mailsAbout(r.id);
    expect(mail!.to).toEqual(['sokande@umu.example']);
    expect(mail!.subject).toBe(`Begäran om utbetalning avslagen: ${g.project.name}, dnr ${r.diaryNumber}`);
    expect(mail!.bodyText).toContain(`Skäl för avslaget:\n${REASON}`);

    // Nothing more happens to it.
    const current = await get(r.id, t.officer);
    const refusals = [
      await approve(current),
      await sendBack(current),
      await reject(current),
      await t.call('POST', `/api/v1/payment-requests/${r.id}/submit`, t.applicant, { version: current.version }),
      await t.call('PUT', `/api/v1/payment-requests/${r.id}`, t.applicant, { ...interim(), version: current.version }),
    ];
    for (const refused of refusals) {
      expect(refused.statusCode, refused.body).toBe(409);
      expect(refused.json<Problem>()).toMatchObject({ code: 'payment.wrong_status', details: { status: 'rejected' } });
      expect(refused.json<Problem>().detail).toContain('är avslagen och kan inte');
    }

    // The next request is measured as if the rejected one had never been: 50 % of 400 000 kr.
    const next = await submitted(g);
    expect(next.assessment).toMatchObject({ payableOre: kr(200_000) });
    // A new case of its own for the workflow, but the same matter: the project case's one diary number.
    expect(next.caseId).not.toBe(r.caseId);
    expect(next.diaryNumber).toBe(r.diaryNumber);
    expect(next.diaryNumber).toBe(g.kase.diaryNumber);
    expect(await planItem(g.project.id)).toMatchObject({ status: 'submitted', paymentRequestId: next.id });

    expect((await auditOf(r.id)).map((e) => e.action)).toEqual([
      'payment_request.created',
      'payment_request.submitted',
      'payment_request.rejected',
    ]);
    expect((await auditOf(r.caseId!)).at(-1)?.after).toEqual({ status: 'rejected', event: 'approve_rejection' });
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it('leaves what the paid requests count as it was', async () => {
    const g = await t.grant();
    const first = await submitted(g);
    const ok = await approve(first);
    expect(ok.statusCode, ok.body).toBe(200);
    const a = ok.json<{ request: RequestView }>().request;
    const paid = await t.call('POST', `/api/v1/payment-requests/${a.id}/payment`, t.finance, {
      version: a.version,
      paidOn: '2026-11-20',
      reference: 'VER-1',
    });
    expect(paid.statusCode, paid.body).toBe(200);
    const second = await submitted(g, interim(100_000));
    const before = (await t.call('GET', `/api/v1/projects/${g.project.id}/payments`, t.officer)).json<{
      remainingGrantOre: number;
    }>();
    expect(before.remainingGrantOre).toBe(kr(800_000));
    expect((await reject(second)).statusCode).toBe(200);
    const after = (await t.call('GET', `/api/v1/projects/${g.project.id}/payments`, t.officer)).json();
    expect(after).toMatchObject({
      remainingGrantOre: kr(800_000),
      position: { committedOre: kr(200_000), paidOre: kr(200_000), priorApprovedCostsOre: kr(400_000) },
    });
  });

  it('needs a reason', async () => {
    const g = await t.grant();
    const r = await submitted(g);
    for (const reason of ['', '  ', null]) expect((await reject(r, reason)).statusCode).toBe(400);
    const missing = await t.call('POST', `/api/v1/payment-requests/${r.id}/reject`, t.officer, { version: r.version });
    expect(missing.statusCode).toBe(400);
    expect((await get(r.id, t.officer)).status).toBe('submitted');
  });
});

describe('who may return or reject, and when', () => {
  it('refuses the beneficiary and finance with 403, and the request stays submitted', async () => {
    const g = await t.grant();
    const r = await submitted(g);
    for (const as of [t.applicant, t.finance]) {
      expect((await sendBack(r, COMPLETE, as)).statusCode).toBe(403);
      expect((await reject(r, REASON, as)).statusCode).toBe(403);
    }
    expect((await get(r.id, t.officer)).status).toBe('submitted');
  });

  it("answers another organisation's applicant and another funder's officer 404, as for an unknown id", async () => {
    const g = await t.grant();
    const r = await submitted(g);
    for (const as of [t.otherApplicant, otherFunderOfficer]) {
      expect((await sendBack(r, COMPLETE, as)).statusCode).toBe(404);
      expect((await reject(r, REASON, as)).statusCode).toBe(404);
    }
    const unknown = { id: randomUUID(), version: 1 };
    expect((await sendBack(unknown)).json<Problem>()).toMatchObject({ code: 'not_found' });
    expect((await reject(unknown)).statusCode).toBe(404);
    expect((await get(r.id, t.officer)).status).toBe('submitted');
    expect(await mailsAbout(r.id)).toEqual([]);
  });

  it("keeps a draft never submitted from the officer (404), and a returned one can't be returned again (409)", async () => {
    const g = await t.grant();
    const d = await t.call('POST', `/api/v1/projects/${g.project.id}/payment-requests`, t.applicant, interim());
    expect((await sendBack(d.json<RequestView>())).statusCode).toBe(404);
    const r = await submitted(g);
    const back = (await sendBack(r)).json<Outcome>().request;
    for (const res of [await sendBack(back), await reject(back)]) {
      expect(res.statusCode).toBe(409);
      expect(res.json<Problem>().detail).toMatch(
        /^Begäran om utbetalning är ett utkast och kan inte (återsändas|avslås)/,
      );
    }
  });

  it('refuses a stale version with 409 naming the current one', async () => {
    const g = await t.grant();
    const r = await submitted(g);
    for (const res of [
      await sendBack({ ...r, version: r.version - 1 }),
      await reject({ ...r, version: r.version + 1 }),
    ]) {
      expect(res.statusCode).toBe(409);
      expect(res.json<Problem>().details.currentVersion).toBe(r.version);
    }
    expect((await get(r.id, t.officer)).status).toBe('submitted');
  });

  it('refuses to return or reject an approved request, naming its status in Swedish and English', async () => {
    const g = await t.grant();
    const r = await submitted(g);
    const a = (await approve(r)).json<{ request: RequestView }>().request;
    const sv = await sendBack(a);
    expect(sv.statusCode).toBe(409);
    expect(plain(sv.json<Problem>().detail)).toBe(
      'Begäran om utbetalning är granskad och godkänd och kan inte återsändas för komplettering.',
    );
    const en = await t.app.inject({
      method: 'POST',
      url: `/api/v1/payment-requests/${a.id}/reject`,
      headers: { ...t.officer, 'accept-language': 'en' },
      payload: { version: a.version, reason: REASON },
    });
    expect(en.statusCode).toBe(409);
    expect(en.json<Problem>().detail).toBe('The payment request is checked and approved and cannot be rejected.');
  });
});
