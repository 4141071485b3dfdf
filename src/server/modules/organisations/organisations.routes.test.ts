import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '../../../domain/index.js';
import * as s from '../../db/schema/index.js';
import * as demo from '../../seed/demo-data.js';
import { createTestApp, type TestApp, type TestLogin } from '../../../../tests/support/app.js';
import { lastMailTo, signUpAndVerify } from './testing/accounts.js';

/** A valid organisation number from nine digits (the tenth is their Luhn digit). */
const orgNumber = (nine: string) => `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
const demoNumber = (key: string) => demo.organizations.find((o) => o.key === key)!.orgNumber!;
const SNICKERI = orgNumber('559900123');
const UNCLAIMED = orgNumber('556600777');

let t: TestApp;
let anna: TestLogin;
let bo: TestLogin;
let snickeriId = '';

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  anna = await signUpAndVerify(t.app, t.database, { email: 'anna@snickeri.example', displayName: 'Anna Andersson' });
  bo = await signUpAndVerify(t.app, t.database, { email: 'bo@snickeri.example', displayName: 'Bo Berg' });
});
afterAll(() => t.close());

const lookup = (who: TestLogin | null, number: string) =>
  t.app.inject({
    method: 'GET',
    url: `/api/v1/organizations/lookup?orgNumber=${encodeURIComponent(number)}`,
    headers: who?.headers ?? {},
  });
const register = (who: TestLogin, body: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/organizations', headers: who.headers, payload: body });
const askToJoin = (who: TestLogin, organizationId: string, message?: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/organizations/${organizationId}/join-requests`,
    headers: who.headers,
    payload: message === undefined ? {} : { message },
  });
const mine = async (who: TestLogin) =>
  (await t.app.inject({ method: 'GET', url: '/api/v1/my/organization', headers: who.headers })).json<{
    organization: { id: string; name: string } | null;
    roles: string[];
    pendingRequest: { id: string; organizationName: string } | null;
  }>();
const me = async (who: TestLogin) =>
  (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: who.headers })).json<{
    user: { organization: { name: string } | null; roles: { role: string }[] };
  }>();
