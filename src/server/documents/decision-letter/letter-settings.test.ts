import { eq } from 'drizzle-orm';
import type { LocalDate } from '../../../domain/index.js';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../../../../tests/support/app.js';
import * as s from '../../db/schema/index.js';
import { makeAppropriation, makeSubmittedCase } from '../../modules/decisions/testing/case-builder.js';
import {
  createDecisionTestApp,
  kr,
  type DecisionTestApp,
  type Headers,
} from '../../modules/decisions/testing/decision-app.js';
import { loadDecisionLetterData } from './letter-data.js';
import { renderDecisionLetterPdf } from './render-decision-letter.js';
import { standardConditionsOf } from './standard-conditions.js';

/*
 * The funder's settings in its letters: the letterhead of its organisation on every page, and in a grant
 * the standard conditions as they were when the grant was approved, whatever the settings say later.
 */

let t: DecisionTestApp;
let admin: Headers;
beforeAll(async () => {
  t = await createDecisionTestApp();
  admin = (await loginAs(t.app, 'admin@regionvasterbotten.example')).headers;
});
afterAll(async () => {
  await t.close();
});

const inject = (method: 'GET' | 'POST' | 'PUT', url: string, headers: Headers, payload?: object) =>
  t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
const flat = (text: string) => text.replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/\s+/g, ' ');

async function pdfText(bytes: Buffer | Uint8Array) {
  const { text } = await extractText(new Uint8Array(bytes), { mergePages: true });
  return flat(text);
}

/** Changes only the standard conditions, through the settings API as an administrator would. */
async function setStandardConditions(text: string) {
  const url = `/api/v1/funders/${t.fixtures.funder.id}/settings`;
  const current = (await inject('GET', url, admin)).json<Record<string, unknown>>();
  const {
    funderId: _id,
    nextDiaryNumber: _next,
    diaryYear: _year,
    nextDiarySequence: _seq,
    contactPeople: _people,
    ...settings
  } = current;
  const res = await inject('PUT', url, admin, { ...settings, standardConditions: text });
  expect(res.statusCode, res.body).toBe(200);
}

async function draftGrant(): Promise<string> {
  const a = await makeAppropriation(t.database.db, {
    funderId: t.fixtures.funder.id,
    year: 2026,
    budgetOre: kr(10_000_000),
  });
  const kase = await makeSubmittedCase(t.database.db, {
    funderId: t.fixtures.funder.id,
    organizationId: t.fixtures.umu.id,
  });
  await t.database.db.update(s.cases).set({ status: 'in_assessment' }).where(eq(s.cases.id, kase.id));
  const created = await inject('POST', `/api/v1/cases/${kase.id}/decisions`, t.officer, {
    kind: 'grant',
    amountOre: kr(400_000),
    maxShareBp: 5000,
    approvedCostsOre: kr(800_000),
    period: { start: '2027-01-01', end: '2027-12-31' },
    legalBasis: ['2003:596'],
    appropriationId: a.id,
    reasons: 'Projektet bidrar till RUS delprioritering 3.1.',
    recipients: ['projektledare@umu.example'],
    decidedBy: t.fixtures.head.id,
    delegationPoint: '1.1',
    meetingId: null,
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json<{ id: string }>().id;
}

describe('the funder’s settings in its letters', () => {
  let approvedId = '';

  it('prints the letterhead and, in a draft’s preview, the current standard conditions', async () => {
    await setStandardConditions('Villkor A: stödet får bara användas till projektet.');
    const id = await draftGrant();
    const preview = await inject('GET', `/api/v1/decisions/${id}/letter-preview.pdf`, t.officer);
    expect(preview.statusCode, preview.body).toBe(200);
    const text = await pdfText(preview.rawPayload);
    expect(text).toContain(
      'Region Västerbotten · 901 89 Umeå · Telefon 090-785 00 00 · region@regionvasterbotten.example · www.regionvasterbotten.se',
    );
    expect(text).toContain('Allmänna villkor Villkor A: stödet får bara användas till projektet.');
    approvedId = id;
  });

  it('keeps the conditions a grant was approved under when the settings change afterwards', async () => {
    expect((await inject('POST', `/api/v1/decisions/${approvedId}/propose`, t.officer)).statusCode).toBe(200);
    const approved = await inject('POST', `/api/v1/decisions/${approvedId}/approve`, t.head, {});
    expect(approved.statusCode, approved.body).toBe(200);
    const [row] = await t.database.db.select().from(s.decisions).where(eq(s.decisions.id, approvedId));
    expect(row!.body.standardConditions).toBe('Villkor A: stödet får bara användas till projektet.');
    const before = await loadDecisionLetterData(t.database.db, approvedId);

    await setStandardConditions('Villkor B: helt andra villkor.');
    const after = await loadDecisionLetterData(t.database.db, approvedId);
    expect(after).toEqual(before);
    expect(after.standardConditions).toBe('Villkor A: stödet får bara användas till projektet.');
    const letter = await inject('GET', `/api/v1/decisions/${approvedId}/letter.pdf`, t.officer);
    expect(await pdfText(letter.rawPayload)).toContain('Villkor A: stödet får bara användas till projektet.');

    const another = await draftGrant();
    const data = await loadDecisionLetterData(t.database.db, another, { previewDate: '2026-11-24' as LocalDate });
    expect(data.standardConditions).toBe('Villkor B: helt andra villkor.');
    expect(await pdfText(await renderDecisionLetterPdf(data))).toContain('Allmänna villkor Villkor B');
  });

  it('prints no standard conditions in an amendment, nor in a grant approved without a snapshot', async () => {
    const [amendment] = await t.database.db.select().from(s.decisions).where(eq(s.decisions.kind, 'amend'));
    expect((await loadDecisionLetterData(t.database.db, amendment!.id)).standardConditions).toBeNull();
    const [dovi] = await t.database.db
      .select()
      .from(s.decisions)
      .where(eq(s.decisions.id, amendment!.amendsDecisionId!));
    // The demo's grants were recorded with the conditions of the demo funder; a grant approved without a
    // snapshot (an import, or from before snapshots) prints none rather than today's text.
    const [funder] = await t.database.db.select().from(s.funders).where(eq(s.funders.id, t.fixtures.funder.id));
    expect(standardConditionsOf(dovi!, funder!)).not.toBeNull();
    expect(standardConditionsOf({ ...dovi!, body: {} }, funder!)).toBeNull();
  });
});
