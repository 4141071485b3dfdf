import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../../../../tests/support/app.js';
import { ore, splitByLargestRemainder, unwrap } from '../../../domain/index.js';
import * as s from '../../db/schema/index.js';
import { makeSubmittedCase } from '../decisions/testing/case-builder.js';
import { createDecisionTestApp, kr, type DecisionTestApp, type Headers } from '../decisions/testing/decision-app.js';
import type { Portfolio } from './use-cases/build-portfolio.js';

/*
 * The portfolio on the demo data: the eight grants of the committee meeting (seed 004, 25 421 501 kr) and
 * DVIS (seed 000, 5 505 389 kr, priority 3.1), all drawn on UO 19 anslag 1:1 and decided in 2023.
 */

let t: DecisionTestApp;
let finance: Headers;
let communications: Headers;
beforeAll(async () => {
  t = await createDecisionTestApp();
  finance = (await loginAs(t.app, 'ekonomi@regionvasterbotten.example')).headers;
  communications = (await loginAs(t.app, 'kommunikation@regionvasterbotten.example')).headers;
});
afterAll(async () => {
  await t.close();
});

const db = () => t.database.db;
const get = (url: string, headers: Headers) => t.app.inject({ method: 'GET', url, headers });
const portfolio = async (headers: Headers, query = ''): Promise<Portfolio> => {
  const res = await get(`/api/v1/portfolio${query}`, headers);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Portfolio>();
};
const sum = (rows: readonly { grantedOre: number }[]) => rows.reduce((a, r) => a + r.grantedOre, 0);
const DEMO_TOTAL = kr(25_421_501 + 5_505_389);

describe('the portfolio of the demo data', () => {
  it('counts the nine granted projects at 30 926 890 kr, and every breakdown sums to that total', async () => {
    const p = await portfolio(t.officer);
    expect(p.total).toEqual({ projectCount: 9, grantedOre: DEMO_TOTAL });
    for (const rows of [p.byPriority, p.byYear, p.byMunicipality, p.byOwnerType]) {
      expect(sum(rows)).toBe(DEMO_TOTAL);
    }
    expect(p.byPriority.reduce((a, r) => a + r.projectCount, 0)).toBe(9);
    expect(p.byYear.reduce((a, r) => a + r.projectCount, 0)).toBe(9);
    expect(p.byOwnerType.reduce((a, r) => a + r.projectCount, 0)).toBe(9);
  });

  it('puts DVIS under sub-priority 3.1 and the meeting grants without a priority', async () => {
    const p = await portfolio(t.officer);
    expect(p.byPriority).toEqual([
      {
        priorityId: t.fixtures.priorityId,
        code: '3.1',
        title: 'Kapacitet för samverkan och samhandling',
        projectCount: 1,
        grantedOre: kr(5_505_389),
      },
      { priorityId: null, code: null, title: null, projectCount: 8, grantedOre: kr(25_421_501) },
    ]);
    expect(p.byYear).toEqual([{ year: 2023, projectCount: 9, grantedOre: DEMO_TOTAL }]);
  });

  it('groups by the owner organisation type: regions, universities and one company', async () => {
    const p = await portfolio(t.officer);
    expect(p.byOwnerType).toEqual([
      { type: 'region', projectCount: 6, grantedOre: kr(27_236_867) },
      { type: 'university', projectCount: 2, grantedOre: kr(2_796_039) },
      { type: 'company', projectCount: 1, grantedOre: kr(893_984) },
    ]);
  });

  it('filters by priority (sub-priorities included), by year and by appropriation', async () => {
    const [three] = (await portfolio(t.officer)).options.priorities.filter((x) => x.code === '3');
    const byThree = await portfolio(t.officer, `?priority=${three!.id}`);
    expect(byThree.total).toEqual({ projectCount: 1, grantedOre: kr(5_505_389) });
    expect((await portfolio(t.officer, '?year=2022')).total).toEqual({ projectCount: 0, grantedOre: 0 });
    const appropriation = (await portfolio(t.officer)).options.appropriations[0]!;
    expect(appropriation.label).toBe('UO 19 anslag 1:1 Regionala tillväxtåtgärder');
    const only = await portfolio(t.officer, `?year=2023&appropriation=${appropriation.id}`);
    expect(only.total.grantedOre).toBe(DEMO_TOTAL);
    expect(only.byAppropriation.map((r) => r.year)).toEqual([2023]);
  });

  it('shows each year of appropriation 1:1 with its budget, what is committed and what remains', async () => {
    const p = await portfolio(finance);
    const rows = p.byAppropriation.filter((r) => r.code === '1:1');
    expect(rows.map((r) => [r.year, r.budgetOre, r.committedOre, r.remainingOre])).toEqual([
      [2023, kr(60_000_000), DEMO_TOTAL, kr(60_000_000) - DEMO_TOTAL],
      [2024, kr(58_000_000), 0, kr(58_000_000)],
      [2025, kr(62_000_000), 0, kr(62_000_000)],
      [2026, kr(65_000_000), 0, kr(65_000_000)],
    ]);
  });
});

