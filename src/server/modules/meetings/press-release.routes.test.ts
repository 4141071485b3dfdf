import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHeadlineTotal, kronor } from '../../../domain/index.js';
import { sha256Hex } from '../../documents/document-store.js';
import * as s from '../../db/schema/index.js';
import { createMeetingTestApp, pdfText, type Headers, type MeetingTestApp } from './testing/meeting-app.js';

let t: MeetingTestApp;
let meetingId: string;
beforeAll(async () => {
  t = await createMeetingTestApp();
  const [m] = await t.database.db
    .select()
    .from(s.meetings)
    .where(and(eq(s.meetings.heldOn, '2023-03-01'), eq(s.meetings.funderId, t.fixtures.funder.id)));
  meetingId = m!.id;
});
afterAll(async () => {
  await t.close();
});

const plain = (x: string) => x.replace(/[\u00a0\u202f]/g, ' ');
const url = () => `/api/v1/meetings/${meetingId}/press-release`;
const get = (u: string, headers: Headers = {}) => t.app.inject({ method: 'GET', url: u, headers });

interface Release {
  id: string | null;
  version: number | null;
  status: string;
  title: string;
  headlineTotal: string;
  totalOre: number;
  paragraphs: string[];
  intro: string;
  items: { projectName: string; ownerName: string; amountOre: number; amountText: string; periodText: string | null }[];
  findings: { code: string; message: { sv: string } }[];
  text: string;
}

/** The seed's eight amounts, which sum to 25 421 501 kr. */
const SEED_AMOUNTS = [2_491_478, 893_984, 3_000_000, 524_994, 5_940_000, 300_000, 2_271_045, 10_000_000];

