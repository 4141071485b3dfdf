import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit/audit.js';
import * as s from '../../db/schema/index.js';
import {
  approveDelegatedGrant,
  createMeetingTestApp,
  roomyAppropriation,
  type Headers,
  type MeetingTestApp,
} from './testing/meeting-app.js';

let t: MeetingTestApp;
let grantMeetingId: string;
let reportMeetingId: string;
beforeAll(async () => {
  t = await createMeetingTestApp();
  const meetingOn = async (day: string) => {
    const [m] = await t.database.db
      .select()
      .from(s.meetings)
      .where(and(eq(s.meetings.heldOn, day), eq(s.meetings.funderId, t.fixtures.funder.id)));
    return m!.id;
  };
  grantMeetingId = await meetingOn('2023-03-01');
  reportMeetingId = await meetingOn('2023-12-07');
});
afterAll(async () => {
  await t.close();
});

const get = (url: string, headers: Headers) => t.app.inject({ method: 'GET', url, headers });
const send = (method: 'POST' | 'PUT', url: string, headers: Headers, payload: object) =>
  t.app.inject({ method, url, headers, payload });

interface Page {
  meeting: { id: string; status: string; version: number; heldOn: string };
  agenda: { title: string; paragraph: number | null; position: number }[];
  decisions: { id: string; title: string; amountOre: number | null; status: string; paragraph: number | null }[];
  delegationReport: {
    fixed: boolean;
    items: { decisionId: string; title: string; pending: boolean; delegationPoint: string; amountOre: number }[];
  };
  can: { hold: boolean; editPressRelease: boolean; recordMinutes: boolean };
}
const page = async (id: string, headers: Headers) => {
  const res = await get(`/api/v1/meetings/${id}`, headers);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Page>();
};

