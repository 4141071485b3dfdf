import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp, type TestLogin } from '../../../../tests/support/app.js';
import { verifyAuditChain } from '../../audit/audit.js';
import * as s from '../../db/schema/index.js';
import { makeStateDecision, makeUser, organizationNamed } from './testing/fixtures.js';

// The default test clock: 2026-11-24. Seed 003's deadlines (2021–2025) have all passed by then; the
// fixture decision N2026/00042 has its deadlines ahead.
let t: TestApp;
let finance: TestLogin;
let officer: TestLogin;
let admin: TestLogin;
let applicant: TestLogin;
let communications: TestLogin;
let norrbottenFinance: TestLogin;
let rvbId: string;
let norrbottenId: string;
let fixture: Awaited<ReturnType<typeof makeStateDecision>>;
let seed003Id: string;

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  const db = t.database.db;
  rvbId = (await organizationNamed(db, 'Region Västerbotten')).id;
  norrbottenId = (await organizationNamed(db, 'Region Norrbotten')).id;
  await makeUser(db, {
    email: 'ekonomi@norrbotten.example',
    name: 'Nils Norrbottensson',
    organizationId: norrbottenId,
    role: 'finance_officer',
  });
  fixture = await makeStateDecision(db, {
    reference: 'N2026/00042',
    decidedOn: '2026-02-10',
    recipients: [rvbId],
    years: [
      { year: 2026, requisition: '2026-12-01', account: '2027-01-31', repayment: '2027-02-26' },
      { year: 2027, requisition: '2027-03-31', account: '2028-01-31', repayment: '2028-02-26' },
    ],
  });
  const [sd] = await db.select().from(s.stateDecisions).where(eq(s.stateDecisions.reference, 'I2021/00795'));
  seed003Id = sd!.id;
  finance = await loginAs(t.app, 'ekonomi@regionvasterbotten.example');
  officer = await loginAs(t.app, 'handlaggare@regionvasterbotten.example');
  admin = await loginAs(t.app, 'admin@regionvasterbotten.example');
  applicant = await loginAs(t.app, 'sokande@umu.example');
  communications = await loginAs(t.app, 'kommunikation@regionvasterbotten.example');
  norrbottenFinance = await loginAs(t.app, 'ekonomi@norrbotten.example');
});
afterAll(async () => {
  await t.close();
});

const get = (url: string, who: TestLogin) => t.app.inject({ method: 'GET', url, headers: who.headers });
const patch = (id: string, who: TestLogin, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'PATCH', url: `/api/v1/state-allocations/${id}`, headers: who.headers, payload });

interface Allocation {
  id: string;
  year: number;
  stage: string;
  offeredOre: number;
  requisitionedOre: number | null;
  usedOre: number | null;
  repaidOre: number | null;
  unusedOre: number | null;
  editable: boolean;
  version: number;
  nextDeadline: { kind: string; dueDate: string; state: string; daysLeft: number } | null;
  deadlines: { kind: string; dueDate: string; state: string }[];
  warnings: { code: string; message: { sv: string } }[];
}
interface Detail {
  reference: string;
  years: number[];
  recipientCount: number;
  requisitionTo: string | null;
  recipients: { id: string; name: string; own: boolean; tracked: boolean; allocations: Allocation[] }[];
  conditions: string[];
  reservation: string | null;
  signatories: string[];
  relatedReferences: string[];
  yearWarnings: { year: number; code: string; severity: string; message: { sv: string; en: string } }[];
}

async function allocationOf(decisionId: string, recipientId: string, year: number, who = finance) {
  const res = await get(`/api/v1/state-decisions/${decisionId}`, who);
  expect(res.statusCode, res.body).toBe(200);
  const recipient = res.json<Detail>().recipients.find((r) => r.id === recipientId)!;
  return recipient.allocations.find((a) => a.year === year)!;
}

