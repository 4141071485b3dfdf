import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../../../../tests/support/app.js';
import { verifyAuditChain } from '../../audit/audit.js';
import * as s from '../../db/schema/index.js';
import {
  demoFunderIds,
  makeCall,
  openCallBody,
  otherFunderAdmin,
  type CallBody,
  type Headers,
} from './testing/calls-fixture.js';

let t: TestApp;
let admin: Headers;
let officer: Headers;
let applicant: Headers;
let otherAdmin: Headers;
let funderId: string;
let otherFunderId: string;
let priorityId: string;
let appropriationId: string;

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  const db = t.database.db;
  const ids = await demoFunderIds(db);
  funderId = ids.funderId;
  otherFunderId = ids.otherFunderId;
  admin = (await loginAs(t.app, 'admin@regionvasterbotten.example')).headers;
  officer = (await loginAs(t.app, 'handlaggare@regionvasterbotten.example')).headers;
  applicant = (await loginAs(t.app, 'sokande@umu.example')).headers;
  otherAdmin = await otherFunderAdmin(t.app, db, ids.otherFunderOrganizationId);
  const options = await t.app.inject({
    method: 'GET',
    url: `/api/v1/funders/${funderId}/call-options`,
    headers: admin,
  });
  expect(options.statusCode, options.body).toBe(200);
  const body = options.json<{ priorities: { id: string; code: string }[]; appropriations: { id: string }[] }>();
  priorityId = body.priorities.find((p) => p.code === '3.1')!.id;
  appropriationId = body.appropriations[0]!.id;
});
afterAll(() => t.close());

const inject = (method: 'GET' | 'POST' | 'PUT', url: string, headers: Headers, payload?: object) =>
  t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

