// Builders for the calls tests: a demo app with sign-ins for the funder's administrator and officer,
// an administrator of another funder, and calls created through the API. Not used by the application.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { loginAs, TEST_PASSWORD } from '../../../../../tests/support/app.js';
import type { Executor } from '../../../db/client.js';
import * as s from '../../../db/schema/index.js';
import { hashPassword } from '../../auth/passwords.js';

export type Headers = Record<string, string>;

/** A call that is open on the test clock's day (2026-11-24) and closes on 2027-03-31 23:59 Swedish time. */
export const openCallBody = (over: Record<string, unknown> = {}) => ({
  title: 'Innovation i hela länet',
  description: 'Stöd till projekt som stärker innovationsförmågan i Västerbotten.',
  eligibleOrganizationTypes: [],
  opensAt: '2026-11-01T08:00:00+01:00',
  closesAt: '2027-03-31T23:59:00+02:00',
  budgetOre: 10_000_000_00,
  priorityIds: [],
  requiredAttachments: [],
  ...over,
});

export async function demoFunderIds(db: Executor) {
  const [rvb] = await db
    .select({ id: s.funders.id, organizationId: s.funders.organizationId })
    .from(s.funders)
    .innerJoin(s.organizations, eq(s.organizations.id, s.funders.organizationId))
    .where(eq(s.organizations.name, 'Region Västerbotten'));
  const others = await db.select({ id: s.funders.id, organizationId: s.funders.organizationId }).from(s.funders);
  const other = others.find((f) => f.id !== rvb!.id);
  if (!rvb || !other) throw new Error('the demo has two funders');
  return { funderId: rvb.id, otherFunderId: other.id, otherFunderOrganizationId: other.organizationId };
}

/** A signed-in administrator of the demo's other funder (the commission's host), who must see nothing of ours. */
export async function otherFunderAdmin(app: FastifyInstance, db: Executor, organizationId: string): Promise<Headers> {
  const email = `admin-${randomBytes(4).toString('hex')}@annan.example`;
  const [user] = await db
    .insert(s.users)
    .values({
      email,
      displayName: 'Annan Administratör',
      passwordHash: await hashPassword(TEST_PASSWORD),
      organizationId,
    })
    .returning();
  await db.insert(s.roleGrants).values({ userId: user!.id, role: 'administrator', organizationId });
  return (await loginAs(app, email)).headers;
}

export interface CallBody {
  id: string;
  version: number;
  status: string;
  phase: string;
  requiredAttachments: { key: string; title: string; description: string | null }[];
}

/** Creates a call through the API as `admin` and, unless told otherwise, publishes it. */
export async function makeCall(
  app: FastifyInstance,
  admin: Headers,
  funderId: string,
  over: Record<string, unknown> = {},
  publish = true,
): Promise<CallBody> {
  const created = await app.inject({
    method: 'POST',
    url: `/api/v1/funders/${funderId}/calls`,
    headers: admin,
    payload: openCallBody(over),
  });
  expect(created.statusCode, created.body).toBe(201);
  const call = created.json<CallBody>();
  if (!publish) return call;
  const published = await app.inject({
    method: 'POST',
    url: `/api/v1/calls/${call.id}/publish`,
    headers: admin,
    payload: { version: call.version },
  });
  expect(published.statusCode, published.body).toBe(200);
  return published.json<CallBody>();
}
