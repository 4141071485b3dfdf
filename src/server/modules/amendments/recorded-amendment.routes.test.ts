import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../../../../tests/support/app.js';
import * as s from '../../db/schema/index.js';

/**
 * An amendment recorded from its decision letter, as the demo's extension of DOVI (seed 001) is: the case and its
 * approved decision are in Bidra, the request itself came in outside it. Its request view answers, asks nothing and
 * checks nothing, so that the case page's links and the amendment decision page work for it too.
 */
describe('the request view of an amendment whose request came in outside Bidra', () => {
  let t: TestApp;
  let officer: Record<string, string>;
  let caseId = '';
  beforeAll(async () => {
    t = await createTestApp({ seed: true });
    officer = (await loginAs(t.app, 'handlaggare@regionvasterbotten.example')).headers;
    const [kase] = await t.database.db
      .select()
      .from(s.cases)
      .where(and(eq(s.cases.kind, 'amendment_request'), eq(s.cases.status, 'decided')));
    caseId = kase!.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers with the case, the terms in force and the approved decision, and no request content or issues', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/amendment-requests/${caseId}`, headers: officer });
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json<{
      inBidra: boolean;
      status: string;
      diaryNumber: string | null;
      content: Record<string, unknown>;
      issues: unknown[];
      requestedPeriodEnd: string | null;
      inForce: { period: { end: string } | null };
      decision: { status: string; approvedAt: string | null } | null;
      actions: { edit: boolean; draftDecision: boolean };
      submittedAt: string | null;
    }>();
    expect(view).toMatchObject({
      inBidra: false,
      status: 'decided',
      diaryNumber: 'REGAC - 317 - 2022',
      content: {
        extendMonths: null,
        newPeriodEnd: null,
        activities: null,
        budget: null,
        amountOre: null,
        motivation: '',
      },
      issues: [],
      requestedPeriodEnd: null,
      inForce: { period: { end: '2026-08-31' } },
      decision: { status: 'approved' },
      actions: { edit: false, draftDecision: false },
      submittedAt: null,
    });
    expect(view.decision?.approvedAt).not.toBeNull();
  });

  it("is not the officer's to save or submit", async () => {
    const save = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/amendment-requests/${caseId}`,
      headers: officer,
      payload: { version: 1, content: {} },
    });
    expect(save.statusCode, save.body).toBe(403);
    const submit = await t.app.inject({
      method: 'POST',
      url: `/api/v1/amendment-requests/${caseId}/submit`,
      headers: officer,
      payload: { version: 1 },
    });
    expect(submit.statusCode, submit.body).toBe(403);
  });
});
