import { randomUUID } from 'node:crypto';
import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adjustableClock, createTestApp, loginAs, type TestApp } from '../../../../tests/support/app.js';
import { completeApplication, submitNewApplication } from '../../../../tests/support/applications.js';
import * as s from '../../db/schema/index.js';
import { assertCallOpenForSubmit } from './call-rules.js';
import { demoFunderIds, makeCall, type CallBody, type Headers } from './testing/calls-fixture.js';

// 2026-11-24 10:00 Swedish time; the last call below closes at 23:59 that evening.
const clock = adjustableClock('2026-11-24T09:00:00Z');
let t: TestApp;
let admin: Headers;
let applicant: Headers;
let funderId: string;
let otherFunderId: string;
let open: CallBody;
let closesTonight: CallBody;

beforeAll(async () => {
  t = await createTestApp({ seed: true, clock });
  admin = (await loginAs(t.app, 'admin@regionvasterbotten.example')).headers;
  applicant = (await loginAs(t.app, 'sokande@umu.example')).headers;
  ({ funderId, otherFunderId } = await demoFunderIds(t.database.db));
  open = await makeCall(t.app, admin, funderId, { title: 'Öppen för alla' });
  closesTonight = await makeCall(t.app, admin, funderId, {
    title: 'Stänger i kväll',
    closesAt: '2026-11-24T23:59:00+01:00',
  });
});
afterAll(() => t.close());

const apply = (callId: string, over: { funderId?: string; headers?: Headers; content?: object } = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/applications',
    headers: over.headers ?? applicant,
    payload: { funderId: over.funderId ?? funderId, callId, content: over.content ?? {} },
  });

interface Problem {
  detail: string;
  details: { issues: { path: string; code: string; message: { sv: string; en: string } }[] };
}
const codeOf = (res: { json: <T>() => T }) => res.json<Problem>().details.issues.map((i) => [i.path, i.code]);

describe('an applicant applying to a call', () => {
  it('starts a draft that says which call it is made to', async () => {
    const res = await apply(open.id);
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json<{ caseId: string; call: { id: string; title: string; closesAt: string } }>();
    expect(view.call).toMatchObject({ id: open.id, title: 'Öppen för alla', closesAt: '2027-03-31T21:59:00.000Z' });
    const [row] = await t.database.db.select().from(s.cases).where(eq(s.cases.id, view.caseId));
    expect(row?.callId).toBe(open.id);
    const check = await t.app.inject({
      method: 'GET',
      url: `/api/v1/calls/${open.id}/application-check`,
      headers: applicant,
    });
    expect(check.json()).toEqual({ canApply: true, issue: null });
  });

  it('is told when the organisation’s type may not apply, in Swedish and English', async () => {
    const forMunicipalities = await makeCall(t.app, admin, funderId, { eligibleOrganizationTypes: ['municipality'] });
    const res = await apply(forMunicipalities.id);
    expect(res.statusCode).toBe(422);
    expect(codeOf(res)).toEqual([['callId', 'call.not_eligible']]);
    expect(res.json<Problem>().detail).toContain('registrerad som universitet eller högskola');
    const en = await apply(forMunicipalities.id, { headers: { ...applicant, 'accept-language': 'en' } });
    expect(en.json<Problem>().detail).toContain('It is open to municipality');
    const check = await t.app.inject({
      method: 'GET',
      url: `/api/v1/calls/${forMunicipalities.id}/application-check`,
      headers: applicant,
    });
    expect(check.json()).toMatchObject({ canApply: false, issue: { code: 'call.not_eligible' } });
  });

  it('is refused for a call not open yet, a draft, an unknown id and a call of another funder', async () => {
    const later = await makeCall(t.app, admin, funderId, { opensAt: '2027-01-15T08:00:00+01:00' });
    const draft = await makeCall(t.app, admin, funderId, {}, false);
    expect(codeOf(await apply(later.id))).toEqual([['callId', 'call.not_open_yet']]);
    const fromDraft = await apply(draft.id);
    const fromNothing = await apply(randomUUID());
    expect(codeOf(fromDraft)).toEqual([['callId', 'call.not_published']]);
    expect(fromDraft.body).toBe(fromNothing.body.replace(/"instance":"[^"]*"/, `"instance":"/api/v1/applications"`));
    expect(codeOf(await apply(open.id, { funderId: otherFunderId }))).toEqual([['callId', 'call.other_funder']]);
  });

  it('can still apply outside any call', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: applicant,
      payload: { funderId, content: {} },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json<{ call: unknown }>().call).toBeNull();
  });
});

