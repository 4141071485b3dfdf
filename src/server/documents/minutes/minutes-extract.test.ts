import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../db/schema/index.js';
import { createMeetingTestApp, pdfText, type MeetingTestApp } from '../../modules/meetings/testing/meeting-app.js';
import { sha256Hex } from '../document-store.js';

let t: MeetingTestApp;
const ids = { grantMeeting: '', reportMeeting: '', dovi: '' };
beforeAll(async () => {
  t = await createMeetingTestApp();
  const db = t.database.db;
  const meetingOn = async (day: string) =>
    (
      await db
        .select()
        .from(s.meetings)
        .where(and(eq(s.meetings.heldOn, day), eq(s.meetings.funderId, t.fixtures.funder.id)))
    )[0]!.id;
  ids.grantMeeting = await meetingOn('2023-03-01');
  ids.reportMeeting = await meetingOn('2023-12-07');
  const [dovi] = await db
    .select({ id: s.decisions.id })
    .from(s.decisions)
    .innerJoin(s.projects, eq(s.projects.id, s.decisions.projectId))
    .where(and(eq(s.projects.acronym, 'DOVI'), eq(s.decisions.kind, 'grant')));
  ids.dovi = dovi!.id;
});
afterAll(async () => {
  await t.close();
});

const extracts = () => t.database.db.select().from(s.documents).where(eq(s.documents.kind, 'minutes_extract'));

describe('the minutes extract of a decision taken at a meeting', () => {
  it('prints the paragraph, the committee’s decision on DOVI and its figures exactly, and is stored once with its sha256', async () => {
    const officer = await t.as('officer');
    const url = `/api/v1/decisions/${ids.dovi}/minutes-extract.pdf`;
    const res = await t.app.inject({ method: 'GET', url, headers: officer });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(res.rawPayload);
    for (const value of [
      'PROTOKOLLSUTDRAG',
      'Sammanträdesdatum 2023-03-01',
      '§ 1 Beslut om stöd: Digital omställning i Västerbottens industrier DOVI',
      'Diarienummer REGAC - 317 - 2022',
      'Regionala utvecklingsnämnden beslutar',
      'att bevilja Region Västerbotten 2 491 478 kr för projektet Digital omställning i Västerbottens industrier DOVI för projektperioden 2023-03-01 - 2026-02-28.',
      'Föredragande: Tove Testsson',
      'Utdragsbestyrkande',
      // The funder's letterhead from its settings, at the foot of the page.
      'Region Västerbotten · 901 89 Umeå · Telefon 090-785 00 00',
      'www.regionvasterbotten.se',
    ]) {
      expect(text).toContain(value);
    }

    const stored = await extracts();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      filename: 'Protokollsutdrag 2023-03-01 § 1 DOVI.pdf',
      sha256: sha256Hex(res.rawPayload),
      mediaType: 'application/pdf',
    });
    expect(res.headers['x-content-sha256']).toBe(stored[0]!.sha256);

    const again = await t.app.inject({ method: 'GET', url, headers: await t.as('communications') });
    expect(again.headers['x-content-sha256']).toBe(stored[0]!.sha256);
    expect(await extracts()).toHaveLength(1);
  });

  it('answers 404 for a decision not taken at a meeting and for people outside the funder', async () => {
    const officer = await t.as('officer');
    const [dvis] = await t.database.db
      .select({ id: s.decisions.id })
      .from(s.decisions)
      .innerJoin(s.projects, eq(s.projects.id, s.decisions.projectId))
      .where(and(eq(s.projects.acronym, 'DVIS'), eq(s.decisions.kind, 'grant')));
    const delegated = `/api/v1/decisions/${dvis!.id}/minutes-extract.pdf`;
    expect((await t.app.inject({ method: 'GET', url: delegated, headers: officer })).statusCode).toBe(404);
    const right = `/api/v1/decisions/${ids.dovi}/minutes-extract.pdf`;
    for (const who of ['applicant', 'finance'] as const) {
      const res = await t.app.inject({ method: 'GET', url: right, headers: await t.as(who) });
      expect(res.statusCode).toBe(404);
    }
  });
});

describe('the minutes extract of the report of delegated decisions', () => {
  it('lists DVIS, the chair’s urgent decision (KL 6 kap. 39 §), with its amount', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/meetings/${ids.reportMeeting}/delegation-report/minutes-extract.pdf`,
      headers: await t.as('chair'),
    });
    expect(res.statusCode, res.body).toBe(200);
    const text = await pdfText(res.rawPayload);
    for (const value of [
      'Sammanträdesdatum 2023-12-07',
      '§ 1 Anmälan av delegationsbeslut',
      'att lägga redovisningen av delegationsbesluten till handlingarna.',
      'Anmälda delegationsbeslut',
      '2023-11-06',
      'Digitala Västerbotten i samverkan (DVIS)',
      'Lars Exempelsson (S), Regionala utvecklingsnämndens ordförande',
      'KL 6 kap. 39 §',
      '5 505 389 kr',
    ]) {
      expect(text).toContain(value);
    }
    const [doc] = (await extracts()).filter((d) => d.sha256 === sha256Hex(res.rawPayload));
    expect(doc!.filename).toBe('Protokollsutdrag 2023-12-07 § 1 Anmälan av delegationsbeslut.pdf');
  });

  it('exists only once the meeting is held', async () => {
    const officer = await t.as('officer');
    const planned = await t.app.inject({
      method: 'POST',
      url: '/api/v1/meetings',
      headers: officer,
      payload: { heldOn: '2026-12-10', agenda: [] },
    });
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/meetings/${planned.json<{ id: string }>().id}/delegation-report/minutes-extract.pdf`,
      headers: officer,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json<{ code: string }>().code).toBe('meeting.not_held');
  });
});

