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

describe('the public project list (SPEC §9)', () => {
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

  it('serves the project bank as an accessible HTML page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/projektbanken?q=digitalisering' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="sv">');
    expect(res.body).toContain('Digitala Västerbotten i samverkan (DVIS)');
    expect(res.body.replace(/\u00a0/g, ' ')).toContain('5 505 389 kr');
  });
});
