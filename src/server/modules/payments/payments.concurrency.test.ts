import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit/audit.js';
import * as s from '../../db/schema/index.js';
import { kr } from '../decisions/testing/decision-app.js';
import { makeSubmittedRequest } from './testing/grant-builder.js';
import { createPaymentTestApp, type PaymentTestApp } from './testing/payment-app.js';

/*
 * Approvals must never pay out more than the grant, however many arrive at once. A grant of 1 000 000 kr
 * at 50 % with 10 % withheld until the final payment allows 900 000 kr before it; each request claims
 * 100 000 kr of costs and would pay 50 000 kr alone. Whatever the interleaving, exactly 18 fit.
 */

let t: PaymentTestApp;
beforeAll(async () => {
  t = await createPaymentTestApp();
});
afterAll(async () => {
  await t.close();
});

const CAP = kr(900_000);
const EACH = kr(50_000);

async function fiftyRequests() {
  const g = await t.grant({ amountOre: kr(1_000_000), maxShareBp: 5000 });
  const requests = [];
  for (let i = 0; i < 50; i++) {
    requests.push(
      await makeSubmittedRequest(t.database.db, g.project.id, [{ category: 'staff', claimedOre: kr(100_000) }]),
    );
  }
  return { g, requests };
}

const approveAt = (id: string, version: number) =>
  t.call('POST', `/api/v1/payment-requests/${id}/approve`, t.officer, {
    version,
    costs: [{ category: 'staff', approvedOre: kr(100_000) }],
    // What the officer saw on the page: the 50 000 kr this request pays alone.
    expectedPayableOre: EACH,
  });

async function totals(projectId: string) {
  const rows = await t.database.db.select().from(s.paymentRequests).where(eq(s.paymentRequests.projectId, projectId));
  const approved = rows.filter((r) => r.status === 'approved');
  return { approved: approved.length, payable: approved.reduce((sum, r) => sum + (r.payableOre ?? 0), 0) };
}

describe('approving many payment requests of one grant', () => {
  it('approves them one after another until the grant less the withheld share is reached, then refuses with 422', async () => {
    const { g, requests } = await fiftyRequests();
    const codes: number[] = [];
    for (const r of requests) codes.push((await approveAt(r.id, r.version)).statusCode);
    expect(codes.filter((c) => c === 200)).toHaveLength(18);
    expect(codes.filter((c) => c === 422)).toHaveLength(32);
    expect(await totals(g.project.id)).toEqual({ approved: 18, payable: CAP });
  });

  // PGlite runs one transaction at a time on its single connection, so only PostgreSQL truly interleaves
  // them; on PGlite the test still holds, as a check that queued requests are refused the same way.
  it('keeps the total within the cap when 50 approvals arrive at once', async () => {
    const { g, requests } = await fiftyRequests();
    const results = await Promise.all(requests.map((r) => approveAt(r.id, r.version)));
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c !== 200 && c !== 422)).toEqual([]);
    expect(codes.filter((c) => c === 200)).toHaveLength(18);
    const sum = await totals(g.project.id);
    expect(sum).toEqual({ approved: 18, payable: CAP });
    expect(sum.payable).toBeLessThanOrEqual(CAP);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  }, 60_000);

  it('records each payment once when finance records the same one 50 times at once', async () => {
    const { g, requests } = await fiftyRequests();
    const first = requests[0]!;
    expect((await approveAt(first.id, first.version)).statusCode).toBe(200);
    const [row] = await t.database.db.select().from(s.paymentRequests).where(eq(s.paymentRequests.id, first.id));
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        t.call('POST', `/api/v1/payment-requests/${first.id}/payment`, t.finance, {
          version: row!.version,
          paidOn: '2026-11-25',
          reference: 'VER-1',
        }),
      ),
    );
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(results.filter((r) => r.statusCode !== 200).every((r) => r.statusCode === 409)).toBe(true);
    const paid = await t.database.db
      .select()
      .from(s.payments)
      .where(inArray(s.payments.projectId, [g.project.id]));
    expect(paid.map((p) => p.amountOre)).toEqual([EACH]);
  }, 60_000);
});
