import { and, eq } from 'drizzle-orm';
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
const issuePaths = (body: string) =>
  (JSON.parse(body) as { details: { issues: { path: string }[] } }).details.issues.map((i) => i.path);

interface PriorityView {
  id: string;
  code: string;
  title: string;
  parentCode: string | null;
  active: boolean;
  inUse: boolean;
}
interface StrategyView {
  id: string;
  name: string;
  version: number;
  priorities: PriorityView[];
}
const asInput = (p: PriorityView) => ({
  id: p.id,
  code: p.code,
  title: p.title,
  parentCode: p.parentCode,
  active: p.active,
});

describe('strategies and their priorities', () => {
  let demo: StrategyView;
  let created: StrategyView;

  it('lists the demo strategy, the sub-priority under its main one, and which are in use', async () => {
    const res = await inject('GET', `/api/v1/funders/${funderId}/strategies`);
    expect(res.statusCode).toBe(200);
    demo = res.json<{ items: StrategyView[] }>().items[0]!;
    expect(demo.priorities.map((p) => [p.code, p.parentCode, p.inUse])).toEqual([
      ['3', null, false],
      ['3.1', '3', true],
    ]);
  });

  it('creates a strategy with a main priority and a sub-priority', async () => {
    const res = await inject('POST', `/api/v1/funders/${funderId}/strategies`, {
      name: 'Regional utvecklingsstrategi 2031–2040',
      yearFrom: 2031,
      yearTo: 2040,
      priorities: [
        { code: '1', title: 'Hållbar tillväxt', parentCode: null, active: true },
        { code: '1.1', title: 'Kompetensförsörjning', parentCode: '1', active: true },
        { code: '1.2', title: 'Innovation', parentCode: '1', active: true },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    created = res.json<StrategyView>();
    expect(created.priorities.map((p) => `${p.code}<${p.parentCode ?? ''}`)).toEqual(['1<', '1.1<1', '1.2<1']);
  });

  it('names repeated codes, unknown and nested parents and inverted years, each at its field', async () => {
    const res = await inject('POST', `/api/v1/funders/${funderId}/strategies`, {
      name: 'Trasig',
      yearFrom: 2030,
      yearTo: 2020,
      priorities: [
        { code: '1', title: 'Ett', parentCode: null, active: true },
        { code: '1', title: 'Ett igen', parentCode: null, active: true },
        { code: '2.1', title: 'Utan förälder', parentCode: '2', active: true },
        { code: '1.1', title: 'Under ett', parentCode: '1', active: true },
        { code: '1.1.1', title: 'För djupt', parentCode: '1.1', active: true },
      ],
    });
    expect(res.statusCode).toBe(422);
    expect(issuePaths(res.body)).toEqual([
      'yearTo',
      'priorities.1.code',
      'priorities.2.parentCode',
      'priorities.4.parentCode',
    ]);
  });

  it('lets two priorities swap codes, retires one and removes an unused one in one save', async () => {
    const [main, first, second] = created.priorities;
    const res = await inject('PUT', `/api/v1/funders/${funderId}/strategies/${created.id}`, {
      version: created.version,
      name: created.name,
      yearFrom: 2031,
      yearTo: 2040,
      priorities: [
        asInput(main!),
        { ...asInput(first!), code: '1.2' },
        { ...asInput(second!), code: '1.1', active: false },
        { code: '2', title: 'Tillgänglighet', parentCode: null, active: true },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const saved = res.json<StrategyView>();
    expect(saved.version).toBe(created.version + 1);
    expect(saved.priorities.map((p) => [p.code, p.title, p.active])).toEqual([
      ['1', 'Hållbar tillväxt', true],
      ['1.1', 'Innovation', false],
      ['1.2', 'Kompetensförsörjning', true],
      ['2', 'Tillgänglighet', true],
    ]);
    const removed = await inject('PUT', `/api/v1/funders/${funderId}/strategies/${created.id}`, {
      version: saved.version,
      name: saved.name,
      yearFrom: 2031,
      yearTo: 2040,
      priorities: saved.priorities.filter((p) => p.code !== '2').map(asInput),
    });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json<StrategyView>().priorities.map((p) => p.code)).toEqual(['1', '1.1', '1.2']);
    created = removed.json<StrategyView>();
  });

  it('refuses a save from an older version (409)', async () => {
    const res = await inject('PUT', `/api/v1/funders/${funderId}/strategies/${created.id}`, {
      version: created.version - 1,
      name: 'Gammal',
      yearFrom: null,
      yearTo: null,
      priorities: created.priorities.map(asInput),
    });
    expect(res.statusCode).toBe(409);
  });

  it('refuses to remove a priority a project uses, but retires it', async () => {
    const body = (priorities: object[]) => ({
      version: demo.version,
      name: demo.name,
      yearFrom: 2020,
      yearTo: 2030,
      priorities,
    });
    const [main, sub] = demo.priorities;
    const removing = await inject('PUT', `/api/v1/funders/${funderId}/strategies/${demo.id}`, body([asInput(main!)]));
    expect(removing.statusCode).toBe(422);
    expect(removing.json<{ code: string }>().code).toBe('priority.in_use');
    expect(removing.body).toContain('3.1');
    const retiring = await inject(
      'PUT',
      `/api/v1/funders/${funderId}/strategies/${demo.id}`,
      body([asInput(main!), { ...asInput(sub!), active: false }]),
    );
    expect(retiring.statusCode, retiring.body).toBe(200);
    const [row] = await t.database.db.select().from(s.priorities).where(eq(s.priorities.id, sub!.id));
    expect(row!.active).toBe(false);
  });

  it('does not take a priority of another strategy into this one', async () => {
    const res = await inject('PUT', `/api/v1/funders/${funderId}/strategies/${created.id}`, {
      version: created.version,
      name: created.name,
      yearFrom: null,
      yearTo: null,
      priorities: [...created.priorities.map(asInput), { ...asInput(demo.priorities[0]!), code: '9' }],
    });
    expect(res.statusCode).toBe(422);
    expect(issuePaths(res.body)).toEqual(['priorities.3.code']);
  });

  it('audits every change with before and after', async () => {
    const events = await t.database.db
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.entityType, 'strategy'), eq(s.auditEvents.entityId, created.id)));
    expect(events.map((e) => e.action)).toEqual(['strategy.created', 'strategy.updated', 'strategy.updated']);
    const before = events[1]!.before as { priorities: { priorityCode: string; title: string }[] };
    expect(before.priorities.map((p) => `${p.priorityCode} ${p.title}`)).toContain('1.1 Kompetensförsörjning');
  });
});

describe('assessment aspects', () => {
  interface AspectView {
    id: string;
    name: string;
    policy: string | null;
    active: boolean;
    version: string;
  }
  let aspects: AspectView[];

  it('lists the demo’s two aspects, adds one and refuses a name already taken (409)', async () => {
    aspects = (await inject('GET', `/api/v1/funders/${funderId}/aspects`)).json<{ items: AspectView[] }>().items;
    expect(aspects.map((a) => a.name)).toEqual(['Hållbar regional tillväxt', 'Sammanhållen region']);
    const res = await inject('POST', `/api/v1/funders/${funderId}/aspects`, {
      name: 'Jämställdhet',
      policy: 'Agenda för hållbar finansiering',
      active: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    const taken = await inject('POST', `/api/v1/funders/${funderId}/aspects`, {
      name: 'jämställdhet',
      policy: null,
      active: true,
    });
    expect(taken.statusCode).toBe(409);
    expect(issuePaths(taken.body)).toEqual(['name']);
  });

  it('keeps the name of an aspect assessments graded, retires it, and refuses a stale save', async () => {
    const graded = aspects[0]!;
    const url = `/api/v1/funders/${funderId}/aspects/${graded.id}`;
    const rename = await inject('PUT', url, {
      version: graded.version,
      name: 'Nytt namn',
      policy: graded.policy,
      active: true,
    });
    expect(rename.statusCode).toBe(422);
    expect(issuePaths(rename.body)).toEqual(['name']);
    const retire = await inject('PUT', url, {
      version: graded.version,
      name: graded.name,
      policy: graded.policy,
      active: false,
    });
    expect(retire.statusCode, retire.body).toBe(200);
    expect(retire.json<AspectView>().active).toBe(false);
    const stale = await inject('PUT', url, { version: graded.version, name: graded.name, policy: null, active: true });
    expect(stale.statusCode).toBe(409);
  });
});