const decide = (who: TestLogin, organizationId: string, requestId: string, outcome: string, body = {}) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/organizations/${organizationId}/join-requests/${requestId}/${outcome}`,
    headers: who.headers,
    payload: body,
  });

describe('looking up an organisation number', () => {
  it('needs a signed-in person', async () => {
    expect((await lookup(null, SNICKERI)).statusCode).toBe(401);
  });

  it('refuses a malformed number at the orgNumber field', async () => {
    const res = await lookup(anna, '55990-01');
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'org_number.format',
      details: { issues: [{ path: 'orgNumber', code: 'org_number.format' }] },
    });
  });

  it('refuses a wrong check digit, saying which digit is expected', async () => {
    const right = Number(SNICKERI.at(-1));
    const wrong = `${SNICKERI.slice(0, -1)}${(right + 1) % 10}`;
    const res = await lookup(anna, wrong);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ details: { issues: [{ path: 'orgNumber', code: 'org_number.checksum' }] } });
    expect(res.json<{ detail: string }>().detail).toContain(`men den ska vara ${right}`);
  });

  it('says that a new number is not registered, in its normal form', async () => {
    const res = await lookup(anna, SNICKERI.replace('-', ''));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ orgNumber: SNICKERI, registered: false, organization: null });
  });
});

describe('registering an organisation', () => {
  it('makes the person who registers a new number its administrator', async () => {
    const res = await register(anna, {
      orgNumber: SNICKERI,
      name: ' Snickeriet  i Byn AB ',
      type: 'company',
      postalAddress: 'Byvägen 1, 912 00 Byn',
      email: 'info@snickeri.example',
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json<{ organization: { id: string }; roles: string[] }>();
    expect(body).toMatchObject({
      organization: { orgNumber: SNICKERI, name: 'Snickeriet i Byn AB', type: 'company', phone: null },
      roles: ['applicant', 'applicant_admin'],
      pendingRequest: null,
    });
    snickeriId = body.organization.id;
    const session = await me(anna);
    expect(session.user.organization?.name).toBe('Snickeriet i Byn AB');
    expect(session.user.roles.map((r) => r.role).sort()).toEqual(['applicant', 'applicant_admin']);
    const [event] = await t.database.db.select().from(s.auditEvents).where(eq(s.auditEvents.entityId, snickeriId));
    expect(event).toMatchObject({ action: 'organization.registered' });
  });

  it('refuses a second organisation for someone who already has one', async () => {
    const res = await register(anna, { orgNumber: orgNumber('559900124'), name: 'Annat AB', type: 'company' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'organization.already_member' });
  });

  it('refuses a number registered with members at the orgNumber field, telling them to ask to join', async () => {
    const found = await lookup(bo, SNICKERI);
    expect(found.json()).toEqual({
      orgNumber: SNICKERI,
      registered: true,
      organization: {
        id: snickeriId,
        name: 'Snickeriet i Byn AB',
        type: 'company',
        hasMembers: true,
        hasAdministrator: true,
        funder: false,
        claimable: false,
      },
    });
    const res = await register(bo, { orgNumber: SNICKERI, name: 'Snickeriet', type: 'company' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'organization.registered',
      details: { issues: [{ path: 'orgNumber' }] },
    });
    expect(res.json<{ detail: string }>().detail).toContain('Be om att få gå med');
  });

  it('needs a name for a new number, and a valid e-mail address when one is given', async () => {
    const person = await signUpAndVerify(t.app, t.database, { email: 'cia@ny.example', displayName: 'Cia Ceder' });
    const noName = await register(person, { orgNumber: orgNumber('802400111'), type: 'association' });
    expect(noName.statusCode).toBe(422);
    expect(noName.json()).toMatchObject({ details: { issues: [{ path: 'name' }] } });
    const badMail = await register(person, {
      orgNumber: orgNumber('802400111'),
      name: 'Föreningen',
      type: 'association',
      email: 'inte en adress',
    });
    expect(badMail.json()).toMatchObject({ details: { issues: [{ path: 'email' }] } });
    const nul = await register(person, { orgNumber: orgNumber('802400111'), name: 'För\u0000ening', type: 'other' });
    expect(nul.statusCode).toBe(400);
    const badType = await register(person, { orgNumber: orgNumber('802400111'), name: 'Förening', type: 'kommun' });
    expect(badType.statusCode).toBe(400);
    expect((await mine(person)).organization).toBeNull();
  });

  it('lets the first person claim an organisation registered without members, keeping its registered name', async () => {
    // Registered by an earlier import, say, with no cases and nobody acting for it.
    await t.database.db
      .insert(s.organizations)
      .values({ name: 'Fjällbolaget AB', orgNumber: UNCLAIMED, type: 'company' });
    const person = await signUpAndVerify(t.app, t.database, {
      email: 'dan@fjallbolaget.example',
      displayName: 'Dan Dahl',
    });
    const found = await lookup(person, UNCLAIMED);
    expect(found.json()).toMatchObject({
      registered: true,
      organization: { name: 'Fjällbolaget AB', hasMembers: false, claimable: true },
    });
    const res = await register(person, { orgNumber: UNCLAIMED, type: 'association', phone: '0920-49 10 00' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      organization: { name: 'Fjällbolaget AB', type: 'company', phone: '0920-49 10 00' },
      roles: ['applicant', 'applicant_admin'],
    });
    // Now it has a member: the next person asks to join instead.
    const late = await signUpAndVerify(t.app, t.database, { email: 'eva@fjallbolaget.example', displayName: 'Eva Ek' });
    expect((await register(late, { orgNumber: UNCLAIMED, type: 'company' })).statusCode).toBe(409);
  });

  it('never lets anyone take over an organisation that already has cases; its funder invites the first administrator', async () => {
    // An organisation from the archive: a case with the funder, nobody in Bidra who acts for it.
    const [withHistory] = await t.database.db
      .insert(s.organizations)
      .values({ name: 'Arkivets Förening', orgNumber: orgNumber('802400555'), type: 'association' })
      .returning();
    const [funder] = await t.database.db.select().from(s.funders);
    await t.database.db.insert(s.cases).values({
      funderId: funder!.id,
      kind: 'application',
      status: 'withdrawn',
      title: 'Ett gammalt ärende',
      applicantOrganizationId: withHistory!.id,
    });
    const person = await signUpAndVerify(t.app, t.database, { email: 'ivar@arkiv.example', displayName: 'Ivar Ing' });
    const found = await lookup(person, withHistory!.orgNumber!);
    expect(found.json()).toMatchObject({ organization: { hasMembers: false, claimable: false } });
    const res = await register(person, { orgNumber: withHistory!.orgNumber!, type: 'association' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'organization.has_history',
      details: { issues: [expect.objectContaining({ path: 'orgNumber' })] },
    });
    expect(res.json<{ detail: string }>().detail).toContain('Kontakta stödgivaren');
    expect((await mine(person)).organization).toBeNull();

    // The funder's administrator invites the person the organisation named; another funder's gets 404.
    const { loginAs } = await import('../../../../tests/support/app.js');
    const admin = await loginAs(t.app, demo.people.admin.email);
    const invite = (headers: Record<string, string>, body: Record<string, unknown>) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/funders/${funder!.id}/applicant-administrators`,
        headers,
        payload: body,
      });
    const body = { orgNumber: withHistory!.orgNumber!, email: 'kontakt@arkiv.example', displayName: 'Kajsa Kontakt' };
    const officer = await loginAs(t.app, demo.people.officer.email);
    expect((await invite(officer.headers, body)).statusCode).toBe(404);
    const noCase = await invite(admin.headers, { ...body, orgNumber: orgNumber('802400666') });
    expect(noCase.statusCode).toBe(422);
    expect(noCase.json()).toMatchObject({ code: 'organization.no_case_with_funder' });
    const made = await invite(admin.headers, body);
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ organization: 'Arkivets Förening' });
    const mail = await lastMailTo(t.database, 'kontakt@arkiv.example');
    expect(mail?.bodyText).toContain('/inbjudan?token=');
    const roles = await t.database.db
      .select({ role: s.roleGrants.role })
      .from(s.roleGrants)
      .where(eq(s.roleGrants.userId, made.json<{ userId: string }>().userId));
    expect(roles.map((r) => r.role).sort()).toEqual(['applicant', 'applicant_admin']);
  });

  it("never lets anyone claim or join a funder's own organisation", async () => {
    const person = await signUpAndVerify(t.app, t.database, { email: 'fia@region.example', displayName: 'Fia Fors' });
    const rvb = demoNumber('rvb');
    const found = await lookup(person, rvb);
    expect(found.json()).toMatchObject({
      organization: { name: 'Region Västerbotten', funder: true, claimable: false },
    });
    const res = await register(person, { orgNumber: rvb, type: 'region' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'organization.funder' });
    const id = found.json<{ organization: { id: string } }>().organization.id;
    const join = await askToJoin(person, id);
    expect(join.statusCode).toBe(409);
    expect(join.json()).toMatchObject({ code: 'organization.funder' });
  });

  it('refuses a request to an organisation with members but nobody to accept it', async () => {
    const person = await signUpAndVerify(t.app, t.database, { email: 'gun@umu.example', displayName: 'Gun Gran' });
    const found = await lookup(person, demoNumber('umu'));
    expect(found.json()).toMatchObject({ organization: { hasMembers: true, hasAdministrator: false } });
    const res = await askToJoin(person, found.json<{ organization: { id: string } }>().organization.id);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'organization.no_administrator' });
  });
});

