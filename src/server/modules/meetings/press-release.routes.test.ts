import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHeadlineTotal, kronor } from '../../../domain/index.js';
import { sha256Hex } from '../../documents/document-store.js';
import * as s from '../../db/schema/index.js';
import { makeSubmittedCase } from '../decisions/testing/case-builder.js';
import { createMeetingTestApp, pdfText, type Headers, type MeetingTestApp } from './testing/meeting-app.js';

let t: MeetingTestApp;
/** Seed 004's meeting, whose release the demo publishes. */
let demoMeetingId: string;
/** A later held meeting with two approved grants and no release yet: 1 200 000 kr + 800 000 kr. */
let meetingId: string;
beforeAll(async () => {
  t = await createMeetingTestApp();
  const db = t.database.db;
  const [m] = await db
    .select()
    .from(s.meetings)
    .where(and(eq(s.meetings.heldOn, '2023-03-01'), eq(s.meetings.funderId, t.fixtures.funder.id)));
  demoMeetingId = m!.id;
  const [later] = await db
    .insert(s.meetings)
    .values({
      funderId: t.fixtures.funder.id,
      committeeName: m!.committeeName,
      heldOn: '2026-10-01',
      location: 'Regionens hus, Umeå',
      status: 'held',
    })
    .returning();
  meetingId = later!.id;
  for (const [title, kr] of [
    ['Testprojekt Norr', 1_200_000],
    ['Testprojekt Syd', 800_000],
  ] as const) {
    const kase = await makeSubmittedCase(db, {
      funderId: t.fixtures.funder.id,
      organizationId: t.fixtures.umu.id,
      title,
    });
    await db.insert(s.decisions).values({
      caseId: kase.id,
      kind: 'grant',
      status: 'approved',
      decisionDate: '2026-10-01',
      meetingId,
      amountOre: kr * 100,
      decidedByName: m!.committeeName,
      approvedAt: new Date('2026-10-01T11:00:00Z'),
    });
  }
});
afterAll(async () => {
  await t.close();
});

const plain = (x: string) => x.replace(/[\u00a0\u202f]/g, ' ');
const url = (id = meetingId) => `/api/v1/meetings/${id}/press-release`;
const ANNA = {
  name: 'Anna Exempel',
  title: 'Kommunikatör',
  phone: '070-000 00 03',
  email: 'anna@regionvasterbotten.example',
};
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
  contacts: string | null;
  contactPersons: { name: string; title: string | null; phone: string | null; email: string | null }[];
}

/** The seed's eight amounts, which sum to 25 421 501 kr. */
const SEED_AMOUNTS = [2_491_478, 893_984, 3_000_000, 524_994, 5_940_000, 300_000, 2_271_045, 10_000_000];

