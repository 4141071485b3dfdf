import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/app.js';
import {
  csvRecords,
  readStandardSchema,
  threeSixtyGivingValidator,
  validationErrors,
} from '../../../../tests/support/three-sixty-giving.js';
import { GRANT_TITLES, OBJECT_TITLES } from './three-sixty-giving-csv.js';
import type { ThreeSixtyGrant, ThreeSixtyPackage } from './three-sixty-giving.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { host: 'bidra.example.se' } });
const DVIS = 'Digitala Västerbotten i samverkan (DVIS)';
const DOVI = 'Digital omställning i Västerbottens industrier DOVI';
const TRUE_NAME = 'TRUE - tillsammans för regional utveckling, etapp 2';
const KOMP = 'Kompetensattraktion Västerbotten – långsiktig, hållbar kompetensförsörjning från kust till fjäll';

async function threeSixtyJson() {
  const res = await get('/api/v1/public/export/360giving.json');
  return { res, pkg: res.json<ThreeSixtyPackage>() };
}
const byTitle = (grants: ThreeSixtyGrant[], title: string) => grants.find((g) => g.title === title)!;

describe('the 360Giving export (JSON), open to anyone', () => {
  it('is a download of JSON, with a dated file name, without signing in', async () => {
    const { res } = await threeSixtyJson();
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="bidra-360giving-2026-11-24.json"');
  });

  it('validates against the 360Giving package schema, and the validator really rejects a broken grant', async () => {
    const { pkg } = await threeSixtyJson();
    const validate = threeSixtyGivingValidator();
    const valid = validate(pkg);
    expect(validationErrors(validate)).toEqual([]);
    expect(valid).toBe(true);

    const withoutRecipient = structuredClone(pkg);
    delete (withoutRecipient.grants[0] as Partial<ThreeSixtyGrant>).recipientOrganization;
    expect(validate(withoutRecipient)).toBe(false);
    const badDate = structuredClone(pkg);
    badDate.grants[0]!.awardDate = '2023-13-01';
    expect(validate(badDate)).toBe(false);
  });

  it('holds the nine published grants with the amounts in force, the meeting’s eight summing to 25 421 501 kr', async () => {
    const { pkg } = await threeSixtyJson();
    expect(pkg.grants).toHaveLength(9);
    expect(pkg.grants.every((g) => g.currency === 'SEK')).toBe(true);
    const meeting = pkg.grants.filter((g) => g.awardDate === '2023-03-01');
    expect(meeting.reduce((s, g) => s + g.amountAwarded, 0)).toBe(25_421_501);
    expect(pkg.publisher).toEqual({ name: 'Region Västerbotten', identifier: 'SE-ON-232100-0222' });
  });

  it('describes DVIS: identifier with the funder’s prefix, recipient and funder by org-id, period, places', async () => {
    const { pkg } = await threeSixtyJson();
    const dvis = byTitle(pkg.grants, DVIS);
    expect(dvis.id).toMatch(/^360G-SE-ON-232100-0222-REGAC-\d+-2023$/);
    expect(dvis).toMatchObject({
      amountAwarded: 5_505_389,
      awardDate: '2023-11-06',
      plannedDates: [{ startDate: '2024-02-01', endDate: '2027-01-31' }],
      recipientOrganization: [
        { id: 'SE-ON-232100-0222', name: 'Region Västerbotten', companyNumber: '232100-0222', addressCountry: 'SE' },
      ],
      fundingOrganization: [
        { id: 'SE-ON-232100-0222', name: 'Region Västerbotten', department: 'Regionala utvecklingsnämnden' },
      ],
      grantProgramme: [{ code: 'UO 19 anslag 1:1', title: 'Regionala tillväxtåtgärder' }],
    });
    expect(dvis.description).toMatch(/^Projektet DVIS ska lyfta kommunernas kompetens/);
    expect(dvis.beneficiaryLocation).toHaveLength(15);
    expect(dvis.beneficiaryLocation).toContainEqual(
      expect.objectContaining({ name: 'Umeå', geoCode: '2480', countryCode: 'SE' }),
    );
    expect(dvis.classifications?.map((c) => c.code)).toEqual(['3.1', 'ERDF']);
    expect(dvis.url).toMatch(/^http:\/\/bidra\.example\.se\/projekt\/[0-9a-f-]{36}$/);
  });

  it('gives DOVI its diary number in the identifier and its period as amended', async () => {
    const { pkg } = await threeSixtyJson();
    const dovi = byTitle(pkg.grants, DOVI);
    expect(dovi.id).toBe('360G-SE-ON-232100-0222-REGAC-317-2022');
    expect(dovi.plannedDates).toEqual([{ startDate: '2023-03-01', endDate: '2026-08-31' }]);
    expect(new Set(pkg.grants.map((g) => g.id)).size).toBe(9);
  });

  it('identifies a recipient without an organisation number under the funder’s prefix', async () => {
    const { pkg } = await threeSixtyJson();
    const komp = byTitle(pkg.grants, KOMP);
    expect(komp.recipientOrganization[0]!.id).toMatch(/^360G-SE-ON-232100-0222-ORG-[0-9a-f-]{36}$/);
    expect(komp.recipientOrganization[0]).not.toHaveProperty('companyNumber');
  });
});