describe('the state decisions a region receives', () => {
  it('lists seed 003 and the newer decision for the finance officer, with the region’s own totals', async () => {
    const res = await get('/api/v1/state-decisions', finance);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{
      total: number;
      items: {
        reference: string;
        recipientCount: number;
        own: { offeredOre: number; requisitionedOre: number; nextDeadline: { kind: string; dueDate: string } | null };
      }[];
    }>();
    expect(body.total).toBe(2);
    expect(body.items.map((i) => i.reference)).toEqual(['N2026/00042', 'I2021/00795']);
    const seed003 = body.items[1]!;
    expect(seed003.recipientCount).toBe(21);
    // 5 years × 1 000 000 kr offered to Region Västerbotten, all of it requisitioned in the demo.
    expect(seed003.own.offeredOre).toBe(5_000_000_00);
    expect(seed003.own.requisitionedOre).toBe(5_000_000_00);
    expect(body.items[0]!.own.nextDeadline).toMatchObject({ kind: 'requisition', dueDate: '2026-12-01' });
  });

  it('shows seed 003 as recipient × year: 21 recipients, 2021–2025, Region Västerbotten first', async () => {
    const res = await get(`/api/v1/state-decisions/${seed003Id}`, officer);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json<Detail>();
    expect(d.years).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(d.recipients).toHaveLength(21);
    expect(d.requisitionTo).toBe('Tillväxtverket');
    const [own, ...others] = d.recipients;
    expect(own).toMatchObject({ name: 'Region Västerbotten', own: true });
    expect(others.every((r) => !r.own)).toBe(true);
    expect(own!.allocations.map((a) => a.stage)).toEqual([
      'completed',
      'completed',
      'completed',
      'completed',
      'received',
    ]);
    const y2024 = own!.allocations[3]!;
    expect(y2024).toMatchObject({ usedOre: 940_000_00, repaidOre: 60_000_00, unusedOre: 60_000_00 });
    // A case officer reads but does not keep the record.
    expect(own!.allocations.every((a) => !a.editable)).toBe(true);
    // The other 20 recipients keep no record here: nothing is known of them, so nothing is claimed.
    expect(others).toHaveLength(20);
    for (const r of others) {
      expect(r.tracked).toBe(false);
      expect(r.allocations.map((a) => a.stage)).toEqual(Array(5).fill('not_tracked'));
      expect(r.allocations.every((a) => a.nextDeadline === null && a.deadlines.length === 0)).toBe(true);
      expect(r.allocations.every((a) => a.offeredOre === 1_000_000_00)).toBe(true);
    }
    expect(own!.tracked).toBe(true);
  });

  it('stores and shows the decision’s conditions, its reservation on later years and its signatories', async () => {
    const d = (await get(`/api/v1/state-decisions/${seed003Id}`, finance)).json<Detail>();
    expect(d.reservation).toBe(
      'Beslut om medel för 2022–2025 fattas årligen efter riksdagens beslut med anledning av budgetpropositionen.',
    );
    expect(d.signatories).toEqual(['Tomas Eneroth', 'Rebecka Lönnroth']);
    expect(d.conditions).toHaveLength(4);
    expect(d.conditions[0]).toContain('ska rekvireras senast den 31 mars respektive år hos Tillväxtverket');
    expect(d.conditions[1]).toContain('senast den 31 januari respektive år 2022–2025');
    expect(d.conditions[2]).toBe(
      'Senast den 26 februari respektive år ska eventuella outnyttjade medel återbetalas till Tillväxtverket.',
    );
    expect(d.relatedReferences).toEqual(['N2018/04129']);
  });

  it('warns that the decision sets no account or repayment deadline for 2025, and for no other year', async () => {
    const d = (await get(`/api/v1/state-decisions/${seed003Id}`, finance)).json<Detail>();
    expect(d.yearWarnings.map((w) => [w.year, w.code])).toEqual([
      [2025, 'state_allocation.no_account_deadline'],
      [2025, 'state_allocation.no_repayment_deadline'],
    ]);
    expect(d.yearWarnings[0]!.message.sv).toContain('ingen sista dag för redovisning av medlen för 2025');
    // The region's own 2025 allocation carries the same warnings; it has no deadline left to show.
    const own2025 = await allocationOf(seed003Id, rvbId, 2025);
    expect(own2025.warnings.map((w) => w.code)).toEqual([
      'state_allocation.no_account_deadline',
      'state_allocation.no_repayment_deadline',
    ]);
    expect(own2025.deadlines.map((x) => x.kind)).toEqual(['requisition']);
  });

  it('lets the finance officer edit only the region’s own allocations', async () => {
    const res = await get(`/api/v1/state-decisions/${seed003Id}`, finance);
    const d = res.json<Detail>();
    expect(d.recipients[0]!.allocations.every((a) => a.editable)).toBe(true);
    expect(d.recipients.slice(1).every((r) => r.allocations.every((a) => !a.editable))).toBe(true);
  });

  it('refuses people without a role for state money, and hides a decision the region does not receive', async () => {
    for (const who of [applicant, communications]) {
      const res = await get('/api/v1/state-decisions', who);
      expect(res.statusCode).toBe(403);
      expect(res.json<{ code: string }>().code).toBe('missing_role');
    }
    // Region Norrbotten receives seed 003 but not N2026/00042: that one answers like an unknown id.
    expect((await get(`/api/v1/state-decisions/${seed003Id}`, norrbottenFinance)).statusCode).toBe(200);
    const hidden = await get(`/api/v1/state-decisions/${fixture.decision.id}`, norrbottenFinance);
    const unknown = await get(`/api/v1/state-decisions/${randomUUID()}`, norrbottenFinance);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json<{ code: string }>().code).toBe(unknown.json<{ code: string }>().code);
    const list = await get('/api/v1/state-decisions', norrbottenFinance);
    expect(list.json<{ items: { reference: string }[] }>().items.map((i) => i.reference)).toEqual(['I2021/00795']);
  });

  it('answers 401 to the public', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/state-decisions' });
    expect(res.statusCode).toBe(401);
  });
});

