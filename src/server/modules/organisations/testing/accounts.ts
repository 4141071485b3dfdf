import { and, desc, ilike, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Database } from '../../../db/client.js';
import { outboxEmails } from '../../../db/schema/index.js';
import type { TestLogin } from '../../../../../tests/support/app.js';

/** A password the rules accept; every person of these tests uses it. */
export const GOOD_PASSWORD = 'fjällbjörk vid älven';

/**
 * The newest mail in the outbox to `email`, of those whose subject contains `subject` when given. Mails
 * of one instant (a fixed test clock) have no order among them: tests that send several pick by subject.
 */
export async function lastMailTo(database: Database, email: string, subject = '') {
  const [mail] = await database.db
    .select()
    .from(outboxEmails)
    .where(and(sql`${email} = ANY(${outboxEmails.to})`, ilike(outboxEmails.subject, `%${subject}%`)))
    .orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id))
    .limit(1);
  return mail;
}

/** The token of the newest verification link mailed to `email`. */
export async function verificationToken(database: Database, email: string): Promise<string> {
  const mail = await lastMailTo(database, email, 'Bekräfta din e-postadress');
  const link = /\/verifiera-epost\?token=([\w-]+)/.exec(mail?.bodyText ?? '');
  expect(link, mail?.bodyText).not.toBeNull();
  return link![1]!;
}

let ipCounter = 0;
/** Each call a different client address, so the per-IP sign-up throttle stays out of the way. */
export const freshIp = () => `10.0.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`;

export const signUpRequest = (app: FastifyInstance, body: Record<string, unknown>, ip = freshIp()) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/signup', payload: body, remoteAddress: ip });

export const sessionOf = (res: { cookies: { name: string; value: string }[]; json: () => unknown }): TestLogin => {
  const session = res.cookies.find((c) => c.name === 'bidra_session');
  if (!session) throw new Error('no bidra_session cookie');
  const cookie = `bidra_session=${session.value}`;
  const { csrfToken } = res.json() as { csrfToken: string };
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
};

/** Signs a new person up and follows the link in their mail: they are signed in, with no organisation. */
export async function signUpAndVerify(
  app: FastifyInstance,
  database: Database,
  person: { email: string; displayName: string },
): Promise<TestLogin> {
  const res = await signUpRequest(app, { ...person, password: GOOD_PASSWORD });
  expect(res.statusCode, res.body).toBe(202);
  const token = await verificationToken(database, person.email);
  const verified = await app.inject({ method: 'POST', url: '/api/v1/auth/verify-email', payload: { token } });
  expect(verified.statusCode, verified.body).toBe(200);
  return sessionOf(verified);
}
