import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { funderIdByName } from '../../../../tests/support/applications.js';
import { createTestApp, loginAs, TEST_PASSWORD, type TestApp, type TestLogin } from '../../../../tests/support/app.js';
import { verifyAuditChain } from '../../audit/audit.js';
import { auditEvents, cases, organizations, outboxEmails, roleGrants, users } from '../../db/schema/index.js';
import { hashPassword } from '../auth/passwords.js';

let t: TestApp;
let applicant: TestLogin;
let otherApplicant: TestLogin;
let officer: TestLogin;
let funderId: string;

const content = {
  projectName: 'Life science-hubben',
  acronym: 'LSH',
  ownerOrgNumber: '202100-2874',
  description: 'Ett gemensamt stöd för innovation i vården.',
  purpose: 'Nyttiggöra forskning.',
  goals: 'Tio nya samarbeten.',
  periodStart: '2027-01-01',
  periodEnd: '2028-12-31',
  requestedOre: 400_000_00,
  activities: [
    { number: '1', title: 'Uppstart', start: '2027-01-01', end: '2027-03-31', costOre: 100_000_00 },
    { number: '2', title: 'Genomförande', start: '2027-04-01', end: '2028-12-31', costOre: 700_000_00 },
  ],
  budget: [
    { category: 'staff' as const, year: 2027, amountOre: 500_000_00 },
    { category: 'external_services' as const, year: 2028, amountOre: 300_000_00 },
  ],
  financing: [
    { financierName: 'Region Västerbotten', amountOre: 400_000_00, isPublic: true, isInKind: false },
    {
      financierName: 'Umeå universitet',
      orgNumber: '202100-2874',
      amountOre: 400_000_00,
      isPublic: true,
      isInKind: true,
    },
  ],
};

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  // A second applicant, of another organisation, to try what it must not be able to do.
  const db = t.database.db;
  const [ltu] = await db.select().from(organizations).where(eq(organizations.orgNumber, '202100-2841'));
  const [user] = await db
    .insert(users)
    .values({
      email: 'sokande@ltu.example',
      displayName: 'Annan Sökande',
      passwordHash: await hashPassword(TEST_PASSWORD),
      organizationId: ltu!.id,
    })
    .returning();
  await db.insert(roleGrants).values({ userId: user!.id, role: 'applicant', organizationId: ltu!.id });
  applicant = await loginAs(t.app, 'sokande@umu.example');
  otherApplicant = await loginAs(t.app, 'sokande@ltu.example');
  officer = await loginAs(t.app, 'handlaggare@regionvasterbotten.example');
  funderId = await funderIdByName(t.app, applicant.headers, 'Region Västerbotten');
});
afterAll(() => t.close());

async function createDraft(body: object = content) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/applications',
    headers: applicant.headers,
    payload: { funderId, content: body },
  });
  expect(res.statusCode).toBe(201);
  return res.json<{
    caseId: string;
    version: number;
    content: Record<string, unknown>;
    issues: { path: string; code: string; severity: string }[];
    status: string;
    diaryNumber: string | null;
  }>();
}

describe('an applicant drafting and submitting an application', () => {
  it('saves an incomplete draft without a diary number and shows what is still missing', async () => {
    const draft = await createDraft({ projectName: 'Halvfärdig' });
    expect(draft).toMatchObject({ status: 'draft', diaryNumber: null, version: 1 });
    expect(draft.issues.map((i) => i.path)).toContain('periodStart');
  });

  it("submits a complete application and registers it under the funder's next diary number", async () => {
    const draft = await createDraft();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${draft.caseId}/submit`,
      headers: applicant.headers,
      payload: { version: draft.version },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ diaryNumber: string; status: string }>();
    expect(body.status).toBe('submitted');
    expect(body.diaryNumber).toMatch(/^REGAC - \d+ - 2026$/);
    const [row] = await t.database.db.select().from(cases).where(eq(cases.id, draft.caseId));
    expect(row).toMatchObject({ receivedOn: '2026-11-24', diaryNumber: body.diaryNumber });
    const mine = await t.app.inject({ method: 'GET', url: '/api/v1/my/cases', headers: applicant.headers });
    expect(mine.json<{ items: { id: string; diaryNumber: string }[] }>().items).toContainEqual(
      expect.objectContaining({ id: draft.caseId, diaryNumber: body.diaryNumber }),
    );
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it("refuses to submit with errors listed per field, in the caller's language", async () => {
    const draft = await createDraft({
      ...content,
      ownerOrgNumber: '202100-2875',
      activities: [{ number: '1', title: 'För tidig', start: '2026-06-01', end: '2027-02-01', costOre: 0 }],
    });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${draft.caseId}/submit`,
      headers: { ...applicant.headers, 'accept-language': 'en' },
      payload: { version: draft.version },
    });
    expect(res.statusCode).toBe(422);
    const problem = res.json<{ code: string; detail: string; details: { issues: { path: string; code: string }[] } }>();
    expect(problem.code).toBe('application.invalid');
    expect(problem.detail).toMatch(/cannot be submitted/);
    expect(problem.details.issues.map((i) => [i.path, i.code])).toEqual(
      expect.arrayContaining([
        ['ownerOrgNumber', 'org_number.invalid'],
        ['activities.0.end', 'activity.outside_period'],
      ]),
    );
  });

  it('refuses a stale save with 409 so that two people never overwrite each other', async () => {
    const draft = await createDraft();
    const first = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/applications/${draft.caseId}`,
      headers: applicant.headers,
      payload: { version: 1, content: { ...content, goals: 'Mål A' } },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json<{ version: number }>().version).toBe(2);
    const second = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/applications/${draft.caseId}`,
      headers: applicant.headers,
      payload: { version: 1, content: { ...content, goals: 'Mål B' } },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json<{ detail: string }>().detail).toMatch(/Någon annan har sparat/);
    const now = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${draft.caseId}`,
      headers: applicant.headers,
    });
    expect(now.json<{ content: { goals: string } }>().content.goals).toBe('Mål A');
  });

  it('refuses unknown fields and oversized input with 400', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: applicant.headers,
      payload: { funderId, content: { projectName: 'x'.repeat(301) } },
    });
    expect(res.statusCode).toBe(400);
    const extra = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: applicant.headers,
      payload: { funderId, content: { isAdmin: true } },
    });
    expect(extra.statusCode).toBe(400);
  });
});

type View = {
  caseId: string;
  version: number;
  content: typeof content;
  draft: Record<string, unknown>;
  applicant: { name: string; orgNumber: string | null };
  issues: { path: string; code: string; severity: string }[];
};
const save = (caseId: string, version: number, body: object) =>
  t.app.inject({
    method: 'PUT',
    url: `/api/v1/applications/${caseId}`,
    headers: applicant.headers,
    payload: { version, content: body },
  });
const submit = (caseId: string, version: number) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/applications/${caseId}/submit`,
    headers: applicant.headers,
    payload: { version },
  });