describe('recording an allocation’s life', () => {
  it('records acceptance, a requisition and the money received, each with an audit event', async () => {
    const a = fixture.allocation(rvbId, 2026);
    const accepted = await patch(a.id, finance, { version: 1, acceptedOn: '2026-03-01' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json<Allocation>()).toMatchObject({ stage: 'accepted', version: 2 });

    const requisitioned = await patch(a.id, finance, {
      version: 2,
      requisitionedOre: 450_000_00,
      requisitionedOn: '2026-11-20',
    });
    expect(requisitioned.statusCode, requisitioned.body).toBe(200);
    const view = requisitioned.json<Allocation>();
    expect(view).toMatchObject({ stage: 'requisitioned', requisitionedOre: 450_000_00, warnings: [] });
    expect(view.nextDeadline).toMatchObject({ kind: 'account', dueDate: '2027-01-31', state: 'upcoming' });

    const received = await patch(a.id, admin, { version: 3, receivedOre: 450_000_00, receivedOn: '2026-11-23' });
    expect(received.statusCode, received.body).toBe(200);
    expect(received.json<Allocation>().stage).toBe('received');

    const events = await t.database.db
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.entityType, 'state_allocation'), eq(s.auditEvents.entityId, a.id)));
    expect(events.map((e) => e.action)).toEqual([
      'state_allocation.updated',
      'state_allocation.updated',
      'state_allocation.updated',
    ]);
    expect(events[1]!.before).toMatchObject({ requisitionedOre: null, version: 2 });
    expect(events[1]!.after).toMatchObject({ requisitionedOre: 450_000_00, requisitionedOn: '2026-11-20' });
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
  });

  it('refuses a stale version with 409 and keeps the newer record', async () => {
    const a = fixture.allocation(rvbId, 2027);
    expect((await patch(a.id, finance, { version: 1, acceptedOn: '2026-03-02' })).statusCode).toBe(200);
    const stale = await patch(a.id, admin, { version: 1, acceptedOn: '2026-04-01' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ details: { currentVersion: number } }>().details.currentVersion).toBe(2);
    const now = await allocationOf(fixture.decision.id, rvbId, 2027);
    expect(now).toMatchObject({ version: 2 });
    const [row] = await t.database.db.select().from(s.stateAllocations).where(eq(s.stateAllocations.id, a.id));
    expect(row!.acceptedOn).toBe('2026-03-02');
  });

  it('refuses figures that do not add up, in Swedish and English, and changes nothing', async () => {
    const a = fixture.allocation(rvbId, 2027);
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/state-allocations/${a.id}`,
      headers: { ...finance.headers, 'accept-language': 'sv' },
      payload: { version: 2, requisitionedOre: 600_000_00, requisitionedOn: '2026-11-01' },
    });
    expect(res.statusCode).toBe(422);
    const problem = res.json<{ code: string; detail: string; details: { issues: { path: string; code: string }[] } }>();
    expect(problem.code).toBe('state_allocation.invalid');
    expect(problem.detail.replace(/\u00a0/g, ' ')).toContain(
      'Rekvirerat belopp 600 000 kr överstiger erbjudet belopp 500 000 kr med 100 000 kr.',
    );
    expect(problem.details.issues).toContainEqual(
      expect.objectContaining({ path: 'requisitioned', code: 'state_allocation.requisition_exceeds_offer' }),
    );
    const en = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/state-allocations/${a.id}`,
      headers: { ...finance.headers, 'accept-language': 'en' },
      payload: { version: 2, usedOre: 1 },
    });
    expect(en.statusCode).toBe(422);
    expect(en.json<{ detail: string }>().detail).toContain('Used funds cannot be given before funds were received.');
    expect((await allocationOf(fixture.decision.id, rvbId, 2027)).version).toBe(2);
  });

  it('refuses a date before the decision and a date still to come', async () => {
    const a = fixture.allocation(rvbId, 2027);
    const before = await patch(a.id, finance, { version: 2, acceptedOn: '2026-02-09' });
    expect(before.statusCode).toBe(422);
    expect(before.json<{ details: { issues: { code: string }[] } }>().details.issues[0]!.code).toBe(
      'state_allocation.date_before_decision',
    );
    const future = await patch(a.id, finance, { version: 2, acceptedOn: '2026-11-25' });
    expect(future.statusCode).toBe(422);
  });

  it('saves a requisition after its deadline and flags it', async () => {
    // Seed 003: a recipient's 2025 requisition, deadline 2025-03-31, made in April.
    const decision = await get(`/api/v1/state-decisions/${seed003Id}`, norrbottenFinance);
    const own = decision.json<Detail>().recipients.find((r) => r.id === norrbottenId)!;
    const y2025 = own.allocations.find((a) => a.year === 2025)!;
    const res = await patch(y2025.id, norrbottenFinance, {
      version: y2025.version,
      requisitionedOre: 1_000_000_00,
      requisitionedOn: '2025-04-03',
    });
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json<Allocation>();
    expect(view.stage).toBe('requisitioned');
    expect(view.warnings).toEqual([
      expect.objectContaining({
        code: 'state_allocation.requisition_late',
        message: expect.objectContaining({
          sv: 'Medlen rekvirerades 2025-04-03, efter sista dag för rekvisition 2025-03-31.',
        }) as unknown,
      }),
      // 2025 of seed 003: the decision sets no account or repayment deadline for it.
      expect.objectContaining({ code: 'state_allocation.no_account_deadline' }),
      expect.objectContaining({ code: 'state_allocation.no_repayment_deadline' }),
    ]);
    const requisition = view.deadlines.find((x) => x.kind === 'requisition');
    expect(requisition).toMatchObject({ state: 'done' });
  });

  it('records the account and the repayment of unused funds (received − used)', async () => {
    const a = fixture.allocation(rvbId, 2026);
    const current = await allocationOf(fixture.decision.id, rvbId, 2026);
    const wrong = await patch(a.id, finance, {
      version: current.version,
      usedOre: 400_000_00,
      accountedOn: '2026-11-24',
      repaidOre: 40_000_00,
      repaidOn: '2026-11-24',
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json<{ detail: string }>().detail.replace(/\u00a0/g, ' ')).toContain(
      'mottaget 450 000 kr minus använt 400 000 kr = 50 000 kr',
    );
    const accounted = await patch(a.id, finance, {
      version: current.version,
      usedOre: 400_000_00,
      accountedOn: '2026-11-24',
    });
    expect(accounted.statusCode, accounted.body).toBe(200);
    expect(accounted.json<Allocation>()).toMatchObject({
      stage: 'accounted',
      unusedOre: 50_000_00,
      nextDeadline: { kind: 'repayment', dueDate: '2027-02-26' },
    });
    const repaid = await patch(a.id, finance, {
      version: current.version + 1,
      repaidOre: 50_000_00,
      repaidOn: '2026-11-24',
    });
    expect(repaid.statusCode, repaid.body).toBe(200);
    expect(repaid.json<Allocation>()).toMatchObject({ stage: 'completed', nextDeadline: null });
  });

  it('lets only the recipient’s finance officers and administrators change it', async () => {
    const a = fixture.allocation(rvbId, 2027);
    const byOfficer = await patch(a.id, officer, { version: 2, acceptedOn: '2026-03-03' });
    expect(byOfficer.statusCode).toBe(403);
    // Another region's finance officer: as if the allocation did not exist.
    const byOther = await patch(a.id, norrbottenFinance, { version: 2, acceptedOn: '2026-03-03' });
    const unknown = await patch(randomUUID(), norrbottenFinance, { version: 2, acceptedOn: '2026-03-03' });
    expect(byOther.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect((await get(`/api/v1/state-allocations/${a.id}`, norrbottenFinance)).statusCode).toBe(404);
    const [row] = await t.database.db.select().from(s.stateAllocations).where(eq(s.stateAllocations.id, a.id));
    expect(row!.acceptedOn).toBe('2026-03-02');
  });

  it('reads one allocation with its decision', async () => {
    const a = fixture.allocation(rvbId, 2027);
    const res = await get(`/api/v1/state-allocations/${a.id}`, officer);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      reference: 'N2026/00042',
      year: 2027,
      offeredOre: 500_000_00,
      editable: false,
      recipient: { name: 'Region Västerbotten' },
    });
  });
});

