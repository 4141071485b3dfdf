import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../db/schema/index.js';
import { adjustableClock, createTestApp, loginAs, TEST_PASSWORD, type TestApp } from '../../../../tests/support/app.js';
import { hashPassword } from '../auth/passwords.js';

// The demo's funder (Region Västerbotten) with its one administrator, and a second funder beside it.
const clock = adjustableClock('2026-12-01T09:00:00Z');
let t: TestApp;
let admin: Record<string, string>;
let funderId: string;
let otherFunderId: string;
/** Sessions end after 12 hours, and the tests move the clock by days: sign in again where needed. */
let otherAdmin: Record<string, string>;
let otherAdminId: string;

type Method = 'GET' | 'POST' | 'PUT';
const call = (method: Method, url: string, headers: Record<string, string>, payload?: object) =>
  t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
const users = (id = funderId) => `/api/v1/funders/${id}/users`;
const db = () => t.database.db;

interface Member {
  id: string;
  email: string;
  displayName: string;
  active: boolean;
  version: number;
  roles: { role: string; capacity: string | null }[];
  invitation: { state: string; expiresAt: string | null };
}
interface Issue {
  path: string;
  code: string;
}

async function member(email: string): Promise<Member> {
  const list = await call('GET', users(), admin);
  const found = list.json<{ items: Member[] }>().items.find((m) => m.email === email);
  if (!found) throw new Error(`${email} is not among the funder's users`);
  return found;
}

async function userIdOf(email: string): Promise<string> {
  const [row] = await db().select({ id: s.users.id }).from(s.users).where(eq(s.users.email, email));
  return row!.id;
}

/** The link in the newest mail to `email` (the outbox, as the SMTP worker would send it). */
async function linkMailedTo(email: string, page: string): Promise<string> {
  const mails = await db()
    .select()
    .from(s.outboxEmails)
    .where(eq(s.outboxEmails.to, [email]));
  const body = mails.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0]?.bodyText ?? '';
  const m = new RegExp(`${page}\\?token=([\\w-]+)`).exec(body);
  if (!m) throw new Error(`no ${page} link mailed to ${email}: ${body}`);
  return m[1]!;
}

const invite = (body: object, headers = admin) => call('POST', users(), headers, body);

beforeAll(async () => {
  t = await createTestApp({ seed: true, clock });
  admin = (await loginAs(t.app, 'admin@regionvasterbotten.example')).headers;
  const mine = await call('GET', '/api/v1/my/funders', admin);
  funderId = mine.json<{ items: { id: string }[] }>().items[0]!.id;

  const [org] = await db()
    .insert(s.organizations)
    .values({ name: 'Region Annanstans', orgNumber: '232100-0180', type: 'region' })
    .returning();
  const [funder] = await db()
    .insert(s.funders)
    .values({ organizationId: org!.id, committeeName: 'Annanstansnämnden', diaryNumberFormat: 'AN {year}/{seq}' })
    .returning();
  otherFunderId = funder!.id;
  const [user] = await db()
    .insert(s.users)
    .values({
      email: 'admin@annanstans.example',
      displayName: 'Annan Administratör',
      passwordHash: await hashPassword(TEST_PASSWORD),
      organizationId: org!.id,
    })
    .returning();
  otherAdminId = user!.id;
  await db().insert(s.roleGrants).values({ userId: user!.id, role: 'administrator', organizationId: org!.id });
  otherAdmin = (await loginAs(t.app, 'admin@annanstans.example')).headers;
});
afterAll(() => t.close());

