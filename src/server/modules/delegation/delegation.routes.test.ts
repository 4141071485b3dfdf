import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../db/schema/index.js';
import { createDecisionTestApp, type DecisionTestApp, type Headers } from '../decisions/testing/decision-app.js';

let t: DecisionTestApp;
beforeAll(async () => {
  t = await createDecisionTestApp();
});
afterAll(async () => {
  await t.close();
});

const url = () => `/api/v1/funders/${t.fixtures.funder.id}/delegation-orders`;
const inject = (method: 'GET' | 'POST', path: string, headers: Headers, payload?: unknown) =>
  t.app.inject({ method, url: path, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

interface OrderView {
  id: string;
  validFrom: string;
  chairCapacity: string | null;
  inForce: boolean;
  decisionsRelyingOn: number;
  points: { number: string; decisionKinds: string[]; deciderCapacity: string | null; amountLimitOre: number | null }[];
}

const newVersion = (over: Record<string, unknown> = {}) => ({
  validFrom: '2027-01-01',
  adoptedBy: 'Regionala utvecklingsnämnden 2026-12-10, § 140',
  chairCapacity: 'ordförande i regionala utvecklingsnämnden',
  points: [
    {
      number: '1.1',
      text: 'Beslut om regionalt projektstöd upp till 1 500 000 kr.',
      decisionKinds: ['grant'],
      deciderCapacity: 'verksamhetschef',
      amountLimitOre: 150_000_000,
    },
    {
      number: '1.2',
      text: 'Avslag.',
      decisionKinds: ['reject', 'withdraw', 'recover', 'close', 'amend'],
      deciderCapacity: 'verksamhetschef',
    },
  ],
  ...over,
});

describe('the delegation order, version by version', () => {
  it('lists the demo funder’s order in force with its points, to its administrator', async () => {
    const res = await inject('GET', url(), t.admin);
    expect(res.statusCode, res.body).toBe(200);
    const [order] = res.json<{ items: OrderView[] }>().items;
    expect(order).toMatchObject({
      validFrom: '2023-01-01',
      chairCapacity: 'ordförande i regionala utvecklingsnämnden',
      inForce: true,
    });
    expect(order!.points.map((p) => [p.number, p.decisionKinds, p.amountLimitOre])).toEqual([
      ['1.1', ['grant'], 120_000_000],
      ['1.2', ['reject'], null],
      ['1.3', ['amend'], null],
      ['1.4', ['withdraw'], null],
      ['1.5', ['recover'], null],
      ['1.6', ['close'], null],
    ]);
    // DOVI's amendment (seed 001) relies on point 1.3: the version is never edited.
    expect(order!.decisionsRelyingOn).toBeGreaterThanOrEqual(1);
    const one = await inject('GET', `${url()}/${order!.id}`, t.admin);
    expect(one.json<OrderView>()).toEqual(order);
  });

  it('answers 404 to everyone but the funder’s administrator, and changes nothing for them', async () => {
    for (const who of [t.officer, t.chair, t.head, t.applicant]) {
      expect((await inject('GET', url(), who)).statusCode).toBe(404);
      expect((await inject('POST', url(), who, newVersion())).statusCode).toBe(404);
    }
    expect((await inject('GET', url(), {})).statusCode).toBe(401);
    const orders = await t.database.db.select().from(s.delegationOrders);
    expect(orders).toHaveLength(1);
  });

  it('refuses a version with field-linked problems, all at once, and stores nothing', async () => {
    const res = await inject(
      'POST',
      url(),
      t.admin,
      newVersion({
        validFrom: '2025-08-29',
        points: [
          { number: '1.1', text: ' ', decisionKinds: [] },
          { number: '1.1', text: 'Dubblett', decisionKinds: ['grant'], deciderRole: 'applicant' },
        ],
      }),
    );
    expect(res.statusCode).toBe(422);
    const issues = res.json<{ details: { issues: { path: string; code: string }[] } }>().details.issues;
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['points.0.text', 'required'],
      ['points.0.decisionKinds', 'delegation.kinds_required'],
      ['points.1.number', 'delegation.point_number_taken'],
      ['points.1.deciderRole', 'delegation.role_cannot_decide'],
      // DOVI's amendment was decided 2025-08-29 under the order in force: no version may start on or before it.
      ['validFrom', 'delegation.valid_from_before_decisions'],
    ]);
    expect(await t.database.db.select().from(s.delegationOrders)).toHaveLength(1);
  });

  it('records a new version from a later day, audited; today the old one stays in force', async () => {
    const res = await inject('POST', url(), t.admin, newVersion());
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json<OrderView>();
    expect(created).toMatchObject({ validFrom: '2027-01-01', inForce: false, decisionsRelyingOn: 0 });
    expect(created.points.map((p) => p.number)).toEqual(['1.1', '1.2']);
    const [audit] = await t.database.db.select().from(s.auditEvents).where(eq(s.auditEvents.entityId, created.id));
    expect(audit).toMatchObject({ action: 'delegation_order.created', entityType: 'delegation_order' });
    const list = (await inject('GET', url(), t.admin)).json<{ items: OrderView[] }>().items;
    expect(list.map((o) => [o.validFrom, o.inForce])).toEqual([
      ['2027-01-01', false],
      ['2023-01-01', true],
    ]);
    const again = await inject('POST', url(), t.admin, newVersion());
    expect(again.statusCode).toBe(422);
    expect(again.json<{ details: { issues: { code: string }[] } }>().details.issues[0]!.code).toBe(
      'delegation.valid_from_taken',
    );
  });
});
