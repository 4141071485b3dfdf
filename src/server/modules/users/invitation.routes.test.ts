import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../audit/audit.js';
import * as s from '../../db/schema/index.js';
import { adjustableClock, createTestApp, type TestApp } from '../../../../tests/support/app.js';
import { inviteUser } from './use-cases/invite-user.js';

const clock = adjustableClock('2026-12-01T09:00:00Z');
let t: TestApp;
let orgId: string;

async function invite(email: string): Promise<string> {
  await t.database.db.transaction((tx) =>
    inviteUser(tx, clock, systemActor('test'), {
      email,
      displayName: 'Ingrid Inbjuden',
      organizationId: orgId,
      organizationName: 'Region Exempel',
      roles: [{ role: 'case_officer', organizationId: orgId }],
      publicUrl: 'https://bidra.example.se/',
    }),
  );
  const [mail] = await t.database.db
    .select()
    .from(s.outboxEmails)
    .where(eq(s.outboxEmails.to, [email]));
  const link = /https:\/\/bidra\.example\.se\/inbjudan\?token=([\w-]+)/.exec(mail!.bodyText);
  expect(link, mail!.bodyText).not.toBeNull();
  return link![1]!;
}

const accept = (token: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/invitations/accept', payload: { token, password } });

beforeAll(async () => {
  t = await createTestApp({ clock });
  const [org] = await t.database.db
    .insert(s.organizations)
    .values({ name: 'Region Exempel', orgNumber: '232100-0222', type: 'region' })
    .returning();
  orgId = org!.id;
});
afterAll(() => t.close());

describe('an invitation link', () => {
  it('shows who is invited to what, and lets them choose a password and sign in once', async () => {
    const token = await invite('ingrid@region.example');
    const shown = await t.app.inject({ method: 'POST', url: '/api/v1/auth/invitations/inspect', payload: { token } });
    expect(shown.statusCode, shown.body).toBe(200);
    expect(shown.json()).toMatchObject({
      email: 'ingrid@region.example',
      organization: 'Region Exempel',
      roles: [{ role: 'case_officer', capacity: null }],
    });

    // Before accepting, the invited person cannot sign in.
    const early = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'ingrid@region.example', password: 'fjällbjörk vid älven' },
    });
    expect(early.statusCode).toBe(401);

    const weak = await accept(token, 'qwerty123456');
    expect(weak.statusCode).toBe(422);
    expect(weak.json<{ details: { issues: { path: string; code: string }[] } }>().details.issues).toEqual([
      expect.objectContaining({ path: 'password', code: 'password.common' }),
    ]);

    const ok = await accept(token, 'fjällbjörk vid älven');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.cookies.find((c) => c.name === 'bidra_session')).toBeDefined();
    expect(ok.json<{ user: { email: string } }>().user.email).toBe('ingrid@region.example');

    const again = await accept(token, 'fjällbjörk vid älven');
    expect(again.statusCode).toBe(410);
    expect(again.json<{ code: string; detail: string }>()).toMatchObject({ code: 'link.used' });
    // Titled for what happened, not as a server fault.
    expect(again.json<{ title: string }>().title).not.toMatch(/Internt fel|Internal server error/);

    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'ingrid@region.example', password: 'fjällbjörk vid älven' },
    });
    expect(login.statusCode).toBe(200);
  });

  it('stops working after 72 hours, and says so in Swedish and English', async () => {
    const token = await invite('sen@region.example');
    clock.advance(72 * 60 * 60_000 + 1000);
    const sv = await accept(token, 'fjällbjörk vid älven');
    expect(sv.statusCode).toBe(410);
    expect(sv.json<{ code: string; detail: string }>()).toMatchObject({ code: 'link.expired' });
    expect(sv.json<{ detail: string }>().detail).toContain('har gått ut');
    const en = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/invitations/inspect',
      headers: { 'accept-language': 'en' },
      payload: { token },
    });
    expect(en.json<{ detail: string }>().detail).toContain('has expired');
  });

  it('refuses a token that was never issued the same way as a used one would be, with its own code', async () => {
    const res = await accept('not-a-real-token', 'fjällbjörk vid älven');
    expect(res.statusCode).toBe(410);
    expect(res.json<{ code: string }>().code).toBe('link.invalid');
  });

  it('refuses to invite an address that already has an account', async () => {
    await expect(invite('ingrid@region.example')).rejects.toMatchObject({ code: 'user.email_taken' });
    await expect(invite('INGRID@region.example')).rejects.toMatchObject({ code: 'user.email_taken' });
  });
});
