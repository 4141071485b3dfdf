// Who may decide: the delegation order in force, the chair's urgent decision, the committee; and the
// funder's rounding of the share cap.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../db/schema/index.js';
import { createDecisionTestApp, kr, plain, type DecisionTestApp } from './testing/decision-app.js';
import { decisionFlow } from './testing/decision-flow.js';

let t: DecisionTestApp;
beforeAll(async () => {
  t = await createDecisionTestApp();
});
afterAll(async () => {
  await t.close();
});

const { db, inject, grant, onDelegation, newCase, drafted, statusOf, bigAppropriation, proposed } = decisionFlow(
  () => t,
);

describe('who may decide: the delegation order in force', () => {
  it('approves a grant within point 1.1 by the head of unit, recording the point it relies on', async () => {
    const a = await bigAppropriation();
    const { id } = await proposed(onDelegation(a.id));
    const [point] = await db()
      .select()
      .from(s.delegationPoints)
      .innerJoin(s.delegationOrders, eq(s.delegationOrders.id, s.delegationPoints.orderId))
      .where(eq(s.delegationPoints.number, '1.1'));
    const options = await inject('GET', `/api/v1/decisions/${id}/authority`, t.officer);
    expect(options.statusCode, options.body).toBe(200);
    expect(options.json<{ points: { number: string }[] }>().points.map((p) => p.number)).toEqual(['1.1']);
    const res = await inject('POST', `/api/v1/decisions/${id}/approve`, t.head, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ decision: Record<string, unknown> }>().decision).toMatchObject({
      authority: 'delegation',
      delegationPointId: point!.delegation_points.id,
      delegationPoint: '1.1',
    });
    const [row] = await db().select().from(s.decisions).where(eq(s.decisions.id, id));
    expect(row!.capacity).toBe('verksamhetschef');
  });

  it('refuses an approver outside the delegation order (the chair holds no point 1.1): 422, nothing changes', async () => {
    const a = await bigAppropriation();
    const { id, caseId } = await proposed(onDelegation(a.id));
    const before = await statusOf(id, caseId);
    const res = await inject('POST', `/api/v1/decisions/${id}/approve`, t.chair, {});
    expect(res.statusCode).toBe(422);
    const problem = res.json<{ code: string; detail: string }>();
    expect(problem.code).toBe('delegation.decider_not_authorised');
    expect(problem.detail).toContain('punkt 1.1');
    expect(await statusOf(id, caseId)).toEqual(before);
    expect(before).toMatchObject({ decision: 'proposed', approvedAt: null, case: 'decision_proposed' });
  });

  it('refuses an amount above the point’s limit when proposed (1 300 000 kr on point 1.1): 422, nothing changes', async () => {
    const a = await bigAppropriation();
    const { id, caseId } = await drafted(
      onDelegation(a.id, { amountOre: kr(1_300_000), approvedCostsOre: kr(2_600_000) }),
    );
    const res = await inject('POST', `/api/v1/decisions/${id}/propose`, t.officer);
    expect(res.statusCode).toBe(422);
    const problem = res.json<{ code: string; detail: string }>();
    expect(problem.code).toBe('delegation.above_point_limit');
    expect(plain(problem.detail)).toContain(
      'Beloppet 1 300 000 kr överstiger gränsen 1 200 000 kr i delegationspunkt 1.1',
    );
    expect(await statusOf(id, caseId)).toMatchObject({ decision: 'draft', case: 'in_assessment' });
  });

  it('refuses the same amount at approval when the draft was changed after the proposal', async () => {
    const a = await bigAppropriation();
    const { id, caseId } = await proposed(onDelegation(a.id));
    const { version } = (await inject('GET', `/api/v1/decisions/${id}`, t.officer)).json<{ version: number }>();
    const edit = await inject('PUT', `/api/v1/decisions/${id}`, t.officer, {
      ...onDelegation(a.id, { amountOre: kr(1_300_000), approvedCostsOre: kr(2_600_000) }),
      version,
    });
    expect(edit.statusCode, edit.body).toBe(200);
    const res = await inject('POST', `/api/v1/decisions/${id}/approve`, t.head, {});
    expect(res.statusCode).toBe(422);
    expect(res.json<{ code: string }>().code).toBe('delegation.above_point_limit');
    expect(await statusOf(id, caseId)).toMatchObject({ decision: 'proposed', approvedAt: null });
  });

  it('refuses a free-text delegation point with nothing behind it ("2.3"): 422 and no draft is made', async () => {
    const kase = await newCase();
    await db().update(s.cases).set({ status: 'in_assessment' }).where(eq(s.cases.id, kase.id));
    const a = await bigAppropriation();
    const res = await inject(
      'POST',
      `/api/v1/cases/${kase.id}/decisions`,
      t.officer,
      onDelegation(a.id, { delegationPoint: '2.3' }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json<{ code: string; detail: string }>()).toMatchObject({ code: 'delegation.point_not_in_force' });
    expect(res.json<{ detail: string }>().detail).toContain('Delegationspunkt 2.3 finns inte');
    const rows = await db().select().from(s.decisions).where(eq(s.decisions.caseId, kase.id));
    expect(rows).toEqual([]);
  });

  it('refuses to propose a delegated decision that names no point', async () => {
    const a = await bigAppropriation();
    const { id } = await drafted(onDelegation(a.id, { delegationPoint: null }));
    const res = await inject('POST', `/api/v1/decisions/${id}/propose`, t.officer);
    expect(res.statusCode).toBe(422);
    expect(res.json<{ code: string }>().code).toBe('delegation.point_missing');
  });

  it('refuses to propose a decision naming a decision maker who holds no point for it, and an approval by another', async () => {
    const a = await bigAppropriation();
    const named = await drafted(onDelegation(a.id, { decidedBy: t.fixtures.chair.id }));
    const res = await inject('POST', `/api/v1/decisions/${named.id}/propose`, t.officer);
    expect(res.statusCode).toBe(422);
    expect(res.json<{ code: string }>().code).toBe('delegation.decider_not_authorised');

    const dvisLike = await proposed(grant(a.id));
    const other = await inject('POST', `/api/v1/decisions/${dvisLike.id}/approve`, t.head, {});
    expect(other.statusCode).toBe(422);
    expect(other.json<{ code: string }>().code).toBe('delegation.approver_not_named_decider');
  });

  it('refuses an urgent decision by anyone but the chair, and one without ground or consultation', async () => {
    const a = await bigAppropriation();
    const { id } = await proposed(grant(a.id, { decidedBy: null }));
    const res = await inject('POST', `/api/v1/decisions/${id}/approve`, t.head, {});
    expect(res.statusCode).toBe(422);
    expect(res.json<{ code: string; detail: string }>()).toMatchObject({ code: 'delegation.urgent_not_chair' });
    expect(res.json<{ detail: string }>().detail).toContain('ordförande i regionala utvecklingsnämnden');

    const bare = await drafted(grant(a.id, { urgencyGround: null, urgencyConsulted: null, urgencyConsultedOn: null }));
    const refused = await inject('POST', `/api/v1/decisions/${bare.id}/propose`, t.officer);
    expect(refused.statusCode).toBe(422);
    expect(refused.json<{ details: { rules: string[] } }>().details.rules).toEqual([
      'delegation.urgency_ground_missing',
      'delegation.urgency_consultation_missing',
    ]);
  });

  it('refuses a committee decision without its meeting', async () => {
    const a = await bigAppropriation();
    const { id } = await drafted(grant(a.id, { authority: 'committee', decidedBy: null }));
    const res = await inject('POST', `/api/v1/decisions/${id}/propose`, t.officer);
    expect(res.statusCode).toBe(422);
    expect(res.json<{ code: string }>().code).toBe('delegation.committee_needs_meeting');
  });
});