describe("a funder's administrator keeps its users", () => {
  it('lists the staff with roles in words-ready codes, capacity, status and last sign-in', async () => {
    const res = await call('GET', users(), admin);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json<{ items: Member[] }>().items;
    const chair = items.find((m) => m.email === 'ordforande@regionvasterbotten.example')!;
    expect(chair.roles.map((r) => r.role)).toEqual(['decision_maker']);
    expect(chair.invitation).toEqual({ state: 'accepted', expiresAt: null });
    const me = items.find((m) => m.email === 'admin@regionvasterbotten.example')!;
    expect(me).toMatchObject({ active: true, roles: [{ role: 'administrator', capacity: null }] });
    expect((me as Member & { lastSignedInAt: string }).lastSignedInAt).toBe('2026-12-01T09:00:00.000Z');
    // The applicant of another organisation and the other funder's administrator are not staff here.
    expect(items.map((m) => m.email)).not.toContain('sokande@umu.example');
    expect(items.map((m) => m.email)).not.toContain('admin@annanstans.example');
  });

  it('invites a case officer: pending for 72 hours with a mailed link, then expired, then sent again', async () => {
    const res = await invite({
      email: 'Ny.Handlaggare@regionvasterbotten.example',
      displayName: ' Nils  Ny ',
      roles: [{ role: 'case_officer' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Member>()).toMatchObject({
      email: 'Ny.Handlaggare@regionvasterbotten.example',
      displayName: 'Nils Ny',
      roles: [{ role: 'case_officer', capacity: null }],
      invitation: { state: 'pending', expiresAt: '2026-12-04T09:00:00.000Z' },
    });
    const first = await linkMailedTo('Ny.Handlaggare@regionvasterbotten.example', '/inbjudan');

    clock.advance(72 * 3_600_000 + 1);
    // Three days on, the administrator's own session has long ended too.
    admin = (await loginAs(t.app, 'admin@regionvasterbotten.example')).headers;
    expect((await member('Ny.Handlaggare@regionvasterbotten.example')).invitation.state).toBe('expired');

    const { id } = res.json<Member>();
    const again = await call('POST', `${users()}/${id}/invitation`, admin);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json<Member>().invitation.state).toBe('pending');
    const second = await linkMailedTo('Ny.Handlaggare@regionvasterbotten.example', '/inbjudan');
    expect(second).not.toBe(first);
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      payload: { token: second, password: 'fjällbjörk vid älven' },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect((await member('Ny.Handlaggare@regionvasterbotten.example')).invitation.state).toBe('accepted');

    // Once accepted there is nothing to send again: a forgotten password has its own way.
    const late = await call('POST', `${users()}/${id}/invitation`, admin);
    expect(late.statusCode).toBe(409);
    expect(late.json<{ code: string }>().code).toBe('user.invitation_accepted');
  });

  it('needs a capacity for a decision maker, and keeps it with the role', async () => {
    const without = await invite({
      email: 'beslut@regionvasterbotten.example',
      displayName: 'Bo Beslut',
      roles: [{ role: 'decision_maker' }],
    });
    expect(without.statusCode).toBe(422);
    expect(without.json<{ details: { issues: Issue[] } }>().details.issues).toEqual([
      expect.objectContaining({ path: 'capacity', code: 'user.capacity_missing' }),
    ]);
    const withIt = await invite({
      email: 'beslut@regionvasterbotten.example',
      displayName: 'Bo Beslut',
      title: 'enhetschef',
      roles: [
        { role: 'decision_maker', capacity: 'enhetschef för tillväxt' },
        { role: 'case_officer', capacity: 'ignored' },
      ],
    });
    expect(withIt.statusCode, withIt.body).toBe(201);
    expect(withIt.json<Member>().roles).toEqual([
      { role: 'case_officer', capacity: null },
      { role: 'decision_maker', capacity: 'enhetschef för tillväxt' },
    ]);
  });

  it('refuses an address that already has an account, on the e-mail field, whatever its case', async () => {
    for (const email of ['handlaggare@regionvasterbotten.example', 'SOKANDE@umu.example']) {
      const res = await invite({ email, displayName: 'Dubblett', roles: [{ role: 'case_officer' }] });
      expect(res.statusCode).toBe(409);
      expect(res.json<{ details: { issues: Issue[] } }>().details.issues).toEqual([
        expect.objectContaining({ path: 'email', code: 'user.email_taken' }),
      ]);
    }
  });

  it('refuses bad input with 400 or 422, never a server error', async () => {
    const cases: [object, number][] = [
      [{ email: 'a@regionvasterbotten.example', displayName: 'Nul\u0000byte', roles: [{ role: 'case_officer' }] }, 400],
      [{ email: 'a\u0000@regionvasterbotten.example', displayName: 'A', roles: [{ role: 'case_officer' }] }, 400],
      [{ email: 'a@regionvasterbotten.example', displayName: 'A', roles: [{ role: 'applicant' }] }, 400],
      [{ email: 'a@regionvasterbotten.example', displayName: 'A', roles: [{ role: 'superuser' }] }, 400],
      [{ email: 'a@regionvasterbotten.example', displayName: 'x'.repeat(201), roles: [{ role: 'case_officer' }] }, 400],
      [{ email: 'inte en adress', displayName: 'A', roles: [{ role: 'case_officer' }] }, 422],
      [{ email: 'a@regionvasterbotten.example', displayName: '   ', roles: [{ role: 'case_officer' }] }, 422],
      [{ email: 'a@regionvasterbotten.example', displayName: 'A', roles: [] }, 422],
      [
        {
          email: 'a@regionvasterbotten.example',
          displayName: 'A',
          roles: [{ role: 'case_officer' }, { role: 'case_officer' }],
        },
        422,
      ],
    ];
    for (const [body, status] of cases) {
      const res = await invite(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
    }
    const notUuid = await call('GET', '/api/v1/funders/not-a-uuid/users', admin);
    expect(notUuid.statusCode).toBe(400);
  });

  it('gives and takes roles with the version it was shown; a stale version is refused', async () => {
    const officer = await member('handlaggare@regionvasterbotten.example');
    const url = `${users()}/${officer.id}/roles`;
    const changed = await call('PUT', url, admin, {
      version: officer.version,
      roles: [{ role: 'case_officer' }, { role: 'finance_officer' }],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<Member>().roles.map((r) => r.role)).toEqual(['case_officer', 'finance_officer']);
    expect(changed.json<Member>().version).toBe(officer.version + 1);

    const stale = await call('PUT', url, admin, { version: officer.version, roles: [{ role: 'case_officer' }] });
    expect(stale.statusCode).toBe(409);

    // The person's next request already carries the new role.
    const session = await loginAs(t.app, 'handlaggare@regionvasterbotten.example');
    const me = await call('GET', '/api/v1/auth/me', session.headers);
    expect(me.json<{ user: { roles: { role: string }[] } }>().user.roles.map((r) => r.role)).toContain(
      'finance_officer',
    );

    const back = await call('PUT', url, admin, { version: officer.version + 1, roles: [{ role: 'case_officer' }] });
    expect(back.statusCode).toBe(200);
    const [event] = await db()
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.action, 'user.roles_changed'), eq(s.auditEvents.entityId, officer.id)))
      .limit(1);
    expect(event).toMatchObject({
      before: { roles: [{ role: 'case_officer', capacity: null }] },
      after: {
        roles: [
          { role: 'case_officer', capacity: null },
          { role: 'finance_officer', capacity: null },
        ],
      },
    });
  });

  it("sets the title and telephone a letter's contact line prints; a number that cannot be dialled changes nothing", async () => {
    const officer = await member('handlaggare@regionvasterbotten.example');
    const url = `${users()}/${officer.id}/contact`;
    const before = await db().select().from(s.users).where(eq(s.users.id, officer.id));

    for (const phone of ['ring mig', '12', '090--12 34 56', '0'.repeat(41)]) {
      const bad = await call('PUT', url, admin, { version: officer.version, title: 'Ny titel', phone });
      expect(bad.statusCode, phone).toBe(400);
      expect(bad.body).not.toMatch(/stack|at \w+ \(/);
    }
    const unchanged = await db().select().from(s.users).where(eq(s.users.id, officer.id));
    expect(unchanged[0]).toMatchObject({ title: before[0]!.title, phone: before[0]!.phone, version: officer.version });

    const set = await call('PUT', url, admin, {
      version: officer.version,
      title: '  utvecklingsstrateg ',
      phone: ' 090-785  00 42 ',
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json<Member & { title: string; phone: string }>()).toMatchObject({
      title: 'utvecklingsstrateg',
      phone: '090-785 00 42',
      version: officer.version + 1,
    });
    const stale = await call('PUT', url, admin, { version: officer.version, title: null, phone: null });
    expect(stale.statusCode).toBe(409);

    const [event] = await db()
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.action, 'user.contact_changed'), eq(s.auditEvents.entityId, officer.id)));
    expect(event).toMatchObject({
      before: { title: before[0]!.title, phone: before[0]!.phone },
      after: { title: 'utvecklingsstrateg', phone: '090-785 00 42' },
    });

    // Blank clears both; an invitation may carry the telephone from the start.
    const cleared = await call('PUT', url, admin, { version: officer.version + 1, title: '', phone: '' });
    expect(cleared.json<{ title: string | null; phone: string | null }>()).toMatchObject({ title: null, phone: null });
    const invited = await call('POST', users(), admin, {
      email: 'telefon@regionvasterbotten.example',
      displayName: 'Tea Telefon',
      title: 'strateg',
      phone: '+46 90 785 00 77',
      roles: [{ role: 'case_officer' }],
    });
    expect(invited.statusCode, invited.body).toBe(201);
    expect(invited.json<{ phone: string }>().phone).toBe('+46 90 785 00 77');
  });

  it('never takes the administrator role from the last active administrator', async () => {
    const me = await member('admin@regionvasterbotten.example');
    const res = await call('PUT', `${users()}/${me.id}/roles`, admin, {
      version: me.version,
      roles: [{ role: 'case_officer' }],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json<{ code: string; detail: string }>()).toMatchObject({ code: 'user.last_administrator' });
    expect(res.json<{ detail: string }>().detail).toMatch(/minst en aktiv administratör/);
    // A pending invitee does not count: they cannot sign in to undo anything.
    await invite({
      email: 'ny.admin@regionvasterbotten.example',
      displayName: 'Ny Admin',
      roles: [{ role: 'administrator' }],
    });
    expect(
      (
        await call('PUT', `${users()}/${me.id}/roles`, admin, {
          version: me.version,
          roles: [{ role: 'case_officer' }],
        })
      ).statusCode,
    ).toBe(409);
  });

  it('refuses to disable the last administrator of another funder the person also works for', async () => {
    // The other funder's only administrator also works as a case officer here.
    const [here] = await db().select().from(s.funders).where(eq(s.funders.id, funderId));
    await db()
      .insert(s.roleGrants)
      .values({ userId: otherAdminId, role: 'case_officer', organizationId: here!.organizationId });
    const them = await member('admin@annanstans.example');
    const res = await call('POST', `${users()}/${them.id}/disable`, admin, { version: them.version });
    expect(res.statusCode).toBe(409);
    expect(res.json<{ code: string; detail: string }>().code).toBe('user.last_administrator');
    expect(res.json<{ detail: string }>().detail).toContain('Region Annanstans');
    const self = await member('admin@regionvasterbotten.example');
    const own = await call('POST', `${users()}/${self.id}/disable`, admin, { version: self.version });
    expect(own.json<{ code: string }>().code).toBe('user.disable_self');
  });

  it('disables an account: the person is signed out at once and cannot sign in; enabling lets them back', async () => {
    const session = await loginAs(t.app, 'ekonomi@regionvasterbotten.example');
    expect((await call('GET', '/api/v1/auth/me', session.headers)).statusCode).toBe(200);
    const them = await member('ekonomi@regionvasterbotten.example');

    const stale = await call('POST', `${users()}/${them.id}/disable`, admin, { version: them.version + 5 });
    expect(stale.statusCode).toBe(409);
    const off = await call('POST', `${users()}/${them.id}/disable`, admin, { version: them.version });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json<Member>().active).toBe(false);

    expect((await call('GET', '/api/v1/auth/me', session.headers)).statusCode).toBe(401);
    expect(await db().select().from(s.sessions).where(eq(s.sessions.userId, them.id))).toEqual([]);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'ekonomi@regionvasterbotten.example', password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(401);
    const [event] = await db()
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.action, 'user.disabled'), eq(s.auditEvents.entityId, them.id)));
    expect(event).toMatchObject({ before: { active: true }, after: { active: false, sessionsEnded: 1 } });

    const on = await call('POST', `${users()}/${them.id}/enable`, admin, { version: off.json<Member>().version });
    expect(on.statusCode, on.body).toBe(200);
    expect(on.json<Member>().active).toBe(true);
    expect((await loginAs(t.app, 'ekonomi@regionvasterbotten.example')).csrfToken).toBeTruthy();
  });
});

