import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adjustableClock, createTestApp, loginAs, type TestApp } from '../../../../tests/support/app.js';
import { demoFunderIds, makeCall, type CallBody, type Headers } from './testing/calls-fixture.js';

// The calls are made on 2026-11-01; then the clock moves to 2026-11-24 10:00 Swedish time.
const clock = adjustableClock('2026-11-01T09:00:00Z');
let t: TestApp;
let admin: Headers;
let funderId: string;
let open: CallBody;
let upcoming: CallBody;
let closed: CallBody;
let draft: CallBody;

interface PublicCall {
  id: string;
  title: string;
  phase: string;
  funder: { name: string };
  priorities: { code: string; title: string }[];
  eligibleOrganizationTypes: string[];
  requiredAttachments: { key: string }[];
  budgetOre: number | null;
}
interface PublicPage {
  items: PublicCall[];
  total: number;
  page: number;
}

beforeAll(async () => {
  t = await createTestApp({ seed: true, clock });
  admin = (await loginAs(t.app, 'admin@regionvasterbotten.example')).headers;
  funderId = (await demoFunderIds(t.database.db)).funderId;
  open = await makeCall(t.app, admin, funderId, {
    title: 'Öppen utlysning',
    eligibleOrganizationTypes: ['municipality'],
    requiredAttachments: [{ title: 'Budgetunderlag' }],
  });
  upcoming = await makeCall(t.app, admin, funderId, {
    title: 'Kommande utlysning',
    opensAt: '2027-01-15T08:00:00+01:00',
    closesAt: '2027-02-28T23:59:00+01:00',
  });
  closed = await makeCall(t.app, admin, funderId, {
    title: 'Stängd utlysning',
    opensAt: '2026-10-01T08:00:00+02:00',
    closesAt: '2026-11-20T23:59:00+01:00',
  });
  draft = await makeCall(t.app, admin, funderId, { title: 'Hemligt utkast' }, false);
  clock.advance(new Date('2026-11-24T09:00:00Z').getTime() - clock.now().getTime());
});
afterAll(() => t.close());

const get = async (url: string) => t.app.inject({ method: 'GET', url });

describe('the public list of calls', () => {
  it('shows open and upcoming calls to everyone, the soonest closing first, and never drafts', async () => {
    const res = await get('/api/v1/public/calls');
    expect(res.statusCode).toBe(200);
    const body = res.json<PublicPage>();
    expect(body.items.map((c) => [c.title, c.phase])).toEqual([
      ['Kommande utlysning', 'upcoming'],
      ['Öppen utlysning', 'open'],
    ]);
    expect(body.total).toBe(2);
    expect(body.items[1]).toMatchObject({
      funder: { name: 'Region Västerbotten' },
      eligibleOrganizationTypes: ['municipality'],
      requiredAttachments: [{ key: 'budgetunderlag' }],
      budgetOre: 10_000_000_00,
    });
    expect(JSON.stringify(body)).not.toContain(draft.id);
  });

  it('lists recently closed calls on request', async () => {
    const body = (await get('/api/v1/public/calls?when=closed')).json<PublicPage>();
    expect(body.items.map((c) => [c.id, c.phase])).toEqual([[closed.id, 'closed']]);
  });

  it('pages, keeping the total', async () => {
    const first = (await get('/api/v1/public/calls?pageSize=1')).json<PublicPage>();
    const second = (await get('/api/v1/public/calls?pageSize=1&page=2')).json<PublicPage>();
    expect([first.items[0]?.id, second.items[0]?.id]).toEqual([upcoming.id, open.id]);
    const past = (await get('/api/v1/public/calls?pageSize=1&page=9')).json<PublicPage>();
    expect([first.total, second.total, past.total, past.items.length]).toEqual([2, 2, 2, 0]);
  });

  it('refuses nonsense in the query with 400', async () => {
    for (const q of ['when=soon', 'page=0', 'pageSize=1000', 'funderId=x']) {
      expect((await get(`/api/v1/public/calls?${q}`)).statusCode, q).toBe(400);
    }
  });
});

describe('a public call page', () => {
  it('shows a published call, open or closed', async () => {
    const res = await get(`/api/v1/public/calls/${open.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json<PublicCall>()).toMatchObject({ title: 'Öppen utlysning', phase: 'open' });
    expect((await get(`/api/v1/public/calls/${closed.id}`)).json<PublicCall>().phase).toBe('closed');
  });

  it('answers 404 for a draft, exactly as for an id that does not exist', async () => {
    const res = await get(`/api/v1/public/calls/${draft.id}`);
    const random = await get(`/api/v1/public/calls/${randomUUID()}`);
    expect([res.statusCode, random.statusCode]).toEqual([404, 404]);
    expect(res.json<{ detail: string }>().detail).toBe(random.json<{ detail: string }>().detail);
  });
});