describe('the deadline calendar', () => {
  it('lists the region’s coming deadlines by date with their state', async () => {
    const res = await get('/api/v1/state-allocations/deadlines', officer);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{
      today: string;
      items: { reference: string; year: number; kind: string; dueDate: string; state: string; daysLeft: number }[];
    }>();
    expect(body.today).toBe('2026-11-24');
    const lines = body.items.map((i) => `${i.dueDate} ${i.kind} ${i.reference} ${i.year} ${i.state}`);
    // 2026: requisitioned, accounted and repaid above; 2027: only accepted.
    expect(lines).toEqual([
      '2026-12-01 requisition N2026/00042 2026 done',
      '2027-01-31 account N2026/00042 2026 done',
      '2027-02-26 repayment N2026/00042 2026 done',
      '2027-03-31 requisition N2026/00042 2027 upcoming',
      '2028-01-31 account N2026/00042 2027 upcoming',
      '2028-02-26 repayment N2026/00042 2027 upcoming',
    ]);
    // Only Region Västerbotten's: none of the other recipients' deadlines appear.
    expect(body.items.every((i) => i.reference === 'N2026/00042')).toBe(true);
  });

  it('shows past deadlines when asked from an earlier date, with overdue ones first', async () => {
    const { decision, allocation } = await makeStateDecision(t.database.db, {
      reference: 'N2026/00099',
      decidedOn: '2026-01-15',
      recipients: [rvbId],
      years: [{ year: 2026, requisition: '2026-11-20', account: null, repayment: null }],
    });
    expect(decision.reference).toBe('N2026/00099');
    const res = await get('/api/v1/state-allocations/deadlines?to=2027-01-31', finance);
    const items = res.json<{ items: { allocationId: string; state: string; daysLeft: number; dueDate: string }[] }>()
      .items;
    expect(items[0]).toMatchObject({
      allocationId: allocation(rvbId, 2026).id,
      dueDate: '2026-11-20',
      state: 'overdue',
      daysLeft: -4,
    });
    expect(items.map((i) => i.dueDate).every((d) => d <= '2027-01-31')).toBe(true);

    const history = await get('/api/v1/state-allocations/deadlines?from=2024-01-01&to=2024-12-31', finance);
    const seed = history.json<{ items: { reference: string; kind: string; dueDate: string; state: string }[] }>().items;
    expect(seed.map((i) => `${i.dueDate} ${i.kind} ${i.state}`)).toEqual([
      // 2023's money was all used: nothing to repay by 2024-02-26, so no repayment deadline.
      '2024-01-31 account done',
      '2024-03-31 requisition done',
    ]);
    const withoutOverdue = await get('/api/v1/state-allocations/deadlines?from=2026-12-01&overdue=false', finance);
    expect(withoutOverdue.json<{ items: { dueDate: string }[] }>().items.every((i) => i.dueDate >= '2026-12-01')).toBe(
      true,
    );
  });

  it('is for staff only', async () => {
    expect((await get('/api/v1/state-allocations/deadlines', applicant)).statusCode).toBe(403);
  });
});