describe('the close time', () => {
  let caseId: string;
  let version: number;

  it('lets an application be submitted before it', async () => {
    const draft = await apply(open.id, { content: completeApplication({ projectName: 'Inskickad i tid' }) });
    const body = draft.json<{ caseId: string; version: number }>();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${body.caseId}/submit`,
      headers: applicant,
      payload: { version: body.version },
    });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('refuses submit after it, naming the close time in Swedish time, while the draft can still be saved', async () => {
    const draft = await apply(closesTonight.id, { content: completeApplication({ projectName: 'För sent' }) });
    ({ caseId, version } = draft.json<{ caseId: string; version: number }>());
    clock.advance(14 * 3_600_000); // 2026-11-25 00:00 Swedish time: a minute after the close
    const me = (await loginAs(t.app, 'sokande@umu.example')).headers;
    const submit = (lang: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/applications/${caseId}/submit`,
        headers: { ...me, 'accept-language': lang },
        payload: { version },
      });
    const sv = await submit('sv');
    expect(sv.statusCode).toBe(422);
    expect(sv.json<Problem>().detail).toBe(
      'Ansökan kan inte skickas in. Utlysningen stängde 2026-11-24 kl. 23.59 svensk tid. Ansökningar till den kan inte längre skickas in; ditt utkast finns kvar.',
    );
    expect(codeOf(sv)).toEqual([['call', 'call.closed']]);
    const en = await submit('en');
    expect(en.json<Problem>().detail).toBe(
      'The application cannot be submitted. The call closed on 2026-11-24 at 23:59 Swedish time. Applications to it can no longer be submitted; your draft is kept.',
    );
    const saved = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/applications/${caseId}`,
      headers: me,
      payload: { version, content: completeApplication({ projectName: 'För sent men sparat' }) },
    });
    expect(saved.statusCode).toBe(200);
    const [row] = await t.database.db.select().from(s.cases).where(eq(s.cases.id, caseId));
    expect(row).toMatchObject({ status: 'draft', diaryNumber: null, title: 'För sent men sparat' });
  });

  it('does not stop an application the officer returned for completion: it was received in time', async () => {
    const [row] = await t.database.db.select().from(s.cases).where(eq(s.cases.id, caseId));
    await expect(assertCallOpenForSubmit(t.database.db, row!, clock)).rejects.toMatchObject({ code: 'call.closed' });
    const returned = { ...row!, registeredAt: new Date('2026-11-24T12:00:00Z'), diaryNumber: 'REGAC - 1 - 2026' };
    await expect(assertCallOpenForSubmit(t.database.db, returned, clock)).resolves.toBeUndefined();
  });
});

describe('filters by call', () => {
  it('the inbox shows only the applications made to the chosen call', async () => {
    const sara = (await loginAs(t.app, 'sokande@umu.example')).headers;
    await submitNewApplication(t.app, sara, completeApplication({ projectName: 'Utanför utlysningar' }));
    const me = (await loginAs(t.app, 'handlaggare@regionvasterbotten.example')).headers;
    const all = await t.app.inject({ method: 'GET', url: '/api/v1/inbox?pageSize=100', headers: me });
    expect(all.json<{ items: { title: string }[] }>().items.map((i) => i.title)).toContain('Utanför utlysningar');
    const byCall = await t.app.inject({ method: 'GET', url: `/api/v1/inbox?callId=${open.id}`, headers: me });
    expect(byCall.statusCode).toBe(200);
    const items = byCall.json<{ items: { title: string }[]; total: number }>();
    expect(items.items.map((i) => i.title)).toEqual(['Inskickad i tid']);
    expect(all.json<{ total: number }>().total).toBeGreaterThan(items.total);
    const none = await t.app.inject({ method: 'GET', url: `/api/v1/inbox?callId=${closesTonight.id}`, headers: me });
    expect(none.json<{ total: number }>().total).toBe(0);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/inbox?callId=x', headers: me })).statusCode).toBe(400);
  });

  it('the portfolio counts only projects applied for in the chosen call', async () => {
    // A granted demo project, as if its application had been made to the open call.
    const [granted] = await t.database.db
      .select({ id: s.cases.id })
      .from(s.cases)
      .innerJoin(s.projects, eq(s.projects.id, s.cases.projectId))
      .where(and(eq(s.cases.kind, 'application'), isNotNull(s.projects.grantedOre)))
      .limit(1);
    await t.database.db.update(s.cases).set({ callId: open.id }).where(eq(s.cases.id, granted!.id));
    const me = (await loginAs(t.app, 'handlaggare@regionvasterbotten.example')).headers;
    const all = await t.app.inject({ method: 'GET', url: '/api/v1/portfolio', headers: me });
    const byCall = await t.app.inject({ method: 'GET', url: `/api/v1/portfolio?callId=${open.id}`, headers: me });
    expect(byCall.statusCode, byCall.body).toBe(200);
    const body = byCall.json<{
      filters: { callId: string };
      total: { projectCount: number };
      options: { calls: { id: string }[] };
    }>();
    expect(body.filters.callId).toBe(open.id);
    expect(body.total.projectCount).toBe(1);
    expect(all.json<{ total: { projectCount: number } }>().total.projectCount).toBeGreaterThan(1);
    expect(body.options.calls.map((c) => c.id)).toContain(open.id);
    const empty = await t.app.inject({
      method: 'GET',
      url: `/api/v1/portfolio?callId=${closesTonight.id}`,
      headers: me,
    });
    expect(empty.json<{ total: { projectCount: number } }>().total.projectCount).toBe(0);
    const csv = await t.app.inject({
      method: 'GET',
      url: `/api/v1/portfolio/years.csv?callId=${open.id}`,
      headers: me,
    });
    expect(csv.statusCode).toBe(200);
  });
});