describe('the 360Giving export (CSV)', () => {
  it('names its columns with the schema’s own titles and holds the same grants', async () => {
    const res = await get('/api/v1/public/export/360giving.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers['content-disposition']).toBe('attachment; filename="bidra-360giving-2026-11-24.csv"');
    const { header, records } = csvRecords(res.body);
    expect(header.slice(0, 6)).toEqual([
      'Identifier',
      'Title',
      'Description',
      'Currency',
      'Amount Awarded',
      'Award Date',
    ]);
    expect(header).toEqual(
      expect.arrayContaining([
        'Planned Dates:Start Date',
        'Recipient Org:Identifier',
        'Recipient Org:Company Number',
        'Funding Org:Department',
        'Beneficiary Location:0:Geographic Code',
        'Beneficiary Location:14:Name',
        'Last Modified',
      ]),
    );
    expect(records).toHaveLength(9);
    const dvis = records.find((r) => r.Title === DVIS)!;
    expect(dvis['Amount Awarded']).toBe('5505389');
    expect(dvis['Recipient Org:Identifier']).toBe('SE-ON-232100-0222');
    const solh = records.find((r) => r.Title?.includes('SOLH'))!;
    expect(solh['Beneficiary Location:0:Name']).toBe('Umeå');
    expect(solh['Beneficiary Location:1:Name']).toBe('');
  });

  it('uses only titles that the 360Giving schema itself gives its fields', () => {
    const schema = readStandardSchema('360-giving-schema.json') as {
      properties: Record<string, { title?: string; items?: { $ref?: string } }>;
      $defs: Record<string, { title?: string; properties: Record<string, { title?: string }> }>;
    };
    for (const [key, title] of Object.entries(GRANT_TITLES)) {
      const field = schema.properties[key]!;
      const expected = field.title ?? (key === 'currency' ? schema.$defs.currency!.title : undefined);
      expect(title, key).toBe(expected);
    }
    for (const [key, fields] of Object.entries(OBJECT_TITLES)) {
      const def = schema.$defs[schema.properties[key]!.items!.$ref!.split('/').pop()!]!;
      for (const [field, title] of Object.entries(fields))
        expect(title, `${key}.${field}`).toBe(def.properties[field]!.title);
    }
  });
});

describe('the EU list of operations (Regulation 2021/1060 Art. 49(3))', () => {
  async function art49() {
    const res = await get('/api/v1/public/export/eu-art49.csv');
    return { res, ...csvRecords(res.body) };
  }

  it('has the regulation’s columns in order, and every operation every column', async () => {
    const { res, header, records } = await art49();
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="bidra-eu-art49-2026-11-24.csv"');
    expect(header.slice(0, 17)).toEqual([
      'operation_code',
      'beneficiary_name',
      'beneficiary_person',
      'fleet_register_id',
      'operation_name',
      'purpose_and_achievements',
      'start_date',
      'end_date',
      'total_cost_eur',
      'total_cost_sek',
      'fund',
      'specific_objective',
      'union_cofinancing_rate',
      'location',
      'country',
      'nuts2',
      'intervention_type',
    ]);
    // Only the operations of an EU programme with a fund: DVIS and DOVI (Övre Norrland, ERDF); the
    // seven grants of the funder's own money are not Art. 49 operations.
    expect(records.map((r) => r.operation_name).sort()).toEqual([DOVI, DVIS].sort());
    expect(records.every((r) => r.fund === 'ERDF')).toBe(true);
    const raw = res.body.trimEnd().split('\r\n');
    expect(raw).toHaveLength(3);
    for (const r of records) {
      expect(r.operation_code).toMatch(/^360G-SE-ON-232100-0222-/);
      expect(r.beneficiary_name).not.toBe('');
      expect(r.operation_name).not.toBe('');
      expect(r.purpose_and_achievements).not.toBe('');
      expect(r.start_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.end_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number(r.total_cost_sek)).toBeGreaterThan(0);
      expect(r.country).toBe('SE');
      expect(r.location).not.toBe('');
      expect(r.nuts2).toBe('SE33');
    }
  });

  it('takes the total cost from the best figure held, and says which', async () => {
    const { records } = await art49();
    const row = (name: string) => records.find((r) => r.operation_name === name)!;
    expect(row(DVIS)).toMatchObject({
      total_cost_sek: '11010777',
      total_cost_basis: 'approved_costs',
      fund: 'ERDF',
      granted_amount_sek: '5505389',
      funder_max_share_percent: '50',
      beneficiary_org_number: '232100-0222',
      strategy_priority: '3.1 Kapacitet för samverkan och samhandling',
    });
    // DOVI: no approved costs, but the revised activity plan in force (its costs sum to 3 333 015 kr).
    expect(row(DOVI)).toMatchObject({
      total_cost_sek: '3333015',
      total_cost_basis: 'activity_plan',
      end_date: '2026-08-31',
      external_case_ids: 'Nyps 20359783',
      diary_number: 'REGAC - 317 - 2022',
    });
    expect(row(TRUE_NAME)).toBeUndefined();
    expect(row(DVIS).location?.split('; ')).toHaveLength(15);
  });

  it('leaves the total cost empty when no cost figure is held, never the grant in its place', async () => {
    // TRUE etapp 2 (10 000 000 kr granted, no approved costs, budget or activity plan) linked to the programme.
    await t.database.db.execute(
      sql`UPDATE projects SET programme_id = (SELECT programme_id FROM projects WHERE acronym = 'DVIS') WHERE name = ${TRUE_NAME}`,
    );
    try {
      const { records } = await art49();
      const row = records.find((r) => r.operation_name === TRUE_NAME)!;
      expect(row).toMatchObject({
        total_cost_sek: '',
        total_cost_eur: '',
        total_cost_basis: 'unknown',
        granted_amount_sek: '10000000',
        fund: 'ERDF',
      });
      expect(records).toHaveLength(3);
    } finally {
      await t.database.db.execute(sql`UPDATE projects SET programme_id = NULL WHERE name = ${TRUE_NAME}`);
    }
  });
});

describe('the public list as CSV', () => {
  it('has the list’s fields and honours the search and the filters', async () => {
    const res = await get('/api/v1/public/export/projects.csv?q=digitalisering');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="bidra-projekt-2026-11-24.csv"');
    const { header, records } = csvRecords(res.body);
    expect(header).toEqual([
      'id',
      'name',
      'acronym',
      'owner',
      'ownerOrgNumber',
      'amountSek',
      'maxSharePercent',
      'periodStart',
      'periodEnd',
      'status',
    ]);
    expect(records.map((r) => r.name)).toContain(DVIS);
    expect(records.map((r) => r.name)).not.toContain(TRUE_NAME);
    const universities = csvRecords((await get('/api/v1/public/export/projects.csv?ownerType=university')).body);
    expect(universities.records.map((r) => r.owner).sort()).toEqual(['Luleå tekniska universitet', 'Umeå universitet']);
    expect((await get('/api/v1/public/export/projects.csv?municipality=umea')).statusCode).toBe(400);
  });
});

describe('only what is published', () => {
  it('leaves an unpublished project out of every export', async () => {
    await t.database.db.execute(sql`UPDATE projects SET published = false WHERE acronym = 'SOLH'`);
    try {
      const { pkg } = await threeSixtyJson();
      expect(pkg.grants).toHaveLength(8);
      expect(pkg.grants.some((g) => g.title.includes('SOLH'))).toBe(false);
      const art49 = csvRecords((await get('/api/v1/public/export/eu-art49.csv')).body);
      expect(art49.records).toHaveLength(2);
      const list = csvRecords((await get('/api/v1/public/export/projects.csv')).body);
      expect(list.records.map((r) => r.acronym)).not.toContain('SOLH');
    } finally {
      await t.database.db.execute(sql`UPDATE projects SET published = true WHERE acronym = 'SOLH'`);
    }
  });

  it('lists the export routes in the OpenAPI document', async () => {
    const doc = (await get('/api/openapi.json')).json<{ paths: Record<string, unknown> }>();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/public/export/360giving.json',
        '/api/v1/public/export/360giving.csv',
        '/api/v1/public/export/eu-art49.csv',
        '/api/v1/public/export/projects.csv',
      ]),
    );
  });
});
