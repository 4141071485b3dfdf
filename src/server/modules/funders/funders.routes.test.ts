import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../db/schema/index.js';
import {
  addFunderAdministrator,
  createFunderTestApp,
  jamtland,
  type FunderTestApp,
  type Headers,
} from './testing/funder-app.js';

let t: FunderTestApp;
beforeAll(async () => {
  t = await createFunderTestApp();
});
afterAll(async () => {
  await t.close();
});

const inject = (method: 'GET' | 'POST' | 'PUT', url: string, headers: Headers | undefined, payload?: object) =>
  t.app.inject({ method, url, ...(headers ? { headers } : {}), ...(payload ? { payload } : {}) });

interface Settings {
  funderId: string;
  version: number;
  name: string;
  orgNumber: string;
  postalAddress: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  committeeName: string;
  diaryNumberFormat: string;
  delegationLimitOre: number | null;
  standardConditions: string | null;
  defaultContactUserId: string | null;
  appealNotice: string | null;
  paymentDetails: string | null;
  appealNotices: Record<AppealKind, string | null>;
  defaultAppealNotices: Record<AppealKind, string>;
  contact: string | null;
  nextDiaryNumber: string | null;
  contactPeople: { id: string; displayName: string }[];
}
type AppealKind = 'grant' | 'reject' | 'amend' | 'withdraw' | 'recover' | 'close';
const issuePaths = (body: string) =>
  (JSON.parse(body) as { details: { issues: { path: string }[] } }).details.issues.map((i) => i.path);

let funder: Settings;

describe('an empty installation becomes a funder', () => {
  it('refuses a signed-out caller (401)', async () => {
    expect((await inject('POST', '/api/v1/funders', undefined, jamtland)).statusCode).toBe(401);
  });

  it('names every problem of a bad form, each linked to its field', async () => {
    const res = await inject('POST', '/api/v1/funders', t.installer, {
      name: ' ',
      orgNumber: '232100-0215',
      committeeName: '',
      diaryNumberFormat: 'RUN {year}',
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(issuePaths(res.body)).toEqual(['name', 'orgNumber', 'committeeName', 'diaryNumberFormat']);
    expect(res.json<{ details: { issues: { message: { sv: string } }[] } }>().details.issues[1]!.message.sv).toContain(
      'kontrollsiffra',
    );
  });

  it('refuses a diary-number format without the year, which would repeat numbers every year', async () => {
    const res = await inject('POST', '/api/v1/funders', t.installer, { ...jamtland, diaryNumberFormat: 'RUN-{seq}' });
    expect(res.statusCode).toBe(422);
    expect(issuePaths(res.body)).toEqual(['diaryNumberFormat']);
    expect(res.body).toContain('{year}');
  });

  it('creates the organisation, the funder and its first settings version, and makes the creator its administrator', async () => {
    const res = await inject('POST', '/api/v1/funders', t.installer, { ...jamtland, orgNumber: '2321000214' });
    expect(res.statusCode, res.body).toBe(201);
    funder = res.json<Settings>();
    expect(funder).toMatchObject({
      version: 1,
      name: 'Region Jämtland Härjedalen',
      orgNumber: '232100-0214',
      committeeName: 'Regionala utvecklingsnämnden',
      nextDiaryNumber: 'RUN 2026/1',
      standardConditions: null,
    });
    const [org] = await t.database.db
      .select()
      .from(s.organizations)
      .where(eq(s.organizations.orgNumber, '232100-0214'));
    expect(org!.type).toBe('region');
    const [me] = await t.database.db.select().from(s.users).where(eq(s.users.id, t.installerId));
    expect(me!.organizationId).toBe(org!.id);
    const mine = await inject('GET', '/api/v1/my/funders', t.installer);
    expect(mine.json()).toEqual({
      items: [
        { id: funder.funderId, name: jamtland.name, committee: jamtland.committeeName, roles: ['administrator'] },
      ],
    });
    const versions = await t.database.db
      .select()
      .from(s.funderSettingsVersions)
      .where(eq(s.funderSettingsVersions.funderId, funder.funderId));
    expect(versions.map((v) => v.version)).toEqual([1]);
    const events = await t.database.db
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.entityType, 'funder'), eq(s.auditEvents.entityId, funder.funderId)));
    expect(events.map((e) => e.action)).toEqual(['funder.created']);
  });

  it('refuses a funder’s own administrator who is not the installation’s (403)', async () => {
    const [org] = await t.database.db
      .select()
      .from(s.organizations)
      .where(eq(s.organizations.orgNumber, '232100-0214'));
    await addFunderAdministrator(t, org!.id, 'admin@regionjh.example');
    const admin = await t.login('admin@regionjh.example');
    const res = await inject('POST', '/api/v1/funders', admin, { ...jamtland, orgNumber: '232100-0230' });
    expect(res.statusCode).toBe(403);
    expect(res.json<{ code: string }>().code).toBe('funder.create_forbidden');
  });

  it('answers 409 when the organisation already is a funder', async () => {
    const res = await inject('POST', '/api/v1/funders', t.installer, jamtland);
    expect(res.statusCode).toBe(409);
    expect(issuePaths(res.body)).toEqual(['orgNumber']);
  });

  it('reuses an organisation that exists but is not a funder yet', async () => {
    const [org] = await t.database.db
      .insert(s.organizations)
      .values({ name: 'Region Norrbotten', orgNumber: '232100-0230', type: 'region' })
      .returning();
    const res = await inject('POST', '/api/v1/funders', t.installer, {
      name: 'Region Norrbotten',
      orgNumber: '232100-0230',
      committeeName: 'Regional utvecklingsnämnd',
      diaryNumberFormat: 'RUN/{seq:3}/{year}',
    });
    expect(res.statusCode, res.body).toBe(201);
    const [row] = await t.database.db.select().from(s.funders).where(eq(s.funders.organizationId, org!.id));
    expect(row!.id).toBe(res.json<Settings>().funderId);
    expect(res.json<Settings>().nextDiaryNumber).toBe('RUN/001/2026');
  });
});