describe('the minutes record the extract prints: justerare, justering day, certifier, "Utdrag till"', () => {
  const minutesUrl = () => `/api/v1/meetings/${ids.grantMeeting}/minutes`;
  const meetingOf = async (headers: Record<string, string>) =>
    (await t.app.inject({ method: 'GET', url: `/api/v1/meetings/${ids.grantMeeting}`, headers })).json<{
      meeting: { version: number; adjusters: string[]; adjustedOn: string | null };
      agenda: { id: string; decisionId: string | null; extractTo: string[] }[];
    }>();

  it('refuses a justering day before the meeting (422, rule named, sv/en), a stale version (409), and changes nothing', async () => {
    const officer = await t.as('officer');
    const before = await meetingOf(officer);
    const auditBefore = await t.database.db.select().from(s.auditEvents);
    const early = await t.app.inject({
      method: 'PUT',
      url: minutesUrl(),
      headers: { ...officer, 'accept-language': 'en' },
      payload: {
        version: before.meeting.version,
        adjusters: ['Lars Exempelsson (S)'],
        adjustedOn: '2023-02-27',
        certifierName: null,
        certifierTitle: null,
      },
    });
    expect(early.statusCode).toBe(422);
    expect(early.json<{ code: string; detail: string }>()).toMatchObject({
      code: 'minutes.adjusted_before_meeting',
      detail: 'The day the minutes were checked, 2023-02-27, is before the meeting of 2023-03-01.',
    });
    const stale = await t.app.inject({
      method: 'PUT',
      url: minutesUrl(),
      headers: officer,
      payload: {
        version: before.meeting.version - 1,
        adjusters: [],
        adjustedOn: null,
        certifierName: null,
        certifierTitle: null,
      },
    });
    expect(stale.statusCode).toBe(409);
    expect((await meetingOf(officer)).meeting).toEqual(before.meeting);
    expect(await t.database.db.select().from(s.auditEvents)).toHaveLength(auditBefore.length);
    // Communications read meetings but do not keep the minutes.
    const comms = await t.app.inject({
      method: 'PUT',
      url: minutesUrl(),
      headers: await t.as('communications'),
      payload: {
        version: before.meeting.version,
        adjusters: [],
        adjustedOn: null,
        certifierName: null,
        certifierTitle: null,
      },
    });
    expect(comms.statusCode).toBe(403);
  });

  it('prints paragraph, place, the justerandes signatur with names and date, the certifier and the distribution — and no product name anywhere', async () => {
    const officer = await t.as('officer');
    const before = await meetingOf(officer);
    const item = before.agenda.find((a) => a.decisionId === ids.dovi)!;
    const saved = await t.app.inject({
      method: 'PUT',
      url: minutesUrl(),
      headers: officer,
      payload: {
        version: before.meeting.version,
        adjusters: ['Lars Exempelsson (S)', 'Maria Provsson (M)'],
        adjustedOn: '2023-03-08',
        certifierName: 'Nina Provsdotter',
        certifierTitle: 'nämndsekreterare',
        extractTo: [{ agendaItemId: item.id, recipients: ['Region Västerbotten, projektägare', 'Ekonomienheten'] }],
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      adjusters: ['Lars Exempelsson (S)', 'Maria Provsson (M)'],
      adjustedOn: '2023-03-08',
      certifierName: 'Nina Provsdotter',
      certifierTitle: 'nämndsekreterare',
      version: before.meeting.version + 1,
    });
    expect((await meetingOf(officer)).agenda.find((a) => a.id === item.id)!.extractTo).toEqual([
      'Region Västerbotten, projektägare',
      'Ekonomienheten',
    ]);
    const [audit] = await t.database.db
      .select()
      .from(s.auditEvents)
      .where(eq(s.auditEvents.action, 'meeting.minutes_recorded'));
    expect(audit).toBeDefined();

    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/decisions/${ids.dovi}/minutes-extract.pdf`,
      headers: officer,
    });
    expect(res.statusCode).toBe(200);
    const text = await pdfText(res.rawPayload);
    for (const value of [
      '§ 1 Beslut om stöd',
      'Plats Regionens hus, Umeå',
      'Justerandes signatur Lars Exempelsson (S), Maria Provsson (M) Justerat 2023-03-08',
      'Utdragsbestyrkande Utdraget överensstämmer med Region Västerbottens protokoll.',
      'Nina Provsdotter, nämndsekreterare',
      'Utdrag till',
      'Region Västerbotten, projektägare',
      'Ekonomienheten',
    ]) {
      expect(text).toContain(value);
    }
    // The product is named nowhere, not even in an e-mail address.
    expect(text).not.toMatch(/\bBidra\b|bidra\.example/);
    const { getDocumentProxy, getMeta } = await import('unpdf');
    const { info } = await getMeta(await getDocumentProxy(new Uint8Array(res.rawPayload)));
    expect(JSON.stringify(info)).not.toMatch(/bidra/i);
    expect(info).toMatchObject({ Author: 'Region Västerbotten', Creator: 'Region Västerbotten' });
  });
});