describe('who sees the portfolio', () => {
  it('answers every staff role of the funder, 403 to applicants and 401 to the public', async () => {
    for (const h of [t.officer, t.chair, finance, communications])
      expect((await get('/api/v1/portfolio', h)).statusCode).toBe(200);
    const refused = await get('/api/v1/portfolio', t.applicant);
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect((await get('/api/v1/portfolio/years.csv', t.otherApplicant)).statusCode).toBe(403);
    expect((await get('/api/v1/portfolio', {})).statusCode).toBe(401);
  });
});

describe('municipalities', () => {
  it('splits each project over its municipalities by largest remainder, so the parts sum to the total', async () => {
    const p = await portfolio(t.officer);
    // The same figures from the domain's own rule, project by project.
    const memberships = await db()
      .select({ projectId: s.projectMunicipalities.projectId, code: s.projectMunicipalities.municipalityCode })
      .from(s.projectMunicipalities)
      .orderBy(s.projectMunicipalities.municipalityCode);
    const granted = await db().select({ id: s.projects.id, grantedOre: s.projects.grantedOre }).from(s.projects);
    const expected = new Map<string, { projectCount: number; grantedOre: number }>();
    let withoutMunicipality = 0;
    for (const project of granted.filter((g) => g.grantedOre !== null)) {
      const codes = memberships.filter((m) => m.projectId === project.id).map((m) => m.code);
      if (codes.length === 0) withoutMunicipality += project.grantedOre!;
      const parts =
        codes.length === 0
          ? []
          : unwrap(
              splitByLargestRemainder(
                ore(project.grantedOre!),
                codes.map(() => 1),
              ),
            );
      codes.forEach((code, i) => {
        const row = expected.get(code) ?? { projectCount: 0, grantedOre: 0 };
        expected.set(code, { projectCount: row.projectCount + 1, grantedOre: row.grantedOre + parts[i]! });
      });
    }
    expect(expected.size).toBeGreaterThan(1);
    for (const [code, figures] of expected) {
      expect(p.byMunicipality.find((r) => r.code === code)).toMatchObject(figures);
    }
    expect(p.byMunicipality.find((r) => r.code === null)?.grantedOre ?? 0).toBe(withoutMunicipality);
    expect(sum(p.byMunicipality)).toBe(p.total.grantedOre);
    // A project is counted in every municipality it covers: more than nine projects over all rows.
    expect(p.byMunicipality.reduce((a, r) => a + r.projectCount, 0)).toBeGreaterThan(p.total.projectCount);
    expect(p.byMunicipality.find((r) => r.code === '2480')).toMatchObject({
      name: 'Umeå',
      county: 'Västerbottens län',
    });
  });
});

describe('CSV downloads', () => {
  const csvOf = async (table: string) => {
    const res = await get(`/api/v1/portfolio/${table}.csv`, t.officer);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = res.rawPayload.toString('utf8').slice(1).trimEnd().split('\r\n');
    return {
      header: lines[0]!.split(';'),
      rows: lines.slice(1).map((l) => l.split(';')),
      disposition: res.headers['content-disposition'],
    };
  };
  const kronorSum = (cells: string[]) => cells.reduce((a, c) => a + Math.round(Number(c.replace(',', '.')) * 100), 0);

  it('has a byte order mark, Swedish headers and the same sums as the dashboard', async () => {
    const priorities = await csvOf('priorities');
    expect(priorities.header).toEqual(['Prioritering', 'Benämning', 'Antal projekt', 'Beviljat belopp (kr)']);
    expect(priorities.rows).toEqual([
      ['3.1', 'Kapacitet för samverkan och samhandling', '1', '5505389,00'],
      ['', 'Ingen prioritering angiven', '8', '25421501,00'],
    ]);
    expect(priorities.disposition).toBe('attachment; filename="portfolj-prioriteringar.csv"');
    for (const table of ['years', 'municipalities', 'owner-types']) {
      const csv = await csvOf(table);
      expect(kronorSum(csv.rows.map((r) => r.at(-1)!))).toBe(DEMO_TOTAL);
    }
    expect((await csvOf('owner-types')).rows.map((r) => r[0])).toEqual([
      'Region',
      'Universitet eller högskola',
      'Företag',
    ]);
  });

  it('lists the appropriation years with budget, committed, paid and remaining in kronor', async () => {
    const csv = await csvOf('appropriations');
    expect(csv.header).toEqual([
      'Anslag',
      'År',
      'Budget (kr)',
      'Beviljat ej avslutat (kr)',
      'Utbetalt (kr)',
      'Återstår att bevilja (kr)',
    ]);
    expect(csv.rows[0]).toEqual([
      'UO 19 anslag 1:1 Regionala tillväxtåtgärder',
      '2023',
      '60000000,00',
      '30926890,00',
      '0,00',
      '29073110,00',
    ]);
  });
});

