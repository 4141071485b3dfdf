// The reasons förvaltningslagen 32 § asks of a decision, a blocking rule at proposal and at approval.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDecisionTestApp, kr, type DecisionTestApp } from './testing/decision-app.js';
import { decisionFlow } from './testing/decision-flow.js';

let t: DecisionTestApp;
beforeAll(async () => {
  t = await createDecisionTestApp();
});
afterAll(async () => {
  await t.close();
});

const { inject, onDelegation, drafted, statusOf, bigAppropriation, proposed } = decisionFlow(() => t);

describe('reasons (förvaltningslagen 32 §)', () => {
  const applied = {
    requestedOre: kr(1_000_000),
    periodStart: '2026-12-01',
    periodEnd: '2028-11-30',
    budget: [{ category: 'personnel', year: 2027, amountOre: kr(2_000_000) }],
  };
  const reject = {
    kind: 'reject',
    reasons: null,
    recipients: [],
    decidedBy: null,
    delegationPoint: '1.2',
  };

  it('refuses to propose a rejection without reasons (422, the rule named) and leaves it a draft', async () => {
    const { id, caseId } = await drafted(reject);
    const res = await inject('POST', `/api/v1/decisions/${id}/propose`, t.officer);
    expect(res.statusCode).toBe(422);
    const problem = res.json<{ code: string; detail: string }>();
    expect(problem.code).toBe('reasons.required');
    expect(problem.detail).toContain('förvaltningslagen 32 §');
    expect(await statusOf(id, caseId)).toMatchObject({ decision: 'draft', case: 'in_assessment' });
  });

  it('refuses to approve a rejection whose reasons were removed after the proposal: nothing changes', async () => {
    const { id, caseId } = await proposed({ ...reject, reasons: 'Projektet ryms inte i strategin.' });
    const { version } = (await inject('GET', `/api/v1/decisions/${id}`, t.officer)).json<{ version: number }>();
    expect(
      (await inject('PUT', `/api/v1/decisions/${id}`, t.officer, { ...reject, reasons: '  ', version })).statusCode,
    ).toBe(200);
    const res = await inject('POST', `/api/v1/decisions/${id}/approve`, t.head, {});
    expect(res.statusCode).toBe(422);
    expect(res.json<{ code: string }>().code).toBe('reasons.required');
    expect(await statusOf(id, caseId)).toMatchObject({
      decision: 'proposed',
      approvedAt: null,
      case: 'decision_proposed',
    });
  });

  it('requires reasons for a grant below the amount applied for, and warns of a period outside the applied one', async () => {
    const a = await bigAppropriation();
    const body = onDelegation(a.id, {
      amountOre: kr(800_000),
      approvedCostsOre: kr(1_600_000),
      period: { start: '2026-12-01', end: '2028-12-31' },
      reasons: null,
    });
    const { id } = await drafted(body, applied);
    const checks = (await inject('GET', `/api/v1/decisions/${id}/checks`, t.officer)).json<{
      findings: { code: string; severity: string; details: Record<string, unknown> }[];
    }>();
    expect(checks.findings).toContainEqual(
      expect.objectContaining({
        code: 'reasons.required',
        severity: 'error',
        details: { grounds: ['amount_below_applied', 'period_other_than_applied'] },
      }),
    );
    expect(checks.findings).toContainEqual(
      expect.objectContaining({ code: 'period.outside_applied', severity: 'warning' }),
    );
    expect(checks.findings).toContainEqual(
      expect.objectContaining({ code: 'appropriation.years_not_covering', severity: 'warning' }),
    );
    expect((await inject('POST', `/api/v1/decisions/${id}/propose`, t.officer)).statusCode).toBe(422);
  });

  it('asks no reasons of a grant as applied for', async () => {
    const a = await bigAppropriation();
    const { id } = await drafted(onDelegation(a.id, { reasons: null, approvedCostsOre: kr(2_000_000) }), applied);
    const res = await inject('POST', `/api/v1/decisions/${id}/propose`, t.officer);
    expect(res.statusCode, res.body).toBe(200);
  });
});