describe('the settings of a funder', () => {
  const letterhead = {
    postalAddress: '831 83 Östersund',
    phone: '063-14 75 00',
    email: 'region@regionjh.se',
    website: 'www.regionjh.se',
  };
  const body = (over: Partial<Settings> = {}) => ({
    version: funder.version,
    name: funder.name,
    orgNumber: funder.orgNumber,
    ...letterhead,
    committeeName: funder.committeeName,
    diaryNumberFormat: funder.diaryNumberFormat,
    delegationLimitOre: 100_000_000,
    standardConditions: 'Stödmottagaren ska följa de allmänna villkoren för regionala projektmedel.',
    defaultContactUserId: t.installerId,
    appealNotice: 'Beslutet kan inte överklagas.',
    contact: 'projektmedel@regionjh.se',
    ...over,
  });

  it('saves name, letterhead, limits, conditions and contact, and keeps the whole as a new version', async () => {
    const res = await inject('PUT', `/api/v1/funders/${funder.funderId}/settings`, t.installer, body());
    expect(res.statusCode, res.body).toBe(200);
    const saved = res.json<Settings>();
    expect(saved).toMatchObject({ version: 2, ...letterhead, delegationLimitOre: 100_000_000 });
    expect(saved.contactPeople.map((p) => p.displayName)).toEqual(['Anna Administratör', 'Ingrid Installatör']);
    const [funderRow] = await t.database.db.select().from(s.funders).where(eq(s.funders.id, funder.funderId));
    expect(funderRow!.appealNotices).toEqual({
      grant: 'Beslutet kan inte överklagas.',
      amend: 'Beslutet kan inte överklagas.',
      reject: 'Beslutet kan inte överklagas.',
    });
    const [event] = await t.database.db
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.action, 'funder.settings_changed'), eq(s.auditEvents.entityId, funder.funderId)));
    expect(event!.before).toMatchObject({ version: 1, postalAddress: null });
    expect(event!.after).toMatchObject({ version: 2, postalAddress: '831 83 Östersund' });
    funder = saved;
  });

  it('refuses a save based on an older version (409) and changes nothing', async () => {
    const res = await inject(
      'PUT',
      `/api/v1/funders/${funder.funderId}/settings`,
      t.installer,
      body({ version: 1, name: 'Fel namn' }),
    );
    expect(res.statusCode).toBe(409);
    const again = await inject('GET', `/api/v1/funders/${funder.funderId}/settings`, t.installer);
    expect(again.json<Settings>()).toMatchObject({ version: 2, name: jamtland.name });
  });

  it('links each bad letterhead line, contact and number to its field', async () => {
    const res = await inject(
      'PUT',
      `/api/v1/funders/${funder.funderId}/settings`,
      t.installer,
      body({
        orgNumber: '12345',
        phone: 'ring oss',
        email: 'inte en adress',
        website: 'http://',
        defaultContactUserId: '00000000-0000-4000-8000-000000000000',
      }),
    );
    expect(res.statusCode).toBe(422);
    expect(issuePaths(res.body)).toEqual(['orgNumber', 'phone', 'email', 'website', 'defaultContactUserId']);
  });

  it('refuses another organisation’s number (409) and NUL characters (400)', async () => {
    const taken = await inject(
      'PUT',
      `/api/v1/funders/${funder.funderId}/settings`,
      t.installer,
      body({ orgNumber: '232100-0230' }),
    );
    expect(taken.statusCode).toBe(409);
    expect(taken.body).toContain('Region Norrbotten');
    const nul = await inject(
      'PUT',
      `/api/v1/funders/${funder.funderId}/settings`,
      t.installer,
      body({ name: 'A\u0000B' }),
    );
    expect(nul.statusCode).toBe(400);
  });

  it('lists every version: who saved it, when, and what changed', async () => {
    const res = await inject('GET', `/api/v1/funders/${funder.funderId}/settings/versions`, t.installer);
    expect(res.statusCode).toBe(200);
    const { items } = res.json<{ items: { version: number; changedBy: string | null; changed: string[] }[] }>();
    expect(items.map((v) => v.version)).toEqual([2, 1]);
    expect(items[0]!.changedBy).toBe('Ingrid Installatör');
    expect(items[0]!.changed).toEqual([
      'postalAddress',
      'phone',
      'email',
      'website',
      'delegationLimitOre',
      'standardConditions',
      'defaultContactUserId',
      'appealNotices',
      'contact',
    ]);
    expect(items[1]!.changed).toEqual([]);
  });

  const PAYMENT = 'Bankgiro 5050-0347. Ange diarienumret som referens.';
  const LEGALITY =
    'Beslutet kan överklagas genom laglighetsprövning enligt 13 kap. kommunallagen (2017:725) inom tre veckor från den dag då protokollet anslogs.';

  it('keeps how refunds and recoveries are paid and an appeal notice per decision kind, as a new version', async () => {
    const res = await inject(
      'PUT',
      `/api/v1/funders/${funder.funderId}/settings`,
      t.installer,
      body({
        paymentDetails: `  ${PAYMENT} `,
        // The older single notice beside them is ignored: each kind says what it says.
        appealNotices: {
          grant: 'Beslutet kan inte överklagas.',
          reject: '   ',
          amend: null,
          withdraw: LEGALITY,
          recover: 'Beslutet om återkrav kan inte överklagas.',
        } as Record<AppealKind, string | null>,
      }),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Settings>().version).toBe(3);

    const read = (await inject('GET', `/api/v1/funders/${funder.funderId}/settings`, t.installer)).json<Settings>();
    expect(read).toMatchObject({
      version: 3,
      paymentDetails: PAYMENT,
      appealNotices: {
        grant: 'Beslutet kan inte överklagas.',
        reject: null,
        amend: null,
        withdraw: LEGALITY,
        recover: 'Beslutet om återkrav kan inte överklagas.',
        close: null,
      },
      appealNotice: 'Beslutet kan inte överklagas.',
    });
    // An empty kind prints the letter's default, which the page shows beside the field.
    expect(read.defaultAppealNotices.close).toContain('förordning (2003:596)');
    expect(read.defaultAppealNotices.withdraw).toContain('13 kap. kommunallagen');
    const [row] = await t.database.db.select().from(s.funders).where(eq(s.funders.id, funder.funderId));
    expect(row!.paymentDetails).toBe(PAYMENT);
    expect(row!.appealNotices).toEqual({
      grant: 'Beslutet kan inte överklagas.',
      withdraw: LEGALITY,
      recover: 'Beslutet om återkrav kan inte överklagas.',
    });

    const versions = await inject('GET', `/api/v1/funders/${funder.funderId}/settings/versions`, t.installer);
    const latest = versions.json<{
      items: { version: number; changed: string[]; settings: Record<string, unknown> }[];
    }>().items[0]!;
    expect(latest.version).toBe(3);
    expect(latest.changed).toEqual(['paymentDetails', 'appealNotices']);
    expect(latest.settings).toMatchObject({ paymentDetails: PAYMENT, appealNotices: { withdraw: LEGALITY } });
    const events = await t.database.db
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.action, 'funder.settings_changed'), eq(s.auditEvents.entityId, funder.funderId)));
    const last = events.find((e) => (e.after as { version: number }).version === 3)!;
    expect(last.before).toMatchObject({ paymentDetails: null });
    expect(last.after).toMatchObject({ paymentDetails: PAYMENT, changed: ['paymentDetails', 'appealNotices'] });
    funder = read;
  });

  it('keeps the older single appeal notice working: it sets grants, amendments and rejections', async () => {
    const legacy = body({ appealNotice: 'Beslutet får inte överklagas.' });
    expect(legacy).not.toHaveProperty('appealNotices');
    const res = await inject('PUT', `/api/v1/funders/${funder.funderId}/settings`, t.installer, legacy);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Settings>()).toMatchObject({
      version: 4,
      paymentDetails: PAYMENT,
      appealNotice: 'Beslutet får inte överklagas.',
      appealNotices: {
        grant: 'Beslutet får inte överklagas.',
        amend: 'Beslutet får inte överklagas.',
        reject: 'Beslutet får inte överklagas.',
        withdraw: LEGALITY,
        recover: 'Beslutet om återkrav kan inte överklagas.',
        close: null,
      },
    });
    funder = res.json<Settings>();
  });

  it('refuses payment details or an appeal notice that is too long (422), each linked to its field, and changes nothing', async () => {
    const res = await inject(
      'PUT',
      `/api/v1/funders/${funder.funderId}/settings`,
      t.installer,
      body({
        paymentDetails: `Bankgiro 5050-0347. ${'Referens. '.repeat(100)}`,
        appealNotices: { ...funder.appealNotices, close: 'Beslutet kan inte överklagas. '.repeat(700) },
      }),
    );
    expect(res.statusCode, res.body).toBe(422);
    expect(issuePaths(res.body)).toEqual(['paymentDetails', 'appealNotices.close']);
    expect(res.body).toContain('Betalningsuppgifterna får vara högst 1000 tecken.');
    expect(res.body).toContain('Överklagandehänvisningen för avslut får vara högst 20000 tecken.');
    const again = (await inject('GET', `/api/v1/funders/${funder.funderId}/settings`, t.installer)).json<Settings>();
    expect(again).toMatchObject({ version: 4, paymentDetails: PAYMENT, appealNotices: { close: null } });
  });
});
