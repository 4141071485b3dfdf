import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeApplication, funderIdByName, submitNewApplication } from '../../../../tests/support/applications.js';
import { createTestApp, loginAs, type TestApp, type TestLogin } from '../../../../tests/support/app.js';
import { cases } from '../../db/schema/index.js';

let t: TestApp;
let officer: TestLogin;
let applicant: TestLogin;
let doviCaseId: string;

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  officer = await loginAs(t.app, 'handlaggare@regionvasterbotten.example');
  applicant = await loginAs(t.app, 'sokande@umu.example');
  const [dovi] = await t.database.db.select().from(cases).where(eq(cases.diaryNumber, 'REGAC - 317 - 2022'));
  doviCaseId = dovi!.id;
});
afterAll(() => t.close());

interface Timeline {
  case: { diaryNumber: string; externalIds: { system: string; externalId: string }[] };
  items: { action: string; kind: string; at: string; label: { sv: string; en: string } }[];
}

describe('the case timeline', () => {
  it("shows the officer every event of DOVI's case and its decision, oldest first, with the Nyps id", async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/cases/${doviCaseId}/timeline`,
      headers: officer.headers,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<Timeline>();
    expect(body.case.externalIds).toEqual([{ system: 'Nyps', externalId: '20359783' }]);
    const actions = body.items.map((i) => i.action);
    expect(actions).toEqual(expect.arrayContaining(['case.created', 'decision.created']));
    const times = body.items.map((i) => i.at);
    expect([...times].sort()).toEqual(times);
  });

  it('names every event and document of every case in words, in Swedish and English, never by its code', async () => {
    const all = await t.database.db.select({ id: cases.id }).from(cases);
    let seen = 0;
    for (const { id } of all) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/cases/${id}/timeline`, headers: officer.headers });
      if (res.statusCode === 404) continue; // another funder's case
      for (const item of res.json<Timeline>().items) {
        seen += 1;
        for (const text of [item.label.sv, item.label.en]) {
          expect(text, item.action).not.toBe(item.action);
          expect(text, item.action).not.toMatch(/[._]/);
        }
      }
    }
    expect(seen).toBeGreaterThan(50);
    const dovi = (
      await t.app.inject({ method: 'GET', url: `/api/v1/cases/${doviCaseId}/timeline`, headers: officer.headers })
    ).json<Timeline>();
    expect(dovi.items.find((i) => i.action === 'decision.approved')?.label).toEqual({
      sv: 'Beslut fattat',
      en: 'Decision made',
    });
    expect(dovi.items.find((i) => i.action === 'document.decision_letter')?.label.sv).toBe('Beslutsbrev');
  });

  it("records an application's life: drafted, saved, submitted", async () => {
    const funderId = await funderIdByName(t.app, applicant.headers, 'Region Västerbotten');
    const draft = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: applicant.headers,
      payload: { funderId, content: { projectName: 'Tidslinje' } },
    });
    const { caseId } = draft.json<{ caseId: string }>();
    await t.app.inject({
      method: 'PUT',
      url: `/api/v1/applications/${caseId}`,
      headers: applicant.headers,
      payload: { version: 1, content: { projectName: 'Tidslinje 2' } },
    });
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/cases/${caseId}/timeline`,
      headers: applicant.headers,
    });
    expect(res.json<Timeline>().items.map((i) => i.action)).toEqual([
      'application.draft_created',
      'application.draft_saved',
    ]);
  });

  it('is hidden (404) from an applicant of another organisation and refused to the public (401)', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/cases/${doviCaseId}/timeline`, headers: applicant.headers }))
        .statusCode,
    ).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/cases/${doviCaseId}/timeline` })).statusCode).toBe(401);
  });
});

describe("the officer's inbox", () => {
  it('lists a newly submitted application, filters by status and assignment, and is closed to applicants', async () => {
    const { caseId } = await submitNewApplication(
      t.app,
      applicant.headers,
      completeApplication({ projectName: 'Inkorgsprojektet' }),
    );

    const inbox = await t.app.inject({
      method: 'GET',
      url: '/api/v1/inbox?status=submitted',
      headers: officer.headers,
    });
    expect(inbox.statusCode).toBe(200);
    const body = inbox.json<{
      items: { id: string; applicant: string; diaryNumber: string; status: string }[];
      total: number;
    }>();
    expect(body.items).toContainEqual(
      expect.objectContaining({ id: caseId, applicant: 'Umeå universitet', status: 'submitted' }),
    );
    expect(body.items.every((i) => i.status === 'submitted')).toBe(true);

    const mine = await t.app.inject({ method: 'GET', url: '/api/v1/inbox?assigned=me', headers: officer.headers });
    expect(mine.json<{ items: { id: string }[] }>().items.map((i) => i.id)).not.toContain(caseId);
    const unassigned = await t.app.inject({
      method: 'GET',
      url: '/api/v1/inbox?assigned=unassigned',
      headers: officer.headers,
    });
    expect(unassigned.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(caseId);

    expect((await t.app.inject({ method: 'GET', url: '/api/v1/inbox', headers: applicant.headers })).statusCode).toBe(
      403,
    );
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/inbox?status=closed', headers: officer.headers })).statusCode,
    ).toBe(400);
  });
});