describe('commitments follow the decisions', () => {
  it('adds a grant approved today to 2026, as the decision checks count it; payments and closure show', async () => {
    const before = await portfolio(t.officer);
    const appropriation = before.options.appropriations[0]!;
    const kase = await makeSubmittedCase(db(), { funderId: t.fixtures.funder.id, organizationId: t.fixtures.umu.id });
    await db().update(s.cases).set({ status: 'in_assessment' }).where(eq(s.cases.id, kase.id));
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${kase.id}/decisions`,
      headers: t.officer,
      payload: {
        kind: 'grant',
        amountOre: kr(750_000),
        maxShareBp: 5000,
        approvedCostsOre: kr(1_500_000),
        period: { start: '2027-01-01', end: '2028-12-31' },
        legalBasis: ['2003:596'],
        appropriationId: appropriation.id,
        reasons: 'Projektet bidrar till RUS.',
        conditions: 'Rapportera enligt rapporteringsplanen.',
        recipients: ['projektledare@umu.example'],
        decidedBy: t.fixtures.head.id,
        delegationPoint: '1.1',
        meetingId: null,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/v1/decisions/${id}/propose`, headers: t.officer })).statusCode,
    ).toBe(200);
    const approved = await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${id}/approve`,
      headers: t.head,
      payload: {},
    });
    expect(approved.statusCode, approved.body).toBe(200);

    const after = await portfolio(t.officer);
    expect(after.total).toEqual({ projectCount: 10, grantedOre: DEMO_TOTAL + kr(750_000) });
    expect(after.byYear.find((r) => r.year === 2026)).toEqual({ year: 2026, projectCount: 1, grantedOre: kr(750_000) });
    const y2026 = () => after.byAppropriation.find((r) => r.code === '1:1' && r.year === 2026)!;
    expect(y2026()).toMatchObject({ committedOre: kr(750_000), remainingOre: kr(65_000_000 - 750_000) });

    // The same figure the officer's workspace shows beside the appropriation (the decision checks' sum).
    const other = await makeSubmittedCase(db(), { funderId: t.fixtures.funder.id, organizationId: t.fixtures.umu.id });
    const workspace = await get(`/api/v1/cases/${other.id}/workspace`, t.officer);
    const offered = workspace
      .json<{ options: { appropriations: { id: string; year: number; committedOre: number }[] } }>()
      .options.appropriations.find((a) => a.id === appropriation.id)!;
    expect(offered).toMatchObject({ year: 2026, committedOre: y2026().committedOre });

    // Finance pays 200 000 kr; then the project is closed: still granted, no longer committed.
    const [decision] = await db().select().from(s.decisions).where(eq(s.decisions.id, id));
    await db()
      .insert(s.payments)
      .values({ projectId: decision!.projectId!, amountOre: kr(200_000), paidOn: '2026-11-20' });
    const paid = (await portfolio(finance, '?year=2026')).byAppropriation.find((r) => r.code === '1:1')!;
    expect(paid).toMatchObject({ committedOre: kr(750_000), paidOre: kr(200_000) });
    await db().update(s.projects).set({ status: 'closed' }).where(eq(s.projects.id, decision!.projectId!));
    const closed = await portfolio(finance, '?year=2026');
    expect(closed.total.grantedOre).toBe(kr(750_000));
    expect(closed.byAppropriation.find((r) => r.code === '1:1')).toMatchObject({
      committedOre: 0,
      paidOre: 0,
      remainingOre: kr(65_000_000),
    });
  });
});
