// The requests the decision route tests make again and again: cases in assessment, drafts, proposals, and
// the DVIS-like grant they decide. Not used by the application itself.
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import * as s from '../../../db/schema/index.js';
import { makeAppropriation, makeSubmittedCase } from './case-builder.js';
import { kr, urgent, type DecisionTestApp, type Headers } from './decision-app.js';

/** The helpers over the test file's app (read when called: the app is made in beforeAll). */
export function decisionFlow(app: () => DecisionTestApp) {
  const db = () => app().database.db;
  const inject = (method: 'GET' | 'POST' | 'PUT', url: string, headers: Headers, payload?: unknown) =>
    app().app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

  /**
   * A DVIS-like grant: 5 505 389 kr, 50 % of 11 010 777 kr, the chair's urgent decision (above every point's
   * limit of the demo's delegation order, as DVIS was).
   */
  const grant = (appropriationId: string, over: Record<string, unknown> = {}) => ({
    kind: 'grant',
    amountOre: kr(5_505_389),
    maxShareBp: 5000,
    approvedCostsOre: kr(11_010_777),
    period: { start: '2026-12-01', end: '2028-11-30' },
    legalBasis: ['2003:596', '2015:210'],
    appropriationId,
    reasons: 'Projektet bidrar till RUS delprioritering 3.1.',
    conditions: 'Projektet ska rapportera enligt rapporteringsplanen.',
    recipients: ['projektledare@umu.example'],
    decidedBy: app().fixtures.chair.id,
    ...urgent,
    meetingId: null,
    ...over,
  });

  /** A grant within point 1.1 of the demo's delegation order (up to 1 200 000 kr, the head of unit). */
  const onDelegation = (appropriationId: string, over: Record<string, unknown> = {}) =>
    grant(appropriationId, {
      amountOre: kr(1_000_000),
      approvedCostsOre: kr(2_000_000),
      authority: 'delegation',
      delegationPoint: '1.1',
      urgencyGround: null,
      urgencyConsulted: null,
      urgencyConsultedOn: null,
      decidedBy: null,
      ...over,
    });

  async function newCase(
    activities?: { number: string; start: string; end: string }[],
    applied?: Record<string, unknown>,
  ) {
    return makeSubmittedCase(db(), {
      funderId: app().fixtures.funder.id,
      organizationId: app().fixtures.umu.id,
      ...(activities ? { activities } : {}),
      ...(applied ? { applied } : {}),
    });
  }

  /** A drafted decision on a fresh case in assessment (not yet proposed). */
  async function drafted(body: Record<string, unknown>, applied?: Record<string, unknown>) {
    const kase = await newCase(undefined, applied);
    await db().update(s.cases).set({ status: 'in_assessment' }).where(eq(s.cases.id, kase.id));
    const created = await inject('POST', `/api/v1/cases/${kase.id}/decisions`, app().officer, body);
    expect(created.statusCode, created.body).toBe(201);
    return { id: created.json<{ id: string }>().id, caseId: kase.id };
  }

  const statusOf = async (id: string, caseId: string) => {
    const [d] = await db().select().from(s.decisions).where(eq(s.decisions.id, id));
    const [c] = await db().select().from(s.cases).where(eq(s.cases.id, caseId));
    return { decision: d!.status, approvedAt: d!.approvedAt, case: c!.status };
  };

  async function bigAppropriation() {
    return makeAppropriation(db(), { funderId: app().fixtures.funder.id, year: 2026, budgetOre: kr(50_000_000) });
  }

  /** Drafts and proposes a decision on a fresh case; returns the decision id. */
  async function proposed(
    body: Record<string, unknown>,
    activities?: { number: string; start: string; end: string }[],
  ) {
    const kase = await newCase(activities);
    // Drafting needs the case in assessment, as the assessment leaves iapp().
    await db().update(s.cases).set({ status: 'in_assessment' }).where(eq(s.cases.id, kase.id));
    const created = await inject('POST', `/api/v1/cases/${kase.id}/decisions`, app().officer, body);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    const res = await inject('POST', `/api/v1/decisions/${id}/propose`, app().officer);
    expect(res.statusCode, res.body).toBe(200);
    return { id, caseId: kase.id };
  }

  return { db, inject, grant, onDelegation, newCase, drafted, statusOf, bigAppropriation, proposed };
}
