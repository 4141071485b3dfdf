import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.close());

interface ListBody {
  items: {
    id: string;
    name: string;
    acronym: string | null;
    owner: string;
    ownerOrgNumber: string | null;
    amountSek: number;
    maxSharePercent: number | null;
    periodStart: string;
    periodEnd: string;
    status: string;
  }[];
  total: number;
  page: number;
  pageSize: number;
}

const list = async (query = '') => {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/public/projects${query}` });
  return { res, body: res.json<ListBody>() };
};

describe('the public project list (the public contract)', () => {
  it("lists the eight projects of the press release and DVIS with the seed documents' amounts and periods", async () => {
    const { res, body } = await list('?pageSize=100');
    expect(res.statusCode).toBe(200);
    expect(body.total).toBe(9);
    const byName = new Map(body.items.map((p) => [p.name, p]));
    expect(byName.get('Digitala Västerbotten i samverkan (DVIS)')).toMatchObject({
      acronym: 'DVIS',
      owner: 'Region Västerbotten',
      ownerOrgNumber: '232100-0222',
      amountSek: 5_505_389,
      maxSharePercent: 50,
      periodStart: '2024-02-01',
      periodEnd: '2027-01-31',
    });
    // DOVI as amended: six months longer than in the press release.
    expect(byName.get('Digital omställning i Västerbottens industrier DOVI')).toMatchObject({
      amountSek: 2_491_478,
      periodStart: '2023-03-01',
      periodEnd: '2026-08-31',
    });
    expect(byName.get('TRUE - tillsammans för regional utveckling, etapp 2')).toMatchObject({
      amountSek: 10_000_000,
      periodEnd: '2025-12-31',
    });
    expect(byName.get('SMArt Livskraftig Landsbygd (SMALL)')).toMatchObject({
      owner: 'Luleå tekniska universitet',
      amountSek: 2_271_045,
      periodStart: '2023-02-16',
    });
    const meetingTotal = body.items.filter((p) => p.acronym !== 'DVIS').reduce((s, p) => s + p.amountSek, 0);
    expect(meetingTotal).toBe(25_421_501);
  });

  it("has exactly the contract's fields", async () => {
    const { body } = await list('?pageSize=1');
    expect(Object.keys(body).sort()).toEqual(['items', 'page', 'pageSize', 'total']);
    expect(Object.keys(body.items[0]!).sort()).toEqual(
      [
        'acronym',
        'amountSek',
        'id',
        'maxSharePercent',
        'name',
        'owner',
        'ownerOrgNumber',
        'periodEnd',
        'periodStart',
        'status',
      ].sort(),
    );
  });

  it('finds "Digitala Västerbotten" projects for the query "digitalisering"', async () => {
    const { body } = await list('?q=digitalisering');
    const names = body.items.map((p) => p.name);
    expect(names).toContain('Digitala Västerbotten i samverkan (DVIS)');
    expect(names).toContain('Digitala Västerbotten 2.0');
    expect(names).not.toContain('TRUE - tillsammans för regional utveckling, etapp 2');
  });

  it('uses Swedish stemming: "industrin" finds the DOVI project ("industrier")', async () => {
    const { body } = await list('?q=industrin');
    expect(body.items.map((p) => p.acronym)).toContain('DOVI');
  });

  it('tolerates a typo in a project name', async () => {
    const { body } = await list(`?q=${encodeURIComponent('Landsbyggd')}`);
    expect(body.items.map((p) => p.acronym)).toContain('SMALL');
  });

  it('returns nothing, not an error, for a query that matches nothing or holds only punctuation', async () => {
    expect((await list('?q=zzzzqqqq')).body.total).toBe(0);
    const { res } = await list(`?q=${encodeURIComponent("'&|!():*")}`);
    expect(res.statusCode).toBe(200);
  });

  it('pages through the list', async () => {
    const first = await list('?page=1&pageSize=4');
    const third = await list('?page=3&pageSize=4');
    expect(first.body.items).toHaveLength(4);
    expect(third.body).toMatchObject({ total: 9, page: 3, pageSize: 4 });
    expect(third.body.items).toHaveLength(1);
    // A page past the end is empty but still says how many there are, with or without a search.
    expect((await list('?page=4&pageSize=4')).body).toMatchObject({ total: 9, items: [] });
    expect((await list('?q=digitalisering&page=9&pageSize=4')).body).toMatchObject({ items: [] });
    expect((await list('?q=digitalisering&page=9&pageSize=4')).body.total).toBe(
      (await list('?q=digitalisering')).body.total,
    );
    const all = [...first.body.items, ...(await list('?page=2&pageSize=4')).body.items, ...third.body.items].map(
      (p) => p.id,
    );
    expect(new Set(all).size).toBe(9);
  });

  it.each(['?page=abc', '?page=0', '?pageSize=1000', '?pageSize=-1', `?q=${'x'.repeat(201)}`])(
    'answers a bad query %s with a 400 problem+json in Swedish, or English on request',
    async (query) => {
      const sv = await list(query);
      expect(sv.res.statusCode).toBe(400);
      expect(sv.res.headers['content-type']).toContain('application/problem+json');
      expect(sv.body).toMatchObject({ status: 400, code: 'validation_failed', title: 'Ogiltig begäran' });
      expect((sv.body as unknown as { detail: string }).detail).toMatch(/ska vara|får vara|måste vara/);
      const en = await t.app.inject({
        method: 'GET',
        url: `/api/v1/public/projects${query}`,
        headers: { 'accept-language': 'en' },
      });
      expect(en.json<{ detail: string }>().detail).toMatch(/^Invalid values.*(must be|may be)/);
    },
  );
});

describe('the service around it', () => {
  it('says it is healthy once migrated', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('publishes an OpenAPI 3.1 document of its routes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const doc = res.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/public/projects', '/healthz']));
  });

  it('answers an unknown route with a 404 problem', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found', status: 404 });
  });

  it('leads /projektbanken to the web app’s project bank, keeping the search', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/projektbanken?q=digitalisering' });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/?q=digitalisering');
    expect((await t.app.inject({ method: 'GET', url: '/projektbanken' })).headers.location).toBe('/');
  });

  it('serves the project bank as an accessible HTML page where the web app is not built', async () => {
    const plain = await createTestApp({ seed: true, app: { webApp: false } });
    const res = await plain.app.inject({ method: 'GET', url: '/projektbanken?q=digitalisering' });
    expect((await plain.app.inject({ method: 'GET', url: '/' })).headers.location).toBe('/projektbanken');
    await plain.close();
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="sv">');
    expect(res.body).toContain('Digitala Västerbotten i samverkan (DVIS)');
    expect(res.body.replace(/\u00a0/g, ' ')).toContain('5 505 389 kr');
  });
});

describe('typo tolerance and owners in the search', () => {
  it('finds DVIS for the misspelt "digitaliserng", through the names of the projects', async () => {
    const { body } = await list('?q=digitaliserng');
    const names = body.items.map((p) => p.name);
    expect(names).toContain('Digitala Västerbotten i samverkan (DVIS)');
    expect(names).not.toContain('TRUE - tillsammans för regional utveckling, etapp 2');
  });

  it("finds projects by their owner's name, also misspelt", async () => {
    expect((await list(`?q=${encodeURIComponent('Luleå tekniska')}`)).body.items.map((p) => p.acronym)).toEqual([
      'SMALL',
    ]);
    const misspelt = await list(`?q=${encodeURIComponent('Umea universtet')}`);
    expect(misspelt.body.items.map((p) => p.acronym)).toContain('SOLH');
  });

  const ids = async (query: string) => (await list(`${query}&pageSize=100`)).body.items.map((p) => p.id).sort();

  it('finds the projects that cover a municipality by its name, as the municipality filter does', async () => {
    const byFilter = await ids('?municipality=2482');
    expect(byFilter.length).toBeGreaterThan(0);
    expect(await ids(`?q=${encodeURIComponent('Skellefteå')}`)).toEqual(expect.arrayContaining(byFilter));
    expect(await ids(`?q=${encodeURIComponent('skellefteå')}`)).toEqual(expect.arrayContaining(byFilter));
  });

  it("finds an owner's projects by its organisation number, however it is written", async () => {
    const all = (await list('?pageSize=100')).body.items;
    const orgNumber = all.find((p) => p.ownerOrgNumber)!.ownerOrgNumber!;
    const owned = all
      .filter((p) => p.ownerOrgNumber === orgNumber)
      .map((p) => p.id)
      .sort();
    const digits = orgNumber.replace('-', '');
    for (const written of [orgNumber, digits, `16${digits}`, `16${orgNumber}`, ` ${orgNumber} `]) {
      const found = (await list(`?q=${encodeURIComponent(written)}&pageSize=100`)).body.items;
      expect(found.map((p) => p.id).sort(), written).toEqual(expect.arrayContaining(owned));
      expect(
        found.every((p) => p.ownerOrgNumber === orgNumber),
        written,
      ).toBe(true);
    }
  });
});

describe('filters of the public list', () => {
  const names = async (query: string) => (await list(`${query}&pageSize=100`)).body.items.map((p) => p.name).sort();

  it('by owner type', async () => {
    expect(await names('?ownerType=university')).toEqual([
      'SMArt Livskraftig Landsbygd (SMALL)',
      'Support Office for Life science and Health in Västerbotten (SOLH)',
    ]);
    expect(await names('?ownerType=company')).toEqual([
      'Kompetensattraktion Västerbotten – långsiktig, hållbar kompetensförsörjning från kust till fjäll',
    ]);
    expect((await list('?ownerType=region')).body.total).toBe(6);
    expect((await list('?ownerType=association')).body.total).toBe(0);
  });

  it('by municipality covered', async () => {
    // Malå: the five county-wide projects and the IoT pre-study for smaller municipalities.
    expect(await names('?municipality=2418')).toEqual([
      'Digitala Västerbotten 2.0',
      'Digitala Västerbotten i samverkan (DVIS)',
      'Förstudie Regional IoT',
      'Kompetensattraktion Västerbotten – långsiktig, hållbar kompetensförsörjning från kust till fjäll',
      'Ramprojekt Västerbotten 2023-2025',
      'TRUE - tillsammans för regional utveckling, etapp 2',
    ]);
    expect((await list('?municipality=2480')).body.total).toBe(7);
    expect((await list('?municipality=0180')).body.total).toBe(0);
  });

  it('by a year in which the project runs', async () => {
    expect(await names('?year=2027')).toEqual(['Digitala Västerbotten i samverkan (DVIS)']);
    // The two projects that ended in 2023 drop out in 2024.
    expect((await list('?year=2024')).body.total).toBe(7);
    expect((await list('?year=2023')).body.total).toBe(8);
  });

  it('by strategy priority, a priority including its sub-priorities', async () => {
    expect(await names('?priority=3')).toEqual(['Digitala Västerbotten i samverkan (DVIS)']);
    expect(await names('?priority=3.1')).toEqual(['Digitala Västerbotten i samverkan (DVIS)']);
    expect((await list('?priority=4')).body.total).toBe(0);
  });

  it('together, and with the search, keeping the contract of the list', async () => {
    expect(await names('?ownerType=region&municipality=2480&year=2026')).toEqual([
      'Digital omställning i Västerbottens industrier DOVI',
      'Digitala Västerbotten 2.0',
      'Digitala Västerbotten i samverkan (DVIS)',
      'Ramprojekt Västerbotten 2023-2025',
    ]);
    // SMALL's summary speaks of "digitala tjänster".
    expect(await names('?q=digitalisering&ownerType=university')).toEqual(['SMArt Livskraftig Landsbygd (SMALL)']);
    const { body } = await list('?ownerType=region&page=2&pageSize=4');
    expect(body).toMatchObject({ total: 6, page: 2, pageSize: 4 });
    expect(Object.keys(body).sort()).toEqual(['items', 'page', 'pageSize', 'total']);
  });

  it.each(['?ownerType=king', '?municipality=24', '?year=abc', '?priority=tre'])(
    'refuses a bad filter %s with a 400 problem',
    async (query) => {
      const { res } = await list(query);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'validation_failed' });
    },
  );

  it('offers only the values some published project has', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/public/project-filters' });
    const body = res.json<{
      priorities: { code: string }[];
      ownerTypes: string[];
      municipalities: { code: string; name: string }[];
      years: number[];
    }>();
    expect(body.priorities.map((p) => p.code)).toEqual(['3', '3.1']);
    expect(body.ownerTypes).toEqual(['region', 'university', 'company']);
    expect(body.municipalities).toHaveLength(15);
    expect(body.municipalities).toContainEqual({ code: '2418', name: 'Malå' });
    expect(body.years).toEqual([2023, 2024, 2025, 2026, 2027]);
  });
});

interface DetailBody {
  id: string;
  name: string;
  owner: { name: string; orgNumber: string | null; type: string };
  amountSek: number;
  maxSharePercent: number | null;
  approvedCostsSek: number | null;
  periodStart: string;
  periodEnd: string;
  municipalities: { code: string; name: string }[];
  activities: { number: string; title: string; start: string; end: string; costSek: number | null }[];
  decisions: {
    kind: string;
    decisionDate: string;
    diaryNumber: string | null;
    decidedBy: string | null;
    capacity: string | null;
    delegationPoint: string | null;
    meetingDate: string | null;
    amountSek: number | null;
    periodEnd: string | null;
    changes: string | null;
  }[];
}

describe('a public project page', () => {
  const idOf = async (acronym: string) =>
    (await list(`?q=${acronym}`)).body.items.find((p) => p.acronym === acronym)!.id;
  const detail = (id: string, lang = 'sv') =>
    t.app.inject({ method: 'GET', url: `/api/v1/public/projects/${id}`, headers: { 'accept-language': lang } });

  it('shows DVIS: owner, amount, share, period, municipalities and the chair’s urgent decision', async () => {
    const res = await detail(await idOf('DVIS'));
    expect(res.statusCode).toBe(200);
    const body = res.json<DetailBody>();
    expect(body).toMatchObject({
      name: 'Digitala Västerbotten i samverkan (DVIS)',
      owner: { name: 'Region Västerbotten', orgNumber: '232100-0222', type: 'region' },
      amountSek: 5_505_389,
      maxSharePercent: 50,
      approvedCostsSek: 11_010_777,
      periodStart: '2024-02-01',
      periodEnd: '2027-01-31',
    });
    expect(body.municipalities).toHaveLength(15);
    expect(body.decisions).toEqual([
      expect.objectContaining({
        kind: 'grant',
        decisionDate: '2023-11-06',
        capacity: 'Regionala utvecklingsnämndens ordförande',
        // The chair's urgent decision (kommunallagen 6 kap. 39 §), not a point of the delegation order.
        authority: 'urgent',
        delegationPoint: 'KL 6 kap. 39 §',
        amountSek: 5_505_389,
      }),
    ]);
  });

  it('shows DOVI with the grant and its amendment in force, and the revised activity plan', async () => {
    const body = (await detail(await idOf('DOVI'))).json<DetailBody>();
    expect(body.periodEnd).toBe('2026-08-31');
    expect(body.decisions.map((d) => [d.kind, d.decisionDate])).toEqual([
      ['grant', '2023-03-01'],
      ['amend', '2025-08-29'],
    ]);
    expect(body.decisions[0]).toMatchObject({ meetingDate: '2023-03-01', decidedBy: 'Regionala utvecklingsnämnden' });
    expect(body.decisions[1]).toMatchObject({
      periodEnd: '2026-08-31',
      changes: 'Att förlänga projektperioden med sex månader, till den 31 augusti 2026.',
    });
    // One matter, one diary number: the amendment is shown under the project's case (seed 001).
    expect(body.decisions.map((d) => d.diaryNumber)).toEqual(['REGAC - 317 - 2022', 'REGAC - 317 - 2022']);
    expect(body.activities).toHaveLength(15);
    expect(body.activities[0]).toEqual({
      number: '1',
      title: 'Uppstart',
      start: '2023-03-01',
      end: '2026-08-31',
      costSek: 150_000,
    });
    expect(body.activities.reduce((s, a) => s + (a.costSek ?? 0), 0)).toBe(3_333_015);
  });

  it('publishes no contact details: no e-mail address anywhere on the page', async () => {
    for (const acronym of ['DVIS', 'DOVI']) {
      const res = await detail(await idOf(acronym));
      expect(res.body).not.toMatch(/@/);
    }
  });

  it('answers an unknown, malformed or unpublished id with 404, in the caller’s language', async () => {
    const unknown = await detail('00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect(unknown.json()).toMatchObject({ code: 'not_found', detail: 'Projektet finns inte.' });
    expect((await detail('not-an-id', 'en')).json()).toMatchObject({
      status: 404,
      detail: 'The project does not exist.',
    });
    const id = await idOf('SOLH');
    await t.database.db.execute(sql`UPDATE projects SET published = false WHERE id = ${id}::uuid`);
    try {
      expect((await detail(id)).statusCode).toBe(404);
    } finally {
      await t.database.db.execute(sql`UPDATE projects SET published = true WHERE id = ${id}::uuid`);
    }
  });
});
