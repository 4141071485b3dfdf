import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../../../../tests/support/app.js';
import * as s from '../../db/schema/index.js';
import { createDecisionTestApp, kr, type DecisionTestApp, type Headers } from '../decisions/testing/decision-app.js';

let t: DecisionTestApp;
let communications: Headers;
beforeAll(async () => {
  t = await createDecisionTestApp();
  communications = (await loginAs(t.app, 'kommunikation@regionvasterbotten.example')).headers;
});
afterAll(async () => {
  await t.close();
});

const projectId = async (acronym: string) => {
  const [row] = await t.database.db.select().from(s.projects).where(eq(s.projects.acronym, acronym));
  return row!.id;
};
const gantt = (id: string, headers: Headers) =>
  t.app.inject({ method: 'GET', url: `/api/v1/projects/${id}/gantt`, headers });

interface Gantt {
  project: { name: string; owner: string; periodStart: string; periodEnd: string; grantedOre: number };
  plan: { versionNo: number; label: string } | null;
  activities: {
    number: string;
    parentNumber: string | null;
    title: string;
    start: string;
    end: string;
    costOre: number | null;
  }[];
  today: string;
}

describe("a project's time plan", () => {
  it("shows DOVI's revised plan in force (seed 001), its amended period and today", async () => {
    const res = await gantt(await projectId('DOVI'), t.officer);
    expect(res.statusCode, res.body).toBe(200);
    const g = res.json<Gantt>();
    expect(g.project).toMatchObject({
      owner: 'Region Västerbotten',
      periodStart: '2023-03-01',
      periodEnd: '2026-08-31',
      grantedOre: kr(2_491_478),
    });
    expect(g.plan).toMatchObject({ versionNo: 2, label: 'Reviderad tid- och aktivitetsplan' });
    expect(g.activities.map((a) => a.number)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '4.1',
      '4.2',
      '5',
      '5.1',
      '5.2',
      '6',
      '6.1',
      '6.2',
      '6.3',
      '7',
      '8',
    ]);
    expect(g.activities.find((a) => a.number === '8')).toEqual({
      number: '8',
      parentNumber: null,
      title: 'Avslutsarbete',
      start: '2026-01-01',
      end: '2026-08-31',
      costOre: kr(150_000),
    });
    expect(g.activities.find((a) => a.number === '6.2')).toMatchObject({ parentNumber: '6', start: '2023-05-31' });
    expect(g.activities.reduce((sum, a) => sum + (a.costOre ?? 0), 0)).toBe(kr(3_333_015));
    expect(g.today).toBe('2026-11-24');
  });

  it('answers with the period and no plan when the decision names none', async () => {
    const res = await gantt(await projectId('SOLH'), t.applicant);
    expect(res.statusCode, res.body).toBe(200);
    const g = res.json<Gantt>();
    expect(g.project).toMatchObject({ owner: 'Umeå universitet', periodStart: '2023-04-01', periodEnd: '2023-08-31' });
    expect(g.plan).toBeNull();
    expect(g.activities).toEqual([]);
  });

  it("is shown to the funder's staff and the owner's applicants; anyone else gets 404", async () => {
    const dovi = await projectId('DOVI');
    expect((await gantt(dovi, communications)).statusCode).toBe(200);
    expect((await gantt(dovi, t.chair)).statusCode).toBe(200);
    expect((await gantt(dovi, t.applicant)).statusCode).toBe(404);
    expect((await gantt(await projectId('SOLH'), t.otherApplicant)).statusCode).toBe(404);
    expect((await gantt('00000000-0000-4000-8000-000000000001', t.officer)).statusCode).toBe(404);
    expect((await gantt(dovi, {})).statusCode).toBe(401);
  });
});