describe('the press release of the meeting of 2023-03-01', () => {
  it('is drafted from the eight grants with a headline total equal to their sum, said consistently', async () => {
    const res = await get(url(), await t.as('officer'));
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json<Release>();
    expect(r.status).toBe('draft');
    expect(r.items.map((i) => i.amountOre)).toEqual(SEED_AMOUNTS.map((k) => k * 100));
    expect(r.totalOre).toBe(25_421_501_00);
    expect(r.items.reduce((sum, i) => sum + i.amountOre, 0)).toBe(r.totalOre);
    expect(plain(r.headlineTotal)).toBe('25,4 miljoner kronor');
    expect(plain(r.title)).toBe('Regionala utvecklingsnämnden beviljar 25,4 miljoner kronor till 8 projekt');
    expect(plain(r.paragraphs[0]!)).toBe(
      'Regionala utvecklingsnämnden i Region Västerbotten beslutade den 1 mars 2023 att bevilja sammanlagt 25 421 501 kr fördelat på 8 olika utvecklingsprojekt.',
    );
    expect(
      checkHeadlineTotal(
        r.headlineTotal,
        SEED_AMOUNTS.map((k) => kronor(k)),
      ),
    ).toEqual([]);
    expect(r.findings).toEqual([]);
    expect(r.items[0]).toMatchObject({
      projectName: 'Digital omställning i Västerbottens industrier DOVI',
      ownerName: 'Region Västerbotten',
    });
    expect(plain(r.items[0]!.periodText!)).toBe('2023-03-01 - 2026-02-28');
    expect(plain(r.text)).toContain('Projektägare Handelskammarens Service, AC län AB beviljas 893 984 kr');
    expect(r.intro).toContain('regionala utvecklingsstrategin');
  });

  it('lets only communications edit it, warns of a figure that disagrees and refuses to publish it', async () => {
    const officer = await t.as('officer');
    const denied = await t.app.inject({
      method: 'PUT',
      url: url(),
      headers: officer,
      payload: { version: 1, intro: 'x' },
    });
    expect(denied.statusCode).toBe(403);

    const comms = await t.as('communications');
    const current = (await get(url(), comms)).json<Release>();
    const wrong = await t.app.inject({
      method: 'PUT',
      url: url(),
      headers: comms,
      payload: { version: current.version, intro: 'Nämnden beviljar 25,5 miljoner kronor till regional utveckling.' },
    });
    expect(wrong.statusCode, wrong.body).toBe(200);
    const draft = wrong.json<Release>();
    expect(draft.findings.map((f) => f.code)).toEqual(['press_release.figure_mismatch']);
    expect(plain(draft.findings[0]!.message.sv)).toContain('"25,5 miljoner"');
    expect(plain(draft.findings[0]!.message.sv)).toContain('25 421 501 kr');

    const refused = await t.app.inject({
      method: 'POST',
      url: `${url()}/publish`,
      headers: comms,
      payload: { version: draft.version },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json<{ code: string }>().code).toBe('press_release.figure_mismatch');

    const stale = await t.app.inject({
      method: 'PUT',
      url: url(),
      headers: comms,
      payload: { version: current.version, intro: 'Gammal version.' },
    });
    expect(stale.statusCode).toBe(409);
  });

  it('is published by communications, fixed as published and readable by everyone', async () => {
    const comms = await t.as('communications');
    const draft = (await get(url(), comms)).json<Release>();
    const intro =
      'De beviljade projekten följer den regionala utvecklingsstrategin. Störst är TRUE etapp 2 med 10 miljoner kronor.\n\nBesluten fattades enhälligt.';
    const saved = await t.app.inject({
      method: 'PUT',
      url: url(),
      headers: comms,
      payload: { version: draft.version, intro, contacts: 'Presskontakt: press@bidra.example' },
    });
    expect(saved.json<Release>().findings).toEqual([]);
    const preview = await get(`${url()}.pdf`, comms);
    expect(preview.statusCode).toBe(200);
    expect(await pdfText(preview.rawPayload)).toContain('UTKAST');

    const published = await t.app.inject({
      method: 'POST',
      url: `${url()}/publish`,
      headers: comms,
      payload: { version: saved.json<Release>().version },
    });
    expect(published.statusCode, published.body).toBe(200);
    const r = published.json<Release>();
    expect(r.status).toBe('published');
    expect(r.paragraphs).toHaveLength(3);

    // Immutable: no edit, no second publication.
    const edit = await t.app.inject({
      method: 'PUT',
      url: url(),
      headers: comms,
      payload: { version: r.version, intro: 'Ny text' },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json<{ code: string }>().code).toBe('press_release.published');
    expect(
      (await t.app.inject({ method: 'POST', url: `${url()}/publish`, headers: comms, payload: { version: r.version } }))
        .statusCode,
    ).toBe(409);

    const [row] = await t.database.db.select().from(s.pressReleases).where(eq(s.pressReleases.id, r.id!));
    expect(row!.headlineTotalOre).toBe(25_421_501_00);
    const items = await t.database.db
      .select()
      .from(s.pressReleaseItems)
      .where(eq(s.pressReleaseItems.pressReleaseId, r.id!));
    expect(items.reduce((sum, i) => sum + i.amountOre, 0)).toBe(row!.headlineTotalOre);
    expect(items.every((i) => i.decisionId !== null)).toBe(true);

    // Public, no login.
    const list = await get('/api/v1/public/press-releases');
    expect(list.statusCode).toBe(200);
    const listed = list.json<{
      items: { id: string; totalSek: number; headlineTotal: string; projectCount: number }[];
    }>();
    expect(listed.items).toEqual([expect.objectContaining({ id: r.id, totalSek: 25_421_501, projectCount: 8 })]);
    expect(plain(listed.items[0]!.headlineTotal)).toBe('25,4 miljoner kronor');
    const detail = await get(`/api/v1/public/press-releases/${r.id}`);
    const d = detail.json<{
      title: string;
      totalSek: number;
      items: { amountSek: number }[];
      pdfUrl: string;
      paragraphs: string[];
    }>();
    expect(d.items.reduce((sum, i) => sum + i.amountSek, 0)).toBe(d.totalSek);
    expect(d.totalSek).toBe(25_421_501);
    expect(plain(d.title)).toContain('25,4 miljoner kronor');
    expect(d.paragraphs[2]).toBe('Besluten fattades enhälligt.');

    const pdf = await get(d.pdfUrl);
    expect(pdf.statusCode).toBe(200);
    const [document] = await t.database.db.select().from(s.documents).where(eq(s.documents.id, row!.documentId!));
    expect(pdf.headers['x-content-sha256']).toBe(document!.sha256);
    expect(sha256Hex(pdf.rawPayload)).toBe(document!.sha256);
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('Regionala utvecklingsnämnden beviljar 25,4 miljoner kronor till 8 projekt');
    expect(text).toContain('sammanlagt 25 421 501 kr');
    expect(text).toContain('Projektägare Luleå tekniska universitet beviljas 2 271 045 kr');
    expect(text).toContain('Projektperiod: 2023-03-31 - 2024-02-29');
    expect(text).not.toContain('UTKAST');
    // The funder's letterhead from its settings, at the foot of the page.
    expect(text).toContain('901 89 Umeå');
    expect(text).toContain('www.regionvasterbotten.se');
  });

  it('keeps drafts out of public view', async () => {
    const [other] = await t.database.db.select().from(s.meetings).where(eq(s.meetings.heldOn, '2023-12-07'));
    const comms = await t.as('communications');
    const draft = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/meetings/${other!.id}/press-release`,
      headers: comms,
      payload: { version: null, intro: 'Inga projekt.' },
    });
    expect(draft.statusCode, draft.body).toBe(200);
    const id = draft.json<Release>().id!;
    expect((await get(`/api/v1/public/press-releases/${id}`)).statusCode).toBe(404);
    const publish = await t.app.inject({
      method: 'POST',
      url: `/api/v1/meetings/${other!.id}/press-release/publish`,
      headers: comms,
      payload: { version: draft.json<Release>().version },
    });
    expect(publish.statusCode).toBe(422);
    expect(publish.json<{ code: string }>().code).toBe('press_release.no_grants');
  });
});