describe('asking to join', () => {
  let requestId = '';

  it('makes a pending request, mails the administrator, and grants nothing yet', async () => {
    const res = await askToJoin(bo, snickeriId, 'Jag är ekonomiansvarig.');
    expect(res.statusCode, res.body).toBe(201);
    const state = await mine(bo);
    expect(state).toMatchObject({
      organization: null,
      roles: [],
      pendingRequest: { organizationName: 'Snickeriet i Byn AB' },
    });
    requestId = state.pendingRequest!.id;
    expect((await me(bo)).user.roles).toEqual([]);
    const mail = await lastMailTo(t.database, 'anna@snickeri.example', 'vill gå med');
    expect(mail!.subject).toContain('Bo Berg vill gå med i Snickeriet i Byn AB');
    expect(mail!.bodyText).toContain('Jag är ekonomiansvarig.');
    expect(mail!.bodyText).toContain('http://localhost:3000/organisation');
  });

  it('allows one pending request per person', async () => {
    const otherId = (await lookup(bo, UNCLAIMED)).json<{ organization: { id: string } }>().organization.id;
    const res = await askToJoin(bo, otherId);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'join_request.pending_exists' });
  });

  it('shows the administrator the request, and accepting it makes the person an applicant there', async () => {
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organizations/${snickeriId}/join-requests`,
      headers: anna.headers,
    });
    expect(list.json()).toEqual({
      items: [
        {
          id: requestId,
          userId: expect.any(String) as string,
          displayName: 'Bo Berg',
          email: 'bo@snickeri.example',
          message: 'Jag är ekonomiansvarig.',
          createdAt: expect.any(String) as string,
        },
      ],
    });
    const ok = await decide(anna, snickeriId, requestId, 'accept');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ items: [] });
    expect(await mine(bo)).toMatchObject({
      organization: { id: snickeriId },
      roles: ['applicant'],
      pendingRequest: null,
    });
    const mail = await lastMailTo(t.database, 'bo@snickeri.example', 'Du är nu med i');
    expect(mail!.subject).toContain('Du är nu med i Snickeriet i Byn AB');

    const twice = await decide(anna, snickeriId, requestId, 'refuse');
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'join_request.decided' });
  });

  it('refusing tells the person why, and they may ask again or elsewhere', async () => {
    const person = await signUpAndVerify(t.app, t.database, { email: 'hans@annat.example', displayName: 'Hans Holm' });
    await askToJoin(person, snickeriId);
    const { pendingRequest } = await mine(person);
    const res = await decide(anna, snickeriId, pendingRequest!.id, 'refuse', { reason: 'Vi känner inte dig.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(await mine(person)).toEqual({ organization: null, roles: [], pendingRequest: null });
    const mail = await lastMailTo(t.database, 'hans@annat.example', 'Förfrågan om');
    expect(mail!.bodyText).toContain('har avslagits');
    expect(mail!.bodyText).toContain('Vi känner inte dig.');
    const events = await t.database.db
      .select()
      .from(s.auditEvents)
      .where(eq(s.auditEvents.entityId, pendingRequest!.id));
    expect(events.map((e) => e.action).sort()).toEqual([
      'organization.join_request_refused',
      'organization.join_requested',
    ]);
  });

  it('can be withdrawn, and registering an organisation withdraws a pending one', async () => {
    const person = await signUpAndVerify(t.app, t.database, { email: 'ida@eget.example', displayName: 'Ida Ivarsson' });
    await askToJoin(person, snickeriId);
    const withdrawn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/my/join-request/withdraw',
      headers: person.headers,
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ pendingRequest: null });
    const none = await t.app.inject({
      method: 'POST',
      url: '/api/v1/my/join-request/withdraw',
      headers: person.headers,
    });
    expect(none.statusCode).toBe(404);

    await askToJoin(person, snickeriId);
    const res = await register(person, {
      orgNumber: orgNumber('802400222'),
      name: 'Idas förening',
      type: 'association',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ pendingRequest: null, organization: { name: 'Idas förening' } });
    const pending = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organizations/${snickeriId}/join-requests`,
      headers: anna.headers,
    });
    expect(pending.json()).toEqual({ items: [] });
  });

  it('refuses a request from someone who already belongs to an organisation', async () => {
    const res = await askToJoin(bo, snickeriId);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'organization.already_member' });
  });

  it('answers 404 for an organisation that does not exist, and 401 to the public', async () => {
    const person = await signUpAndVerify(t.app, t.database, { email: 'jan@ingen.example', displayName: 'Jan Jonsson' });
    expect((await askToJoin(person, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const publicCall = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organizations/${snickeriId}/join-requests`,
      payload: {},
    });
    expect(publicCall.statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/my/organization' })).statusCode).toBe(401);
  });
});