describe('an administrator keeping calls for proposals', () => {
  it('creates a draft with priorities, appropriation and required attachments, then publishes it', async () => {
    const created = await inject(
      'POST',
      `/api/v1/funders/${funderId}/calls`,
      admin,
      openCallBody({
        eligibleOrganizationTypes: ['municipality', 'university'],
        appropriationId,
        priorityIds: [priorityId],
        requiredAttachments: [
          { title: 'Budgetunderlag' },
          { title: 'Intyg om medfinansiering', description: 'Underskrivet av firmatecknare.' },
        ],
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const call = created.json<CallBody & Record<string, unknown>>();
    expect(call).toMatchObject({
      status: 'draft',
      phase: 'draft',
      version: 1,
      opensAt: '2026-11-01T07:00:00.000Z',
      closesAt: '2027-03-31T21:59:00.000Z',
      budgetOre: 10_000_000_00,
      appropriationId,
      priorities: [{ id: priorityId, code: '3.1' }],
      eligibleOrganizationTypes: ['municipality', 'university'],
      applicationCount: 0,
      canEdit: true,
    });
    expect(call.requiredAttachments).toEqual([
      { key: 'budgetunderlag', title: 'Budgetunderlag', description: null },
      {
        key: 'intyg-om-medfinansiering',
        title: 'Intyg om medfinansiering',
        description: 'Underskrivet av firmatecknare.',
      },
    ]);

    const published = await inject('POST', `/api/v1/calls/${call.id}/publish`, admin, { version: 1 });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', phase: 'open', version: 2 });
    const list = await inject('GET', `/api/v1/funders/${funderId}/calls`, admin);
    expect(list.json<{ items: { id: string }[] }>().items.map((c) => c.id)).toContain(call.id);

    const events = await t.database.db
      .select({ action: s.auditEvents.action })
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.entityType, 'call'), eq(s.auditEvents.entityId, call.id)));
    expect(events.map((e) => e.action)).toEqual(['call.created', 'call.published']);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it('extends a published call, keeping the keys of its attachments; it never goes back to draft', async () => {
    const call = await makeCall(t.app, admin, funderId, { requiredAttachments: [{ title: 'Budgetunderlag' }] });
    const res = await inject(
      'PUT',
      `/api/v1/calls/${call.id}`,
      admin,
      openCallBody({
        version: call.version,
        closesAt: '2027-04-30T23:59:00+02:00',
        requiredAttachments: [...call.requiredAttachments, { title: 'Projektplan' }],
      }),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'published',
      closesAt: '2027-04-30T21:59:00.000Z',
      version: call.version + 1,
      requiredAttachments: [
        { key: 'budgetunderlag', title: 'Budgetunderlag' },
        { key: 'projektplan', title: 'Projektplan' },
      ],
    });
    const again = await inject('POST', `/api/v1/calls/${call.id}/publish`, admin, { version: call.version + 1 });
    expect(again.statusCode).toBe(409);
    const [event] = await t.database.db
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.entityId, call.id), eq(s.auditEvents.action, 'call.updated')));
    expect(event?.before).toMatchObject({ closesAt: '2027-03-31T21:59:00.000Z' });
    expect(event?.after).toMatchObject({ closesAt: '2027-04-30T21:59:00.000Z' });
  });

  it('refuses a stale save with 409 and changes nothing', async () => {
    const call = await makeCall(t.app, admin, funderId, {}, false);
    const first = await inject(
      'PUT',
      `/api/v1/calls/${call.id}`,
      admin,
      openCallBody({ version: 1, title: 'Ny titel' }),
    );
    expect(first.statusCode).toBe(200);
    const stale = await inject('PUT', `/api/v1/calls/${call.id}`, admin, openCallBody({ version: 1, title: 'Gammal' }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ details: { currentVersion: number } }>().details.currentVersion).toBe(2);
    const now = await inject('GET', `/api/v1/calls/${call.id}`, admin);
    expect(now.json()).toMatchObject({ title: 'Ny titel', version: 2 });
  });

  it('lets a case officer read the calls but not change them', async () => {
    const call = await makeCall(t.app, admin, funderId, {}, false);
    const read = await inject('GET', `/api/v1/calls/${call.id}`, officer);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ canEdit: false });
    expect((await inject('GET', `/api/v1/funders/${funderId}/calls`, officer)).statusCode).toBe(200);
    const put = await inject('PUT', `/api/v1/calls/${call.id}`, officer, openCallBody({ version: 1 }));
    expect(put.statusCode).toBe(403);
    expect((await inject('POST', `/api/v1/funders/${funderId}/calls`, officer, openCallBody())).statusCode).toBe(403);
    expect((await inject('POST', `/api/v1/calls/${call.id}/publish`, officer, { version: 1 })).statusCode).toBe(403);
  });
});