describe('rounding of the share cap, a funder setting', () => {
  it('refuses DVIS’s 5 505 389 kr at 50 % of 11 010 777 kr when the funder rounds down, and allows it (a warning) half up', async () => {
    const settingsUrl = `/api/v1/funders/${t.fixtures.funder.id}/settings`;
    const put = async (shareCapRounding: 'down' | 'half_up') => {
      const current = (await inject('GET', settingsUrl, t.admin)).json<Record<string, unknown>>();
      const body = Object.fromEntries(
        Object.entries(current).filter(([k]) =>
          [
            'version',
            'name',
            'orgNumber',
            'postalAddress',
            'phone',
            'email',
            'website',
            'committeeName',
            'diaryNumberFormat',
            'delegationLimitOre',
            'standardConditions',
            'defaultContactUserId',
            'appealNotice',
            'contact',
          ].includes(k),
        ),
      );
      const res = await inject('PUT', settingsUrl, t.admin, { ...body, shareCapRounding });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<{ shareCapRounding: string }>().shareCapRounding).toBe(shareCapRounding);
    };
    const a = await bigAppropriation();
    await put('down');
    try {
      const { id } = await drafted(grant(a.id));
      const res = await inject('POST', `/api/v1/decisions/${id}/propose`, t.officer);
      expect(res.statusCode).toBe(422);
      expect(res.json<{ code: string }>().code).toBe('share.cap_exceeded');
      expect(plain(res.json<{ detail: string }>().detail)).toContain('(avrundat 5 505 388 kr) med 0,50 kr');
    } finally {
      await put('half_up');
    }
    const versions = (await inject('GET', `${settingsUrl}/versions`, t.admin)).json<{
      items: { changed: string[]; settings: Record<string, unknown> }[];
    }>();
    // Every save is a version: the latest changed only the rounding back.
    expect(versions.items[0]!.changed).toEqual(['shareCapRounding']);
    expect(versions.items[0]!.settings['shareCapRounding']).toBe('half_up');
  });
});
