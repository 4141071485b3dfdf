import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractionSchema } from '../contract.js';
import { extractDocument } from '../extract-document.js';
import { GENRE_EXTRACTORS } from './index.js';

const FIXTURES = fileURLToPath(new URL('../../../tests/fixtures/import/', import.meta.url));
const run = (path: string) => {
  const result = extractDocument(path, readFileSync(`${FIXTURES}${path}`, 'utf8'), GENRE_EXTRACTORS);
  return extractionSchema.parse(result);
};

describe('closure: the seed withdrawal of the commission for "Projekt Digital transformation"', () => {
  const r = run('seeds/002_84ad1fa3f4d4de56.txt');

  it('is a closure of the named project, without amounts: the 745 tkr surplus is no project amount', () => {
    expect(r.genre).toBe('closure');
    expect(r.confidence).toBeGreaterThanOrEqual(0.9);
    expect(r.projects).toHaveLength(1);
    expect(r.projects[0]).toMatchObject({
      name: 'Projekt Digital transformation',
      amountSek: null,
      owner: null,
      periodStart: null,
      periodEnd: null,
    });
    expect(r.allocation).toBeNull();
    expect(r.headlineTotalSek).toBeNull();
    expect(JSON.stringify(r)).not.toContain('745000');
    // The document is the director's proposal to the committee, not the committee's decision.
    expect(r.warnings.map((w) => w.code)).toEqual(['decision.is_proposal']);
  });

  it('involves the seven municipalities of the joint committee', () => {
    expect(r.recipients).toEqual([
      'Bräcke kommun',
      'Krokoms kommun',
      'Strömsunds kommun',
      'Åre kommun',
      'Ragunda kommun',
      'Bergs kommun',
      'Härjedalens kommun',
    ]);
  });

  it("states no decision date; the signer of the director's proposal presents it and does not decide", () => {
    expect(r.decision.date).toBeNull();
    expect(r.decision.decidedBy).toBeNull();
    expect(r.decision.presentedBy).toBe('Hans Svensson');
  });
});

describe('closure: other wordings', () => {
  it("a revoked grant: the project's own amount (granted) is taken, the advance to repay is not", () => {
    const r = run('closure/aterkallelse_bis.txt');
    expect(r.genre).toBe('closure');
    expect(r.decision).toMatchObject({
      date: '2023-09-14',
      diaryNumber: 'RUN 2022/145',
      appealable: false,
      decidedBy: 'Regionala utvecklingsnämnden',
    });
    expect(r.projects).toEqual([
      {
        name: 'Besöksnäring i samverkan (BIS)',
        acronym: 'BIS',
        owner: 'Destination Småland AB',
        ownerOrgNumber: '556677-8899',
        amountSek: 1_200_000,
        maxSharePercent: null,
        approvedCostsSek: null,
        periodStart: '2022-05-01',
        periodEnd: '2024-04-30',
        activities: [],
      },
    ]);
    expect(r.recipients).toEqual(['Vimmerby kommun', 'Hultsfreds kommun', 'Region Kalmar län']);
    expect(r.warnings).toEqual([]);
  });

  it('a refund split among the parties that does not add up to its total (600 tkr vs 550 000 kr) is reported', () => {
    const r = run('closure/refund_split_mismatch.txt');
    expect(r.genre).toBe('closure');
    expect(r.decision.date).toBe('2021-02-10');
    expect(r.projects.map((p) => [p.name, p.amountSek])).toEqual([['E-arkiv Mitt', null]]);
    expect(r.recipients).toEqual(['Sundsvalls kommun', 'Timrå kommun', 'Härnösands kommun']);
    // A "Tjänsteskrivelse" ending in "Förslag till beslut" is a proposal.
    expect(r.warnings.map((w) => w.code)).toEqual(['decision.is_proposal', 'total.mismatch']);
    expect(r.warnings[1]!.message).toContain('Återbetalningen');
  });

  it('a refund split that adds up (90 000 kr), a budget stated as the project\'s, parties from a "Kopia till" list', () => {
    const r = run('closure/refund_split_exact.txt');
    expect(r.genre).toBe('closure');
    expect(r.decision.date).toBe('2024-11-28');
    expect(r.projects.map((p) => [p.name, p.amountSek, p.periodStart, p.periodEnd])).toEqual([
      ['Projekt Hållbar mobilitet i Jämtland', 3_000_000, '2022-01-01', '2024-06-30'],
    ]);
    expect(r.recipients).toEqual(['Region Jämtland Härjedalen', 'Östersunds kommun', 'Krokoms kommun']);
    expect(r.warnings).toEqual([]);
  });

  it('a withdrawn application with nothing else stated: no project, no parties, no date', () => {
    const r = run('closure/withdrawn_application.txt');
    expect(r.genre).toBe('closure');
    expect(r.projects).toEqual([]);
    expect(r.recipients).toEqual([]);
    expect(r.decision.date).toBeNull();
    expect(r.decision.decidedBy).toBeNull();
  });

  it.each(readdirSync(`${FIXTURES}closure`))('%s is read as a closure and validates', (f) => {
    const r = run(`closure/${f}`);
    expect(r.genre).toBe('closure');
    expect(r.allocation).toBeNull();
  });
});
