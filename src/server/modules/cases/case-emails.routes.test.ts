import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, TEST_PASSWORD, testClock } from '../../../../tests/support/app.js';
import { systemActor, verifyAuditChain } from '../../audit/audit.js';
import { fixedClock } from '../../clock.js';
import * as s from '../../db/schema/index.js';
import { enqueueEmail } from '../../mail/outbox.js';
import { processOutboxOnce, type AttachmentLoader, type MailTransport } from '../../mail/sender.js';
import { hashPassword } from '../auth/passwords.js';
import { makeAppropriation, makeSubmittedCase } from '../decisions/testing/case-builder.js';
import { createDecisionTestApp, kr, type DecisionTestApp, type Headers } from '../decisions/testing/decision-app.js';
import { shortError } from './case-emails.routes.js';

let t: DecisionTestApp;
let otherFunderOfficer: Headers;
let finance: Headers;

beforeAll(async () => {
  t = await createDecisionTestApp();
  otherFunderOfficer = await officerOfAnotherFunder();
  finance = (await loginAs(t.app, 'ekonomi@regionvasterbotten.example')).headers;
});
afterAll(async () => {
  await t.close();
});

const db = () => t.database.db;
const inject = (method: 'GET' | 'POST', url: string, headers: Headers, payload?: unknown) =>
  t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

/** A case officer of a second funder (the demo has one funder): staff, but not of this case's funder. */
async function officerOfAnotherFunder(): Promise<Headers> {
  const [org] = await db().insert(s.organizations).values({ name: 'Region Testbotten', type: 'region' }).returning();
  await db()
    .insert(s.funders)
    .values({ organizationId: org!.id, committeeName: 'Testnämnden', diaryNumberFormat: 'TEST {year}/{seq}' });
  const email = 'handlaggare@testbotten.example';
  const [user] = await db()
    .insert(s.users)
    .values({
      email,
      displayName: 'Annan Handläggare',
      passwordHash: await hashPassword(TEST_PASSWORD),
      organizationId: org!.id,
    })
    .returning();
  await db().insert(s.roleGrants).values({ userId: user!.id, role: 'case_officer', organizationId: org!.id });
  return (await loginAs(t.app, email)).headers;
}

/** A grant approved through the API on a fresh case, with its letter queued to one recipient. */
async function approvedGrant() {
  const kase = await makeSubmittedCase(db(), { funderId: t.fixtures.funder.id, organizationId: t.fixtures.umu.id });
  await db().update(s.cases).set({ status: 'in_assessment' }).where(eq(s.cases.id, kase.id));
  const a = await makeAppropriation(db(), { funderId: t.fixtures.funder.id, year: 2026, budgetOre: kr(10_000_000) });
  const created = await inject('POST', `/api/v1/cases/${kase.id}/decisions`, t.officer, {
    kind: 'grant',
    amountOre: kr(400_000),
    maxShareBp: 5000,
    approvedCostsOre: kr(800_000),
    period: { start: '2027-01-01', end: '2027-12-31' },
    legalBasis: ['2003:596'],
    appropriationId: a.id,
    reasons: 'Projektet bidrar till RUS delprioritering 3.1.',
    recipients: ['projektledare@umu.example'],
    decidedBy: t.fixtures.head.id,
    delegationPoint: '1.1',
  });
  expect(created.statusCode, created.body).toBe(201);
  const decisionId = created.json<{ id: string }>().id;
  expect((await inject('POST', `/api/v1/decisions/${decisionId}/propose`, t.officer)).statusCode).toBe(200);
  const approved = await inject('POST', `/api/v1/decisions/${decisionId}/approve`, t.head, {});
  expect(approved.statusCode, approved.body).toBe(200);
  const { emailId, decision } = approved.json<{ emailId: string; decision: { documentId: string } }>();
  return { caseId: kase.id, title: kase.title, decisionId, emailId, documentId: decision.documentId };
}

interface EmailView {
  id: string;
  to: string[];
  subject: string;
  status: string;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  sentAt: string | null;
  createdAt: string;
  attachments: { documentId: string; filename: string | null }[];
}

const emailsOf = async (caseId: string, headers: Headers = t.officer) => {
  const res = await inject('GET', `/api/v1/cases/${caseId}/emails`, headers);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: EmailView[]; total: number }>();
};

/** Loads no real bytes: the fake transports below never look at them. */
const noBytes: AttachmentLoader = (documentId) =>
  Promise.resolve({ filename: `${documentId}.pdf`, contentType: 'application/pdf', content: Buffer.alloc(0) });

/** An SMTP server that refuses every message, its error carrying a URL with credentials. */
const refusingSmtp: MailTransport = {
  send: () =>
    Promise.reject(new Error('550 5.7.1 Relaying denied via smtp://bidra:hemligt-losen@smtp.example\nmore detail')),
  close: () => undefined,
};
const acceptingSmtp: MailTransport = { send: () => Promise.resolve(), close: () => undefined };