describe('who may keep the users', () => {
  it('answers 404 on every route to another funder’s administrator, to staff who are not administrators, and for people outside the funder', async () => {
    const officer = (await loginAs(t.app, 'handlaggare@regionvasterbotten.example')).headers;
    otherAdmin = (await loginAs(t.app, 'admin@annanstans.example')).headers;
    const target = await member('kommunikation@regionvasterbotten.example');
    const applicantId = await userIdOf('sokande@umu.example');
    const routes = (userId: string): [Method, string, object | undefined][] => [
      ['GET', users(), undefined],
      ['POST', users(), { email: 'x@regionvasterbotten.example', displayName: 'X', roles: [{ role: 'case_officer' }] }],
      ['POST', `${users()}/${userId}/invitation`, undefined],
      ['PUT', `${users()}/${userId}/roles`, { version: 1, roles: [{ role: 'case_officer' }] }],
      ['POST', `${users()}/${userId}/disable`, { version: 1 }],
      ['POST', `${users()}/${userId}/enable`, { version: 1 }],
      ['PUT', `${users()}/${userId}/contact`, { version: 1, title: 'x', phone: '090-12 34 56' }],
    ];
    for (const who of [otherAdmin, officer]) {
      for (const [method, url, body] of routes(target.id)) {
        const res = await call(method, url, who, body);
        expect(res.statusCode, `${method} ${url}`).toBe(404);
        expect(res.json<{ code: string }>().code).toBe('not_found');
      }
    }
    // Nor does the demo funder's administrator see the other funder's users.
    expect((await call('GET', users(otherFunderId), admin)).statusCode).toBe(404);
    // A random funder id answers the same as a funder one does not administer.
    const random = await call('GET', users('00000000-0000-4000-8000-000000000000'), otherAdmin);
    expect(random.statusCode).toBe(404);
    expect(random.json<{ detail: string }>().detail).toBe(
      (await call('GET', users(), otherAdmin)).json<{ detail: string }>().detail,
    );
    // Their own administrator cannot reach people outside the funder either.
    for (const [method, url, body] of routes(applicantId).slice(2)) {
      const res = await call(method, url, admin, body);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    const untouched = await db().select().from(s.users).where(eq(s.users.id, applicantId));
    expect(untouched[0]!.active).toBe(true);
  });

  it('answers 401 to the signed-out', async () => {
    const res = await t.app.inject({ method: 'GET', url: users() });
    expect(res.statusCode).toBe(401);
  });
});
