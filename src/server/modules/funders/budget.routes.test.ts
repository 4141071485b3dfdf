import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../db/schema/index.js';
import { createFunderTestApp, type FunderTestApp, type Headers } from './testing/funder-app.js';

let t: FunderTestApp;
let admin: Headers;
let funderId = '';
beforeAll(async () => {
  t = await createFunderTestApp({ seed: true });
  admin = await t.login('admin@regionvasterbotten.example');
  const [funder] = await t.database.db
    .select()
    .from(s.funders)
    .where(eq(s.funders.committeeName, 'Regionala utvecklingsnämnden'));
  funderId = funder!.id;
});
afterAll(async () => {
  await t.close();
});

const inject = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: admin, ...(payload ? { payload } : {}) });
const issues = (body: string) =>
  (JSON.parse(body) as { details: { issues: { path: string; message: { sv: string } }[] } }).details.issues;
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

interface AppropriationView {
  id: string;
  code: string;
  name: string;
  expenditureArea: string | null;
  item: string | null;
  version: number;
  years: { year: number; budgetOre: number | null; committedOre: number; remainingOre: number }[];
}
const asInput = (a: AppropriationView, years = a.years) => ({
  version: a.version,
  code: a.code,
  name: a.name,
  expenditureArea: a.expenditureArea,
  item: a.item,
  years: years.map((y) => ({ year: y.year, budgetOre: y.budgetOre ?? 0 })),
});