describe('the meetings of the committee', () => {
  it('lists the demo meetings for the officer, newest first, and nothing for an applicant', async () => {
    const res = await get('/api/v1/meetings', await t.as('officer'));
    expect(res.statusCode).toBe(200);
    const body = res.json<{ items: { heldOn: string; decisions: number; status: string }[]; total: number }>();
    const days = body.items.map((m) => m.heldOn);
    expect(days).toEqual(expect.arrayContaining(['2023-03-01', '2023-12-07']));
    expect(days.indexOf('2023-12-07')).toBeLessThan(days.indexOf('2023-03-01'));
    expect(body.items.find((m) => m.heldOn === '2023-03-01')).toMatchObject({ decisions: 8, status: 'held' });
    const applicant = await get('/api/v1/meetings', await t.as('applicant'));
    expect(applicant.json<{ total: number }>().total).toBe(0);
  });

  it('tells in `actions` who may plan a meeting: the officers and decision makers, not communications', async () => {
    const planMeeting = async (who: Parameters<typeof t.as>[0]) =>
      (await get('/api/v1/meetings', await t.as(who))).json<{ actions: { planMeeting: boolean } }>().actions
        .planMeeting;
    expect(await planMeeting('officer')).toBe(true);
    expect(await planMeeting('communications')).toBe(false);
    expect(await planMeeting('applicant')).toBe(false);
  });

  it('shows the meeting of 2023-03-01 with its eight grants, 25 421 501 kr in all', async () => {
    const p = await page(grantMeetingId, await t.as('officer'));
    expect(p.decisions).toHaveLength(8);
    expect(p.decisions.reduce((sum, d) => sum + (d.amountOre ?? 0), 0)).toBe(25_421_501_00);
    expect(p.decisions[0]).toMatchObject({
      title: 'Digital omställning i Västerbottens industrier DOVI',
      paragraph: 1,
    });
    expect(p.agenda).toHaveLength(8);
    // The release is published and the meeting held; the officer may still record the minutes' justering.
    expect(p.can).toEqual({ hold: false, editPressRelease: false, recordMinutes: true });
  });

  it('shows DVIS on the report of delegated decisions of 2023-12-07, fixed', async () => {
    const p = await page(reportMeetingId, await t.as('communications'));
    expect(p.delegationReport.fixed).toBe(true);
    expect(p.delegationReport.items).toEqual([
      expect.objectContaining({
        title: 'Digitala Västerbotten i samverkan (DVIS)',
        // The chair's urgent decision (kommunallagen 6 kap. 39 §), reported like a delegated one.
        delegationPoint: 'KL 6 kap. 39 §',
        amountOre: 5_505_389_00,
        pending: false,
      }),
    ]);
    expect(p.can.editPressRelease).toBe(true);
  });

  it('answers 404 to people outside the funder’s officers, decision makers and communications', async () => {
    for (const who of ['applicant', 'finance'] as const) {
      const res = await get(`/api/v1/meetings/${grantMeetingId}`, await t.as(who));
      expect(res.statusCode).toBe(404);
      expect(res.json<{ code: string }>().code).toBe('not_found');
      expect((await get(`/api/v1/meetings/${grantMeetingId}/press-release`, await t.as(who))).statusCode).toBe(404);
    }
    expect((await get(`/api/v1/meetings/${crypto.randomUUID()}`, await t.as('officer'))).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/meetings/${grantMeetingId}` })).statusCode).toBe(401);
  });
});

describe('delegated decisions reach the report of the next meeting exactly once', () => {
  it('reports a decision approved on delegation to the next planned meeting, not the one after', async () => {
    t.setDay('2026-11-24');
    const officer = await t.as('officer');
    const plan = async (heldOn: string) => {
      const res = await send('POST', '/api/v1/meetings', officer, {
        heldOn,
        location: 'Regionens hus, Umeå',
        agenda: [{ title: 'Information om regionalfondsprogrammet' }],
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ id: string; version: number; committeeName: string; status: string }>();
    };
    const december = await plan('2026-12-10');
    const february = await plan('2027-02-04');
    expect(december).toMatchObject({ committeeName: 'Regionala utvecklingsnämnden', status: 'planned' });
    expect(
      (await send('POST', '/api/v1/meetings', await t.as('communications'), { heldOn: '2027-03-01' })).statusCode,
    ).toBe(403);

    const appropriationId = await roomyAppropriation(t);
    // The demo's DOVI amendment (seed 001, on delegation point 1.3) waits for the next report too.
    const waiting = (await page(december.id, officer)).delegationReport.items;
    expect(waiting.map((i) => i.delegationPoint)).toEqual(['1.3']);
    const first = await approveDelegatedGrant(t, appropriationId, 'Hållbar besöksnäring i inlandet');

    const decemberPage = await page(december.id, officer);
    expect(decemberPage.agenda.map((a) => a.title)).toEqual([
      'Information om regionalfondsprogrammet',
      'Anmälan av delegationsbeslut',
    ]);
    expect(decemberPage.delegationReport.items.filter((i) => i.decisionId === first)).toHaveLength(1);
    expect(decemberPage.delegationReport.items.map((i) => i.title)).toEqual([
      ...waiting.map((i) => i.title),
      'Hållbar besöksnäring i inlandet',
    ]);
    expect(decemberPage.can.hold).toBe(true);
    expect((await page(february.id, officer)).delegationReport.items).toEqual([]);

    // Not before its day, and not on a stale version.
    const early = await send('POST', `/api/v1/meetings/${december.id}/hold`, officer, { version: december.version });
    expect(early.statusCode).toBe(409);
    expect(early.json<{ code: string }>().code).toBe('meeting.not_yet');

    t.setDay('2026-12-10');
    const officerLater = await t.as('officer');
    const stale = await send('POST', `/api/v1/meetings/${december.id}/hold`, officerLater, { version: 99 });
    expect(stale.statusCode).toBe(409);
    expect(
      (await send('POST', `/api/v1/meetings/${december.id}/hold`, await t.as('communications'), { version: 1 }))
        .statusCode,
    ).toBe(403);
    const held = await send('POST', `/api/v1/meetings/${december.id}/hold`, officerLater, {
      version: december.version,
    });
    expect(held.statusCode, held.body).toBe(200);
    expect(held.json()).toMatchObject({
      status: 'held',
      reportedDecisionIds: [...waiting.map((i) => i.decisionId), first],
    });
    expect((await send('POST', `/api/v1/meetings/${december.id}/hold`, officerLater, { version: 2 })).statusCode).toBe(
      409,
    );

    const afterHold = await page(december.id, officerLater);
    expect(afterHold.delegationReport).toMatchObject({ fixed: true });
    expect(afterHold.delegationReport.items.map((i) => [i.decisionId, i.pending])).toEqual([
      ...waiting.map((i) => [i.decisionId, false]),
      [first, false],
    ]);
    expect(afterHold.agenda.map((a) => a.paragraph)).toEqual([1, 2]);

    // A decision made after the December meeting goes to February, and December's report does not change.
    const second = await approveDelegatedGrant(t, appropriationId, 'Digital vård i glesbygd');
    const feb = await page(february.id, officerLater);
    expect(feb.delegationReport.items.map((i) => i.decisionId)).toEqual([second]);
    expect((await page(december.id, officerLater)).delegationReport.items.map((i) => i.decisionId)).toEqual([
      ...waiting.map((i) => i.decisionId),
      first,
    ]);
    const items = await t.database.db
      .select()
      .from(s.delegatedDecisionReportItems)
      .where(eq(s.delegatedDecisionReportItems.decisionId, first));
    expect(items).toHaveLength(1);
  });

  it('picks up a decision approved while no meeting was planned, and fixes it when that meeting is held', async () => {
    t.setDay('2027-02-04');
    const officer = await t.as('officer');
    const feb = await t.database.db.select().from(s.meetings).where(eq(s.meetings.heldOn, '2027-02-04'));
    const held = await send('POST', `/api/v1/meetings/${feb[0]!.id}/hold`, officer, { version: feb[0]!.version });
    expect(held.statusCode, held.body).toBe(200);

    t.setDay('2027-02-10');
    const appropriationId = await roomyAppropriation(t);
    const orphan = await approveDelegatedGrant(t, appropriationId, 'Fiber till fäbodarna');
    const [row] = await t.database.db.select().from(s.decisions).where(eq(s.decisions.id, orphan));
    expect(row!.reportedToMeetingOn).toBeNull();

    const officerNow = await t.as('officer');
    const res = await send('POST', '/api/v1/meetings', officerNow, { heldOn: '2027-03-18', agenda: [] });
    const march = res.json<{ id: string; version: number }>();
    const before = await page(march.id, officerNow);
    expect(before.delegationReport.items.map((i) => [i.title, i.pending])).toEqual([['Fiber till fäbodarna', true]]);

    t.setDay('2027-03-18');
    const officerMarch = await t.as('officer');
    const done = await send('POST', `/api/v1/meetings/${march.id}/hold`, officerMarch, { version: march.version });
    expect(done.json()).toMatchObject({ reportedDecisionIds: [orphan] });
    const after = await page(march.id, officerMarch);
    expect(after.delegationReport.items.map((i) => [i.decisionId, i.pending])).toEqual([[orphan, false]]);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });
});