describe('the press release of the meeting of 2023-03-01 (seed 004)', () => {
  it('is published in the demo from the eight grants, with a headline total equal to their sum and two contact persons', async () => {
    const res = await get(url(demoMeetingId), await t.as('officer'));
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json<Release>();
    expect(r.status).toBe('published');
    expect(r.contactPersons.map((c) => c.name)).toEqual(['Nina Provsdotter', 'Kim Påhittad']);
    expect(r.contactPersons.every((c) => c.phone && c.email && c.title)).toBe(true);
    expect(plain(r.text)).toContain(
      'För mer information, kontakta:\nNina Provsdotter, Chef Företag- och projektfinansiering, Region Västerbotten, telefon 070-000 00 01, e-post verksamhetschef@regionvasterbotten.example',
    );
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
    expect(plain(r.paragraphs[1]!)).toContain('regionala utvecklingsstrategin');

    // Public, no login; its PDF is the published text, not a draft.
    const listed = (await get('/api/v1/public/press-releases')).json<{ items: { id: string; totalSek: number }[] }>();
    expect(listed.items).toEqual([expect.objectContaining({ id: r.id, totalSek: 25_421_501 })]);
    const pdf = await get(`${url(demoMeetingId)}.pdf`, await t.as('communications'));
    expect(pdf.statusCode).toBe(200);
    const text = await pdfText(pdf.rawPayload);
    expect(text).not.toContain('UTKAST');
    expect(text).toContain('Kim Påhittad, Strateg Externa relationer, Region Västerbotten, telefon 070-000 00 02');
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
    expect(plain(draft.findings[0]!.message.sv)).toContain('2 000 000 kr');

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

  it('refuses to publish without a contact person (422, the rule named, sv/en) and changes nothing', async () => {
    const comms = await t.as('communications');
    const draft = (await get(url(), comms)).json<Release>();
    const saved = await t.app.inject({
      method: 'PUT',
      url: url(),
      headers: comms,
      payload: { version: draft.version, intro: 'De beviljade projekten följer strategin.', contactPersons: [] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const before = saved.json<Release>();
    const documentsBefore = await t.database.db.select().from(s.documents);
    const auditBefore = await t.database.db.select().from(s.auditEvents);
    for (const lang of ['sv', 'en'] as const) {
      const refused = await t.app.inject({
        method: 'POST',
        url: `${url()}/publish`,
        headers: { ...comms, 'accept-language': lang },
        payload: { version: before.version },
      });
      expect(refused.statusCode).toBe(422);
      const problem = refused.json<{ code: string; detail: string }>();
      expect(problem.code).toBe('press_release.contact_person_required');
      expect(problem.detail).toContain(lang === 'sv' ? 'minst en kontaktperson' : 'at least one contact person');
    }
    const after = (await get(url(), comms)).json<Release>();
    expect(after).toMatchObject({ status: 'draft', version: before.version, publishedAt: null });
    expect(await t.database.db.select().from(s.documents)).toHaveLength(documentsBefore.length);
    expect(await t.database.db.select().from(s.auditEvents)).toHaveLength(auditBefore.length);

    // A person who cannot be reached is not enough either; a bad e-mail address is refused when saved.
    const unreachable = await t.app.inject({
      method: 'PUT',
      url: url(),
      headers: comms,
      payload: { version: before.version, intro: before.intro, contactPersons: [{ name: 'Bo Prov' }] },
    });
    const refused = await t.app.inject({
      method: 'POST',
      url: `${url()}/publish`,
      headers: comms,
      payload: { version: unreachable.json<Release>().version },
    });
    expect(refused.json<{ code: string }>().code).toBe('press_release.contact_person_unreachable');
    const badMail = await t.app.inject({
      method: 'PUT',
      url: url(),
      headers: comms,
      payload: {
        version: unreachable.json<Release>().version,
        intro: before.intro,
        contactPersons: [{ name: 'Bo Prov', email: 'inte en adress' }],
      },
    });
    expect(badMail.statusCode).toBe(400);
  });

  it('is published by communications, fixed as published and readable by everyone', async () => {
    const comms = await t.as('communications');
    const draft = (await get(url(), comms)).json<Release>();
    const intro =
      'De beviljade projekten följer den regionala utvecklingsstrategin. Störst är Testprojekt Norr med 1 200 000 kr.\n\nBesluten fattades enhälligt.';
    const saved = await t.app.inject({
      method: 'PUT',
      url: url(),
      headers: comms,
      payload: {
        version: draft.version,
        intro,
        contacts: 'Presskontakt: press@regionvasterbotten.example',
        contactPersons: [ANNA],
      },
    });
    expect(saved.json<Release>().findings).toEqual([]);
    expect(saved.json<Release>().contactPersons).toEqual([ANNA]);
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
    expect(row!.headlineTotalOre).toBe(2_000_000_00);
    expect(row!.contactPersons).toEqual([ANNA]);
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
    expect(listed.items[0]).toEqual(expect.objectContaining({ id: r.id, totalSek: 2_000_000, projectCount: 2 }));
    const detail = await get(`/api/v1/public/press-releases/${r.id}`);
    const d = detail.json<{
      title: string;
      totalSek: number;
      items: { amountSek: number }[];
      pdfUrl: string;
      paragraphs: string[];
    }>();
    expect(d.items.reduce((sum, i) => sum + i.amountSek, 0)).toBe(d.totalSek);
    expect(d.totalSek).toBe(2_000_000);
    expect(d.paragraphs[2]).toBe('Besluten fattades enhälligt.');

    const pdf = await get(d.pdfUrl);
    expect(pdf.statusCode).toBe(200);
    const [document] = await t.database.db.select().from(s.documents).where(eq(s.documents.id, row!.documentId!));
    expect(pdf.headers['x-content-sha256']).toBe(document!.sha256);
    expect(sha256Hex(pdf.rawPayload)).toBe(document!.sha256);
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('sammanlagt 2 000 000 kr');
    expect(text).toContain('Projektägare Umeå universitet beviljas 1 200 000 kr');
    expect(text).toContain('För mer information, kontakta: Anna Exempel, Kommunikatör, telefon 070-000 00 03');
    expect(text).not.toContain('UTKAST');
    expect(text).not.toMatch(/bidra(?!\.example)/i);
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