describe('appropriations and their year budgets', () => {
  let demo: AppropriationView;

  it('lists 1:1 with each year’s budget, what is committed on it and what remains', async () => {
    const res = await inject('GET', `/api/v1/funders/${funderId}/appropriations`);
    expect(res.statusCode).toBe(200);
    demo = res.json<{ items: AppropriationView[] }>().items[0]!;
    expect(demo).toMatchObject({ code: '1:1', name: 'Regionala tillväxtåtgärder', expenditureArea: 'UO 19' });
    const y2023 = demo.years.find((y) => y.year === 2023)!;
    expect(y2023.budgetOre).toBe(60_000_000_00);
    expect(y2023.committedOre).toBeGreaterThan(0);
    expect(y2023.remainingOre).toBe(y2023.budgetOre! - y2023.committedOre);
  });

  it('refuses a year budget below what is already committed, naming the committed amount', async () => {
    const y2023 = demo.years.find((y) => y.year === 2023)!;
    const lowered = demo.years.map((y) => (y.year === 2023 ? { ...y, budgetOre: y.committedOre - 100 } : y));
    const res = await inject('PUT', `/api/v1/funders/${funderId}/appropriations/${demo.id}`, asInput(demo, lowered));
    expect(res.statusCode, res.body).toBe(422);
    const [issue] = issues(res.body);
    const index = demo.years.findIndex((y) => y.year === 2023);
    expect(issue!.path).toBe(`years.${index}.budgetOre`);
    const committedKr = new Intl.NumberFormat('sv-SE').format(y2023.committedOre / 100);
    expect(plain(issue!.message.sv)).toContain(`${plain(committedKr)} kr`);
  });

  it('refuses to drop a year with commitments, and accepts a budget exactly at the committed amount', async () => {
    const dropped = await inject(
      'PUT',
      `/api/v1/funders/${funderId}/appropriations/${demo.id}`,
      asInput(
        demo,
        demo.years.filter((y) => y.year !== 2023),
      ),
    );
    expect(dropped.statusCode).toBe(422);
    expect(issues(dropped.body)[0]!.path).toBe('years');
    const exact = demo.years.map((y) => (y.year === 2023 ? { ...y, budgetOre: y.committedOre } : y));
    const res = await inject('PUT', `/api/v1/funders/${funderId}/appropriations/${demo.id}`, {
      ...asInput(demo, exact),
      years: [...asInput(demo, exact).years, { year: 2027, budgetOre: 70_000_000_00 }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const saved = res.json<AppropriationView>();
    expect(saved.version).toBe(demo.version + 1);
    expect(saved.years.find((y) => y.year === 2023)!.remainingOre).toBe(0);
    expect(saved.years.map((y) => y.year)).toEqual([2023, 2024, 2025, 2026, 2027]);
    const stale = await inject('PUT', `/api/v1/funders/${funderId}/appropriations/${demo.id}`, asInput(demo));
    expect(stale.statusCode).toBe(409);
  });

  it('creates an appropriation with its year budgets; a taken code is 409, a repeated year 422', async () => {
    const body = {
      code: '2:4',
      name: 'Regionala utvecklingsåtgärder',
      expenditureArea: 'UO 22',
      item: 'ap. 4',
      years: [{ year: 2026, budgetOre: 5_000_000_00 }],
    };
    const res = await inject('POST', `/api/v1/funders/${funderId}/appropriations`, body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<AppropriationView>().years).toEqual([
      { year: 2026, budgetOre: 5_000_000_00, committedOre: 0, remainingOre: 5_000_000_00 },
    ]);
    const taken = await inject('POST', `/api/v1/funders/${funderId}/appropriations`, body);
    expect(taken.statusCode).toBe(409);
    expect(issues(taken.body)[0]!.path).toBe('code');
    const repeated = await inject('POST', `/api/v1/funders/${funderId}/appropriations`, {
      ...body,
      code: '2:5',
      years: [
        { year: 2026, budgetOre: 1 },
        { year: 2026, budgetOre: 2 },
      ],
    });
    expect(repeated.statusCode).toBe(422);
    expect(issues(repeated.body).map((i) => i.path)).toEqual(['years.1.year']);
    const negative = await inject('POST', `/api/v1/funders/${funderId}/appropriations`, {
      ...body,
      code: '2:6',
      years: [{ year: 2026, budgetOre: -1 }],
    });
    expect(negative.statusCode).toBe(400);
  });
});

describe('programmes', () => {
  interface ProgrammeView {
    id: string;
    name: string;
    mainFunder: { name: string; orgNumber: string | null } | null;
    version: string;
    cci: string | null;
  }

  it('lists the demo’s two regional fund programmes as the funder’s own, with their main funder', async () => {
    const res = await inject('GET', `/api/v1/funders/${funderId}/programmes`);
    const { items } = res.json<{ items: ProgrammeView[] }>();
    expect(items.map((p) => [p.name, p.mainFunder?.name])).toEqual([
      ['Regionalfondsprogrammet Mellersta Norrland 2014–2020', 'Tillväxtverket'],
      ['Regionalfondsprogrammet Övre Norrland 2021–2027', 'Tillväxtverket'],
    ]);
  });

  it('adds a programme whose main funder Bidra does not know yet, and changes it', async () => {
    const body = {
      name: 'Interreg Aurora 2021–2027',
      shortName: 'Aurora',
      fund: 'ERDF',
      mainFunder: { name: 'Länsstyrelsen i Norrbottens län', orgNumber: '202100-2346' },
      yearFrom: 2021,
      yearTo: 2027,
      cci: '2021tc16rfnb001',
    };
    const bad = await inject('POST', `/api/v1/funders/${funderId}/programmes`, {
      ...body,
      cci: 'nej',
      yearFrom: 2027,
      yearTo: 2021,
      mainFunder: { name: '', orgNumber: '202100-2347' },
    });
    expect(bad.statusCode).toBe(422);
    expect(issues(bad.body).map((i) => i.path)).toEqual(['cci', 'yearTo', 'mainFunder.orgNumber']);
    const res = await inject('POST', `/api/v1/funders/${funderId}/programmes`, body);
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json<ProgrammeView>();
    expect(created).toMatchObject({ cci: '2021TC16RFNB001', mainFunder: body.mainFunder });
    const [org] = await t.database.db
      .select()
      .from(s.organizations)
      .where(eq(s.organizations.orgNumber, '202100-2346'));
    expect(org!.name).toBe('Länsstyrelsen i Norrbottens län');

    const url = `/api/v1/funders/${funderId}/programmes/${created.id}`;
    const changed = await inject('PUT', url, { ...body, version: created.version, shortName: 'Interreg Aurora' });
    expect(changed.statusCode, changed.body).toBe(200);
    const stale = await inject('PUT', url, { ...body, version: created.version });
    expect(stale.statusCode).toBe(409);
  });
});
