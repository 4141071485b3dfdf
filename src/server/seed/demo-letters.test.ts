import { eq, isNotNull } from 'drizzle-orm';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp, type TestLogin } from '../../../tests/support/app.js';
import { sha256Hex } from '../documents/document-store.js';
import * as s from '../db/schema/index.js';
import * as d from './demo-data.js';

/**
 * Issue 13, part 12: a fresh demo stores a letter of record for every approved decision it loads, through
 * the code an approval uses, so that `letter.pdf` answers 200 for each, and every letter says who
 * decided and in what capacity, who presented it, and how (or that it cannot) be appealed.
 */
let t: TestApp;
let officer: TestLogin;
const letters = new Map<string, { decision: s.Decision; flat: string; sha256: string }>();

const APPEAL = /Beslutet kan (inte )?överklagas/;

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  const db = t.database.db;
  // The commission of seed 002 belongs to another funder; the demo officer is given a role there to read it.
  const [officerUser] = await db.select().from(s.users).where(eq(s.users.email, d.people.officer.email));
  const [commissionCase] = await db.select().from(s.cases).where(eq(s.cases.diaryNumber, 'RJH 2019/41'));
  const [rjh] = await db.select().from(s.funders).where(eq(s.funders.id, commissionCase!.funderId));
  await db
    .insert(s.roleGrants)
    .values({ userId: officerUser!.id, role: 'case_officer', organizationId: rjh!.organizationId });
  officer = await loginAs(t.app, d.people.officer.email);

  const approved = await db.select().from(s.decisions).where(isNotNull(s.decisions.approvedAt));
  for (const decision of approved) {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/decisions/${decision.id}/letter.pdf`,
      headers: officer.headers,
    });
    expect(res.statusCode, `${decision.kind} ${decision.id}: ${res.body.slice(0, 200)}`).toBe(200);
    const { text } = await extractText(new Uint8Array(res.rawPayload), { mergePages: true });
    letters.set(decision.id, {
      decision,
      flat: text.replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/\s+/g, ' '),
      sha256: sha256Hex(res.rawPayload),
    });
  }
}, 120_000);
afterAll(async () => {
  await t.close();
});

const ofKind = (kind: s.Decision['kind']) => [...letters.values()].filter((l) => l.decision.kind === kind);

describe('the letters of record of a fresh demo', () => {
  it('stores one for every approved decision: the grants, the amendment, DVIS and the withdrawal', () => {
    expect(letters.size).toBeGreaterThanOrEqual(11);
    expect(ofKind('grant')).toHaveLength(d.meetingGrants.length + 1);
    expect(ofKind('amend')).toHaveLength(1);
    expect(ofKind('withdraw')).toHaveLength(1);
    for (const l of letters.values()) {
      expect(l.decision.documentId).not.toBeNull();
      // The bytes served are the bytes whose sha256 the decision recorded.
      expect(l.sha256).toBe(l.decision.documentSha256);
    }
  });

  it('says in every letter who decided and in what capacity, who presented it, and how to appeal', () => {
    for (const { decision, flat } of letters.values()) {
      const who = `${decision.kind} ${decision.id}`;
      if (decision.meetingId) {
        // The committee decides as itself, at its meeting.
        expect(flat, who).toMatch(/Beslut i ärendet har fattats av .+ vid sammanträdet den/);
      } else {
        expect(decision.capacity, who).toBeTruthy();
        expect(flat, who).toContain(`i egenskap av ${decision.capacity}`);
      }
      expect(decision.presentedByName, who).toBeTruthy();
      expect(flat, who).toContain(`efter föredragning av ${decision.presentedByName}`);
      expect(flat, who).toMatch(APPEAL);
      // No product name in a legal text, not even in an e-mail address.
      expect(flat, who).not.toMatch(/\bBidra\b|bidra\.example/);
    }
  });

  it("prints the presenter's title and the contact person's title and telephone in the grants", () => {
    const [grant] = ofKind('grant');
    expect(grant!.flat).toContain(`efter föredragning av ${d.people.officer.name}, ${d.people.officer.title}`);
    expect(grant!.flat).toContain(`${d.people.officer.name}, ${d.people.officer.title}, tfn ${d.people.officer.phone}`);
  });

  it("shows seed 002's surplus of 745 tkr and its split among the seven parties in the withdrawal letter", () => {
    const [withdrawal] = ofKind('withdraw');
    const flat = withdrawal!.flat;
    expect(flat).toContain('Återtagande av uppdrag');
    expect(flat).toContain('överskott på 745 000 kr');
    expect(flat).toContain('Återstående medel, 565 000 kr, återbetalas parterna i proportion till deras insatser');
    expect(flat).toContain('Part Insats Återbetalas');
    for (const party of d.commission.parties) expect(flat).toContain(party.name);
    // Bräcke kommun put in 63 000 kr of 669 000 kr: 63/669 of 565 000 kr is 53 206,28 kr → 53 206 kr.
    expect(flat).toContain('Bräcke kommun 63 000 kr 53 206 kr');
    expect(flat).toContain('Summa 669 000 kr 565 000 kr');
    // The funder pays the parties: how to pay the funder does not belong in this letter.
    expect(flat).toContain(
      'betalar ut återbetalningen till respektive part enligt tabellen, till det konto parten anmäler',
    );
    expect(flat).toContain('Ange diarienummer RJH 2019/41 när kontot anmäls');
    expect(flat).not.toContain(d.commission.paymentDetails);
    expect(flat).toContain('Henrik Demosson, regiondirektör');
  });
});