describe('validation, linked to the fields', () => {
  const issuesOf = (res: { json: () => unknown }) =>
    (res.json() as { details: { issues: { path: string; code: string }[] } }).details.issues.map((i) => [
      i.path,
      i.code,
    ]);

  it('refuses a close time before the open time, a negative budget and ids that are not the funder’s', async () => {
    const [otherAppropriation] = await t.database.db
      .insert(s.appropriations)
      .values({ funderId: otherFunderId, code: '9:9', name: 'Annans anslag' })
      .returning();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/funders/${funderId}/calls`,
      headers: { ...admin, 'accept-language': 'en' },
      payload: openCallBody({
        opensAt: '2027-04-01T08:00:00+02:00',
        closesAt: '2027-03-31T23:59:00+02:00',
        budgetOre: -1,
        appropriationId: otherAppropriation!.id,
        priorityIds: [randomUUID()],
      }),
    });
    expect(res.statusCode).toBe(422);
    expect(issuesOf(res)).toEqual([
      ['closesAt', 'call.closes_before_opening'],
      ['budgetOre', 'call.budget_negative'],
      ['appropriationId', 'call.appropriation_unknown'],
      ['priorityIds', 'call.priority_unknown'],
    ]);
    expect(res.json<{ detail: string }>().detail).toBe('The call cannot be saved: 4 items need fixing.');
  });

  it('refuses bad input with 400, never 500: NUL characters, times without a zone, unknown fields', async () => {
    for (const body of [
      openCallBody({ title: 'Nul\u0000titel' }),
      openCallBody({ description: 'a\u0000' }),
      openCallBody({ opensAt: '2027-01-01T08:00:00' }),
      openCallBody({ closesAt: 'i morgon' }),
      openCallBody({ eligibleOrganizationTypes: ['pirates'] }),
      openCallBody({ requiredAttachments: [{ title: 'x', key: 'Stora Bokstäver' }] }),
      openCallBody({ title: '   ' }),
      openCallBody({ budgetOre: 1.5 }),
      { ...openCallBody(), status: 'published' },
    ]) {
      const res = await inject('POST', `/api/v1/funders/${funderId}/calls`, admin, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
  });

  it('does not publish a call that would already be closed', async () => {
    const call = await makeCall(
      t.app,
      admin,
      funderId,
      { opensAt: '2026-01-01T08:00:00+01:00', closesAt: '2026-02-01T08:00:00+01:00' },
      false,
    );
    const res = await inject('POST', `/api/v1/calls/${call.id}/publish`, admin, { version: 1 });
    expect(res.statusCode).toBe(422);
    expect(issuesOf(res)).toEqual([['closesAt', 'call.closes_in_past']]);
  });

  it('keeps the open time of a call that has opened and refuses a close time in the past', async () => {
    const call = await makeCall(t.app, admin, funderId);
    const res = await inject(
      'PUT',
      `/api/v1/calls/${call.id}`,
      admin,
      openCallBody({
        version: call.version,
        opensAt: '2026-11-20T08:00:00+01:00',
        closesAt: '2026-11-23T08:00:00+01:00',
      }),
    );
    expect(res.statusCode).toBe(422);
    expect(issuesOf(res)).toEqual([
      ['opensAt', 'call.open_time_fixed'],
      ['closesAt', 'call.closes_in_past'],
    ]);
  });
});

describe("another funder's administrator", () => {
  it('gets 404 on every route of our funder and of our calls, as for ids that do not exist', async () => {
    const call = await makeCall(t.app, admin, funderId, {}, false);
    const routes: ['GET' | 'POST' | 'PUT', string, object?][] = [
      ['GET', `/api/v1/funders/${funderId}/calls`],
      ['POST', `/api/v1/funders/${funderId}/calls`, openCallBody()],
      ['GET', `/api/v1/funders/${funderId}/call-options`],
      ['GET', `/api/v1/calls/${call.id}`],
      ['PUT', `/api/v1/calls/${call.id}`, openCallBody({ version: 1 })],
      ['POST', `/api/v1/calls/${call.id}/publish`, { version: 1 }],
      ['GET', `/api/v1/calls/${call.id}/application-check`],
    ];
    for (const [method, url, body] of routes) {
      const res = await inject(method, url, otherAdmin, body);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      const guessed = url.replace(funderId, randomUUID()).replace(call.id, randomUUID());
      const random = await inject(method, guessed, otherAdmin, body);
      expect(random.statusCode, `${method} ${guessed}`).toBe(404);
      expect(res.json<{ code: string }>().code).toBe(random.json<{ code: string }>().code);
    }
    const after = await inject('GET', `/api/v1/calls/${call.id}`, admin);
    expect(after.json()).toMatchObject({ status: 'draft', version: 1 });
  });

  it('and an applicant, get 404 too; the signed-out get 401', async () => {
    const call = await makeCall(t.app, admin, funderId, {}, false);
    expect((await inject('GET', `/api/v1/calls/${call.id}`, applicant)).statusCode).toBe(404);
    expect((await inject('GET', `/api/v1/funders/${funderId}/calls`, applicant)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/calls/${call.id}` })).statusCode).toBe(401);
  });

  it('sees its own calls only in the filter list of staff calls', async () => {
    const mine = await inject('GET', '/api/v1/my/calls', otherAdmin);
    expect(mine.json<{ items: unknown[] }>().items).toEqual([]);
    const ours = await inject('GET', '/api/v1/my/calls', officer);
    expect(ours.json<{ items: { funderId: string }[] }>().items.every((c) => c.funderId === funderId)).toBe(true);
    expect(ours.json<{ items: unknown[] }>().items.length).toBeGreaterThan(0);
  });
});
