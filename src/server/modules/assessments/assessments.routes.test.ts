import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../db/schema/index.js';
import { makeSubmittedCase } from '../decisions/testing/case-builder.js';
import { createDecisionTestApp, type DecisionTestApp, type Headers } from '../decisions/testing/decision-app.js';

let t: DecisionTestApp;
beforeAll(async () => {
  t = await createDecisionTestApp();
});
afterAll(async () => {
  await t.close();
});

const put = (caseId: string, headers: Headers, payload: object) =>
  t.app.inject({ method: 'PUT', url: `/api/v1/cases/${caseId}/assessment`, headers, payload });

const newCase = () =>
  makeSubmittedCase(t.database.db, { funderId: t.fixtures.funder.id, organizationId: t.fixtures.umu.id });

const assessment = (over: Record<string, unknown> = {}) => ({
  priorityId: t.fixtures.priorityId,
  strategyFitText: 'Projektet stärker kapaciteten för samverkan (RUS 3.1).',
  eligibilityText: 'Sökande är stödberättigad.',
  stateAidBasis: '2015:210',
  cofinancingChecked: true,
  grades: t.fixtures.aspectIds.map((aspectId, i) => ({
    aspectId,
    grade: i === 0 ? 'high' : 'low',
    motivation: 'Motivering.',
  })),
  ...over,
});

describe('the assessment', () => {
  it('is created on the first save, which starts the assessment of the case, and audited', async () => {
    const kase = await newCase();
    const res = await put(kase.id, t.officer, assessment());
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ caseStatus: string; version: number; grades: { grade: string }[] }>();
    expect(body).toMatchObject({ caseStatus: 'in_assessment', version: 1 });
    expect(body.grades.map((g) => g.grade).sort()).toEqual(['high', 'low']);
    const [row] = await t.database.db.select().from(s.cases).where(eq(s.cases.id, kase.id));
    expect(row!.status).toBe('in_assessment');
    const events = await t.database.db
      .select({ action: s.auditEvents.action })
      .from(s.auditEvents)
      .where(
        and(eq(s.auditEvents.entityType, 'assessment'), eq(s.auditEvents.entityId, res.json<{ id: string }>().id)),
      );
    expect(events.map((e) => e.action)).toEqual(['assessment.created']);

    const read = await t.app.inject({ method: 'GET', url: `/api/v1/cases/${kase.id}/assessment`, headers: t.officer });
    expect(read.json<{ stateAidBasis: string }>().stateAidBasis).toBe('2015:210');
  });

  it('updates with the current version and refuses one of two saves made from the same version (409)', async () => {
    const kase = await newCase();
    expect((await put(kase.id, t.officer, assessment())).statusCode).toBe(200);
    const [a, b] = await Promise.all([
      put(kase.id, t.officer, assessment({ eligibilityText: 'Ett', version: 1 })),
      put(kase.id, t.officer, assessment({ eligibilityText: 'Två', version: 1 })),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const conflict = [a, b].find((r) => r.statusCode === 409)!;
    expect(conflict.headers['content-type']).toContain('application/problem+json');
    expect(conflict.json<{ detail: string }>().detail).toContain('Bedömningen har ändrats av någon annan');
    const english = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/cases/${kase.id}/assessment`,
      headers: { ...t.officer, 'accept-language': 'en' },
      payload: assessment({ version: 1 }),
    });
    expect(english.statusCode).toBe(409);
    expect(english.json<{ detail: string }>().detail).toContain('changed by someone else');
  });

  it('refuses an aspect of no funder and a save without a version once the assessment exists', async () => {
    const kase = await newCase();
    const bad = await put(
      kase.id,
      t.officer,
      assessment({ grades: [{ aspectId: kase.id, grade: 'high', motivation: null }] }),
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.json<{ code: string }>().code).toBe('assessment.invalid_aspect');
    expect((await put(kase.id, t.officer, assessment())).statusCode).toBe(200);
    expect((await put(kase.id, t.officer, assessment())).statusCode).toBe(409);
  });

  it('is for the case officer: a decision maker or the case’s applicant gets 403, another organisation 404', async () => {
    const kase = await newCase();
    expect((await put(kase.id, t.chair, assessment())).statusCode).toBe(403);
    expect((await put(kase.id, t.applicant, assessment())).statusCode).toBe(403);
    expect((await put(kase.id, t.otherApplicant, assessment())).statusCode).toBe(404);
    const noCsrf = await put(kase.id, { cookie: t.officer.cookie! }, assessment());
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json<{ code: string }>().code).toBe('csrf_failed');
  });
});