describe('a draft keeps everything typed so far', () => {
  it("starts with the applicant organisation's number filled in, and names the organisation", async () => {
    const draft = await createDraft({});
    const view = (
      await t.app.inject({ method: 'GET', url: `/api/v1/applications/${draft.caseId}`, headers: applicant.headers })
    ).json<View>();
    expect(view.draft.ownerOrgNumber).toBe('202100-2874');
    expect(view.content.ownerOrgNumber).toBe('202100-2874');
    expect(view.applicant).toEqual({ name: 'Umeå universitet', orgNumber: '202100-2874' });
    // A number given when the draft is made is kept as given.
    expect((await createDraft({ ownerOrgNumber: '2021002874' })).content.ownerOrgNumber).toBe('2021002874');
  });

  it('saves budget lines and financiers not filled in yet, and names them when submitted', async () => {
    const draft = await createDraft({ projectName: 'Halvfärdig' });
    const partial = {
      ...content,
      budget: [
        { category: 'staff', year: 2027, amountOre: 500_000_00 },
        { category: 'external_services', year: null, amountOre: 300_000_00 },
        { category: 'travel_accommodation', year: 2028, amountOre: null },
      ],
      financing: [
        { financierName: '', amountOre: 400_000_00, isPublic: true, isInKind: false },
        { financierName: 'Umeå universitet', amountOre: null, isPublic: true, isInKind: true },
      ],
    };
    const saved = await save(draft.caseId, draft.version, partial);
    expect(saved.statusCode, saved.body).toBe(200);
    const view = saved.json<View>();
    expect(view.draft.budget).toEqual(partial.budget);
    expect(view.draft.financing).toEqual(partial.financing);
    // The application as the rules read it holds only complete rows.
    expect(view.content.budget).toEqual([{ category: 'staff', year: 2027, amountOre: 500_000_00 }]);
    expect(view.content.financing).toEqual([]);
    expect(view.issues.map((i) => [i.path, i.code])).toEqual(
      expect.arrayContaining([
        ['budget.1.year', 'budget.year_missing'],
        ['budget.2.amountOre', 'budget.amount_missing'],
        ['financing.0.financierName', 'financing.name_missing'],
        ['financing.1.amountOre', 'financing.amount_missing'],
      ]),
    );
    const refused = await submit(draft.caseId, view.version);
    expect(refused.statusCode).toBe(422);
    expect(refused.json<{ details: { issues: { path: string }[] } }>().details.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['budget.1.year', 'budget.2.amountOre', 'financing.0.financierName']),
    );
  });

  it('still refuses a budget year outside 2000–2100 and a negative amount', async () => {
    const draft = await createDraft({});
    const year = await save(draft.caseId, draft.version, { budget: [{ category: 'staff', year: 1999, amountOre: 1 }] });
    expect(year.statusCode).toBe(400);
    const negative = await save(draft.caseId, draft.version, { requestedOre: -1 });
    expect(negative.statusCode).toBe(400);
  });
});