describe("the case's outbox", () => {
  it('shows the officer the queued decision letter with its PDF, and mail about the case, newest first', async () => {
    const g = await approvedGrant();
    const other = await approvedGrant();
    // A message about the case itself, queued a day later, and none of another case's.
    await enqueueEmail(db(), fixedClock('2026-11-25T10:00:00Z'), systemActor('test'), {
      to: ['projektledare@umu.example'],
      subject: 'Påminnelse: lägesrapport',
      bodyText: 'Hej!',
      related: { entityType: 'case', entityId: g.caseId },
    });

    const { items, total } = await emailsOf(g.caseId);
    expect(total).toBe(2);
    expect(items.map((e) => e.subject)).toEqual(['Påminnelse: lägesrapport', expect.stringContaining(g.title)]);
    const [document] = await db().select().from(s.documents).where(eq(s.documents.id, g.documentId));
    expect(items[1]!.subject).toMatch(/^Beslut om stöd: /);
    expect(items[1]).toEqual({
      id: g.emailId,
      to: ['projektledare@umu.example'],
      cc: [],
      subject: items[1]!.subject,
      status: 'queued',
      attempts: 0,
      lastError: null,
      nextAttemptAt: testClock.now().toISOString(),
      sentAt: null,
      createdAt: testClock.now().toISOString(),
      attachments: [{ documentId: g.documentId, filename: document!.filename }],
    });
    expect(document!.filename).toMatch(/^Beslut om stöd .*\.pdf$/);
    expect(items.map((e) => e.id)).not.toContain(other.emailId);

    const paged = (await inject('GET', `/api/v1/cases/${g.caseId}/emails?page=2&pageSize=1`, t.officer)).json<{
      items: EmailView[];
      total: number;
    }>();
    expect([paged.total, paged.items.map((e) => e.id)]).toEqual([2, [g.emailId]]);
    // Every member of the funder's staff may read it, a finance officer too.
    expect((await emailsOf(g.caseId, finance)).total).toBe(2);
  });

  it('is hidden (404) from the applicant of the case, another organisation and another funder', async () => {
    const g = await approvedGrant();
    for (const headers of [t.applicant, t.otherApplicant, otherFunderOfficer]) {
      expect((await inject('GET', `/api/v1/cases/${g.caseId}/emails`, headers)).statusCode).toBe(404);
      expect((await inject('POST', `/api/v1/cases/${g.caseId}/emails/${g.emailId}/retry`, headers)).statusCode).toBe(
        404,
      );
    }
    expect((await inject('GET', `/api/v1/cases/${randomUUID()}/emails`, t.officer)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/cases/${g.caseId}/emails` })).statusCode).toBe(401);
  });

  it('sends a failed message again on request, and refuses to for a queued or sent one (409)', async () => {
    const g = await approvedGrant();
    const elsewhere = await approvedGrant();
    // The worker gives up at once (one attempt allowed) on an SMTP server that refuses.
    await processOutboxOnce(db(), testClock, refusingSmtp, noBytes, { maxAttempts: 1 });
    const failed = (await emailsOf(g.caseId)).items.find((e) => e.id === g.emailId)!;
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, nextAttemptAt: null });
    expect(failed.lastError).toBe('550 5.7.1 Relaying denied via smtp://[hidden]@smtp.example');

    // A finance officer sees the outbox but does not handle it; a message of another case is unknown here.
    expect((await inject('POST', `/api/v1/cases/${g.caseId}/emails/${g.emailId}/retry`, finance)).statusCode).toBe(403);
    const foreign = await inject('POST', `/api/v1/cases/${g.caseId}/emails/${elsewhere.emailId}/retry`, t.officer);
    expect(foreign.statusCode).toBe(404);

    const retried = await inject('POST', `/api/v1/cases/${g.caseId}/emails/${g.emailId}/retry`, t.officer);
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json<EmailView>()).toMatchObject({
      status: 'queued',
      attempts: 1,
      nextAttemptAt: testClock.now().toISOString(),
    });
    const [event] = await db()
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.entityId, g.emailId), eq(s.auditEvents.action, 'email.retry_requested')));
    expect(event).toMatchObject({ entityType: 'outbox_email', actorUserId: t.fixtures.officer.id });

    const again = await inject('POST', `/api/v1/cases/${g.caseId}/emails/${g.emailId}/retry`, t.chair);
    expect(again.statusCode).toBe(409);
    expect(again.json<{ code: string; detail: string }>()).toMatchObject({
      code: 'email.not_failed',
      detail: 'Bara ett misslyckat e-postmeddelande kan skickas igen; det här är köat för sändning.',
    });

    await processOutboxOnce(db(), testClock, acceptingSmtp, noBytes, { maxAttempts: 1 });
    const sent = (await emailsOf(g.caseId)).items.find((e) => e.id === g.emailId)!;
    expect(sent).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    const english = await inject('POST', `/api/v1/cases/${g.caseId}/emails/${g.emailId}/retry`, {
      ...t.officer,
      'accept-language': 'en',
    });
    expect(english.statusCode).toBe(409);
    expect(english.json<{ detail: string }>().detail).toBe('Only a failed e-mail can be sent again; this one is sent.');
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it('lists the routes in the API document', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const paths = Object.keys(res.json<{ paths: Record<string, unknown> }>().paths);
    expect(paths).toEqual(
      expect.arrayContaining(['/api/v1/cases/{caseId}/emails', '/api/v1/cases/{caseId}/emails/{emailId}/retry']),
    );
  });
});

describe('the error shown to the officer', () => {
  it('is the first line, without URL credentials, at most 300 characters', () => {
    expect(shortError(null)).toBeNull();
    expect(shortError('\n421 Service not available\nsecond line')).toBe('421 Service not available');
    expect(shortError('connect to smtp://user:pw@host:587 failed')).toBe('connect to smtp://[hidden]@host:587 failed');
    const long = shortError('x'.repeat(1000))!;
    expect([long.length, long.endsWith('…')]).toEqual([300, true]);
  });
});