describe('the project owner’s organisation number', () => {
  it('is accepted without hyphen and in the twelve-digit form when it is the applicant’s own', async () => {
    for (const ownerOrgNumber of ['2021002874', '16202100-2874']) {
      const draft = await createDraft({ ...content, ownerOrgNumber });
      expect(draft.issues.filter((i) => i.severity === 'error')).toEqual([]);
      const res = await submit(draft.caseId, draft.version);
      expect(res.statusCode, res.body).toBe(200);
    }
  });

  it("is refused when it is another organisation's, in the draft's checks already", async () => {
    const draft = await createDraft({ ...content, ownerOrgNumber: '2021002841' });
    expect(draft.issues.map((i) => [i.path, i.code])).toContainEqual(['ownerOrgNumber', 'owner.not_applicant']);
    const res = await submit(draft.caseId, draft.version);
    expect(res.statusCode).toBe(422);
    const issues = res.json<{ details: { issues: { code: string; message: { sv: string } }[] } }>().details.issues;
    expect(issues.map((i) => [i.code, i.message.sv])).toEqual([
      ['owner.not_applicant', 'Organisationsnumret ska vara er organisations, 202100-2874.'],
    ]);
  });
});

describe('the receipt', () => {
  it('mails the applicant a receipt with the diary number, in Swedish and English, in the outbox of the case', async () => {
    const draft = await createDraft();
    const res = await submit(draft.caseId, draft.version);
    expect(res.statusCode).toBe(200);
    const { diaryNumber } = res.json<{ diaryNumber: string }>();
    const mails = await t.database.db
      .select()
      .from(outboxEmails)
      .where(and(eq(outboxEmails.relatedEntityType, 'case'), eq(outboxEmails.relatedEntityId, draft.caseId)));
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.to).toEqual(['sokande@umu.example']);
    expect(mail!.status).toBe('queued');
    expect(mail!.subject).toContain(diaryNumber);
    expect(mail!.subject).toContain('Life science-hubben');
    expect(mail!.bodyText).toContain(diaryNumber);
    expect(mail!.bodyText).toContain('Region Västerbotten');
    expect(mail!.bodyText).toContain('Your application');
    expect(mail!.bodyText).toContain('allmänna handlingar');
    // The letter speaks for the funder, not for the system it is sent from.
    expect(mail!.bodyText).not.toMatch(/bidra/i);
    const [queued] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'email.queued'), eq(auditEvents.entityId, mail!.id)));
    expect(queued).toBeDefined();
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it('mails nothing when the submit is refused', async () => {
    const draft = await createDraft({ projectName: 'Ofullständig' });
    expect((await submit(draft.caseId, draft.version)).statusCode).toBe(422);
    const mails = await t.database.db
      .select()
      .from(outboxEmails)
      .where(and(eq(outboxEmails.relatedEntityType, 'case'), eq(outboxEmails.relatedEntityId, draft.caseId)));
    expect(mails).toEqual([]);
  });
});

describe('who may see and change an application', () => {
  let caseId: string;
  beforeAll(async () => {
    caseId = (await createDraft()).caseId;
  });

  it("hides another organisation's application behind 404, for reading, saving and submitting", async () => {
    for (const [method, url, payload] of [
      ['GET', `/api/v1/applications/${caseId}`, undefined],
      ['PUT', `/api/v1/applications/${caseId}`, { version: 1, content }],
      ['POST', `/api/v1/applications/${caseId}/submit`, { version: 1 }],
    ] as const) {
      const res = await t.app.inject({ method, url, headers: otherApplicant.headers, ...(payload ? { payload } : {}) });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    const mine = await t.app.inject({ method: 'GET', url: '/api/v1/my/cases', headers: otherApplicant.headers });
    expect(mine.json<{ items: { id: string }[] }>().items.map((c) => c.id)).not.toContain(caseId);
  });

  it("answers a guessed id exactly like another organisation's: 404", async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/applications/00000000-0000-4000-8000-000000000000',
      headers: otherApplicant.headers,
    });
    expect(res.statusCode).toBe(404);
  });

  it("lets the funder's case officer read it but not write it", async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/applications/${caseId}`, headers: officer.headers }))
        .statusCode,
    ).toBe(200);
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/applications/${caseId}`,
      headers: officer.headers,
      payload: { version: 1, content },
    });
    expect(put.statusCode).toBe(404);
    const create = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: officer.headers,
      payload: { funderId, content },
    });
    expect(create.statusCode).toBe(403);
  });

  it('lets every staff role of the funder read the case, the finance officer included, and none write it', async () => {
    const finance = await loginAs(t.app, 'ekonomi@regionvasterbotten.example');
    for (const url of [`/api/v1/applications/${caseId}`, `/api/v1/cases/${caseId}/timeline`]) {
      const res = await t.app.inject({ method: 'GET', url, headers: finance.headers });
      expect(res.statusCode, url).toBe(200);
    }
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/applications/${caseId}`,
      headers: finance.headers,
      payload: { version: 1, content },
    });
    expect(put.statusCode).toBe(404);
  });

  it('requires a signed-in user and the CSRF token', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/applications/${caseId}` })).statusCode).toBe(401);
    const noCsrf = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/applications/${caseId}`,
      headers: { cookie: applicant.cookie },
      payload: { version: 1, content },
    });
    expect(noCsrf.statusCode).toBe(403);
  });
});
